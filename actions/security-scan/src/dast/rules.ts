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
}
export interface RuleContext {
  nowMs: number;
}
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

const cspMissing: Rule = (m) => {
  if (!isHtmlPage(m)) return [];
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

const antiClickjacking: Rule = (m) => {
  if (!isHtmlPage(m)) return [];
  const { header: csp } = cspPolicies(m);
  if (csp.some((p) => parseCsp(p).has('frame-ancestors'))) return [];
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
};

const xContentTypeOptions: Rule = (m) => {
  if (!hasBody(m) || m.status >= 300) return [];
  const v = header(m, 'x-content-type-options');
  if (v !== undefined && v.trim().toLowerCase() === 'nosniff') return [];
  return [
    { alertRef: '10021', param: 'x-content-type-options', ...(v !== undefined ? { evidence: v } : {}) },
  ];
};

const hsts: Rule = (m) => {
  const values = headerValues(m, 'strict-transport-security');
  if (!isHttps(m)) return values.length ? [{ alertRef: '10035-4', evidence: values[0] as string }] : [];
  const meta = isHtml(m) ? metaHttpEquiv(m.body, 'Strict-Transport-Security') : [];
  if (meta.length) return [{ alertRef: '10035-6', evidence: meta[0] as string }];
  if (values.length === 0) return isRedirect(m) ? [] : [{ alertRef: '10035-1' }];
  if (values.length > 1) return [{ alertRef: '10035-3', evidence: values.join(', ') }];
  const v = values[0] as string;
  if (/[^\x20-\x7e]/.test(v)) return [{ alertRef: '10035-8', evidence: v }];
  const ma = /max-age\s*=\s*("?)([^;"]*)\1/i.exec(v);
  if (!ma) return [{ alertRef: '10035-5', evidence: v }];
  if (ma[1] === '"' || !/^\d+$/.test((ma[2] ?? '').trim())) return [{ alertRef: '10035-7', evidence: v }];
  if (Number(ma[2]) === 0) return [{ alertRef: '10035-2', evidence: v }];
  return [];
};

const serverHeader: Rule = (m) => {
  const v = header(m, 'server');
  if (v === undefined || v.trim() === '') return [];
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
  const lo = ctx.nowMs / 1000 - 10 * 365.25 * 86400;
  const hi = Math.min(ctx.nowMs / 1000 + 10 * 365.25 * 86400, 2 ** 31 - 1);
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
    for (const s of m.body.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) js(s[1] ?? '');
  } else if (isJavaScript(m)) js(m.body);
  return out;
}
const suspiciousComments: Rule = (m) => {
  if (!isSuccess(m)) return [];
  const comments = commentsOf(m);
  const out: RawAlert[] = [];
  for (const [word, re] of SUSPICIOUS_RE) {
    const hits = comments.filter((c) => re.test(c));
    if (hits.length === 0) continue;
    const first = (hits[0] as string).slice(0, 200);
    out.push({
      alertRef: '10027',
      param: word,
      evidence: first,
      otherInfo: `The following pattern was used: \\b${word}\\b and was detected ${hits.length} time(s), the first in: "${first}"`,
    });
  }
  return out;
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
    if (/^none$/i.test(v)) return [{ alertRef: '10054-2', param: c.name, evidence: ev }];
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
const crossDomainScript: Rule = (m) =>
  isHtml(m)
    ? tags(m.body, 'script').flatMap((t) =>
        foreign(m, attr(t, 'src'))
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
  return [...scripts, ...styles]
    .filter((t) => attr(t, 'integrity') === undefined)
    .map((t) => ({ alertRef: '90003', evidence: t }));
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
const antiCsrf: Rule = (m) => {
  if (!isHtmlPage(m)) return [];
  const out: RawAlert[] = [];
  for (const f of m.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
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

const siteIsolation: Rule = (m) => {
  if (!isSuccess(m)) return [];
  const out: RawAlert[] = [];
  const corp = header(m, 'cross-origin-resource-policy');
  if (corp === undefined || !/^(same-origin|same-site)$/i.test(corp.trim()))
    out.push({
      alertRef: '90004-1',
      param: 'Cross-Origin-Resource-Policy',
      ...(corp !== undefined ? { evidence: corp } : {}),
    });
  if (isHtml(m)) {
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

const cacheControl: Rule = (m) => {
  if (!isHttps(m) || !hasBody(m) || !isText(m) || isJavaScript(m) || isCss(m) || isImage(m) || isRedirect(m))
    return [];
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
];

export function runPassiveRules(m: HttpMessage, ctx: RuleContext): RawAlert[] {
  return PASSIVE_RULES.flatMap(([, rule]) => rule(m, ctx));
}

export { contentType };
