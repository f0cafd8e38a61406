/** The HTTPS-only rules and parsing details, on synthetic responses (the rest run against the fixture app). */
import { describe, expect, it } from '@jest/globals';
import {
  runPassiveRules,
  parseCsp,
  parseSetCookie,
  looselyScoped,
  type Threshold,
} from '../src/dast/rules/index.ts';
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

/** Alert refs of one rule (by plugin ID prefix) at a threshold. */
const of = (plugin: string, m: HttpMessage, threshold: Threshold = 'medium') =>
  runPassiveRules(m, { nowMs: Date.UTC(2026, 10, 21), threshold })
    .filter((a) => a.alertRef.split('-')[0] === plugin)
    .map((a) => ({
      ref: a.alertRef,
      ...(a.evidence !== undefined ? { evidence: a.evidence } : {}),
      ...(a.risk !== undefined ? { risk: a.risk } : {}),
    }));

describe('ZAP parity: conditions and thresholds (from ZAP pscanrules sources and docs)', () => {
  const page = (
    body: string,
    headers: [string, string][] = [],
    status = 200,
    url = 'http://h/p',
  ): HttpMessage => ({
    url,
    method: 'GET',
    status,
    headers: [...HARD, ...headers],
    body,
  });
  it('90033 loosely scoped cookie: Domain a parent of the host; host-only or equal Domain are fine', () => {
    expect(looselyScoped('example.com', 'www.example.com')).toBe(true);
    expect(looselyScoped('.example.com', 'a.b.example.com')).toBe(true);
    expect(looselyScoped('other.org', 'www.example.com')).toBe(true);
    expect(looselyScoped('www.example.com', 'www.example.com')).toBe(false);
    expect(looselyScoped('', 'www.example.com')).toBe(false);
    const m = page(
      'x',
      [['set-cookie', 'sid=1; Domain=example.com; HttpOnly; SameSite=Lax']],
      200,
      'http://www.example.com/',
    );
    expect(of('90033', m)).toEqual([{ ref: '90033' }]);
    expect(
      of(
        '90033',
        page('x', [['set-cookie', 'sid=1; HttpOnly; SameSite=Lax']], 200, 'http://www.example.com/'),
      ),
    ).toEqual([]);
  });
  it('10019: no Content-Type, or an empty one; no body, no alert', () => {
    const noType = { ...page('bytes'), headers: HARD.filter(([k]) => k !== 'content-type') };
    expect(of('10019', noType)).toEqual([{ ref: '10019' }]);
    expect(of('10019', { ...noType, headers: [...noType.headers, ['content-type', '']] })).toEqual([
      { ref: '10019' },
    ]);
    expect(of('10019', { ...noType, body: '' })).toEqual([]);
  });
  it('10023 in JavaScript only at LOW', () => {
    const js = {
      ...page('// PHP Warning: x'),
      headers: [['content-type', 'application/javascript'] as [string, string]],
    };
    expect(of('10023', js)).toEqual([]);
    expect(of('10023', js, 'low')).toEqual([{ ref: '10023', evidence: 'PHP Warning' }]);
  });
  it('90022: HTTP 500 at Low risk, not at HIGH; other error strings also at HIGH; 404 never', () => {
    const e500 = { ...page('oops', [], 500), statusLine: 'HTTP/1.1 500 Internal Server Error' };
    expect(of('90022', e500)).toEqual([
      { ref: '90022', evidence: 'HTTP/1.1 500 Internal Server Error', risk: 1 },
    ]);
    expect(of('90022', e500, 'high')).toEqual([]);
    expect(of('90022', page('ORA-01756: quoted string not properly terminated'), 'high')).toEqual([
      { ref: '90022', evidence: 'ORA-01756: ' },
    ]);
    expect(of('90022', page('You have an error in your SQL syntax', [], 404))).toEqual([]);
  });
  it('10009: error pages at MEDIUM, 2xx pages too at LOW', () => {
    expect(of('10009', page('Tomcat/9.0.1 error', [], 500))).toEqual([
      { ref: '10009', evidence: 'Tomcat/9.0.1' },
    ]);
    expect(of('10009', page('served by squid/5.7'))).toEqual([]);
    expect(of('10009', page('served by squid/5.7'), 'low')).toEqual([
      { ref: '10009', evidence: 'squid/5.7' },
    ]);
  });
  it('10109: target _self links; 10110 in a JavaScript file', () => {
    expect(of('10109', page('<a href="/x" target="_self">x</a>'))).toEqual([
      { ref: '10109', evidence: '<a href="/x" target="_self">x</a>' },
    ]);
    const js = {
      ...page('$sce.trustAsHtml (v)'),
      headers: [['content-type', 'text/javascript'] as [string, string]],
    };
    expect(of('10110', js)).toEqual([{ ref: '10110', evidence: 'trustAsHtml (' }]);
  });
  it('90004: COEP/COOP on application/xml documents too; CORP cross-origin passes', () => {
    const xml = {
      ...page('<a/>', [['cross-origin-resource-policy', 'cross-origin']]),
      headers: [
        ['content-type', 'application/xml'] as [string, string],
        ['cross-origin-resource-policy', 'cross-origin'] as [string, string],
      ],
    };
    expect(of('90004', xml).map((a) => a.ref)).toEqual(['90004-2', '90004-3']);
  });
  it.each<[string, Threshold, string[]]>([
    ['10038 on a redirect: LOW only', 'low', ['10038-1']],
    ['10038 on a redirect: not at MEDIUM', 'medium', []],
  ])('%s', (_, t, expected) => {
    const redirect = {
      ...page('<a href="/x">moved</a>', [], 302),
      headers: [['content-type', 'text/html'] as [string, string], ['location', '/x'] as [string, string]],
    };
    expect(of('10038', redirect, t).map((a) => a.ref)).toEqual(expected);
  });
  it('10021 on a 404: LOW only', () => {
    const notFound = {
      ...page('nope', [], 404),
      headers: [['content-type', 'text/html'] as [string, string]],
    };
    expect(of('10021', notFound)).toEqual([]);
    expect(of('10021', notFound, 'low').map((a) => a.ref)).toEqual(['10021']);
  });
  it('10096: a timestamp 2 years old is reported at MEDIUM, not at HIGH (±1 year)', () => {
    const ts = {
      ...page(''),
      headers: [['content-type', 'application/json'] as [string, string]],
      body: `{"t": ${Math.round(Date.UTC(2024, 10, 1) / 1000)}}`,
    };
    expect(of('10096', ts).map((a) => a.ref)).toEqual(['10096']);
    expect(of('10096', ts, 'high')).toEqual([]);
  });
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
