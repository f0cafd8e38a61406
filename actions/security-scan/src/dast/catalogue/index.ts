/**
 * The catalogue: every passive rule's metadata, keyed by alertRef (the plugin ID, or `<plugin>-<n>` for
 * sub-alerts). One module per rule family, as in ../rules/.
 */
import type { RuleMeta } from './meta.ts';
import { CACHING } from './caching.ts';
import { COOKIES } from './cookies.ts';
import { CSP } from './csp.ts';
import { HEADERS } from './headers.ts';
import { INFO_LEAK } from './info-leak.ts';
import { INPUT } from './input.ts';
import { SCRIPTS } from './scripts.ts';

export type { RuleMeta } from './meta.ts';

/** Keyed by alertRef (the plugin ID, or `<plugin>-<n>` for sub-alerts). */
export const CATALOGUE: Record<string, RuleMeta> = {
  ...CSP,
  ...HEADERS,
  ...INFO_LEAK,
  ...COOKIES,
  ...SCRIPTS,
  ...CACHING,
  ...INPUT,
};

export const RISK_NAMES = ['Informational', 'Low', 'Medium', 'High'] as const;
