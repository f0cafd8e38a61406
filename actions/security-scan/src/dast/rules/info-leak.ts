/** What a response gives away: timestamps, suspicious comments, private IPs, banners, debug and application errors, directory listings. */
import {
  contentType,
  isCss,
  isHtml,
  isImage,
  isJavaScript,
  isSuccess,
  isText,
  type HttpMessage,
} from '../message.ts';
import { low, high, hasBody, type RawAlert, type Rule } from './rule.ts';
import { scriptContents } from './scripts.ts';

const TS_RE = /\b(?:1\d|2[0-2])\d{8}\b(?!%)/g;
const TS_IGNORED_HEADERS = new Set(['etag', 'set-cookie', 'x-request-id', 'content-length']);
export const timestamps: Rule = (m, ctx) => {
  if (isImage(m) || (!isText(m) && !hasBody(m))) return [];
  // ZAP: within 10 years of now (1 year at HIGH; any at LOW), never beyond the Y2038 edge.
  const span = (high(ctx) ? 1 : low(ctx) ? 1000 : 10) * 365.25 * 86400;
  const lo = ctx.nowMs / 1000 - span;
  const hi = Math.min(ctx.nowMs / 1000 + span, 2 ** 31 - 1);
  const seen = new Set<string>();
  const out: RawAlert[] = [];
  const scan = (text: string) => {
    for (const x of text.matchAll(TS_RE)) {
      const n = Number(x[0]);
      if (n < lo || n > hi || seen.has(x[0])) continue;
      seen.add(x[0]);
      out.push({
        alertRef: '10096',
        evidence: x[0],
        otherInfo: `${x[0]}, which evaluates to: ${new Date(n * 1000).toISOString()}`,
      });
    }
  };
  for (const [k, v] of m.headers) if (!TS_IGNORED_HEADERS.has(k)) scan(v);
  if (isText(m)) scan(m.body);
  return out;
};

const SUSPICIOUS = [
  'TODO',
  'FIXME',
  'BUG',
  'BUGS',
  'XXX',
  'QUERY',
  'DB',
  'ADMIN',
  'ADMINISTRATOR',
  'USER',
  'USERNAME',
  'SELECT',
  'WHERE',
  'FROM',
  'LATER',
  'DEBUG',
];
const SUSPICIOUS_RE = SUSPICIOUS.map((w) => [w, new RegExp(`\\b${w}\\b`, 'i')] as const);

export function commentsOf(m: HttpMessage): string[] {
  const out: string[] = [];
  const js = (code: string) => {
    for (const c of code.matchAll(/\/\*[\s\S]*?\*\/|(?<![:"'\\])\/\/[^\n]*/g)) out.push(c[0]);
  };
  if (isHtml(m)) {
    for (const c of m.body.matchAll(/<!--[\s\S]*?-->/g)) out.push(c[0]);
    for (const code of scriptContents(m.body)) js(code);
  } else if (isJavaScript(m)) js(m.body);
  return out;
}
/**
 * ZAP: each comment is counted once, under the first pattern (in list order) it matches; one alert per
 * pattern, with the number of comments and the first of them.
 */
export const suspiciousComments: Rule = (m) => {
  if (!isSuccess(m)) return [];
  const byWord = new Map<string, { first: string; match: string; count: number }>();
  for (const c of commentsOf(m)) {
    for (const [word, re] of SUSPICIOUS_RE) {
      const hit = re.exec(c);
      if (!hit) continue;
      const seen = byWord.get(word);
      if (seen) seen.count++;
      else byWord.set(word, { first: c.slice(0, 200), match: hit[0], count: 1 });
      break;
    }
  }
  return [...byWord].map(([word, { first, match, count }]) => ({
    alertRef: '10027',
    param: word,
    evidence: match,
    otherInfo:
      count === 1
        ? `The following pattern was used: \\b${word}\\b and was detected in the element starting with: "${first}", see evidence field for the suspicious comment/snippet.`
        : `The following pattern was used: \\b${word}\\b and was detected ${count} times, the first in the element starting with: "${first}", see evidence field for the suspicious comment/snippet.`,
  }));
};

const PRIVATE_IP =
  /\b(?:10\.(?:\d{1,3}\.){2}\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3})\b/g;
export const privateIp: Rule = (m) => {
  if (!isText(m) || isImage(m)) return [];
  const host = new URL(m.url).hostname;
  const seen = new Set<string>();
  for (const x of m.body.matchAll(PRIVATE_IP))
    if (x[0] !== host && x[0].split('.').every((o) => Number(o) <= 255)) seen.add(x[0]);
  return [...seen].map((ip) => ({ alertRef: '2', evidence: ip }));
};

/** ZAP 10009: a server banner with a version in the body of an error page (at LOW, of a 2xx page too). */
const BANNERS = [
  /Tomcat\/\d\.\d\.\d{1,2}/i,
  /Apache\/\d\.\d\.\d{1,2}/i,
  /nginx\/\d\.\d{1,2}\.\d{1,2}/i,
  /Jetty:\/\/\d\.\d{1,2}/i,
  /squid\/\d\.\d{1,2}/i,
];
export const inPageBanner: Rule = (m, ctx) => {
  if (!(m.status >= 400 && m.status < 600) && !(low(ctx) && isSuccess(m))) return [];
  for (const re of BANNERS) {
    const hit = re.exec(m.body);
    if (hit) return [{ alertRef: '10009', evidence: hit[0] }];
  }
  return [];
};

/**
 * ZAP 10023: known debug/error message fragments in a text body (JavaScript only at LOW). A subset of the
 * fragments in ZAP's debug-error-messages list, matched case-insensitively; the first one found is reported.
 */
const DEBUG_ERRORS = [
  'Error Occurred While Processing Request',
  'Internal Server Error',
  'test page for apache',
  'failed to open stream: HTTP request failed!',
  'Parse error: parse error, unexpected T_VARIABLE',
  'The script whose uid is',
  'PHP Parse error',
  'PHP Warning',
  'PHP Error',
  'Warning: Cannot modify header information - headers already sent',
  'mysqli error is',
  'mysql error is',
  '404 SC_NOT_FOUND',
  'ASP.NET_SessionId',
  'servlet error:',
  'Under construction',
  'Warning: Division by zero in',
  'Fatal error: Call to undefined function',
  'access denied for user',
  'incorrect syntax near',
  'Unclosed quotation mark before the character string',
  'customErrors mode',
  'This error page might contain sensitive information because ASP.NET',
].map((e) => e.toLowerCase());
export const debugErrors: Rule = (m, ctx) => {
  if (!hasBody(m) || !isTextual(m) || (isJavaScript(m) && !low(ctx))) return [];
  const lower = m.body.toLowerCase();
  for (const e of DEBUG_ERRORS) {
    const at = lower.indexOf(e);
    if (at >= 0) return [{ alertRef: '10023', evidence: m.body.slice(at, at + e.length) }];
  }
  return [];
};
/** ZAP's "is text": a Content-Type naming text, JSON, XML or JavaScript. */
const isTextual = (m: HttpMessage) => /text|json|xml|javascript|ecmascript/.test(contentType(m));

/**
 * ZAP 10033: the signature of a directory listing. Apache's, nginx's and lighttpd's listings all carry
 * `<title>Index of /path</title>` (ZAP's "Apache 2" pattern; the root listing "Index of /" does not match
 * it); IIS shows "[To Parent Directory]".
 */
const DIRECTORY_LISTINGS: [RegExp, string][] = [
  [/<title>Index of \/[^<]+?<\/title>/, 'Apache 2'],
  [/<pre><A\s+HREF\s*=\s*"\/[^>]*">\[To Parent Directory\]<\/A><br><br>/, 'Microsoft IIS'],
];
export const directoryBrowsing: Rule = (m) => {
  for (const [re, server] of DIRECTORY_LISTINGS) {
    const hit = re.exec(m.body);
    if (hit) return [{ alertRef: '10033', evidence: hit[0], otherInfo: `Web server identified: ${server}` }];
  }
  return [];
};

/**
 * ZAP 90022: an HTTP 500 (LOW risk; not at HIGH), or a known application error string in any other
 * non-404 response (JavaScript and CSS only at LOW). A subset of the strings in ZAP's application_errors
 * list.
 */
const APP_ERRORS = [
  'Microsoft OLE DB Provider for ODBC Drivers',
  'Microsoft OLE DB Provider for SQL Server',
  'ODBC Microsoft Access Driver',
  'ODBC SQL Server Driver',
  'supplied argument is not a valid MySQL result',
  'You have an error in your SQL syntax',
  'Unclosed quotation mark before the character string',
  'java.lang.NumberFormatException: For input string:',
  'ERROR: parser: parse error at or near',
  'SQL command not properly ended',
  'unexpected end of SQL command',
  'Supplied argument is not a valid PostgreSQL result',
  'Error Occurred While Processing Request',
  'internal error',
  'ASP.NET is configured to show verbose error messages',
  'ASP.NET_SessionId',
  'Active Server Pages error',
  "Can't connect to local",
  'Error Diagnostic Information',
  'Error Report',
  'Internal Server Error',
  'Invalid procedure call or argument',
  'JDBC Driver',
  'Microsoft VBScript runtime error',
  'MySQL Error',
  'ODBC Error',
  'Oracle Error',
  'PHP Error',
  'PHP Parse error',
  'PHP Warning',
  'Parent Directory',
  'Warning: mysql_query()',
  'SyntaxError: Unexpected token',
];
const APP_ERROR_PATTERNS = [
  /ORA-\d{4,5}:\s/i,
  /<b>(Warning|Fatal\serror|Parse\serror)<\/b>:\s+.*?\sin\s<b>.*?<\/b>\son\sline\s<b>\d*?<\/b><br\s\/>/i,
];
export const applicationErrors: Rule = (m, ctx) => {
  if (m.status === 500)
    return high(ctx) ? [] : [{ alertRef: '90022', evidence: m.statusLine ?? 'HTTP/1.1 500', risk: 1 }];
  if (m.status === 404 || /application\/wasm/.test(contentType(m))) return [];
  if ((isJavaScript(m) || isCss(m)) && !low(ctx)) return [];
  for (const e of APP_ERRORS) if (m.body.includes(e)) return [{ alertRef: '90022', evidence: e }];
  for (const re of APP_ERROR_PATTERNS) {
    const hit = re.exec(m.body);
    if (hit) return [{ alertRef: '90022', evidence: hit[0] }];
  }
  return [];
};
