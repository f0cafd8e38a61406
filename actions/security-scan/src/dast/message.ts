/** One fetched page as the passive rules see it: raw header list (duplicates kept), decoded text body. */
export interface HttpMessage {
  url: string;
  method: string;
  status: number;
  /** "HTTP/1.1 500 Internal Server Error", as received. */
  statusLine?: string;
  /** Lower-cased names, in order, duplicates kept (multiple X-Frame-Options is itself a finding). */
  headers: readonly (readonly [string, string])[];
  body: string;
  requestHeaders?: Readonly<Record<string, string>>;
  /** Set when the body was over the limit: only its first `scannedBytes` are in `body`. */
  truncated?: { scannedBytes: number; totalBytes?: number };
}

export function headerValues(m: HttpMessage, name: string): string[] {
  const n = name.toLowerCase();
  return m.headers.filter(([k]) => k === n).map(([, v]) => v);
}
export function header(m: HttpMessage, name: string): string | undefined {
  return headerValues(m, name)[0];
}
export function contentType(m: HttpMessage): string {
  return (header(m, 'content-type') ?? '').toLowerCase();
}
export const isHttps = (m: HttpMessage) => m.url.startsWith('https:');
export const isSuccess = (m: HttpMessage) => m.status >= 200 && m.status < 300;
export const isRedirect = (m: HttpMessage) => m.status >= 300 && m.status < 400;
export const isHtml = (m: HttpMessage) => contentType(m).includes('html');
export const isJavaScript = (m: HttpMessage) =>
  /javascript|ecmascript/.test(contentType(m)) || /\.m?js$/.test(new URL(m.url).pathname);
export const isCss = (m: HttpMessage) => contentType(m).includes('text/css');
export const isImage = (m: HttpMessage) => contentType(m).startsWith('image/');
/** "HTML" in the rule table: text/html that is not a redirect or an error. */
export const isHtmlPage = (m: HttpMessage) => isHtml(m) && isSuccess(m);
export const isText = (m: HttpMessage) =>
  /^text\/|json|javascript|xml|ecmascript/.test(contentType(m)) || contentType(m) === '';

/** `<meta http-equiv="NAME" content="...">` values in an HTML body. */
export function metaHttpEquiv(body: string, name: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const equiv = attr(tag, 'http-equiv');
    if (equiv?.toLowerCase() === name.toLowerCase()) out.push(attr(tag, 'content') ?? '');
  }
  return out;
}

/** An attribute of one start tag, quoted or not; entities in it are not decoded beyond &amp;. */
const ATTR_RE = new Map<string, RegExp>();
export function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) {
    re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
    ATTR_RE.set(name, re);
  }
  const m = re.exec(tag);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
}

/** Start tags of an element, e.g. tags(body, 'script'). */
export function tags(body: string, element: string): string[] {
  return [...body.matchAll(new RegExp(`<${element}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
}
