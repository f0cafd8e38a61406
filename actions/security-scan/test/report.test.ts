import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT } from '@pipewright/shared/report';
import { MemoryLogger } from '@pipewright/shared/log';
import { renderReport } from '../src/report.ts';
import { annotate } from '../src/annotations.ts';
import { workflowFile } from '../src/config.ts';
import type { Finding } from '../src/findings.ts';
import {
  liveImages,
  liveIssueRefs,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';

/** What GitHub shows (cmark-gfm + GitHub's sanitizer), as lines, invisible joiners removed. */
const shown = (md: string) => withoutInvisible(renderLikeGitHub(md).text).split('\n');

const sast = (i: number, o: Partial<Finding> = {}): Finding => ({
  kind: 'sast',
  tool: 'Bandit',
  ruleId: 'B602',
  rule: { id: 'B602', name: 'subprocess_popen_with_shell_equals_true', shortDescription: 's' },
  severity: 'high',
  confidence: 'high',
  message: 'subprocess call with shell=True identified, security issue.',
  path: `app/m${i}.py`,
  line: i + 1,
  fingerprint: `f${i}:1`,
  baseline: 'new',
  ...o,
});
const dast = (o: Partial<Finding> = {}): Finding => ({
  kind: 'dast',
  tool: 'pipewright-dast',
  ruleId: '10036',
  rule: { id: '10036', name: 'Server Leaks Version Information', shortDescription: 's' },
  severity: 'low',
  confidence: 'high',
  message: 'm',
  url: 'http://h/',
  method: 'GET',
  fingerprint: 'd:1',
  baseline: 'existing',
  ...o,
});
const base = {
  problems: [],
  hasBaseline: true,
  passed: false,
  blobBase: 'https://github.com/o/r/blob/abc/',
  stats: [],
};

describe('renderReport', () => {
  it('counts by severity and kind, new vs existing, links SAST findings to their lines', () => {
    const findings = [sast(0), sast(1, { severity: 'medium', baseline: 'existing' }), dast()];
    const md = renderReport({ ...base, findings, failing: [findings[0] as Finding] }, COMMENT_LIMIT);
    const html = renderLikeGitHub(md).html;
    expect(shown(md)[1]).toBe('❌ Failed: 1 finding fails the gate.');
    expect(renderedTables(html)).toEqual([
      {
        header: ['severity', 'SAST', 'DAST', 'new', 'existing'],
        rows: [
          ['🔴 high', '1', '0', '1', '0'],
          ['🟠 medium', '1', '0', '0', '1'],
          ['🟡 low', '0', '1', '0', '1'],
          ['🔵 info', '0', '0', '0', '0'],
        ],
      },
    ]);
    expect(liveLinks(html)).toEqual([
      { href: 'https://github.com/o/r/blob/abc/app/m0.py#L1', text: 'app/m0.py:1' },
      { href: 'https://github.com/o/r/blob/abc/app/m1.py#L2', text: 'app/m1.py:2' },
    ]);
    // One group per rule: the worst severity of the group, its counts, then each location.
    const lines = shown(md);
    const at = lines.indexOf('SAST findings, by rule');
    expect(lines.slice(at, at + 4)).toEqual([
      'SAST findings, by rule',
      '🔴 high B602 subprocess_popen_with_shell_equals_true — 2 instances, 1 failing ❌, 1 new',
      'app/m0.py:1: subprocess call with shell=True identified, security issue.',
      'app/m1.py:2 (existing): subprocess call with shell=True identified, security issue.',
    ]);
  });

  it('shows untrusted evidence and URLs exactly: no HTML, no mentions, no autolinks', () => {
    const evidence = "<script>alert(1)</script> @octo-org/team it's #12";
    const url = 'http://h/?q=<b>';
    const name = "Server's <b>name</b> @admins #3 https://x.y";
    const f = dast({ evidence, url, rule: { id: '10036', name, shortDescription: 's' } });
    const md = renderReport({ ...base, findings: [f], failing: [] }, COMMENT_LIMIT);
    const html = renderLikeGitHub(md).html;
    expect([liveLinks(html), liveImages(html), liveMentions(html), liveIssueRefs(html)]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(renderedProblems(md, { untrusted: [evidence, url, name] })).toEqual([]);
    const lines = shown(md);
    const at = lines.indexOf('DAST findings, by rule');
    expect(lines.slice(at + 1, at + 3)).toEqual([
      `🟡 low 10036 ${name} — 1 instance, 0 new`,
      `GET ${url} (existing), evidence ${evidence}`,
    ]);
  });

  it('stays within the comment limit with thousands of rules and says what was left out', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      sast(i, { ruleId: `X${i}`, rule: { id: `X${i}`, name: `rule ${i}`, shortDescription: 's' } }),
    );
    const text = renderReport({ ...base, findings, failing: findings }, COMMENT_LIMIT - 200);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT - 200);
    expect(
      renderedProblems(text, {
        untrusted: [],
        links: [/^https:\/\/github\.com\/o\/r\/blob\/abc\/app\/m\d+\.py#L\d+$/],
      }),
    ).toEqual([]);
    const lines = shown(text);
    expect(lines.filter((l) => /^…and [\d,]+ more$/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(
      /^Left out to fit GitHub's size limit: .+\. Every finding is in the SARIF file and the findings-json output\.$/,
    );
  });

  it('after the SARIF file was cut, never claims it holds every finding', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      sast(i, { ruleId: `X${i}`, rule: { id: `X${i}`, name: `rule ${i}`, shortDescription: 's' } }),
    );
    const text = renderReport(
      { ...base, findings, failing: findings, sarifTrimmed: 30_000 },
      COMMENT_LIMIT - 200,
    );
    const lines = shown(text);
    expect(lines.filter((l) => l.includes('Every finding is in the SARIF file'))).toEqual([]);
    expect(lines.at(-2)).toMatch(
      /^Left out to fit GitHub's size limit: .+\. Every finding is in the findings-json output; the SARIF file left out 30,000 of them\.$/,
    );
    expect(lines.at(-1)).toBe(
      '30,000 results were left out of the SARIF file (GitHub accepts at most 25,000 per run and 10 MB gzipped; the least severe go first). Every finding is in the findings-json output.',
    );
  });

  it('groups findings by rule, worst first, with counts, the first locations, a fix and how to suppress', () => {
    const b602 = Array.from({ length: 72 }, (_, i) => sast(i));
    const csp = [
      dast({
        ruleId: '10038-1',
        severity: 'medium',
        rule: { id: '10038-1', name: 'CSP Header Not Set', shortDescription: 's' },
        url: 'http://h/a',
        baseline: 'new',
      }),
    ];
    const server = [dast(), dast({ url: 'http://h/b', fingerprint: 'd:2' })];
    const findings = [...server, ...csp, ...b602];
    const md = renderReport({ ...base, findings, failing: b602.slice(0, 70) }, COMMENT_LIMIT);
    const { html } = renderLikeGitHub(md);
    const lines = shown(md);
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    // SAST: one group for 72 instances, 3 locations shown, the rest counted.
    expect(lines.slice(at('🔴 high B602'), at('🔴 high B602') + 7)).toEqual([
      '🔴 high B602 subprocess_popen_with_shell_equals_true — 72 instances, 70 failing ❌, 72 new',
      'app/m0.py:1: subprocess call with shell=True identified, security issue.',
      'app/m1.py:2: subprocess call with shell=True identified, security issue.',
      'app/m10.py:11: subprocess call with shell=True identified, security issue.',
      '…and 69 more',
      'Fix: Pass an argument list without shell=True; validate any input that goes into it.',
      'Suppress: # nosec B602 on the line (reviewed instance), or the rule with B602<TAB>IGNORE in rules-file',
    ]);
    expect(liveLinks(html)).toEqual([
      { href: 'https://github.com/o/r/blob/abc/app/m0.py#L1', text: 'app/m0.py:1' },
      { href: 'https://github.com/o/r/blob/abc/app/m1.py#L2', text: 'app/m1.py:2' },
      { href: 'https://github.com/o/r/blob/abc/app/m10.py#L11', text: 'app/m10.py:11' },
    ]);
    // What a reviewer copies into the code or the rules file is code (shown and copied exactly).
    expect(html).toContain(
      '<li><strong>Suppress:</strong> <code># nosec B602</code> on the line (reviewed instance), or the rule with <code>B602&lt;TAB&gt;IGNORE</code> in <code>rules-file</code></li>',
    );
    // DAST: medium before low; each rule once.
    expect(at('🟠 medium 10038-1 CSP Header Not Set')).toBeGreaterThan(at('DAST findings, by rule'));
    expect(at('🟠 medium 10038-1 CSP Header Not Set')).toBeLessThan(at('🟡 low 10036'));
    expect(lines.filter((l) => l.startsWith('🟡 low 10036'))).toEqual([
      '🟡 low 10036 Server Leaks Version Information — 2 instances, 0 new',
    ]);
    expect(lines.slice(at('🟡 low 10036') + 1, at('🟡 low 10036') + 5)).toEqual([
      'GET http://h/ (existing)',
      'GET http://h/b (existing)',
      'Fix: Configure the server not to send its version (nginx: server_tokens off).',
      'Suppress: the rule with 10036<TAB>IGNORE in rules-file, or some URLs with 10036<TAB>OUTOFSCOPE<TAB><url regex>',
    ]);
  });

  it('puts the scan health first and says when a scan was incomplete', () => {
    const md = renderReport(
      {
        ...base,
        findings: [],
        failing: [],
        passed: true,
        result: 'incomplete',
        problems: [
          {
            kind: 'dast',
            tool: 'pipewright-dast',
            message: 'the target answered 500',
            fatal: false,
            incomplete: true,
          },
        ],
        health: [
          {
            kind: 'dast',
            target: 'http://h/',
            rootStatus: 500,
            pages: 3,
            status: { '2xx': 0, '3xx': 0, '4xx': 2, '5xx': 1 },
            auth: 0,
            timeouts: 0,
            failed: 0,
            truncatedPages: 0,
            truncatedBytes: 0,
            errorPercent: 33.3,
          },
          { kind: 'sast', path: 'src', files: 4, parsed: 3, failed: 1 },
        ],
      },
      COMMENT_LIMIT,
    );
    const { html } = renderLikeGitHub(md);
    expect(shown(md)[1]).toBe(
      '⚠️ Incomplete: 0 findings, none failing the gate, but a scan did not cover what it should (see below); fail-on-scan-error is off, so the step did not fail.',
    );
    // Health first, then the counts; the target is code, not a link.
    expect(renderedTables(html)).toEqual([
      {
        header: [
          'DAST target',
          'scan',
          'root',
          'pages',
          '2xx',
          '3xx',
          '4xx (401/403)',
          '5xx',
          'failed (time-outs)',
          'truncated',
        ],
        rows: [['http://h/', '⚠️ incomplete', '500', '3', '0', '0', '2 (0)', '1', '0 (0)', '0']],
      },
      {
        header: ['SAST path', 'scan', 'Python files', 'parsed', 'failed to parse'],
        rows: [['src', '✅ complete', '4', '3', '1']],
      },
      {
        header: ['severity', 'SAST', 'DAST', 'new', 'existing'],
        rows: [
          ['🔴 high', '0', '0', '0', '0'],
          ['🟠 medium', '0', '0', '0', '0'],
          ['🟡 low', '0', '0', '0', '0'],
          ['🔵 info', '0', '0', '0', '0'],
        ],
      },
    ]);
    expect(html).toContain('<td><code>http://h/</code></td>');
    expect(liveLinks(html)).toEqual([]);
    expect(shown(md).slice(-2)).toEqual([
      '⚠️ Scanner problems and what was not scanned',
      'incomplete: pipewright-dast: the target answered 500',
    ]);
  });

  it('counts truncated pages and bytes in the health table', () => {
    const md = renderReport(
      {
        ...base,
        findings: [],
        failing: [],
        health: [
          {
            kind: 'dast',
            target: 'http://h/',
            rootStatus: 200,
            pages: 2_000,
            status: { '2xx': 1_999, '3xx': 0, '4xx': 0, '5xx': 0 },
            auth: 0,
            timeouts: 1,
            failed: 1,
            truncatedPages: 1,
            truncatedBytes: 1_048_576,
            errorPercent: 0,
          },
        ],
      },
      COMMENT_LIMIT,
    );
    expect(renderedTables(renderLikeGitHub(md).html)[0]?.rows).toEqual([
      [
        'http://h/',
        '✅ complete',
        '200',
        '2,000',
        '1,999',
        '0',
        '0 (0)',
        '0',
        '1 (1)',
        '1 page, 1,048,576 bytes not scanned',
      ],
    ]);
  });

  it('lists scanner problems, marking the ones that stopped a scan', () => {
    const text = renderReport(
      {
        ...base,
        findings: [],
        failing: [],
        passed: false,
        problems: [
          { kind: 'dast', tool: 'pipewright-dast', message: 'target unreachable: x', fatal: true },
          { kind: 'sast', tool: 'Bandit', message: 'a.py: syntax error', fatal: false },
        ],
      },
      COMMENT_LIMIT,
    );
    expect(shown(text)[1]).toBe(
      '❌ Failed: a scan could not run, so no finding (or the lack of one) can be trusted.',
    );
    expect(shown(text).slice(-3)).toEqual([
      '⚠️ Scanner problems and what was not scanned',
      'could not run: pipewright-dast: target unreachable: x',
      'partial: Bandit: a.py: syntax error',
    ]);
  });
});

describe('annotate', () => {
  it('failing file findings first as errors, capped at max; URL findings carry no file', () => {
    const logger = new MemoryLogger();
    const fail = sast(0);
    const list = [dast({ severity: 'medium' }), sast(1, { severity: 'low' }), fail];
    const n = annotate(logger, list, new Set([fail, list[0] as Finding]), 3);
    expect(n).toBe(3);
    expect(logger.records.map((r) => [r.level, r.props?.file, r.props?.startLine])).toEqual([
      ['error', 'app/m0.py', 1],
      ['error', undefined, undefined],
      ['notice', 'app/m1.py', 2],
    ]);
    const capped = new MemoryLogger();
    expect(
      annotate(
        capped,
        Array.from({ length: 30 }, (_, i) => sast(i)),
        new Set(),
        5,
      ),
    ).toBe(5);
  });
});

describe('workflowFile', () => {
  it.each([
    ['octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main', '.github/workflows/ci.yml'],
    ['', undefined],
  ])('%j -> %j', (ref, want) => expect(workflowFile({ GITHUB_WORKFLOW_REF: ref })).toBe(want));
});
