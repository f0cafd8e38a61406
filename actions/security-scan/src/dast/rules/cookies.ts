/** Cookies and session tokens: SameSite, HttpOnly, Secure, session management, loosely scoped cookies. */
import {
  contentType,
  headerValues,
  isCss,
  isHttps,
  isImage,
  isJavaScript,
  type HttpMessage,
} from '../message.ts';
import { high, type RawAlert, type Rule } from './rule.ts';

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
export const sameSite: Rule = (m, ctx) =>
  liveCookies(m, ctx.nowMs).flatMap((c): RawAlert[] => {
    const v = c.attrs.get('samesite');
    const ev = `Set-Cookie: ${c.name}`;
    if (v === undefined) return [{ alertRef: '10054-1', param: c.name, evidence: ev }];
    // ZAP: SameSite=None is not reported at HIGH.
    if (/^none$/i.test(v)) return high(ctx) ? [] : [{ alertRef: '10054-2', param: c.name, evidence: ev }];
    if (!/^(strict|lax)$/i.test(v)) return [{ alertRef: '10054-3', param: c.name, evidence: ev }];
    return [];
  });
export const httpOnly: Rule = (m, ctx) =>
  liveCookies(m, ctx.nowMs)
    .filter((c) => !c.attrs.has('httponly'))
    .map((c) => ({ alertRef: '10010', param: c.name, evidence: `Set-Cookie: ${c.name}` }));
export const secureFlag: Rule = (m, ctx) =>
  isHttps(m)
    ? liveCookies(m, ctx.nowMs)
        .filter((c) => !c.attrs.has('secure'))
        .map((c) => ({ alertRef: '10011', param: c.name, evidence: `Set-Cookie: ${c.name}` }))
    : [];

/**
 * ZAP 10112: a response that hands out a session token: an Authorization or X-CSRF-Token header, a cookie
 * whose value has 10+ characters, or a JSON body with an "accesstoken"/"token" field. Not on images, fonts,
 * CSS or JavaScript.
 */
export const sessionManagement: Rule = (m) => {
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
export const cookieLooselyScoped: Rule = (m) => {
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
