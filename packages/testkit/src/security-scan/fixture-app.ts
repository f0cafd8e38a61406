/**
 * A web app for security-scan's DAST tests: every passive rule has a route that should trigger it and a
 * route that should not, on top of a "hardened" baseline of headers that triggers nothing but the
 * always-on cache classification (10049-1 for `Cache-Control: no-store`). Also a small site for the
 * crawler: depth chain, robots.txt, sitemap.xml, an authenticated area, off-site links.
 */
import http from 'node:http';
import https from 'node:https';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

type Headers = [string, string][];
interface Route {
  headers?: Headers;
  /** Drop these baseline headers (lower-case). */
  drop?: string[];
  body?: string;
  /** Content-Type; null sends none. */
  type?: string | null;
  status?: number;
}

export const HARDENED: Headers = [
  ['Content-Security-Policy', "default-src 'self'; form-action 'self'; frame-ancestors 'none'"],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'geolocation=()'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Embedder-Policy', 'require-corp'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cache-Control', 'no-store'],
];
const page = (inner: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${inner}</body></html>`;
const CSP_NO_FA = "default-src 'self'; form-action 'self'";

/** A fixed "now" for the timestamp rule: 2026-11-21T00:00:00Z. */
export const FIXTURE_NOW_MS = Date.UTC(2026, 10, 21);

export const RULE_ROUTES: Record<string, Route> = {
  '/hardened': { body: page('<p>nothing to see</p>') },
  '/csp/missing': {
    drop: ['content-security-policy'],
    headers: [['X-Frame-Options', 'DENY']],
    body: page('x'),
  },
  '/csp/meta': {
    drop: ['content-security-policy'],
    headers: [['X-Frame-Options', 'DENY']],
    body: `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; form-action 'self'"></head><body>x</body></html>`,
  },
  '/csp/obsolete': { headers: [['X-Content-Security-Policy', "default-src 'self'"]], body: page('x') },
  '/csp/report-only': {
    headers: [['Content-Security-Policy-Report-Only', "default-src 'self'"]],
    body: page('x'),
  },
  '/csp/unsafe': {
    drop: ['content-security-policy'],
    headers: [
      [
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src * 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      ],
    ],
    body: page('x'),
  },
  '/xfo/missing': {
    drop: ['content-security-policy'],
    headers: [['Content-Security-Policy', CSP_NO_FA]],
    body: page('x'),
  },
  '/xfo/deny': {
    drop: ['content-security-policy'],
    headers: [
      ['Content-Security-Policy', CSP_NO_FA],
      ['X-Frame-Options', 'DENY'],
    ],
    body: page('x'),
  },
  '/xfo/multiple': {
    drop: ['content-security-policy'],
    headers: [
      ['Content-Security-Policy', CSP_NO_FA],
      ['X-Frame-Options', 'DENY'],
      ['X-Frame-Options', 'SAMEORIGIN'],
    ],
    body: page('x'),
  },
  '/xfo/malformed': {
    drop: ['content-security-policy'],
    headers: [
      ['Content-Security-Policy', CSP_NO_FA],
      ['X-Frame-Options', 'ALLOW-FROM https://a.example'],
    ],
    body: page('x'),
  },
  '/xfo/meta': {
    drop: ['content-security-policy'],
    headers: [['Content-Security-Policy', CSP_NO_FA]],
    body: `<!doctype html><html><head><meta http-equiv="X-Frame-Options" content="DENY"></head><body>x</body></html>`,
  },
  '/xcto/missing': { drop: ['x-content-type-options'], body: page('x') },
  '/xcto/wrong': {
    drop: ['x-content-type-options'],
    headers: [['X-Content-Type-Options', 'sniff']],
    body: page('x'),
  },
  '/hsts/on-http': { headers: [['Strict-Transport-Security', 'max-age=31536000']], body: page('x') },
  '/server/version': { headers: [['Server', 'Fixture/1.2.3']], body: page('x') },
  '/server/plain': { headers: [['Server', 'Fixture']], body: page('x') },
  '/powered': { headers: [['X-Powered-By', 'PHP/8.1.2']], body: page('x') },
  '/timestamp/recent': { type: 'application/json', body: '{"built": 1763683200}' },
  '/timestamp/old': { type: 'application/json', body: '{"built": 1000000000}' },
  '/comments/suspicious': { body: page('<!-- TODO: remove the admin backdoor --><p>x</p>') },
  '/comments/harmless': { body: page('<!-- layout: two columns --><p>x</p>') },
  '/cookie/bare': { headers: [['Set-Cookie', 'sid=1; Path=/']], body: page('x') },
  '/cookie/samesite-none': { headers: [['Set-Cookie', 'sid=1; HttpOnly; SameSite=None']], body: page('x') },
  '/cookie/samesite-invalid': {
    headers: [['Set-Cookie', 'sid=1; HttpOnly; SameSite=Sometimes']],
    body: page('x'),
  },
  '/cookie/good': { headers: [['Set-Cookie', 'sid=1; HttpOnly; SameSite=Strict']], body: page('x') },
  '/cookie/expired': { headers: [['Set-Cookie', 'sid=; Max-Age=0']], body: page('x') },
  '/script/cross': { body: page('<script src="https://cdn.example.com/lib.js"></script>') },
  '/script/cross-sri': {
    body: page(
      '<script src="https://cdn.example.com/lib.js" integrity="sha384-abc" crossorigin="anonymous"></script>',
    ),
  },
  '/script/local': { body: page('<script src="/static/app.js"></script>') },
  '/style/cross': { body: page('<link rel="stylesheet" href="https://cdn.example.com/x.css">') },
  '/cors/any': { headers: [['Access-Control-Allow-Origin', '*']], type: 'application/json', body: '{}' },
  '/cors/one': {
    headers: [['Access-Control-Allow-Origin', 'https://app.example.com']],
    type: 'application/json',
    body: '{}',
  },
  '/form/no-token': {
    body: page(
      '<form method="post" action="/login"><input name="user"><input type="password" name="pass"></form>',
    ),
  },
  '/form/token': {
    body: page(
      '<form method="post" action="/login"><input type="hidden" name="csrf_token" value="x"><input name="user"></form>',
    ),
  },
  '/permissions/missing': { drop: ['permissions-policy'], body: page('x') },
  '/permissions/feature-policy': {
    drop: ['permissions-policy'],
    headers: [['Feature-Policy', "camera 'none'"]],
    body: page('x'),
  },
  '/spectre/missing': {
    drop: ['cross-origin-resource-policy', 'cross-origin-embedder-policy', 'cross-origin-opener-policy'],
    body: page('x'),
  },
  '/spectre/invalid-coop': {
    drop: ['cross-origin-opener-policy'],
    headers: [['Cross-Origin-Opener-Policy', 'unsafe-none']],
    body: page('x'),
  },
  '/cache/public': {
    drop: ['cache-control'],
    headers: [['Cache-Control', 'public, max-age=600']],
    body: page('x'),
  },
  '/cache/no-cache': { drop: ['cache-control'], headers: [['Cache-Control', 'no-cache']], body: page('x') },
  // Rules added for ZAP-baseline parity (expectations in dast-rules.itest.ts cite ZAP's rules).
  '/form/get-no-token': { body: page('<a href="/">home</a><form action="/search"><input name="q"></form>') },
  '/script/cross-sri-empty': {
    body: page('<a href="/">home</a><script src="https://cdn.example.com/lib.js" integrity=""></script>'),
  },
  '/spectre/cors': {
    drop: ['cross-origin-resource-policy'],
    headers: [['Access-Control-Allow-Origin', 'https://app.example.com']],
    body: page('x'),
  },
  '/spectre/same-site': {
    drop: ['cross-origin-resource-policy'],
    headers: [['Cross-Origin-Resource-Policy', 'same-site']],
    body: page('x'),
  },
  '/spectre/cross-origin': {
    drop: ['cross-origin-resource-policy'],
    headers: [['Cross-Origin-Resource-Policy', 'cross-origin']],
    body: page('x'),
  },
  '/spectre/json': {
    drop: ['cross-origin-embedder-policy', 'cross-origin-opener-policy'],
    type: 'application/json',
    body: '{}',
  },
  '/comments/two-words': {
    body: page('<!-- TODO: fix the ADMIN query --><p>x</p><!-- TODO later --><p>y</p>'),
  },
  '/banner/error': {
    status: 404,
    body: page('<h1>Not Found</h1><address>Apache/2.4.62 (Debian) Server at example Port 80</address>'),
  },
  '/banner/page': { body: page('<p>Powered by Apache/2.4.62 (Debian)</p>') },
  '/content-type/missing': { type: null, body: 'plain bytes' },
  '/content-type/present': { type: 'text/plain', body: 'plain bytes' },
  '/debug/php': { body: page('<b>PHP Warning</b>: include(config.php): failed') },
  '/debug/harmless': { body: page('<p>All systems normal</p>') },
  '/listing/dir': {
    body: '<html><head><title>Index of /listing/dir/</title></head><body><h1>Index of /listing/dir/</h1><pre><a href="../">../</a></pre></body></html>',
  },
  '/listing/root': {
    body: '<html><head><title>Index of /</title></head><body><h1>Index of /</h1></body></html>',
  },
  '/modern/hash-link': { body: page('<a href="#">menu</a>') },
  '/modern/noscript': { body: page('<a href="/">home</a><noscript>Enable JavaScript</noscript>') },
  '/modern/plain-links': { body: page('<a href="/">home</a>') },
  '/js/eval': { body: page('<a href="/">home</a><script>const v = eval(location.hash.slice(1));</script>') },
  '/js/eval.js': { type: 'application/javascript', body: 'export const run = (s) => eval (s);\n' },
  '/js/safe': { body: page('<a href="/">home</a><script>const evaluation = JSON.parse("{}");</script>') },
  '/session/cookie': {
    headers: [['Set-Cookie', 'session=4f9c2a7e1b3d5f60; HttpOnly; SameSite=Strict']],
    body: page('x'),
  },
  '/session/json': { type: 'application/json', body: '{"token": "eyJhbGciOiJIUzI1NiJ9.e30.x", "user": "a"}' },
  '/error/500': { status: 500, body: page('<p>Something went wrong</p>') },
  '/error/sql': { body: page('<p>You have an error in your SQL syntax; check the manual</p>') },
  '/attr/link': { body: page('<a href="/account/settings">settings</a>') },
  '/private-ip': { type: 'text/plain', body: 'upstream: 10.0.3.7:8080' },
  '/public-ip': { type: 'text/plain', body: 'upstream: 8.8.8.8:53' },
};

export interface FixtureApp {
  url: string;
  /** Paths requested, in order. */
  requested: string[];
  /** Most requests that were in flight at the same time. */
  maxInFlight: number;
  close(): Promise<void>;
}

/**
 * Starts the app on loopback. `authHeader`/`cookie` protect /private/*; `delayMs` slows every answer
 * (for the concurrency test); `sitePages` adds a generated site of that many linked pages under /site/.
 */
export async function startFixtureApp(
  o: {
    delayMs?: number;
    sitePages?: number;
    linkRuleRoutes?: boolean;
    tls?: { key: string; cert: string };
  } = {},
): Promise<FixtureApp> {
  const requested: string[] = [];
  let inFlight = 0;
  const app: FixtureApp = { url: '', requested, maxInFlight: 0, close: async () => undefined };
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    app.maxInFlight = Math.max(app.maxInFlight, inFlight);
    const url = new URL(req.url ?? '/', 'http://x');
    requested.push(url.pathname + url.search);
    const send = (
      status: number,
      headers: Headers,
      body: string,
      type: string | null = 'text/html; charset=utf-8',
    ) => {
      const finish = () => {
        const flat: string[] = type === null ? [] : ['Content-Type', type];
        for (const [k, v] of headers) flat.push(k, v);
        res.writeHead(status, flat);
        res.end(body);
        inFlight--;
      };
      if (o.delayMs) setTimeout(finish, o.delayMs);
      else finish();
    };
    const route = RULE_ROUTES[url.pathname];
    if (route) {
      const drop = new Set(route.drop ?? []);
      const headers = [...HARDENED.filter(([k]) => !drop.has(k.toLowerCase())), ...(route.headers ?? [])];
      send(route.status ?? 200, headers, route.body ?? '', route.type);
      return;
    }
    const p = url.pathname;
    if (p === '/' || p === '/index.html')
      return send(
        200,
        HARDENED,
        page(
          `<a href="/deep/1">deep</a> <a href="/hardened">h</a> <a href="http://other.invalid/x">offsite</a> <a href="/private/area">private</a> <a href="mailto:a@b.c">m</a> <a href="/logo.png">logo</a>${o.sitePages ? ' <a href="/site/0">site</a>' : ''}${
            o.linkRuleRoutes
              ? Object.keys(RULE_ROUTES)
                  .map((r) => ` <a href="${r}">${r}</a>`)
                  .join('')
              : ''
          }`,
        ),
      );
    if (p === '/robots.txt')
      return send(
        200,
        HARDENED,
        'User-agent: *\nDisallow: /from-robots/\nSitemap: /sitemap.xml\n',
        'text/plain',
      );
    if (p === '/sitemap.xml')
      return send(
        200,
        HARDENED,
        '<?xml version="1.0"?><urlset><url><loc>URL/only-in-sitemap</loc></url></urlset>'.replace(
          'URL',
          app.url,
        ),
        'application/xml',
      );
    if (p === '/from-robots/' || p === '/only-in-sitemap') return send(200, HARDENED, page('seeded'));
    const deep = /^\/deep\/(\d+)$/.exec(p);
    if (deep) {
      const n = Number(deep[1]);
      return send(200, HARDENED, page(n < 10 ? `<a href="/deep/${n + 1}">next</a>` : 'end'));
    }
    if (p.startsWith('/private/')) {
      const ok =
        req.headers.authorization === 'Bearer fixture-token' ||
        /(^|;\s*)session=fixture-session/.test(req.headers.cookie ?? '');
      return ok
        ? send(200, HARDENED, page('<a href="/private/inner">inner</a>'))
        : send(401, HARDENED, page('login required'));
    }
    const site = /^\/site\/(\d+)$/.exec(p);
    if (site && o.sitePages) {
      const n = Number(site[1]);
      // Each page links to the next 5 pages: a wide, shallow site.
      const links = [1, 2, 3, 4, 5].map((k) => n * 5 + k).filter((k) => k < (o.sitePages as number));
      return send(
        200,
        [
          ['Server', 'Fixture/1.0'],
          ['Cache-Control', 'no-store'],
        ],
        page(
          `<h1>Page ${n}</h1><!-- TODO page ${n} -->${links.map((k) => `<a href="/site/${k}">p${k}</a>`).join(' ')}<form method="post"><input name="q"></form>`,
        ),
      );
    }
    return send(404, HARDENED, page('not found'));
  };
  const server = o.tls ? https.createServer(o.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  app.url = `${o.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  app.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return app;
}

/** A throw-away self-signed certificate for 127.0.0.1 (openssl, Debian package openssl). */
export function selfSignedCert(): { key: string; cert: string } {
  const openssl = '/usr/bin/openssl';
  if (!existsSync(openssl)) throw new Error(`${openssl} not found: install the Debian package openssl.`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cert-'));
  try {
    execFileSync(
      openssl,
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
