/**
 * Every passive rule against the project's fixture app: one route that must trigger it and one that
 * must not, each fetched over real HTTP and checked for the exact set of alertRefs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  startFixtureApp,
  FIXTURE_NOW_MS,
  RULE_ROUTES,
  type FixtureApp,
} from '@pipewright/testkit/security-scan/fixture-app';
import { runDast } from '../src/dast/scan.ts';

let app: FixtureApp;
beforeAll(async () => {
  app = await startFixtureApp();
});
afterAll(async () => app.close());

async function alertsOf(route: string) {
  const r = await runDast({
    target: `${app.url}${route}`,
    maxDepth: 0,
    maxPages: 1,
    maxDurationMs: 30_000,
    concurrency: 1,
    requestTimeoutMs: 5000,
    headers: {},
    maxInstancesPerRule: 10,
    now: () => FIXTURE_NOW_MS,
  });
  // Notes (a page with scripts but no links looks like a single-page app) are not scan errors.
  expect(r.problems.filter((p) => !p.note)).toEqual([]);
  return r.findings;
}
const NS = '10049-1'; // Cache-Control: no-store on every hardened response

const CASES: [string, string[]][] = [
  ['/hardened', [NS]],
  // 10038 CSP header not set
  ['/csp/missing', ['10038-1', NS]],
  ['/csp/meta', [NS, '10055-13']],
  ['/csp/obsolete', ['10038-2', NS]],
  ['/csp/report-only', ['10038-3', NS]],
  // 10055 CSP weaknesses
  ['/csp/unsafe', [NS, '10055-1', '10055-10', '10055-2', '10055-3']],
  // 10020 anti-clickjacking (CSP without frame-ancestors also gives 10055-13)
  ['/xfo/missing', ['10020-1', NS, '10055-13']],
  ['/xfo/deny', [NS, '10055-13']],
  ['/xfo/multiple', ['10020-2', NS, '10055-13']],
  ['/xfo/malformed', ['10020-4', NS, '10055-13']],
  ['/xfo/meta', ['10020-3', NS, '10055-13']],
  // 10021 X-Content-Type-Options
  ['/xcto/missing', ['10021', NS]],
  ['/xcto/wrong', ['10021', NS]],
  // 10035 HSTS over plain HTTP (the HTTPS cases are unit-tested)
  ['/hsts/on-http', ['10035-4', NS]],
  // 10036 / 10037 server leaks
  ['/server/version', ['10036', NS]],
  ['/server/plain', ['10036', NS]],
  ['/powered', ['10037', NS]],
  // 10096 timestamps
  ['/timestamp/recent', [NS, '10096']],
  ['/timestamp/old', [NS]],
  // 10027 suspicious comments
  ['/comments/suspicious', ['10027', '10027', NS]],
  ['/comments/harmless', [NS]],
  // 10054 / 10010 cookies
  ['/cookie/bare', ['10010', NS, '10054-1']],
  ['/cookie/samesite-none', [NS, '10054-2']],
  ['/cookie/samesite-invalid', [NS, '10054-3']],
  ['/cookie/good', [NS]],
  ['/cookie/expired', [NS]],
  // 10017 / 90003 cross-domain scripts and SRI
  ['/script/cross', ['10017', NS, '90003']],
  ['/script/cross-sri', ['10017', NS]],
  ['/script/local', [NS]],
  ['/style/cross', [NS, '90003']],
  // 10098 CORS
  ['/cors/any', [NS, '10098']],
  ['/cors/one', [NS]],
  // 10202 anti-CSRF
  ['/form/no-token', [NS, '10202']],
  ['/form/token', [NS]],
  // 10063 permissions policy
  ['/permissions/missing', [NS, '10063-1']],
  ['/permissions/feature-policy', [NS, '10063-2']],
  // 90004 site isolation
  ['/spectre/missing', [NS, '90004-1', '90004-2', '90004-3']],
  ['/spectre/invalid-coop', [NS, '90004-3']],
  // 10049 caching classification
  ['/cache/public', ['10049-3']],
  ['/cache/no-cache', ['10049-2']],
  // 2 private IP disclosure
  ['/private-ip', [NS, '2']],
  ['/public-ip', [NS]],
];

describe('passive rules on the fixture app', () => {
  it('covers every fixture route', () => {
    expect(CASES.map(([r]) => r).sort()).toEqual(Object.keys(RULE_ROUTES).sort());
  });

  it.each(CASES)('%s -> %j', async (route, expected) => {
    const findings = await alertsOf(route);
    expect(findings.map((f) => f.ruleId).sort()).toEqual([...expected].sort());
  });

  it('carries ZAP-compatible names, risk and evidence', async () => {
    const [server] = (await alertsOf('/server/version')).filter((f) => f.ruleId === '10036');
    expect(server).toMatchObject({
      rule: { name: 'Server Leaks Version Information via "Server" HTTP Response Header Field', cwe: 497 },
      severity: 'low',
      confidence: 'high',
      evidence: 'Fixture/1.2.3',
      url: `${app.url}/server/version`,
      method: 'GET',
    });
    const [plain] = (await alertsOf('/server/plain')).filter((f) => f.ruleId === '10036');
    expect(plain?.severity).toBe('info');
    const comments = (await alertsOf('/comments/suspicious')).filter((f) => f.ruleId === '10027');
    expect(comments.map((c) => [c.param, c.severity])).toEqual([
      ['TODO', 'info'],
      ['ADMIN', 'info'],
    ]);
    const [ts] = (await alertsOf('/timestamp/recent')).filter((f) => f.ruleId === '10096');
    expect(ts).toMatchObject({
      evidence: '1763683200',
      otherInfo: '1763683200, which evaluates to: 2025-11-21T00:00:00.000Z',
    });
  });
});
