/**
 * The bundle end to end, as the runner runs it: real Bandit on the example app, the passive scan of the
 * fixture app, the fake GitHub for the PR comment and the code-scanning upload.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HEAD_SHA, REPO_ROOT, runBundle, pullRequestEvent, pushEvent } from '@pipewright/testkit';
import { startFakeGitHub, type FakeGitHub } from '@pipewright/testkit/github-fake/server';
import { startFixtureApp, type FixtureApp } from '@pipewright/testkit/security-scan/fixture-app';
import {
  liveLinks,
  renderLikeGitHub,
  renderedProblems,
  shownLines,
} from '@pipewright/testkit/render-like-github';

const BANDIT = '/var/lib/pipewright/venv/bin/bandit';
let gh: FakeGitHub;
let app: FixtureApp;
beforeAll(async () => {
  if (!existsSync(BANDIT)) throw new Error(`${BANDIT} is missing: run scripts/provision.sh`);
  gh = await startFakeGitHub();
  app = await startFixtureApp({ linkRuleRoutes: true });
});
afterAll(async () => {
  await gh.close();
  await app.close();
});

/** A workspace with a copy of examples/security-scan, so baselines can be written into it. */
function workspace(): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-sec-ws-'));
  cpSync(path.join(REPO_ROOT, 'examples', 'security-scan'), ws, { recursive: true });
  return ws;
}
const SAST_IDS = ['B104', 'B105', 'B105', 'B113', 'B324', 'B404', 'B602'];

describe('security-scan bundle', () => {
  it('PR: Bandit + DAST -> gate, sticky comment, SARIF upload, annotations, outputs', async () => {
    const ws = workspace();
    const r = await runBundle('security-scan', {
      workspace: ws,
      githubApiUrl: gh.url,
      env: { GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/security.yml@refs/pull/42/merge' },
      inputs: {
        'sast-path': 'app',
        bandit: BANDIT,
        'target-url': `${app.url}/`,
        'rules-file': 'rules.tsv',
        'upload-sarif': 'true',
        'sarif-file': 'out/scan.sarif',
      },
    });
    expect(gh.rejected).toEqual([]);
    expect(r.exitCode).toBe(1);
    const findings = JSON.parse(readFileSync(r.outputs['findings-json'] as string, 'utf8')) as {
      passed: boolean;
      findings: { kind: string; ruleId: string; path?: string; line?: number; url?: string }[];
    };
    const sast = findings.findings.filter((f) => f.kind === 'sast');
    expect(sast.map((f) => f.ruleId).sort()).toEqual(SAST_IDS);
    const dastIds = [
      ...new Set(findings.findings.filter((f) => f.kind === 'dast').map((f) => f.ruleId)),
    ].sort();
    // Every rule the fixture routes trigger, minus 10096 and 10049 (IGNORE in rules.tsv).
    expect(dastIds).toEqual([
      '10009',
      '10010',
      '10017',
      '10019',
      '10020-1',
      '10020-2',
      '10020-3',
      '10020-4',
      '10021',
      '10023',
      '10027',
      '10033',
      '10035-4',
      '10036',
      '10037',
      '10038-1',
      '10038-2',
      '10038-3',
      '10054-1',
      '10054-2',
      '10054-3',
      '10055-1',
      '10055-10',
      '10055-13',
      '10055-2',
      '10055-3',
      '10063-1',
      '10063-2',
      '10098',
      '10109',
      '10110',
      '10112',
      '10202',
      '2',
      '90003',
      '90004-1',
      '90004-2',
      '90004-3',
      '90022',
    ]);
    expect(r.outputs).toMatchObject({
      'sast-findings': '7',
      result: 'failed',
      'scan-errors': '0',
      'sarif-file': path.join(ws, 'out', 'scan.sarif'),
    });
    expect(Number(r.outputs.total)).toBe(findings.findings.length);
    expect(Number(r.outputs['new-findings'])).toBe(findings.findings.length);
    // The failing ones: B602, B324, B104 (high/medium, confidence >= medium) and the DAST mediums with
    // confidence >= medium, plus 10038-1 which the rules file sets to FAIL.
    const failing = r.annotations.filter((a) => a.level === 'error' && a.file);
    expect(failing.map((a) => `${a.file}:${a.line} ${a.title}`)).toEqual([
      'app/app.py:13 B602 subprocess_popen_with_shell_equals_true (high)',
      'app/app.py:21 B324 hashlib (high)',
      'app/app.py:31 B104 hardcoded_bind_all_interfaces (medium)',
    ]);
    expect(r.annotations.at(-1)?.message).toMatch(
      /^\d+ findings? fails? the gate \(fail-on-sast: medium, fail-on-dast: medium\)\./,
    );

    // Each scan's group ends with a one-line result.
    expect(r.log).toMatch(/^Bandit: \d+ findings?$/m);
    // the fixture site has script-only pages: one "not crawled" note (a problem that does not make the scan incomplete)
    expect(r.log).toMatch(/^DAST: \d+ pages, \d+ findings, 1 problem$/m);

    // The sticky comment on PR #42.
    const comments = gh.issueComments(42);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('<!-- pipewright:security-scan:security-scan -->');
    expect(body).not.toContain('ghs_');
    // what GitHub shows for the real scan (cmark-gfm + GitHub's sanitizer): clean, only file links live
    const blob = new RegExp(`^https://github\\.com/octo-org/octo-repo/blob/${HEAD_SHA}/app/`);
    expect(renderedProblems(body, { untrusted: [], links: [blob] })).toEqual([]);
    expect(renderedProblems(r.summary, { untrusted: [], links: [blob] })).toEqual([]);
    const shown = shownLines(body);
    expect(shown[1]).toMatch(/^❌ Failed: \d+ findings fail the gate\.$/);
    expect(liveLinks(renderLikeGitHub(body).html)).toContainEqual({
      href: `https://github.com/octo-org/octo-repo/blob/${HEAD_SHA}/app/app.py#L13`,
      text: 'app/app.py:13',
    });
    expect(shown.filter((l) => l.startsWith('🟠 medium 10038-1 '))).toEqual([
      '🟠 medium 10038-1 Content Security Policy (CSP) Header Not Set — 1 instance, 1 failing ❌',
    ]);
    // More findings than annotations: the summary says so, in words a reader sees as written.
    expect(shownLines(r.summary).find((l) => l.includes('not annotated'))).toMatch(
      /(^| · )\d+ findings not annotated on their lines \(GitHub shows 10 annotations per level per step; max-annotations: 10\)( · |$)/,
    );

    // The SARIF upload: gzip+base64 of the written file, for the PR head.
    expect(gh.sarifUploads).toHaveLength(1);
    const upload = gh.sarifUploads[0];
    expect([upload?.commit_sha, upload?.ref]).toEqual([HEAD_SHA, 'refs/pull/42/head']);
    const sarif = JSON.parse(upload?.sarif ?? '{}') as {
      runs: {
        automationDetails: { id: string };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    expect(upload?.sarif).toBe(readFileSync(path.join(ws, 'out', 'scan.sarif'), 'utf8'));
    expect(sarif.runs.map((x) => x.automationDetails.id)).toEqual([
      'security-scan/sast/',
      `security-scan/dast/${new URL(app.url).host.replace(':', '_')}/`,
    ]);
    expect(
      new Set(sarif.runs[1]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri)),
    ).toEqual(new Set(['.github/workflows/security.yml']));
    expect(r.summary).toContain('### 🛡️ security-scan');
  }, 120_000);

  it('main updates the baseline; a PR with shifted lines and one new issue fails only on the new one', async () => {
    const ws = workspace();
    const main = await runBundle('security-scan', {
      workspace: ws,
      event: pushEvent(),
      inputs: {
        'sast-path': 'app',
        bandit: BANDIT,
        baseline: '.security/baseline.json',
        'update-baseline': 'true',
        'fail-on-sast': 'none',
        comment: 'false',
      },
    });
    expect(main.exitCode).toBe(0);
    const base = JSON.parse(readFileSync(path.join(ws, '.security', 'baseline.json'), 'utf8')) as {
      findings: unknown[];
    };
    expect(base.findings).toHaveLength(7);
    expect(main.log).toContain('Baseline written to .security/baseline.json (7 findings).');

    // The PR: three lines added at the top (every finding moves), and a new eval().
    const file = path.join(ws, 'app', 'app.py');
    const src = readFileSync(file, 'utf8');
    writeFileSync(file, `# header\n# more\n\n${src}\n\ndef calc(expr):\n    return eval(expr)\n`);
    const pr = await runBundle('security-scan', {
      workspace: ws,
      githubApiUrl: gh.url,
      inputs: {
        'sast-path': 'app',
        bandit: BANDIT,
        baseline: '.security/baseline.json',
        'new-only': 'true',
        category: 'sec-new-only',
      },
    });
    expect(pr.outputs).toMatchObject({
      'sast-findings': '8',
      'new-findings': '1',
      failing: '1',
      result: 'failed',
    });
    const errors = pr.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors.map((a) => `${a.file}:${a.line} ${a.title}`)).toEqual([
      'app/app.py:38 B307 blacklist (medium)',
    ]);
    const body =
      gh.issueComments(42).find((c) => c.body.includes('<!-- pipewright:security-scan:sec-new-only -->'))
        ?.body ?? '';
    expect(body).toMatch(/\| 🟠 medium \| 3 \| 0 \| 1 \| 2 \|/);
  }, 120_000);

  it('fork PR: read-only token -> comment and upload skipped with warnings, the gate still decides', async () => {
    const ws = workspace();
    const before = gh.issueComments(42).length;
    const uploads = gh.sarifUploads.length;
    gh.setReadOnly(true);
    try {
      const r = await runBundle('security-scan', {
        workspace: ws,
        githubApiUrl: gh.url,
        event: pullRequestEvent({ fork: true }),
        inputs: { 'sast-path': 'app', bandit: BANDIT, 'fail-on-sast': 'none', 'upload-sarif': 'true' },
      });
      expect(r.exitCode).toBe(0);
      expect(r.outputs.result).toBe('passed');
      const titles = r.annotations.filter((a) => a.level === 'warning').map((a) => a.title);
      expect(titles).toContain('security-scan: comment not written');
      expect(titles).toContain('security-scan: SARIF not uploaded');
      expect(gh.issueComments(42)).toHaveLength(before);
      expect(gh.sarifUploads).toHaveLength(uploads);
    } finally {
      gh.setReadOnly(false);
    }
  }, 120_000);

  it("ingests Bandit 1.6 JSON, a ZAP report and another tool's SARIF through the same gate", async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-sec-ingest-'));
    cpSync(path.join(REPO_ROOT, 'actions', 'security-scan', 'test', 'fixtures', 'py-app'), ws, {
      recursive: true,
    });
    for (const f of ['bandit-1.6.json', 'ingest/zap-report.json', 'ingest/other-tool.sarif'])
      cpSync(
        path.join(REPO_ROOT, 'actions', 'security-scan', 'test', 'fixtures', f),
        path.join(ws, path.basename(f)),
      );
    const r = await runBundle('security-scan', {
      workspace: ws,
      inputs: { ingest: 'bandit-1.6.json\nzap-report.json\nother-tool.sarif', comment: 'false' },
    });
    const out = JSON.parse(readFileSync(r.outputs['findings-json'] as string, 'utf8')) as {
      findings: { tool: string; ruleId: string; severity: string }[];
    };
    const byTool = (t: string) =>
      out.findings
        .filter((f) => f.tool === t)
        .map((f) => `${f.ruleId}:${f.severity}`)
        .sort();
    expect(byTool('Bandit')).toHaveLength(12); // 13 results, B101 under tests/ skipped
    expect(byTool('ZAP')).toEqual(['10038-1:medium', '10038-1:medium', '10096:low']); // the false positive dropped
    expect(byTool('Semgrep OSS')).toEqual([
      'python.lang.security.audit.exec-detected:high',
      'python.style.note:low',
    ]);
    // Failing: Bandit's 3 high/medium with confidence >= medium (B602 x2, B324, B506, B608, B104, B301) + ZAP 10038-1 x2 + Semgrep exec.
    expect(r.outputs.failing).toBe('10');
    expect(r.exitCode).toBe(1);
  }, 60_000);

  it.each([
    [
      'a JSON file that is no report',
      '{"hello": 1}',
      /^`ingest`: bad\.json is not a Bandit JSON report, a ZAP JSON report or a SARIF log\./,
    ],
    [
      'a SARIF log with 21 runs',
      JSON.stringify({
        version: '2.1.0',
        runs: Array.from({ length: 21 }, () => ({ tool: { driver: { name: 'x' } }, results: [] })),
      }),
      /^22 scanner runs would go into one SARIF file; GitHub accepts at most 20\./, // 21 ingested + the DAST run
    ],
  ])('rejects %s before scanning anything', async (_, content, err) => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-sec-bad-'));
    writeFileSync(path.join(ws, 'bad.json'), content);
    const before = app.requested.length;
    const r = await runBundle('security-scan', {
      workspace: ws,
      inputs: { ingest: 'bad.json', 'target-url': `${app.url}/`, comment: 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(err),
    ]);
    expect(r.outputs).toEqual({});
    expect(app.requested.length).toBe(before);
  });

  it('DAST with an auth header reaches the private area and never writes the token anywhere', async () => {
    // Output files go to RUNNER_TEMP (outside it and the workspace they are refused).
    const temp = mkdtempSync(path.join(os.tmpdir(), 'pw-sec-temp-'));
    const r = await runBundle('security-scan', {
      workspace: REPO_ROOT,
      githubApiUrl: gh.url,
      env: { RUNNER_TEMP: temp },
      inputs: {
        'target-url': `${app.url}/`,
        'dast-auth-header': 'Authorization: Bearer fixture-token',
        'fail-on-dast': 'none',
        category: 'sec-auth',
        'findings-file': path.join(temp, `pw-auth-${process.pid}.json`),
        'sarif-file': path.join(temp, `pw-auth-${process.pid}.sarif`),
      },
    });
    expect(r.exitCode).toBe(0);
    expect(app.requested).toContain('/private/inner');
    expect(r.masks).toContain('Authorization: Bearer fixture-token');
    const written = [
      readFileSync(r.outputs['findings-json'] as string, 'utf8'),
      readFileSync(r.outputs['sarif-file'] as string, 'utf8'),
      r.summary,
      JSON.stringify(r.outputs),
      ...gh.issueComments(42).map((c) => c.body),
    ].join('\n');
    expect(written).toContain('/csp/missing');
    expect(written).not.toContain('fixture-token');
  }, 60_000);

  it.each([
    ['true', 1, 'failed'],
    ['false', 0, 'incomplete'],
  ])('an unreachable target with fail-on-scan-error: %s', async (flag, code, result) => {
    const temp = mkdtempSync(path.join(os.tmpdir(), 'pw-sec-temp-'));
    const r = await runBundle('security-scan', {
      workspace: REPO_ROOT,
      env: { RUNNER_TEMP: temp },
      inputs: {
        'target-url': 'http://127.0.0.1:9/',
        'fail-on-scan-error': flag,
        comment: 'false',
        'findings-file': path.join(temp, `pw-unreach-${flag}.json`),
      },
    });
    expect(r.exitCode).toBe(code);
    expect(r.outputs).toMatchObject({ 'scan-errors': '1', result, total: '0' });
    expect(r.annotations.filter((a) => a.level === 'error')[0]?.message).toMatch(
      /^pipewright-dast: target unreachable: http:\/\/127\.0\.0\.1:9\/: connect ECONNREFUSED/,
    );
  });
});
