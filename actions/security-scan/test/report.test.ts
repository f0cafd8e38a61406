import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT } from '@pipewright/shared/report';
import { MemoryLogger } from '@pipewright/shared/log';
import { renderReport } from '../src/report.ts';
import { annotate } from '../src/annotations.ts';
import { workflowFile } from '../src/main.ts';
import type { Finding } from '../src/findings.ts';
import {
  liveImages,
  liveIssueRefs,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
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
    expect(shown(md)).toContain(
      '🔴 high ❌ B602 subprocess_popen_with_shell_equals_true in app/m0.py:1: subprocess call with shell=True identified, security issue. (confidence high)',
    );
  });

  it('escapes untrusted evidence and URLs: no HTML, no mentions, no autolinks', () => {
    const f = dast({
      evidence: "<script>alert(1)</script> @octo-org/team it's #12",
      url: 'http://h/?q=<b>',
      rule: { id: '10036', name: "Server's <b>name</b> @admins #3 https://x.y", shortDescription: 's' },
    });
    const md = renderReport({ ...base, findings: [f], failing: [] }, COMMENT_LIMIT);
    const html = renderLikeGitHub(md).html;
    expect([liveLinks(html), liveImages(html), liveMentions(html), liveIssueRefs(html)]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(shown(md)).toContain(
      "🟡 low (existing) 10036 Server's <b>name</b> @admins #3 https://x.y at GET http://h/?q=<b>, evidence <script>alert(1)</script> @octo-org/team it's #12",
    );
  });

  it('stays within the comment limit with thousands of rules and says what was left out', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      sast(i, { ruleId: `X${i}`, rule: { id: `X${i}`, name: `rule ${i}`, shortDescription: 's' } }),
    );
    const text = renderReport({ ...base, findings, failing: findings }, COMMENT_LIMIT - 200);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT - 200);
    expect(text).toMatch(/…and [\d,]+ more/);
    expect(text).toContain('Every finding is in the SARIF file and the findings-json output.');
  });

  it('after the SARIF file was cut, never claims it holds every finding', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      sast(i, { ruleId: `X${i}`, rule: { id: `X${i}`, name: `rule ${i}`, shortDescription: 's' } }),
    );
    const text = renderReport(
      { ...base, findings, failing: findings, sarifTrimmed: 30_000 },
      COMMENT_LIMIT - 200,
    );
    expect(text).not.toContain('Every finding is in the SARIF file');
    expect(text).toContain(
      'Every finding is in the findings-json output; the SARIF file left out 30,000 of them.',
    );
    expect(text).toContain(
      'were left out of the SARIF file \\(GitHub accepts at most 25,000 per run and 10 MB gzipped; the least severe go first\\)',
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
    const text = renderReport({ ...base, findings, failing: b602.slice(0, 70) }, COMMENT_LIMIT);
    const lines = text.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    // SAST: one group for 72 instances, 3 locations shown, the rest counted.
    expect(
      lines.slice(at('- 🔴 **high** <code>B602</code>'), at('- 🔴 **high** <code>B602</code>') + 7),
    ).toEqual([
      '- 🔴 **high** <code>B602</code> subprocess\\_popen\\_with\\_shell\\_equals\\_true — 72 instances, 70 failing ❌, 72 new',
      '  - [app/m0\\.py:1](https://github.com/o/r/blob/abc/app/m0.py#L1): subprocess call with shell=True identified, security issue\\.',
      '  - [app/m1\\.py:2](https://github.com/o/r/blob/abc/app/m1.py#L2): subprocess call with shell=True identified, security issue\\.',
      '  - [app/m10\\.py:11](https://github.com/o/r/blob/abc/app/m10.py#L11): subprocess call with shell=True identified, security issue\\.',
      '  - …and 69 more',
      '  - **Fix:** Pass an argument list without `shell=True`; validate any input that goes into it.',
      '  - **Suppress:** `# nosec B602` on the line (reviewed instance), or the rule with `B602<TAB>IGNORE` in `rules-file`',
    ]);
    // DAST: medium before low; each rule once.
    expect(at('- 🟠 **medium** <code>10038-1</code>')).toBeLessThan(at('- 🟡 **low** <code>10036</code>'));
    expect(lines.filter((l) => l.includes('<code>10036</code>'))).toHaveLength(1);
    expect(text).toContain(
      '- 🟡 **low** <code>10036</code> Server Leaks Version Information — 2 instances, 0 new',
    );
    expect(text).toContain(
      '  - **Suppress:** the rule with `10036<TAB>IGNORE` in `rules-file`, or some URLs with `10036<TAB>OUTOFSCOPE<TAB><url regex>`',
    );
  });

  it('puts the scan health first and says when a scan was incomplete', () => {
    const text = renderReport(
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
    expect(text).toContain('⚠️ **Incomplete**');
    expect(text).toContain(
      '| <code>http&#58;//h/</code> | ⚠️ incomplete | 500 | 3 | 0 | 0 | 2 (0) | 1 | 0 (0) | 0 |',
    );
    expect(text).toContain('| <code>src</code> | ✅ complete | 4 | 3 | 1 |');
    expect(text.indexOf('DAST target')).toBeLessThan(text.indexOf('| severity |'));
    expect(text).toContain('- **incomplete**: pipewright\\-dast: the target answered 500');
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
    expect(shown(text).slice(-3)).toEqual([
      '⚠️ Scanner problems (not a clean result)',
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
