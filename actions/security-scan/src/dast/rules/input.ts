/** Forms and user input: missing anti-CSRF tokens (ZAP 10202) and user-controlled attribute values (ZAP 10031). */
import { attr, contentType, isHtmlPage, tags } from '../message.ts';
import { low, type RawAlert, type Rule } from './rule.ts';

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
export const antiCsrf: Rule = (m, ctx) => {
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

/**
 * ZAP 10031: a query parameter whose value (2+ characters) starts an attribute value of the page, or is
 * the scheme, host or query of a URL in it (hot spots for XSS). 200 HTML pages with query parameters only.
 */
export const userControlledAttributes: Rule = (m) => {
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
