/** Content Security Policy: a missing policy (ZAP 10038) and the weaknesses of a present one (ZAP 10055). */
import {
  header,
  headerValues,
  isHtml,
  isHtmlPage,
  isText,
  metaHttpEquiv,
  type HttpMessage,
} from '../message.ts';
import { low, hasBody, type RawAlert, type Rule } from './rule.ts';

export function cspPolicies(m: HttpMessage): { header: string[]; meta: string[] } {
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
export const cspMissing: Rule = (m, ctx) => {
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
export const cspWeakness: Rule = (m) => {
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
