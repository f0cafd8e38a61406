/**
 * The DAST crawl's health problems and log lines, from a crawl result: every count reads right for one and
 * for several (issue #11: no "page(s)", no "1 requests").
 */
import { describe, expect, it } from '@jest/globals';
import type { CrawlResult } from '../src/dast/crawler.ts';
import { crawledLine, crawlHealth, progressLine } from '../src/dast/scan.ts';

const T = 'http://app.test';
const MiB = 1024 * 1024;

function crawl(o: Partial<CrawlResult> = {}): CrawlResult {
  return {
    pages: 1,
    failures: [],
    failed: 0,
    timeouts: 0,
    rootStatus: 200,
    status: { '2xx': 1, '3xx': 0, '4xx': 0, '5xx': 0 },
    auth: 0,
    truncated: [],
    truncatedBytes: 0,
    scriptOnlyPages: [],
    ...o,
  };
}

const messages = (c: CrawlResult, maxErrorPercent = 50) =>
  crawlHealth(`${T}/`, c, maxErrorPercent, 60_000).problems.map((p) => p.message);

describe('crawlHealth: counts in the problems', () => {
  it('error share: of one request, of several', () => {
    expect(messages(crawl({ status: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 1 }, rootStatus: 200 }))).toEqual([
      '100% of 1 request was an error, a redirect or a login wall (1 5xx, 0 401/403/407, 0 redirects, 0 failed), more than dast-error-threshold (50%)',
    ]);
    expect(messages(crawl({ pages: 4, status: { '2xx': 1, '3xx': 1, '4xx': 0, '5xx': 2 } }))).toEqual([
      '75% of 4 requests were errors, redirects or login walls (2 5xx, 0 401/403/407, 1 redirect, 0 failed), more than dast-error-threshold (50%)',
    ]);
  });

  it('pages over the body limit: one, several', () => {
    const big = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ url: `${T}/big/${i}`, bytes: 5 * MiB }));
    const pages = { pages: 3, status: { '2xx': 3, '3xx': 0, '4xx': 0, '5xx': 0 } };
    expect(messages(crawl({ ...pages, truncated: big(1) }))).toEqual([
      `1 page was over 4.0 MiB: only its first 4.0 MiB were scanned, so what follows (forms, scripts, comments) was not, e.g. ${T}/big/0 (5.0 MiB)`,
    ]);
    expect(messages(crawl({ ...pages, truncated: big(2) }))).toEqual([
      `2 pages were over 4.0 MiB: only their first 4.0 MiB were scanned, so what follows (forms, scripts, comments) was not, e.g. ${T}/big/0 (5.0 MiB)`,
    ]);
  });

  it('a crawl out of time: one page, several', () => {
    expect(messages(crawl({ stoppedBy: 'time' }))).toEqual([
      'crawl timed out after 60s with 1 page fetched: the scan is incomplete',
    ]);
    expect(
      messages(crawl({ stoppedBy: 'time', pages: 2, status: { '2xx': 2, '3xx': 0, '4xx': 0, '5xx': 0 } })),
    ).toEqual(['crawl timed out after 60s with 2 pages fetched: the scan is incomplete']);
  });

  it('failed requests and time-outs: one, several', () => {
    const failures = [{ url: `${T}/slow`, reason: 'no response within 5000 ms' }];
    const ok = { pages: 9, status: { '2xx': 9, '3xx': 0, '4xx': 0, '5xx': 0 } };
    expect(messages(crawl({ ...ok, failed: 1, timeouts: 1, failures }))).toEqual([
      `1 request failed (1 time-out), e.g. ${T}/slow: no response within 5000 ms`,
    ]);
    expect(messages(crawl({ ...ok, failed: 3, timeouts: 2, failures }))).toEqual([
      `3 requests failed (2 time-outs), e.g. ${T}/slow: no response within 5000 ms`,
    ]);
  });

  it('pages that look like a single-page app: one, several', () => {
    const spa = (n: number) => Array.from({ length: n }, (_, i) => `${T}/app/${i}`);
    const tail =
      "(scripts, but no link or form to follow), e.g. http://app.test/app/0: the passive scan does not run scripts, so pages and API calls they load were not crawled; list them in sitemap.xml or scan their URLs with ZAP's Ajax spider";
    expect(messages(crawl({ scriptOnlyPages: spa(1) }))).toEqual([
      `1 page looks like a single-page app ${tail}`,
    ]);
    expect(messages(crawl({ scriptOnlyPages: spa(2) }))).toEqual([
      `2 pages look like a single-page app ${tail}`,
    ]);
  });
});

describe('the crawl’s log lines', () => {
  it('progress: one page and one alert instance, then several', () => {
    expect(progressLine({ pages: 1, queued: 2, inFlight: 1, elapsedMs: 10_400 }, 1)).toBe(
      'DAST: 1 page done, 3 queued, 1 alert instance so far (10s)',
    );
    expect(progressLine({ pages: 2, queued: 0, inFlight: 0, elapsedMs: 20_600 }, 0)).toBe(
      'DAST: 2 pages done, 0 queued, 0 alert instances so far (21s)',
    );
  });

  it('the result: one page and one alert instance, then several', () => {
    const health = (c: CrawlResult) => crawlHealth(`${T}/`, c, 50, 60_000).health;
    expect(crawledLine(health(crawl()), 1)).toBe(
      'DAST: 1 page fetched (2xx 1, 3xx 0, 4xx 0, 5xx 0), 0 failed, 1 alert instance.',
    );
    const two = crawl({ pages: 2, status: { '2xx': 1, '3xx': 0, '4xx': 1, '5xx': 0 } });
    expect(crawledLine(health(two), 7)).toBe(
      'DAST: 2 pages fetched (2xx 1, 3xx 0, 4xx 1, 5xx 0), 0 failed, 7 alert instances.',
    );
  });
});
