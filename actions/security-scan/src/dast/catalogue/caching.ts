/** Metadata of the rules for caching (../rules/caching.ts). */
import { m, type RuleMeta } from './meta.ts';

export const CACHING: Record<string, RuleMeta> = {
  '10015': m(
    '10015',
    'Re-examine Cache-control Directives',
    0,
    1,
    525,
    13,
    'Cache-Control does not prevent caching of a possibly sensitive HTTPS response.',
    'Set Cache-Control: no-cache, no-store, must-revalidate where content is sensitive.',
    { noisy: true },
  ),
  '10049-1': m(
    '10049',
    'Non-Storable Content',
    0,
    2,
    524,
    13,
    'The response cannot be stored by a cache.',
    'None needed if the content is sensitive.',
    { noisy: true },
  ),
  '10049-2': m(
    '10049',
    'Storable but Non-Cacheable Content',
    0,
    2,
    524,
    13,
    'The response can be stored but must be revalidated before reuse.',
    'None needed if intended.',
    { noisy: true },
  ),
  '10049-3': m(
    '10049',
    'Storable and Cacheable Content',
    0,
    2,
    524,
    13,
    'The response can be stored and served from a cache without revalidation.',
    'Use Cache-Control: no-store for sensitive content.',
    { noisy: true },
  ),
};
