/** Caching: the Cache-Control of HTTPS content (ZAP 10015) and RFC 7234 storability (ZAP 10049). */
import {
  header,
  headerValues,
  isCss,
  isHttps,
  isImage,
  isJavaScript,
  isText,
  type HttpMessage,
} from '../message.ts';
import { low, hasBody, type RawAlert, type Rule } from './rule.ts';

// ZAP: MEDIUM/HIGH consider non-error, non-redirect text responses (not JS/CSS); LOW every response.
export const cacheControl: Rule = (m, ctx) => {
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
export const storableCacheable: Rule = (m) => [classifyCaching(m)];
