/**
 * Scan health through the bundle: a target or a code base the scan could not really cover never reads as
 * a clean result. Each case is a site (our own small server on loopback) or a code base that makes a
 * scanner see nothing useful; the documented result (action.yml, `fail-on-scan-error`): the step fails by
 * default, and with `fail-on-scan-error: false` it passes with `result: incomplete`, never `passed`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from '@pipewright/testkit';

const BANDIT = '/var/lib/pipewright/venv/bin/bandit';
const MIB = 1024 * 1024;
const BIG_TAIL = '<form method="post" action="/big/send"><input name="q"></form></body></html>';

/** One server with a site per path prefix; each site's pages link only within it. */
function site(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const p = url.pathname;
  const html = (status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };
  if (p.startsWith('/down/'))
    return html(
      500,
      '<html><body>Internal error <a href="/down/a">a</a> <a href="/down/b">b</a></body></html>',
    );
  if (p.startsWith('/login/'))
    return html(401, '<html><body>Log in <a href="/login/a">a</a></body></html>', {
      'www-authenticate': 'Basic realm="x"',
    });
  if (p === '/loop/a') return html(302, '', { location: '/loop/b' });
  if (p === '/loop/b') return html(302, '', { location: '/loop/a' });
  if (p === '/big/') {
    // 5 MiB of text, then a POST form without an anti-CSRF token: past the 4 MiB the scan reads.
    const body = `<html><body>${`<p>${'x'.repeat(1020)}</p>\n`.repeat(5 * 1024)}${BIG_TAIL}`;
    return html(200, body, { 'content-length': String(Buffer.byteLength(body)) });
  }
  if (p === '/ok/') return html(200, '<html><body><a href="/ok/a">a</a></body></html>');
  if (p === '/ok/a') return html(200, '<html><body>fine</body></html>');
  return html(404, '<html><body>not found</body></html>');
}

let server: http.Server;
let base: string;
beforeAll(async () => {
  if (!existsSync(BANDIT)) throw new Error(`${BANDIT} is missing: run scripts/provision.sh`);
  server = http.createServer(site);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

interface FindingsJson {
  result: string;
  health: Record<string, unknown>[];
  problems: { tool: string; message: string; fatal: boolean; incomplete?: boolean }[];
  findings: { ruleId: string; url?: string; otherInfo?: string }[];
}

async function dast(target: string, extra: Record<string, string> = {}) {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-sec-health-'));
  const r = await runBundle('security-scan', {
    workspace: ws,
    inputs: { 'target-url': target, comment: 'false', 'fail-on-dast': 'none', ...extra },
  });
  const out = JSON.parse(readFileSync(r.outputs['findings-json'] as string, 'utf8')) as FindingsJson;
  return { r, out };
}

const errors = (r: Awaited<ReturnType<typeof runBundle>>) =>
  r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

describe('DAST health', () => {
  it('every page 500: incomplete, the step fails', async () => {
    const { r, out } = await dast(`${base}/down/`);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(out.health).toEqual([
      {
        kind: 'dast',
        target: `${base}/down/`,
        rootStatus: 500,
        // /down/, /down/a, /down/b, and the seeds /, /robots.txt, /sitemap.xml (404)
        pages: 6,
        status: { '2xx': 0, '3xx': 0, '4xx': 3, '5xx': 3 },
        auth: 0,
        timeouts: 0,
        failed: 0,
        truncatedPages: 0,
        truncatedBytes: 0,
        errorPercent: 50,
      },
    ]);
    expect(out.problems.map((p) => p.message)).toEqual([
      'the target answered 500, not a 2xx page: what was scanned is not the site',
    ]);
    expect(errors(r).at(-1)).toMatch(/^The scan is incomplete, so a clean result would mean nothing: /);
    expect(r.summary.indexOf('DAST target')).toBeLessThan(r.summary.indexOf('| severity |'));
    expect(r.summary).toContain('⚠️ incomplete');
  }, 60_000);

  it('every page 500 with fail-on-scan-error: false: result incomplete, not passed', async () => {
    const { r, out } = await dast(`${base}/down/`, { 'fail-on-scan-error': 'false' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'incomplete', 'scan-errors': '1' });
    expect(out.result).toBe('incomplete');
    expect(r.summary).toContain('⚠️ **Incomplete**');
  }, 60_000);

  it('every page 401: incomplete, with a hint about auth; over the error threshold too', async () => {
    const { r, out } = await dast(`${base}/login/`, { 'dast-error-threshold': '30' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(out.health[0]).toMatchObject({ rootStatus: 401, auth: 2, status: { '4xx': 5 }, errorPercent: 40 });
    expect(out.problems.map((p) => p.message)).toEqual([
      'the target answered 401, not a 2xx page: what was scanned is not the site (give `dast-auth-header` or `dast-cookie` to scan behind the login)',
      // /login/ and /login/a answer 401; /, /robots.txt and /sitemap.xml 404 (not errors): 2 of 5.
      '40% of 5 requests were errors, redirects or login walls (0 5xx, 2 401/403/407, 0 redirects, 0 failed), more than dast-error-threshold (30%)',
    ]);
  }, 60_000);

  it('a redirect loop: the root never reaches a page', async () => {
    const { r, out } = await dast(`${base}/loop/a`);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(out.health[0]).toMatchObject({ rootStatus: 302, status: { '2xx': 0, '3xx': 2, '4xx': 3 } });
    expect(out.problems.map((p) => p.message)).toEqual([
      'the target answered 302 (its redirects do not end on a page of the site: a loop, or another origin), not a 2xx page: what was scanned is not the site',
    ]);
  }, 60_000);

  it('a page over 4 MiB: scanned partially, said so, and the scan is incomplete', async () => {
    const { r, out } = await dast(`${base}/big/`);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    const total = '<html><body>'.length + 5 * 1024 * (1020 + 8) + BIG_TAIL.length;
    expect(out.health[0]).toMatchObject({ truncatedPages: 1, truncatedBytes: total - 4 * MIB });
    expect(out.problems.map((p) => p.message)).toEqual([
      `1 page was over 4.0 MiB: only its first 4.0 MiB were scanned, so what follows (forms, scripts, comments) was not, e.g. ${base}/big/ (${(total / MIB).toFixed(1)} MiB)`,
    ]);
    // The form after the cut was not seen (ZAP's 10202 would flag it), and findings on the page say it was partial.
    expect(out.findings.filter((f) => f.ruleId === '10202')).toEqual([]);
    expect(out.findings.find((f) => f.url === `${base}/big/` && f.ruleId === '10038-1')?.otherInfo).toBe(
      `The page was partially scanned: only its first 4.0 MiB of ${(total / MIB).toFixed(1)} MiB were read.`,
    );
  }, 60_000);

  it('a healthy site: complete, passed', async () => {
    const { r, out } = await dast(`${base}/ok/`);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'passed', 'scan-errors': '0' });
    expect(out.health[0]).toMatchObject({ rootStatus: 200, status: { '2xx': 2, '4xx': 3 } }); // /, /robots.txt, /sitemap.xml: 404
    expect(r.summary).toContain('✅ complete');
  }, 60_000);
});

describe('SAST health', () => {
  it('nothing parsed (Python 2 code): incomplete, the step fails', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-sec-py2-'));
    mkdirSync(path.join(ws, 'src'));
    writeFileSync(path.join(ws, 'src', 'a.py'), 'print "hello"\n');
    writeFileSync(path.join(ws, 'src', 'b.py'), 'exec "x = 1"\n');
    const r = await runBundle('security-scan', {
      workspace: ws,
      inputs: { 'sast-path': 'src', bandit: BANDIT, comment: 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'failed', total: '0' });
    const out = JSON.parse(readFileSync(r.outputs['findings-json'] as string, 'utf8')) as FindingsJson;
    expect(out.health).toEqual([{ kind: 'sast', path: 'src', files: 2, parsed: 0, failed: 2 }]);
    // Progress: started and finished, with the counts.
    expect(r.stdout).toContain(`Bandit: scanning src with ${BANDIT}`);
    expect(r.stdout).toMatch(/Bandit: finished in \d+s: 0 files parsed, 2 failed, 0 findings\./);
    expect(out.problems.filter((p) => p.incomplete).map((p) => p.message)).toEqual([
      'none of the 2 Python files in src could be parsed, so nothing was scanned (Python 2 code, or syntax errors; Bandit needs code the Python running it can parse)',
    ]);
    expect(errors(r).at(-1)).toMatch(/^The scan is incomplete, so a clean result would mean nothing: /);
  }, 60_000);

  it('a truncated Bandit report: a scan error, not a bug in pipewright', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-sec-cut-'));
    mkdirSync(path.join(ws, 'src'));
    writeFileSync(path.join(ws, 'src', 'a.py'), 'import subprocess\nsubprocess.call("ls", shell=True)\n');
    // The real Bandit, whose report file is then cut short (as when the disk fills up).
    const wrapper = path.join(ws, 'bandit-cut.sh');
    writeFileSync(
      wrapper,
      `#!/bin/sh\n${BANDIT} "$@"\nrc=$?\nout=\nprev=\nfor a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done\n[ -n "$out" ] && truncate -s 100 "$out"\nexit $rc\n`,
    );
    chmodSync(wrapper, 0o755);
    const r = await runBundle('security-scan', {
      workspace: ws,
      inputs: { 'sast-path': 'src', bandit: wrapper, comment: 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'failed', 'scan-errors': '1' });
    expect(r.stdout).not.toContain('bug in pipewright');
    expect(errors(r)[0]).toMatch(
      /^Bandit: Bandit's JSON report \(100 bytes\) is truncated or damaged, so the result is unknown: Bandit's report is not JSON: /,
    );
  }, 60_000);
});
