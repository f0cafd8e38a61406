/** The passive scan against real servers nobody here wrote, started on loopback: exact rule IDs per target. */
import { describe, expect, it } from '@jest/globals';
import {
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
      '90004-1',
      '90004-2',
      '90004-3',
    ]);
    expect(r.byRule('10038-1')).toContain('/classic/graph');
    expect(Number(r.stats?.pages)).toBeGreaterThan(10);
  });

  it('the docker-registry API', async () => {
    const r = await scan(startRegistry, '/v2/');
    expect(r.problems).toEqual([]);
    expect(r.ids).toEqual(['10021', '10049-2', '10049-3', '90004-1']);
    expect(r.byRule('10021')).toEqual(['/v2/']);
  });
});
