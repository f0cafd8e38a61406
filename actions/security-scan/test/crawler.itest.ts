/** The crawler's budgets, seeding, scope and authentication, against the fixture app. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { startFixtureApp, type FixtureApp } from '@pipewright/testkit/security-scan/fixture-app';
import { crawl, type CrawlOptions } from '../src/dast/crawler.ts';
import { runDast } from '../src/dast/scan.ts';

let app: FixtureApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const opts = (o: Partial<CrawlOptions> = {}): CrawlOptions => ({
  target: `${app?.url}/`,
  maxDepth: 5,
  maxPages: 1000,
  maxDurationMs: 60_000,
  concurrency: 4,
  requestTimeoutMs: 5000,
  headers: {},
  now: () => 0,
  onResponse: () => undefined,
  ...o,
});
/** A pattern of a count and its noun in the right number: "1 page", "0 pages", "12 pages". */
const count = (noun: string) => `(?:1 ${noun}|(?:0|[2-9]|[1-9]\\d+) ${noun}s)`;

describe('crawl', () => {
  it('stays on the origin, follows links to the depth limit, seeds from robots.txt and sitemap.xml, skips binaries', async () => {
    app = await startFixtureApp();
    const r = await crawl(opts());
    expect([...app.requested].sort()).toEqual(
      [
        '/',
        '/deep/1',
        '/deep/2',
        '/deep/3',
        '/deep/4',
        '/deep/5',
        '/hardened',
        '/private/area',
        '/robots.txt',
        '/sitemap.xml',
        '/from-robots/',
        '/only-in-sitemap',
      ].sort(),
    );
    // /private/area answers 401 without the auth header; everything else is a page.
    expect(r).toEqual({
      pages: 12,
      failures: [],
      failed: 0,
      timeouts: 0,
      rootStatus: 200,
      status: { '2xx': 11, '3xx': 0, '4xx': 1, '5xx': 0 },
      auth: 1,
      truncated: [],
      truncatedBytes: 0,
      scriptOnlyPages: [],
    });
  });

  it('maxDepth 2 stops the chain earlier', async () => {
    app = await startFixtureApp();
    await crawl(opts({ maxDepth: 2 }));
    expect(app.requested.filter((p) => p.startsWith('/deep/')).sort()).toEqual(['/deep/1', '/deep/2']);
  });

  it('maxPages stops at exactly that many requests', async () => {
    app = await startFixtureApp();
    const r = await crawl(opts({ maxPages: 4 }));
    expect(app.requested).toHaveLength(4);
    expect(r).toMatchObject({ pages: 4, stoppedBy: 'pages' });
  });

  it.each([
    ['an auth header', { Authorization: 'Bearer fixture-token' }],
    ['a cookie', { Cookie: 'session=fixture-session' }],
  ])('reaches the authenticated area with %s', async (_, headers) => {
    app = await startFixtureApp();
    await crawl(opts({ headers }));
    expect(app.requested).toContain('/private/inner');
  });

  it('without credentials the authenticated area is a 401 and nothing behind it is found', async () => {
    app = await startFixtureApp();
    await crawl(opts());
    expect(app.requested).not.toContain('/private/inner');
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    app = await startFixtureApp({ delayMs: 30, sitePages: 40 });
    const r = await crawl(opts({ concurrency: 3 }));
    expect(r.pages).toBe(52);
    expect(app.maxInFlight).toBe(3);
  });

  it('stops when the time budget is spent and reports the scan as incomplete (not fatal)', async () => {
    app = await startFixtureApp({ sitePages: 200 });
    let t = 0;
    const now = () => (t += 100); // every look at the clock is 100 ms later
    const r = await runDast({
      ...opts({ maxDurationMs: 2000, concurrency: 1, now }),
      maxInstancesPerRule: 10,
    });
    expect(r.stats?.stoppedBy).toBe('time');
    expect(Number(r.stats?.pages)).toBeLessThan(50);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ fatal: false, incomplete: true });
    expect(r.problems[0]?.message).toMatch(
      new RegExp(`^crawl timed out after 2s with ${count('page')} fetched: the scan is incomplete$`),
    );
  });

  it('logs progress while it crawls: pages done, queued, alert instances so far, then a summary', async () => {
    // Every answer takes 40 ms and a progress line is due every 20 ms, so a 12-page crawl logs some.
    app = await startFixtureApp({ delayMs: 40 });
    const lines: string[] = [];
    const r = await runDast({
      ...opts({ concurrency: 1, now: () => Date.now() }),
      maxInstancesPerRule: 10,
      progressEveryMs: 20,
      logger: { info: (l) => lines.push(l) },
    });
    const progress = new RegExp(
      `^DAST: ${count('page')} done, \\d+ queued, ${count('alert instance')} so far \\(\\d+s\\)$`,
    );
    expect(lines.filter((l) => progress.test(l)).length).toBeGreaterThan(0);
    expect(Number(r.stats?.alertInstances)).toBeGreaterThan(1);
    expect(lines.at(-1)).toBe(
      `DAST: 12 pages fetched (2xx 11, 3xx 0, 4xx 1, 5xx 0), 0 failed, ${String(r.stats?.alertInstances)} alert instances.`,
    );
  });

  it('says when a page looks like a single-page app (scripts, no links): not crawled, not a scan error', async () => {
    app = await startFixtureApp();
    const r = await runDast({
      ...opts({ target: `${app.url}/script/local`, maxDepth: 0, maxPages: 1 }),
      maxInstancesPerRule: 10,
    });
    expect(r.problems).toEqual([
      {
        kind: 'dast',
        tool: 'pipewright-dast',
        fatal: false,
        note: true,
        message: `1 page looks like a single-page app (scripts, but no link or form to follow), e.g. ${app.url}/script/local: the passive scan does not run scripts, so pages and API calls they load were not crawled; list them in sitemap.xml or scan their URLs with ZAP's Ajax spider`,
      },
    ]);
  });

  it('an unreachable target is a fatal problem, not a clean result', async () => {
    const r = await runDast({ ...opts({ target: 'http://127.0.0.1:9/' }), maxInstancesPerRule: 10 });
    expect(r.findings).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ fatal: true });
    expect(r.problems[0]?.message).toMatch(
      /^target unreachable: http:\/\/127\.0\.0\.1:9\/: connect ECONNREFUSED/,
    );
  });

  it('reports at most maxInstancesPerRule instances per rule', async () => {
    app = await startFixtureApp({ sitePages: 60 });
    const r = await runDast({ ...opts({ target: `${app.url}/site/0` }), maxInstancesPerRule: 3 });
    const counts = new Map<string, number>();
    for (const f of r.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(3);
    expect(counts.get('10202')).toBe(3);
  });
});
