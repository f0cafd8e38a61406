/** Metadata of the rules for forms and user input (../rules/input.ts). */
import { m, type RuleMeta } from './meta.ts';

export const INPUT: Record<string, RuleMeta> = {
  '10202': m(
    '10202',
    'Absence of Anti-CSRF Tokens',
    2,
    1,
    352,
    9,
    'No anti-CSRF token was found in an HTML form.',
    'Add an unpredictable per-session token to every form.',
  ),
  '10031': m(
    '10031',
    'User Controllable HTML Element Attribute (Potential XSS)',
    0,
    1,
    20,
    20,
    'A query parameter controls the start of an HTML attribute value (or a URL scheme/host in it): a hot spot for cross-site scripting that needs manual review.',
    'Validate all input and sanitize output before writing it to any HTML attribute.',
  ),
};
