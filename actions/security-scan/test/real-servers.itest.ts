/** The passive scan against real servers nobody here wrote, started on loopback: exact rule IDs per target. */
import { describe, expect, it } from '@jest/globals';
import {
  startApache,
  startLighttpd,
  startNginx,
  startPrometheus,
  startRegistry,
  type RunningServer,
} from '@pipewright/testkit/security-scan/servers';
import { runDast } from '../src/dast/scan.ts';

async function scan(start: () => Promise<RunningServer>, path: string) {
  const server = await start();
  try {
    const r = await runDast({
      target: `${server.url}${path}`,
      maxDepth: 5,
      maxPages: 1000,
      maxDurationMs: 60_000,
      concurrency: 8,
      requestTimeoutMs: 10_000,
      headers: {},
      maxInstancesPerRule: 10,
      now: () => Date.now(),
    });
    const rel = (u: string | undefined) => (u ?? '').slice(server.url.length);
    return {
      ...r,
      ids: [...new Set(r.findings.map((f) => f.ruleId))].sort(),
      byRule: (id: string) =>
        r.findings
          .filter((f) => f.ruleId === id)
          .map((f) => rel(f.url))
          .sort(),
    };
  } finally {
    await server.stop();
  }
}

describe('DAST against real servers', () => {
  it("nginx's default site", async () => {
    const r = await scan(startNginx, '/');
    expect(r.problems).toEqual([]);
    expect(r.stats?.pages).toBe(3); // /, /robots.txt (404), /sitemap.xml (404)
    expect(r.ids).toEqual([
      '10009',
      '10020-1',
      '10021',
      '10036',
      '10038-1',
      '10049-3',
      '10063-1',
      '90004-1',
      '90004-2',
      '90004-3',
    ]);
    expect(r.byRule('10036')).toEqual(['/', '/robots.txt', '/sitemap.xml']);
    // ZAP 10009: nginx's 404 page ends with "<center>nginx/1.22.1</center>" (pattern nginx/\d.\d{1,2}.\d{1,2},
    // error responses only at MEDIUM), not the 200 welcome page.
    expect(r.byRule('10009')).toEqual(['/robots.txt', '/sitemap.xml']);
    expect(r.findings.find((f) => f.ruleId === '10009')?.evidence).toMatch(/^nginx\/1\.\d+\.\d+$/);
    expect(r.findings.find((f) => f.ruleId === '10036')?.evidence).toMatch(/^nginx\/1\.\d+\.\d+$/);
    // HTML-only rules fire on the page, not on the 404s.
    expect(r.byRule('10038-1')).toEqual(['/']);
    expect(r.byRule('10021')).toEqual(['/']);
  });

  it("Prometheus's web UI", async () => {
    const r = await scan(startPrometheus, '/');
    expect(r.problems).toEqual([]);
    expect(r.ids).toEqual([
      '10020-1',
      '10021',
      '10027',
      '10038-1',
      '10049-1',
      '10049-3',
      '10063-1',
      // ZAP 10109: Prometheus's UI is a React app (its page has scripts but no links).
      '10109',
      '90004-1',
      '90004-2',
      '90004-3',
    ]);
    expect(r.byRule('10038-1')).toContain('/classic/graph');
    expect(Number(r.stats?.pages)).toBeGreaterThan(10);
  });

  // Directory listings: each server lists files/ (two files) from our config; its Debian default page is
  // the index. Expectations from ZAP's rules, per rule:
  //  10033 "<title>Index of /files...</title>" (ZAP's Apache 2 pattern, which nginx's and lighttpd's
  //        listings match too); 10036 the Server header has a version on every response;
  //  10021 every non-error response (the listing, the default page, both files);
  //  10020-1/10038-1/10063-1/90004-2/-3 HTML 2xx pages only; 90004-1 every 2xx response;
  //  10049-3 every response (no Cache-Control, cacheable by default);
  //  10009 a version banner in an error page's body.
  const LISTING_COMMON = [
    '10020-1',
    '10021',
    '10033',
    '10036',
    '10038-1',
    '10049-3',
    '10063-1',
    '90004-1',
    '90004-2',
    '90004-3',
  ];
  it('nginx autoindex', async () => {
    const r = await scan(() => startNginx({ autoindex: true }), '/files/');
    expect(r.problems).toEqual([]);
    expect(r.ids).toEqual(['10009', ...LISTING_COMMON].sort());
    expect(r.byRule('10033')).toEqual(['/files/']);
    expect(r.findings.find((f) => f.ruleId === '10033')?.evidence).toBe('<title>Index of /files/</title>');
    expect(r.byRule('10021')).toEqual(['/', '/files/', '/files/backup.tar', '/files/notes.txt']);
  });

  it("lighttpd's default page and dir-listing", async () => {
    const home = await scan(startLighttpd, '/');
    expect(home.problems).toEqual([]);
    // lighttpd's 404 page carries no version: no 10009.
    expect(home.ids).toEqual([
      '10020-1',
      '10021',
      '10036',
      '10038-1',
      '10049-3',
      '10063-1',
      '90004-1',
      '90004-2',
      '90004-3',
    ]);
    expect(home.findings.find((f) => f.ruleId === '10036')?.evidence).toMatch(/^lighttpd\/1\.4\.\d+$/);
    const listing = await scan(startLighttpd, '/files/');
    expect(listing.problems).toEqual([]);
    expect(listing.ids).toEqual(LISTING_COMMON);
    expect(listing.byRule('10033')).toEqual(['/files/']);
  });

  it("Apache's Debian default page and mod_autoindex", async () => {
    const home = await scan(startApache, '/');
    expect(home.problems).toEqual([]);
    // With Debian's ServerSignature On, 404 pages end with "<address>Apache/2.4.x (Debian) Server at …":
    // ZAP 10009 (pattern Apache/\d.\d.\d{1,2}) on every 404, e.g. /manual, which the default page links to.
    expect(home.ids).toEqual([
      '10009',
      '10020-1',
      '10021',
      '10036',
      '10038-1',
      '10049-3',
      '10063-1',
      '90004-1',
      '90004-2',
      '90004-3',
    ]);
    expect(home.byRule('10009')).toEqual(['/manual', '/robots.txt', '/sitemap.xml']);
    expect(home.findings.find((f) => f.ruleId === '10009')?.evidence).toMatch(/^Apache\/2\.4\.\d+$/);
    const listing = await scan(startApache, '/files/');
    expect(listing.problems).toEqual([]);
    // ZAP 90022: "Parent Directory" is one of its application error strings, and Apache's listing has it.
    expect(listing.ids).toEqual(['10009', ...LISTING_COMMON, '90022'].sort());
    expect(listing.findings.find((f) => f.ruleId === '10033')?.evidence).toBe(
      '<title>Index of /files</title>',
    );
    expect(listing.byRule('90022')).toEqual(['/files/']);
  });

  it('the docker-registry API', async () => {
    const r = await scan(startRegistry, '/v2/');
    expect(r.problems).toEqual([]);
    expect(r.ids).toEqual(['10021', '10049-2', '10049-3', '90004-1']);
    expect(r.byRule('10021')).toEqual(['/v2/']);
  });
});
