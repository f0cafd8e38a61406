/**
 * The passive rules: each looks at one response and returns alerts with ZAP's alertRefs. Pure: the clock
 * (for timestamp plausibility) comes in through the context. The rules live in one module per family
 * (./csp.ts, ./headers.ts, ./cookies.ts, ./scripts.ts, ./caching.ts, ./info-leak.ts, ./input.ts); this
 * list is the one place that says which rules run, and in which order.
 */
import type { HttpMessage } from '../message.ts';
import type { RawAlert, Rule, RuleContext } from './rule.ts';
import { cacheControl, storableCacheable } from './caching.ts';
import { cookieLooselyScoped, httpOnly, sameSite, secureFlag, sessionManagement } from './cookies.ts';
import { cspMissing, cspWeakness } from './csp.ts';
import {
  antiClickjacking,
  contentTypeMissing,
  crossDomain,
  hsts,
  permissionsPolicy,
  serverHeader,
  siteIsolation,
  xContentTypeOptions,
  xPoweredBy,
} from './headers.ts';
import {
  applicationErrors,
  debugErrors,
  directoryBrowsing,
  inPageBanner,
  privateIp,
  suspiciousComments,
  timestamps,
} from './info-leak.ts';
import { antiCsrf, userControlledAttributes } from './input.ts';
import { crossDomainScript, dangerousJs, modernApp, subresourceIntegrity } from './scripts.ts';

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

export type { RawAlert, RuleContext, Threshold } from './rule.ts';
export { classifyCaching } from './caching.ts';
export { looselyScoped, parseSetCookie } from './cookies.ts';
export { parseCsp } from './csp.ts';
export { commentsOf } from './info-leak.ts';
export { scriptContents } from './scripts.ts';
export { contentType } from '../message.ts';
