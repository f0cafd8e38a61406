/** Metadata of the rules for scripts in a page (../rules/scripts.ts). */
import { m, type RuleMeta } from './meta.ts';

export const SCRIPTS: Record<string, RuleMeta> = {
  '10017': m(
    '10017',
    'Cross-Domain JavaScript Source File Inclusion',
    1,
    2,
    829,
    15,
    'The page includes scripts from another domain.',
    'Load scripts only from trusted sources you control.',
  ),
  '90003': m(
    '90003',
    'Sub Resource Integrity Attribute Missing',
    2,
    3,
    345,
    15,
    'A cross-origin script or stylesheet is loaded without an integrity attribute.',
    'Add integrity (and crossorigin) attributes.',
  ),
  '10109': m(
    '10109',
    'Modern Web Application',
    0,
    2,
    0,
    0,
    'The application appears to be a modern web application: pages are built by scripts, which a crawler that does not run them cannot follow.',
    'Informational, nothing to fix; scan what scripts load with a browser-driven crawler (ZAP Ajax spider) or list the URLs in sitemap.xml.',
  ),
  '10110': m(
    '10110',
    'Dangerous JS Functions',
    1,
    1,
    749,
    0,
    "A dangerous JavaScript function (eval, or one that bypasses a framework's sanitizing, e.g. bypassSecurityTrustHtml) seems to be in use.",
    "Avoid these functions on data an attacker can influence; see the framework's security guide.",
  ),
};
