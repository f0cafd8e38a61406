/** The HTTPS-only rules (10035, 10011, 10015) over real TLS: the fixture app with a self-signed certificate. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  FIXTURE_NOW_MS,
  selfSignedCert,
  startFixtureApp,
  type FixtureApp,
} from '@pipewright/testkit/security-scan/fixture-app';
import { runDast } from '../src/dast/scan.ts';

let app: FixtureApp;
beforeAll(async () => {
  app = await startFixtureApp({ tls: selfSignedCert() });
});
afterAll(async () => app.close());

const scan = (route: string, insecureTls: boolean) =>
  runDast({
    target: `${app.url}${route}`,
    maxDepth: 0,
    maxPages: 1,
    maxDurationMs: 30_000,
    concurrency: 1,
    requestTimeoutMs: 5000,
    headers: {},
    maxInstancesPerRule: 10,
    insecureTls,
    now: () => FIXTURE_NOW_MS,
  });

describe('DAST over HTTPS', () => {
  it.each([
    ['/hardened', ['10015', '10035-1', '10049-1']],
    ['/hsts/on-http', ['10015', '10049-1']], // max-age=31536000 over HTTPS: fine
    ['/cookie/good', ['10011', '10015', '10035-1', '10049-1']], // HttpOnly, SameSite, but not Secure
  ])('%s -> %j', async (route, expected) => {
    const r = await scan(route, true);
    expect(r.problems).toEqual([]);
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(expected);
  });

  it('refuses a self-signed certificate unless told otherwise: a scan that could not run', async () => {
    const r = await scan('/hardened', false);
    expect(r.findings).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ fatal: true });
    expect(r.problems[0]?.message).toMatch(
      /^target unreachable: https:\/\/127\.0\.0\.1:\d+\/hardened: self[- ]signed certificate/,
    );
  });
});
