/** The HTTPS-only rules and parsing details, on synthetic responses (the rest run against the fixture app). */
import { describe, expect, it } from '@jest/globals';
import { runPassiveRules, parseCsp, parseSetCookie } from '../src/dast/rules.ts';
import { extractLinks, robotsSeeds } from '../src/dast/crawler.ts';
import type { HttpMessage } from '../src/dast/message.ts';

const HARD: [string, string][] = [
  ['content-type', 'text/html'],
  ['content-security-policy', "default-src 'self'; form-action 'self'; frame-ancestors 'none'"],
  ['x-content-type-options', 'nosniff'],
  ['permissions-policy', 'geolocation=()'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['cross-origin-embedder-policy', 'require-corp'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cache-control', 'no-store, no-cache, must-revalidate'],
];
const msg = (
  url: string,
  extra: [string, string][] = [],
  drop: string[] = [],
  body = '<html><body>x</body></html>',
): HttpMessage => ({
  url,
  method: 'GET',
  status: 200,
  headers: [...HARD.filter(([k]) => !drop.includes(k)), ...extra],
  body,
});
const refs = (m: HttpMessage) =>
  runPassiveRules(m, { nowMs: Date.UTC(2026, 10, 21) })
    .map((a) => a.alertRef)
    .filter((r) => r !== '10049-1')
    .sort();
const HSTS = ['strict-transport-security', 'max-age=31536000; includeSubDomains'] as [string, string];

describe('HTTPS-only rules', () => {
  it.each<[string, HttpMessage, string[]]>([
    ['hardened HTTPS page', msg('https://h/', [HSTS]), []],
    ['10035-1 HSTS missing', msg('https://h/'), ['10035-1']],
    ['10035-2 max-age=0', msg('https://h/', [['strict-transport-security', 'max-age=0']]), ['10035-2']],
    ['10035-3 two headers', msg('https://h/', [HSTS, HSTS]), ['10035-3']],
    [
      '10035-5 no max-age',
      msg('https://h/', [['strict-transport-security', 'includeSubDomains']]),
      ['10035-5'],
    ],
    [
      '10035-6 via META',
      msg(
        'https://h/',
        [HSTS],
        [],
        '<html><head><meta http-equiv="Strict-Transport-Security" content="max-age=1"></head></html>',
      ),
      ['10035-6'],
    ],
    [
      '10035-7 quoted max-age',
      msg('https://h/', [['strict-transport-security', 'max-age="100"']]),
      ['10035-7'],
    ],
    [
      '10035-8 non-ASCII',
      msg('https://h/', [['strict-transport-security', 'max-age=100\u00a0']]),
      ['10035-8'],
    ],
    ['HSTS on HTTP is 10035-4, its absence is fine', msg('http://h/'), []],
    [
      '10011 cookie without Secure over HTTPS',
      msg('https://h/', [HSTS, ['set-cookie', 'a=1; HttpOnly; SameSite=Lax']]),
      ['10011'],
    ],
    [
      'no 10011 with Secure',
      msg('https://h/', [HSTS, ['set-cookie', 'a=1; HttpOnly; Secure; SameSite=Lax']]),
      [],
    ],
    ['no 10011 over HTTP', msg('http://h/', [['set-cookie', 'a=1; HttpOnly; SameSite=Lax']]), []],
    [
      '10015 cache-control too weak on HTTPS',
      msg('https://h/', [HSTS, ['cache-control', 'no-store']], ['cache-control']),
      ['10015'],
    ],
    [
      'no 10015 for JavaScript (cacheable: 10049-3)',
      {
        ...msg('https://h/a.js', [HSTS, ['cache-control', 'max-age=60']], ['cache-control', 'content-type']),
        headers: [
          ['content-type', 'application/javascript'],
          HSTS,
          ['x-content-type-options', 'nosniff'],
          ['cross-origin-resource-policy', 'same-origin'],
          ['permissions-policy', 'a=()'],
        ],
      },
      ['10049-3'],
    ],
  ])('%s', (_, m, expected) => expect(refs(m)).toEqual(expected));
});

describe('parsers', () => {
  it('parseCsp: first occurrence of a directive wins, names lower-cased', () => {
    expect([...parseCsp("Script-Src 'self'; script-src *; img-src data:")]).toEqual([
      ['script-src', ["'self'"]],
      ['img-src', ['data:']],
    ]);
  });
  it('parseSetCookie', () => {
    const c = parseSetCookie('sid=abc=def; Path=/; HttpOnly; SameSite=Lax');
    expect([c.name, [...c.attrs]]).toEqual([
      'sid',
      [
        ['path', '/'],
        ['httponly', ''],
        ['samesite', 'Lax'],
      ],
    ]);
  });
  it('extractLinks: resolves against <base>, drops fragments, reads sitemap <loc>', () => {
    const html: HttpMessage = {
      url: 'http://h/a/b',
      method: 'GET',
      status: 200,
      headers: [['content-type', 'text/html']],
      body: '<base href="/root/"><a href="x#frag">x</a><img src=/i.svg><form action="post">',
    };
    expect(extractLinks(html)).toEqual(['http://h/root/x', 'http://h/i.svg', 'http://h/root/post']);
    const sm: HttpMessage = {
      url: 'http://h/sitemap.xml',
      method: 'GET',
      status: 200,
      headers: [['content-type', 'application/xml']],
      body: '<urlset><url><loc> http://h/p?a=1&amp;b=2 </loc></url></urlset>',
    };
    expect(extractLinks(sm)).toEqual(['http://h/p?a=1&b=2']);
  });
  it('robotsSeeds: Allow/Disallow paths without wildcards, and Sitemap lines', () => {
    expect(
      robotsSeeds(
        'User-agent: *\nDisallow: /admin/ # secret\nAllow: /pub/*.html\nDisallow:\nSitemap: https://h/sm.xml\n',
        'https://h',
      ),
    ).toEqual(['https://h/admin/', 'https://h/pub/', 'https://h/sm.xml']);
  });
});
