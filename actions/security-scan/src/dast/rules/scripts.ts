/** Scripts in a page: cross-domain includes, subresource integrity, modern-app hints, dangerous JS functions. */
import { attr, isHtml, isJavaScript, tags, type HttpMessage } from '../message.ts';
import { hasBody, type RawAlert, type Rule } from './rule.ts';

/**
 * The contents of each closed script element, found with indexOf so that unclosed ones cannot make
 * it quadratic.
 */
export function scriptContents(body: string): string[] {
  const lower = body.toLowerCase();
  const out: string[] = [];
  for (let from = 0; ;) {
    const start = lower.indexOf('<script', from);
    if (start < 0) return out;
    const open = lower.indexOf('>', start);
    if (open < 0) return out;
    const end = lower.indexOf('</script', open);
    if (end < 0) return out; // unclosed: not a script element's content (as before)
    out.push(body.slice(open + 1, end));
    from = end + 8;
  }
}

function foreign(m: HttpMessage, ref: string | undefined): URL | undefined {
  if (!ref) return undefined;
  try {
    const u = new URL(ref, m.url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host !== new URL(m.url).host
      ? u
      : undefined;
  } catch {
    return undefined;
  }
}
// ZAP: a script with a non-empty integrity attribute is not reported (the browser checks it).
export const crossDomainScript: Rule = (m) =>
  isHtml(m)
    ? tags(m.body, 'script').flatMap((t) =>
        foreign(m, attr(t, 'src')) && !attr(t, 'integrity')?.trim()
          ? [{ alertRef: '10017', param: attr(t, 'src') as string, evidence: t }]
          : [],
      )
    : [];
export const subresourceIntegrity: Rule = (m) => {
  if (!isHtml(m)) return [];
  const scripts = tags(m.body, 'script').filter((t) => foreign(m, attr(t, 'src')));
  const styles = tags(m.body, 'link').filter(
    (t) => /stylesheet/i.test(attr(t, 'rel') ?? '') && foreign(m, attr(t, 'href')),
  );
  return (
    [...scripts, ...styles]
      // An empty integrity attribute gives the browser nothing to check: as good as none.
      .filter((t) => !attr(t, 'integrity')?.trim())
      .map((t) => ({ alertRef: '90003', evidence: t }))
  );
};

/** ZAP 10109: hints that the page is a modern (script-driven) web application. */
export const modernApp: Rule = (m) => {
  if (!isHtml(m)) return [];
  // Start tags only (linear); the evidence is the element up to its end tag, within 200 characters.
  const links = [...m.body.matchAll(/<a\b[^>]*>/gi)];
  const element = (x: RegExpMatchArray) => {
    const from = x.index ?? 0;
    const rest = m.body.slice(from, from + 200);
    const end = rest.search(/<\/a\s*>/i);
    return end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest;
  };
  if (links.length === 0) {
    const script = /<script\b[^>]*>/i.exec(m.body);
    if (!script) return noscript(m);
    const from = script.index;
    const rest = m.body.slice(from, from + 200);
    const end = rest.search(/<\/script\s*>/i);
    return [
      {
        alertRef: '10109',
        evidence: end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest,
        otherInfo:
          'No links have been found while there are scripts, which is an indication that this is a modern web application.',
      },
    ];
  }
  for (const x of links) {
    const start = x[0];
    const href = attr(start, 'href');
    if (href === undefined || href === '' || href === '#')
      return [
        {
          alertRef: '10109',
          evidence: element(x),
          otherInfo:
            'Links have been found that do not have traditional href attributes, which is an indication that this is a modern web application.',
        },
      ];
    if (attr(start, 'target') === '_self')
      return [
        {
          alertRef: '10109',
          evidence: element(x),
          otherInfo:
            "Links have been found with a target of '_self' - this is often used by modern frameworks to force a full page reload.",
        },
      ];
  }
  return noscript(m);
};
function noscript(m: HttpMessage): RawAlert[] {
  const at = m.body.search(/<noscript\b/i);
  if (at < 0) return [];
  const rest = m.body.slice(at, at + 200);
  const end = rest.search(/<\/noscript\s*>/i);
  return at >= 0
    ? [
        {
          alertRef: '10109',
          evidence: end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest,
          otherInfo:
            'A noScript tag has been found, which is an indication that the application works differently with JavaScript enabled compared to when it is not.',
        },
      ]
    : [];
}

/** ZAP 10110: calls of functions that bypass a framework's sanitising (and eval), in scripts. */
const DANGEROUS_JS = [
  'bypassSecurityTrustHtml',
  'bypassSecurityTrustScript',
  'bypassSecurityTrustStyle',
  'bypassSecurityTrustUrl',
  'bypassSecurityTrustResourceUrl',
  'trustAsHtml',
  'sce.trustAsHtml',
  'eval',
  'evalAsync',
].map((f) => new RegExp(`\\b\\$?${f.replace('.', '\\.')}\\s{0,5}\\(`, 'i'));
export const dangerousJs: Rule = (m) => {
  if (!hasBody(m)) return [];
  const find = (code: string) => {
    for (const re of DANGEROUS_JS) {
      const hit = re.exec(code);
      if (hit) return hit[0];
    }
    return undefined;
  };
  if (isHtml(m)) {
    for (const code of scriptContents(m.body)) {
      const hit = find(code);
      if (hit) return [{ alertRef: '10110', evidence: hit }];
    }
    return [];
  }
  if (!isJavaScript(m)) return [];
  const hit = find(m.body);
  return hit ? [{ alertRef: '10110', evidence: hit }] : [];
};
