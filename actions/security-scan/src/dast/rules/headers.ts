/** Security headers of a response: framing, sniffing, HSTS, banners, CORS, permissions, site isolation, Content-Type. */
import {
  contentType,
  header,
  headerValues,
  isHtml,
  isHtmlPage,
  isHttps,
  isJavaScript,
  isRedirect,
  isSuccess,
  isText,
  metaHttpEquiv,
  type HttpMessage,
} from '../message.ts';
import { low, hasBody, type RawAlert, type Rule } from './rule.ts';
import { cspPolicies, parseCsp } from './csp.ts';

// ZAP: MEDIUM/HIGH look at non-error, non-redirect HTML; LOW at every text response. A CSP with
// frame-ancestors takes precedence: no alert, except at LOW where the issues are raised with LOW risk.
export const antiClickjacking: Rule = (m, ctx) => {
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
export const xContentTypeOptions: Rule = (m, ctx) => {
  if (!hasBody(m) || (!low(ctx) && m.status >= 300)) return [];
  const v = header(m, 'x-content-type-options');
  if (v !== undefined && v.trim().toLowerCase() === 'nosniff') return [];
  return [
    { alertRef: '10021', param: 'x-content-type-options', ...(v !== undefined ? { evidence: v } : {}) },
  ];
};

// ZAP: redirects (to HTTPS on the same domain) are reported only at LOW.
export const hsts: Rule = (m, ctx) => {
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
export const serverHeader: Rule = (m, ctx) => {
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

export const xPoweredBy: Rule = (m) =>
  headerValues(m, 'x-powered-by').map((v) => ({ alertRef: '10037', evidence: `X-Powered-By: ${v}` }));

export const crossDomain: Rule = (m) => {
  const v = header(m, 'access-control-allow-origin');
  return v?.trim() === '*' ? [{ alertRef: '10098', evidence: 'Access-Control-Allow-Origin: *' }] : [];
};

export const permissionsPolicy: Rule = (m) => {
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
export const siteIsolation: Rule = (m) => {
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

/** ZAP 10019: a response with a body but no Content-Type, or an empty one. */
export const contentTypeMissing: Rule = (m) => {
  if (!hasBody(m)) return [];
  const values = headerValues(m, 'content-type');
  if (values.length === 0) return [{ alertRef: '10019' }];
  return values
    .filter((v) => v.trim() === '')
    .map(() => ({ alertRef: '10019', param: '', otherInfo: 'Content-Type Header Empty' }));
};
