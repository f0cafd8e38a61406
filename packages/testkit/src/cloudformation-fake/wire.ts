/**
 * awsQuery, the wire protocol @aws-sdk/client-cloudformation v3 speaks (its runtime config sets
 * `protocol: AwsQueryProtocol`, version 2010-05-15): a form-encoded POST in, XML out.
 */
export const XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

export type Form = Record<string, string>;

export function parseForm(body: string): Form {
  const out: Form = {};
  for (const [k, v] of new URLSearchParams(body)) out[k] = v;
  return out;
}

/** `Name.member.N` scalars, in order. */
export function scalarList(form: Form, name: string): string[] {
  const out: string[] = [];
  for (let i = 1; form[`${name}.member.${i}`] !== undefined; i++)
    out.push(form[`${name}.member.${i}`] as string);
  return out;
}

/** `Name.member.N.Field` structures, in order. */
export function structList(form: Form, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 1; ; i++) {
    const prefix = `${name}.member.${i}.`;
    const item: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) if (k.startsWith(prefix)) item[k.slice(prefix.length)] = v;
    if (Object.keys(item).length === 0) return out;
    out.push(item);
  }
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Serialises a value the way awsQuery answers: lists as <member> items, dates as ISO-8601. */
export function toXml(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => `<member>${toXml(v)}</member>`).join('');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
      .join('');
  return esc(String(value));
}

export function okResponse(
  action: string,
  result: Record<string, unknown> | undefined,
  requestId: string,
): string {
  const inner = result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`;
  return `<${action}Response xmlns="${XMLNS}">${inner}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
}

export function errorResponse(code: string, message: string, requestId: string): string {
  return `<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

/** An API error the handlers throw; the server turns it into an ErrorResponse. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}
