/** The moment.js format tokens metadata-action's {{date}} patterns use, in a given IANA time zone. */
export function formatDate(date: Date, format: string, timeZone = 'UTC'): string {
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .map((p) => [p.type, p.value]),
    );
  } catch {
    throw new Error(`unknown time zone "${timeZone}"`);
  }
  const ms = String(date.getUTCMilliseconds()).padStart(3, '0');
  const tokens: Record<string, string> = {
    YYYY: parts.year as string,
    YY: (parts.year as string).slice(-2),
    MM: parts.month as string,
    M: String(Number(parts.month)),
    DD: parts.day as string,
    D: String(Number(parts.day)),
    HH: parts.hour as string,
    H: String(Number(parts.hour)),
    hh: String(Number(parts.hour) % 12 || 12).padStart(2, '0'),
    h: String(Number(parts.hour) % 12 || 12),
    A: Number(parts.hour) < 12 ? 'AM' : 'PM',
    a: Number(parts.hour) < 12 ? 'am' : 'pm',
    mm: parts.minute as string,
    m: String(Number(parts.minute)),
    ss: parts.second as string,
    s: String(Number(parts.second)),
    SSS: ms,
  };
  // [text] is literal, as in moment.
  return format.replace(
    /\[([^\]]*)\]|YYYY|YY|SSS|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|A|a/g,
    (tok, literal: string | undefined) => (literal !== undefined ? literal : (tokens[tok] as string)),
  );
}
