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

  it('stays within the comment limit with thousands of findings and says what was left out', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => sast(i));
    const text = renderReport({ ...base, findings, failing: findings }, COMMENT_LIMIT - 200);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT - 200);
    expect(text).toMatch(/…and [\d,]+ more/);
    expect(text).toContain('Every finding is in the SARIF file and the findings-json output.');
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
