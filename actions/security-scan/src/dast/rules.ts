/**
 * The passive rules: each looks at one response and returns alerts with ZAP's alertRefs. Pure: the clock
 * (for timestamp plausibility) comes in through the context.
 */
import {
  attr,
  contentType,
  header,
  headerValues,
  isCss,
  isHtml,
  isHtmlPage,
  isHttps,
  isImage,
  isJavaScript,
  isRedirect,
  isSuccess,
  isText,
  metaHttpEquiv,
  tags,
  type HttpMessage,
} from './message.ts';

export interface RawAlert {
  alertRef: string;
  param?: string;
  evidence?: string;
  otherInfo?: string;
  /** When this instance's risk differs from the catalogue's (ZAP raises some at a lower risk). */
  risk?: 0 | 1 | 2 | 3;
}
/** ZAP's alert threshold: LOW reports more (and noisier) alerts, HIGH fewer. ZAP's default is MEDIUM. */
export type Threshold = 'low' | 'medium' | 'high';
export interface RuleContext {
  nowMs: number;
  threshold?: Threshold;
}
const low = (ctx: RuleContext) => ctx.threshold === 'low';
const high = (ctx: RuleContext) => ctx.threshold === 'high';
type Rule = (m: HttpMessage, ctx: RuleContext) => RawAlert[];

const hasBody = (m: HttpMessage) => m.body.length > 0;

function cspPolicies(m: HttpMessage): { header: string[]; meta: string[] } {
  return {
    header: headerValues(m, 'content-security-policy'),
    meta: isHtml(m) ? metaHttpEquiv(m.body, 'Content-Security-Policy') : [],
  };
}

/** Directive name -> source list (lower-cased); the first occurrence of a directive wins, as in browsers. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key))
      out.set(
        key,
        sources.map((s) => s.toLowerCase()),
      );
  }
  return out;
}

// ZAP: redirects and non-HTML responses are ignored except at LOW.
const cspMissing: Rule = (m, ctx) => {
  if (low(ctx) ? !isText(m) || !hasBody(m) : !isHtmlPage(m)) return [];
  const out: RawAlert[] = [];
  const { header: h, meta } = cspPolicies(m);
  if (h.length === 0 && meta.length === 0) out.push({ alertRef: '10038-1' });
  const obsolete = header(m, 'x-content-security-policy') ?? header(m, 'x-webkit-csp');
  if (obsolete !== undefined)
    out.push({ alertRef: '10038-2', param: 'X-Content-Security-Policy', evidence: obsolete });
  const ro = header(m, 'content-security-policy-report-only');
  if (ro !== undefined)
    out.push({ alertRef: '10038-3', param: 'Content-Security-Policy-Report-Only', evidence: ro });
  return out;
};

// ZAP: MEDIUM/HIGH look at non-error, non-redirect HTML; LOW at every text response. A CSP with
// frame-ancestors takes precedence: no alert, except at LOW where the issues are raised with LOW risk.
const antiClickjacking: Rule = (m, ctx) => {
  if (low(ctx) ? !isText(m) || !hasBody(m) : !isHtmlPage(m)) return [];
  const { header: csp } = cspPolicies(m);
  const framed = csp.some((p) => parseCsp(p).has('frame-ancestors'));
  if (framed && !low(ctx)) return [];
  if (framed) return antiClickjackingIssues(m).map((a) => ({ ...a, risk: 1 }));
  return antiClickjackingIssues(m);
};
function antiClickjackingIssues(m: HttpMessage): RawAlert[] {
  const xfo = headerValues(m, 'x-frame-options');
  const out: RawAlert[] = [];
  const meta = metaHttpEquiv(m.body, 'X-Frame-Options');
  if (meta.length) out.push({ alertRef: '10020-3', param: 'x-frame-options', evidence: meta[0] as string });
  if (xfo.length === 0) {
    if (!meta.length) out.push({ alertRef: '10020-1', param: 'x-frame-options' });
  } else if (xfo.length > 1) {
    out.push({ alertRef: '10020-2', param: 'x-frame-options', evidence: xfo.join(', ') });
  } else if (!/^\s*(deny|sameorigin)\s*$/i.test(xfo[0] as string)) {
    out.push({ alertRef: '10020-4', param: 'x-frame-options', evidence: xfo[0] as string });
  }
  return out;
}

// ZAP: MEDIUM/HIGH skip error responses and redirects; LOW looks at every response.
const xContentTypeOptions: Rule = (m, ctx) => {
  if (!hasBody(m) || (!low(ctx) && m.status >= 300)) return [];
  const v = header(m, 'x-content-type-options');
  if (v !== undefined && v.trim().toLowerCase() === 'nosniff') return [];
  return [
    { alertRef: '10021', param: 'x-content-type-options', ...(v !== undefined ? { evidence: v } : {}) },
  ];
};

// ZAP: redirects (to HTTPS on the same domain) are reported only at LOW.
const hsts: Rule = (m, ctx) => {
  const values = headerValues(m, 'strict-transport-security');
  if (!isHttps(m)) return values.length ? [{ alertRef: '10035-4', evidence: values[0] as string }] : [];
  const meta = isHtml(m) ? metaHttpEquiv(m.body, 'Strict-Transport-Security') : [];
  if (meta.length) return [{ alertRef: '10035-6', evidence: meta[0] as string }];
  if (values.length === 0) return isRedirect(m) && !low(ctx) ? [] : [{ alertRef: '10035-1' }];
  if (values.length > 1) return [{ alertRef: '10035-3', evidence: values.join(', ') }];
  const v = values[0] as string;
  if (/[^\x20-\x7e]/.test(v)) return [{ alertRef: '10035-8', evidence: v }];
  const ma = /max-age\s*=\s*("?)([^;"]*)\1/i.exec(v);
  if (!ma) return [{ alertRef: '10035-5', evidence: v }];
  if (ma[1] === '"' || !/^\d+$/.test((ma[2] ?? '').trim())) return [{ alertRef: '10035-7', evidence: v }];
  if (Number(ma[2]) === 0) return [{ alertRef: '10035-2', evidence: v }];
  return [];
};

// ZAP: a Server header with a version; at LOW also one without (informational).
const serverHeader: Rule = (m, ctx) => {
  const v = header(m, 'server');
  if (v === undefined || v.trim() === '') return [];
  if (!/\d/.test(v) && !low(ctx)) return [];
  return [
    {
      alertRef: '10036',
      evidence: v,
      ...(/\d/.test(v) ? {} : { otherInfo: 'informational: no version number' }),
    },
  ];
};

const xPoweredBy: Rule = (m) =>
  headerValues(m, 'x-powered-by').map((v) => ({ alertRef: '10037', evidence: `X-Powered-By: ${v}` }));

const TS_RE = /\b(?:1\d|2[0-2])\d{8}\b(?!%)/g;
const TS_IGNORED_HEADERS = new Set(['etag', 'set-cookie', 'x-request-id', 'content-length']);
const timestamps: Rule = (m, ctx) => {
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
/**
 * The contents of each closed script element, found with indexOf so that unclosed ones cannot make
 * it quadratic.
 */
export function scriptContents(body: string): string[] {
  const lower = body.toLowerCase();
  const out: string[] = [];
  for (let from = 0; ;) {
    const start = lower.indexOf('<script', from);
    if (start < 0) return out;
    const open = lower.indexOf('>', start);
    if (open < 0) return out;
    const end = lower.indexOf('</script', open);
    if (end < 0) return out; // unclosed: not a script element's content (as before)
    out.push(body.slice(open + 1, end));
    from = end + 8;
  }
}
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
const suspiciousComments: Rule = (m) => {
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

interface Cookie {
  name: string;
  attrs: Map<string, string>;
  raw: string;
}
export function parseSetCookie(raw: string): Cookie {
  const [pair = '', ...rest] = raw.split(';');
  const name = pair.split('=')[0]?.trim() ?? '';
  const attrs = new Map<string, string>();
  for (const a of rest) {
    const i = a.indexOf('=');
    const k = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    if (k) attrs.set(k, i < 0 ? '' : a.slice(i + 1).trim());
  }
  return { name, attrs, raw };
}
function liveCookies(m: HttpMessage, nowMs: number): Cookie[] {
  return headerValues(m, 'set-cookie')
    .map(parseSetCookie)
    .filter((c) => {
      const maxAge = c.attrs.get('max-age');
      if (maxAge !== undefined && Number(maxAge) <= 0) return false;
      const exp = c.attrs.get('expires');
      return !(exp !== undefined && Date.parse(exp) < nowMs);
    });
}
const sameSite: Rule = (m, ctx) =>
  liveCookies(m, ctx.nowMs).flatMap((c): RawAlert[] => {
    const v = c.attrs.get('samesite');
    const ev = `Set-Cookie: ${c.name}`;
    if (v === undefined) return [{ alertRef: '10054-1', param: c.name, evidence: ev }];
    // ZAP: SameSite=None is not reported at HIGH.
    if (/^none$/i.test(v)) return high(ctx) ? [] : [{ alertRef: '10054-2', param: c.name, evidence: ev }];
    if (!/^(strict|lax)$/i.test(v)) return [{ alertRef: '10054-3', param: c.name, evidence: ev }];
    return [];
  });
const httpOnly: Rule = (m, ctx) =>
  liveCookies(m, ctx.nowMs)
    .filter((c) => !c.attrs.has('httponly'))
    .map((c) => ({ alertRef: '10010', param: c.name, evidence: `Set-Cookie: ${c.name}` }));
const secureFlag: Rule = (m, ctx) =>
  isHttps(m)
    ? liveCookies(m, ctx.nowMs)
        .filter((c) => !c.attrs.has('secure'))
        .map((c) => ({ alertRef: '10011', param: c.name, evidence: `Set-Cookie: ${c.name}` }))
    : [];

function foreign(m: HttpMessage, ref: string | undefined): URL | undefined {
  if (!ref) return undefined;
  try {
    const u = new URL(ref, m.url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host !== new URL(m.url).host
      ? u
      : undefined;
  } catch {
    return undefined;
  }
}
// ZAP: a script with a non-empty integrity attribute is not reported (the browser checks it).
const crossDomainScript: Rule = (m) =>
  isHtml(m)
    ? tags(m.body, 'script').flatMap((t) =>
        foreign(m, attr(t, 'src')) && !attr(t, 'integrity')?.trim()
          ? [{ alertRef: '10017', param: attr(t, 'src') as string, evidence: t }]
          : [],
      )
    : [];
const subresourceIntegrity: Rule = (m) => {
  if (!isHtml(m)) return [];
  const scripts = tags(m.body, 'script').filter((t) => foreign(m, attr(t, 'src')));
  const styles = tags(m.body, 'link').filter(
    (t) => /stylesheet/i.test(attr(t, 'rel') ?? '') && foreign(m, attr(t, 'href')),
  );
  return (
    [...scripts, ...styles]
      // An empty integrity attribute gives the browser nothing to check: as good as none.
      .filter((t) => !attr(t, 'integrity')?.trim())
      .map((t) => ({ alertRef: '90003', evidence: t }))
  );
};

const DIRECTIVES = new Set([
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'connect-src',
  'font-src',
  'object-src',
  'media-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
  'prefetch-src',
  'script-src-elem',
  'script-src-attr',
  'style-src-elem',
  'style-src-attr',
  'base-uri',
  'sandbox',
  'form-action',
  'frame-ancestors',
  'navigate-to',
  'report-uri',
  'report-to',
  'upgrade-insecure-requests',
  'block-all-mixed-content',
  'require-trusted-types-for',
  'trusted-types',
  'plugin-types',
  'referrer',
  'require-sri-for',
  'fenced-frame-src',
  'webrtc',
]);
const FETCH_FALLBACK = [
  'script-src',
  'style-src',
  'img-src',
  'connect-src',
  'frame-src',
  'font-src',
  'media-src',
  'object-src',
  'manifest-src',
  'worker-src',
];
const cspWeakness: Rule = (m) => {
  const { header: hs, meta } = cspPolicies(m);
  if (hs.length === 0 && meta.length === 0) return [];
  const out: RawAlert[] = [];
  if (hs.length && meta.length) out.push({ alertRef: '10055-6', evidence: meta[0] as string });
  for (const mp of meta)
    for (const d of ['frame-ancestors', 'report-uri', 'sandbox'])
      if (parseCsp(mp).has(d)) out.push({ alertRef: '10055-7', param: d, evidence: mp });
  for (const policy of [...hs, ...meta]) {
    const p = parseCsp(policy);
    const ev = policy;
    if (/[^\x20-\x7e]/.test(policy)) out.push({ alertRef: '10055-5', evidence: ev });
    const unknown = [...p.keys()].filter((d) => !DIRECTIVES.has(d));
    if (unknown.length)
      out.push({ alertRef: '10055-4', evidence: ev, otherInfo: `Unknown directives: ${unknown.join(', ')}` });
    const src = (d: string, fallback = true) => p.get(d) ?? (fallback ? p.get('default-src') : undefined);
    const wild = FETCH_FALLBACK.filter((d) => {
      const s = src(d);
      return s === undefined
        ? d === 'script-src' || d === 'style-src' || d === 'object-src'
        : s.some(
            (x) => x === '*' || x === 'http:' || x === 'https:' || (x === 'data:' && d === 'script-src'),
          );
    });
    if (wild.length)
      out.push({
        alertRef: '10055-1',
        evidence: ev,
        otherInfo: `Directives allowing any source or left undefined: ${wild.join(', ')}`,
      });
    const script = src('script-src') ?? [];
    const style = src('style-src') ?? [];
    if (script.includes("'unsafe-inline'"))
      out.push({ alertRef: '10055-2', param: 'script-src', evidence: ev });
    if (style.includes("'unsafe-inline'"))
      out.push({ alertRef: '10055-3', param: 'style-src', evidence: ev });
    if (script.includes("'unsafe-hashes'"))
      out.push({ alertRef: '10055-8', param: 'script-src', evidence: ev });
    if (style.includes("'unsafe-hashes'"))
      out.push({ alertRef: '10055-9', param: 'style-src', evidence: ev });
    if (script.includes("'unsafe-eval'"))
      out.push({ alertRef: '10055-10', param: 'script-src', evidence: ev });
    const noFallback = ['form-action', 'frame-ancestors'].filter((d) => !p.has(d));
    if (noFallback.length)
      out.push({
        alertRef: '10055-13',
        evidence: ev,
        otherInfo: `The directive(s): ${noFallback.join(', ')} are among the directives that do not fallback to default-src.`,
      });
  }
  return out;
};

const crossDomain: Rule = (m) => {
  const v = header(m, 'access-control-allow-origin');
  return v?.trim() === '*' ? [{ alertRef: '10098', evidence: 'Access-Control-Allow-Origin: *' }] : [];
};

const CSRF_NAMES = [
  'csrf',
  'csrftoken',
  'csrf_token',
  '_csrf',
  '_csrfsecret',
  '__csrf_magic',
  'anticsrf',
  'csrfmiddlewaretoken',
  '_token',
  '__requestverificationtoken',
  'authenticity_token',
  'anoncsrf',
  'xsrf_token',
  '_xsrf',
  'x-csrf-token',
  '_wpnonce',
];
// ZAP (pscanrules v63): forms submitted with GET (the default method) are considered at LOW only.
const antiCsrf: Rule = (m, ctx) => {
  if (!isHtmlPage(m)) return [];
  const out: RawAlert[] = [];
  for (const f of m.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const method = (attr(`<form${f[1] ?? ''}>`, 'method') ?? 'get').trim().toLowerCase();
    if (method === 'get' && !low(ctx)) continue;
    const inputs = tags(f[2] ?? '', 'input');
    const names = inputs.map((i) => (attr(i, 'name') ?? attr(i, 'id') ?? '').toLowerCase());
    if (!names.some((n) => CSRF_NAMES.includes(n))) {
      out.push({
        alertRef: '10202',
        evidence: `<form${f[1] ?? ''}>`,
        otherInfo: `No known Anti-CSRF token [${CSRF_NAMES.join(', ')}] was found in the HTML form: [Form ${out.length + 1}: "${names.filter(Boolean).join('" "')}" ].`,
      });
    }
  }
  return out;
};

const permissionsPolicy: Rule = (m) => {
  if ((!isHtml(m) && !isJavaScript(m)) || !isSuccess(m)) return [];
  if (header(m, 'permissions-policy') !== undefined) return [];
  const fp = header(m, 'feature-policy');
  return fp !== undefined
    ? [{ alertRef: '10063-2', evidence: `Feature-Policy: ${fp}` }]
    : [{ alertRef: '10063-1' }];
};

/**
 * ZAP: 2xx only. CORP: not on CORS responses (any Access-Control-Allow-* header); same-origin and
 * cross-origin (explicitly shared) pass, same-site or anything else is reported. COEP/COOP: documents only
 * (text/html or application/xml).
 */
const siteIsolation: Rule = (m) => {
  if (!isSuccess(m)) return [];
  const out: RawAlert[] = [];
  const cors = m.headers.some(([k]) => k.startsWith('access-control-allow-'));
  const corp = header(m, 'cross-origin-resource-policy');
  if (!cors && (corp === undefined || !/^(same-origin|cross-origin)$/i.test(corp.trim())))
    out.push({
      alertRef: '90004-1',
      param: 'Cross-Origin-Resource-Policy',
      ...(corp !== undefined ? { evidence: corp } : {}),
    });
  if (/^(text\/html|application\/xml)/.test(contentType(m))) {
    const coep = header(m, 'cross-origin-embedder-policy');
    if (coep === undefined || !/^(require-corp|credentialless)$/i.test(coep.trim()))
      out.push({
        alertRef: '90004-2',
        param: 'Cross-Origin-Embedder-Policy',
        ...(coep !== undefined ? { evidence: coep } : {}),
      });
    const coop = header(m, 'cross-origin-opener-policy');
    if (coop === undefined || !/^same-origin$/i.test(coop.trim()))
      out.push({
        alertRef: '90004-3',
        param: 'Cross-Origin-Opener-Policy',
        ...(coop !== undefined ? { evidence: coop } : {}),
      });
  }
  return out;
};

// ZAP: MEDIUM/HIGH consider non-error, non-redirect text responses (not JS/CSS); LOW every response.
const cacheControl: Rule = (m, ctx) => {
  if (!isHttps(m) || !hasBody(m)) return [];
  if (!low(ctx) && (!isText(m) || isJavaScript(m) || isCss(m) || isImage(m) || m.status >= 300)) return [];
  const cc = headerValues(m, 'cache-control').join(',').toLowerCase();
  const ok = ['no-store', 'no-cache', 'must-revalidate'].every((d) => cc.includes(d));
  return ok ? [] : [{ alertRef: '10015', param: 'cache-control', ...(cc ? { evidence: cc } : {}) }];
};

const CACHEABLE_BY_DEFAULT = new Set([200, 203, 204, 206, 300, 301, 404, 405, 410, 414, 501]);
function parseCacheControl(values: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of values.join(',').split(',')) {
    const i = part.indexOf('=');
    const k = (i < 0 ? part : part.slice(0, i)).trim().toLowerCase();
    if (k && !out.has(k))
      out.set(
        k,
        i < 0
          ? ''
          : part
              .slice(i + 1)
              .trim()
              .replace(/"/g, ''),
      );
  }
  return out;
}

/** RFC 7234 classification: exactly one of 10049-1/-2/-3 per response. */
export function classifyCaching(m: HttpMessage): RawAlert {
  const list = headerValues(m, 'cache-control');
  const cc = parseCacheControl(list);
  const ev = list.length ? { evidence: list.join(', ') } : {};
  const authorized = m.requestHeaders?.authorization !== undefined;
  if (
    !['GET', 'HEAD'].includes(m.method) ||
    cc.has('no-store') ||
    cc.has('private') ||
    (authorized && !cc.has('public') && !cc.has('s-maxage') && !cc.has('must-revalidate'))
  )
    return { alertRef: '10049-1', ...ev };
  const ageText = cc.get('s-maxage') ?? cc.get('max-age');
  const maxAge = ageText === undefined ? undefined : Number(ageText);
  const expires = header(m, 'expires');
  const explicit = maxAge !== undefined || expires !== undefined;
  if (!explicit && !CACHEABLE_BY_DEFAULT.has(m.status) && !cc.has('public'))
    return { alertRef: '10049-1', ...ev };
  const date = Date.parse(header(m, 'date') ?? '');
  const expired =
    maxAge !== undefined
      ? !(maxAge > 0)
      : expires !== undefined
        ? !(Date.parse(expires) > (Number.isNaN(date) ? 0 : date))
        : false;
  if (cc.has('no-cache') || expired) return { alertRef: '10049-2', ...ev };
  return {
    alertRef: '10049-3',
    ...ev,
    ...(explicit ? {} : { otherInfo: 'No explicit freshness lifetime: caches may use a heuristic one.' }),
  };
}
const storableCacheable: Rule = (m) => [classifyCaching(m)];

const PRIVATE_IP =
  /\b(?:10\.(?:\d{1,3}\.){2}\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3})\b/g;
const privateIp: Rule = (m) => {
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
const inPageBanner: Rule = (m, ctx) => {
  if (!(m.status >= 400 && m.status < 600) && !(low(ctx) && isSuccess(m))) return [];
  for (const re of BANNERS) {
    const hit = re.exec(m.body);
    if (hit) return [{ alertRef: '10009', evidence: hit[0] }];
  }
  return [];
};

/** ZAP 10019: a response with a body but no Content-Type, or an empty one. */
const contentTypeMissing: Rule = (m) => {
  if (!hasBody(m)) return [];
  const values = headerValues(m, 'content-type');
  if (values.length === 0) return [{ alertRef: '10019' }];
  return values
    .filter((v) => v.trim() === '')
    .map(() => ({ alertRef: '10019', param: '', otherInfo: 'Content-Type Header Empty' }));
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
const debugErrors: Rule = (m, ctx) => {
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
const directoryBrowsing: Rule = (m) => {
  for (const [re, server] of DIRECTORY_LISTINGS) {
    const hit = re.exec(m.body);
    if (hit) return [{ alertRef: '10033', evidence: hit[0], otherInfo: `Web server identified: ${server}` }];
  }
  return [];
};

/**
 * ZAP 10031: a query parameter whose value (2+ characters) starts an attribute value of the page, or is
 * the scheme, host or query of a URL in it (hot spots for XSS). 200 HTML pages with query parameters only.
 */
const userControlledAttributes: Rule = (m) => {
  if (m.status !== 200 || !/text\/html|application\/xhtml/.test(contentType(m))) return [];
  let params: [string, string][];
  try {
    params = [...new URL(m.url).searchParams].map(([k, v]) => [k, v.toLowerCase()]);
  } catch {
    return [];
  }
  if (params.length === 0) return [];
  const out: RawAlert[] = [];
  for (const t of m.body.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const element = (t[1] as string).toLowerCase();
    for (const a of (t[2] ?? '').matchAll(/([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
      const name = (a[1] as string).toLowerCase();
      let value = (a[2] ?? a[3] ?? a[4] ?? '').toLowerCase();
      const meta = element === 'meta' && name === 'content';
      if (meta && /^\s*?[0-9]+?\s*?;\s*?url\s*?=/.test(value))
        value = value.slice(value.indexOf('url=') + 4).trim();
      if (!value) continue;
      let url: URL | undefined;
      if (value.indexOf('://') > 0) {
        try {
          url = new URL(value);
        } catch {
          continue;
        }
      }
      for (const [param, pv] of params) {
        const hit = meta
          ? !value.includes('charset') && value.split(/[;=,]/).includes(pv)
          : pv.length > 1 &&
            (value.startsWith(pv) ||
              (url !== undefined &&
                (pv === url.protocol.slice(0, -1) ||
                  pv === url.host ||
                  pv === url.search.slice(1).split('/')[0])));
        if (hit) {
          out.push({
            alertRef: '10031',
            param,
            evidence: value.slice(0, 200),
            otherInfo: `User-controlled HTML attribute values were found. The user input was found in: ${element} element, ${name} attribute; parameter ${param}=${pv}; the value: ${value.slice(0, 200)}`,
          });
          break;
        }
      }
    }
  }
  return out;
};

/** ZAP 10109: hints that the page is a modern (script-driven) web application. */
const modernApp: Rule = (m) => {
  if (!isHtml(m)) return [];
  // Start tags only (linear); the evidence is the element up to its end tag, within 200 characters.
  const links = [...m.body.matchAll(/<a\b[^>]*>/gi)];
  const element = (x: RegExpMatchArray) => {
    const from = x.index ?? 0;
    const rest = m.body.slice(from, from + 200);
    const end = rest.search(/<\/a\s*>/i);
    return end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest;
  };
  if (links.length === 0) {
    const script = /<script\b[^>]*>/i.exec(m.body);
    if (!script) return noscript(m);
    const from = script.index;
    const rest = m.body.slice(from, from + 200);
    const end = rest.search(/<\/script\s*>/i);
    return [
      {
        alertRef: '10109',
        evidence: end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest,
        otherInfo:
          'No links have been found while there are scripts, which is an indication that this is a modern web application.',
      },
    ];
  }
  for (const x of links) {
    const start = x[0];
    const href = attr(start, 'href');
    if (href === undefined || href === '' || href === '#')
      return [
        {
          alertRef: '10109',
          evidence: element(x),
          otherInfo:
            'Links have been found that do not have traditional href attributes, which is an indication that this is a modern web application.',
        },
      ];
    if (attr(start, 'target') === '_self')
      return [
        {
          alertRef: '10109',
          evidence: element(x),
          otherInfo:
            "Links have been found with a target of '_self' - this is often used by modern frameworks to force a full page reload.",
        },
      ];
  }
  return noscript(m);
};
function noscript(m: HttpMessage): RawAlert[] {
  const at = m.body.search(/<noscript\b/i);
  if (at < 0) return [];
  const rest = m.body.slice(at, at + 200);
  const end = rest.search(/<\/noscript\s*>/i);
  return at >= 0
    ? [
        {
          alertRef: '10109',
          evidence: end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest,
          otherInfo:
            'A noScript tag has been found, which is an indication that the application works differently with JavaScript enabled compared to when it is not.',
        },
      ]
    : [];
}

/** ZAP 10110: calls of functions that bypass a framework's sanitising (and eval), in scripts. */
const DANGEROUS_JS = [
  'bypassSecurityTrustHtml',
  'bypassSecurityTrustScript',
  'bypassSecurityTrustStyle',
  'bypassSecurityTrustUrl',
  'bypassSecurityTrustResourceUrl',
  'trustAsHtml',
  'sce.trustAsHtml',
  'eval',
  'evalAsync',
].map((f) => new RegExp(`\\b\\$?${f.replace('.', '\\.')}\\s{0,5}\\(`, 'i'));
const dangerousJs: Rule = (m) => {
  if (!hasBody(m)) return [];
  const find = (code: string) => {
    for (const re of DANGEROUS_JS) {
      const hit = re.exec(code);
      if (hit) return hit[0];
    }
    return undefined;
  };
  if (isHtml(m)) {
    for (const code of scriptContents(m.body)) {
      const hit = find(code);
      if (hit) return [{ alertRef: '10110', evidence: hit }];
    }
    return [];
  }
  if (!isJavaScript(m)) return [];
  const hit = find(m.body);
  return hit ? [{ alertRef: '10110', evidence: hit }] : [];
};

/**
 * ZAP 10112: a response that hands out a session token: an Authorization or X-CSRF-Token header, a cookie
 * whose value has 10+ characters, or a JSON body with an "accesstoken"/"token" field. Not on images, fonts,
 * CSS or JavaScript.
 */
const sessionManagement: Rule = (m) => {
  if (isImage(m) || isCss(m) || isJavaScript(m) || /font/.test(contentType(m))) return [];
  const tokens: string[] = [];
  for (const h of ['authorization', 'x-csrf-token'])
    if (headerValues(m, h).length) tokens.push(h === 'authorization' ? 'Authorization' : 'X-CSRF-Token');
  for (const raw of headerValues(m, 'set-cookie')) {
    const eq = raw.indexOf('=');
    const value = (raw.slice(eq + 1).split(';')[0] ?? '').trim();
    if (eq > 0 && value.length >= 10) tokens.push(raw.slice(0, eq).trim());
  }
  if (/json/.test(contentType(m)) && m.body.trim()) {
    try {
      const doc = JSON.parse(m.body) as unknown;
      if (doc && typeof doc === 'object' && !Array.isArray(doc))
        for (const k of Object.keys(doc))
          if (['accesstoken', 'token'].includes(k.toLowerCase())) tokens.push(k);
    } catch {
      /* not JSON after all */
    }
  }
  if (tokens.length === 0) return [];
  const first = tokens[0] as string;
  return [{ alertRef: '10112', param: first, evidence: first, otherInfo: tokens.join('\n') }];
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
const applicationErrors: Rule = (m, ctx) => {
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

/**
 * ZAP 90033: a cookie whose Domain is a parent of the host that set it (or another domain altogether),
 * so every sibling subdomain receives it. Host-only cookies (no Domain) are fine.
 */
export function looselyScoped(domain: string, host: string): boolean {
  const d = domain.toLowerCase().replace(/^\./, '');
  const h = host.toLowerCase();
  if (!d || d === h) return false;
  const dl = d.split('.');
  const hl = h.split('.');
  // A different registrable end (last two labels) is "loosely scoped" too.
  if (dl.at(-1) !== hl.at(-1) || dl.length < 2 || hl.length < 2 || dl.at(-2) !== hl.at(-2)) return true;
  return dl.length < hl.length && h.endsWith(`.${d}`);
}
const cookieLooselyScoped: Rule = (m) => {
  let host: string;
  try {
    host = new URL(m.url).hostname;
  } catch {
    return [];
  }
  if (/^[\d.]+$|^\[/.test(host)) return []; // an IP address has no parent domain
  const loose = headerValues(m, 'set-cookie')
    .map(parseSetCookie)
    .filter((c) => looselyScoped(c.attrs.get('domain') ?? '', host));
  if (loose.length === 0) return [];
  return [
    {
      alertRef: '90033',
      param: loose.map((c) => c.name).join(', '),
      otherInfo: `The origin domain used for comparison was: \n${host}\n${loose.map((c) => `${c.name}; Domain=${c.attrs.get('domain')}`).join('\n')}`,
    },
  ];
};

/** The rules in reporting order; each is keyed by its plugin ID for `rules` selection. */
export const PASSIVE_RULES: readonly (readonly [string, Rule])[] = [
  ['10038', cspMissing],
  ['10020', antiClickjacking],
  ['10021', xContentTypeOptions],
  ['10035', hsts],
  ['10036', serverHeader],
  ['10037', xPoweredBy],
  ['10096', timestamps],
  ['10027', suspiciousComments],
  ['10054', sameSite],
  ['10010', httpOnly],
  ['10011', secureFlag],
  ['10017', crossDomainScript],
  ['90003', subresourceIntegrity],
  ['10055', cspWeakness],
  ['10098', crossDomain],
  ['10202', antiCsrf],
  ['10063', permissionsPolicy],
  ['90004', siteIsolation],
  ['10015', cacheControl],
  ['10049', storableCacheable],
  ['2', privateIp],
  ['10009', inPageBanner],
  ['10019', contentTypeMissing],
  ['10023', debugErrors],
  ['10031', userControlledAttributes],
  ['10033', directoryBrowsing],
  ['10109', modernApp],
  ['10110', dangerousJs],
  ['10112', sessionManagement],
  ['90022', applicationErrors],
  ['90033', cookieLooselyScoped],
];

export function runPassiveRules(m: HttpMessage, ctx: RuleContext): RawAlert[] {
  return PASSIVE_RULES.flatMap(([, rule]) => rule(m, ctx));
}

export { contentType };
