import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT, SUMMARY_LIMIT, utf8Bytes, type Measure } from '@pipewright/shared/report';
import { HOSTILE } from '@pipewright/testkit';
import {
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';
import type { Finding } from '../src/findings.ts';
import { renderReport } from '../src/report.ts';

// What GitHub shows for the comment and the job summary (cmark-gfm + GitHub's sanitizer), with hostile text in
// every field a scanner or a scanned page controls.
const H = HOSTILE;
const sast: Finding = {
  kind: 'sast',
  tool: `Bandit ${H}`,
  ruleId: `B602${H}`,
  rule: { id: 'B602', name: `shell ${H}`, shortDescription: 's' },
  severity: 'high',
  confidence: 'high',
  message: `message ${H}`,
  path: `app/${H}.py`,
  line: 7,
  fingerprint: 'f:1',
  baseline: 'new',
};
const dast: Finding = {
  kind: 'dast',
  tool: 'pipewright-dast',
  ruleId: '10036',
  rule: { id: '10036', name: `leak ${H}`, shortDescription: 's' },
  severity: 'low',
  confidence: 'medium',
  message: 'm',
  url: `http://127.0.0.1/?q=${H}`,
  method: 'GET',
  param: `p ${H}`,
  evidence: `ev ${H}`,
  fingerprint: 'd:1',
  baseline: 'existing',
};

describe.each<[string, number, Measure | undefined]>([
  ['comment', COMMENT_LIMIT, undefined],
  ['job summary', SUMMARY_LIMIT, utf8Bytes],
])('security-scan %s as GitHub shows it', (_, limit, measure) => {
  const md = renderReport(
    {
      findings: [sast, dast],
      failing: [sast],
      problems: [{ kind: 'dast', tool: 'pipewright-dast', message: `unreachable ${H}`, fatal: false }],
      hasBaseline: true,
      passed: false,
      blobBase: 'https://github.com/o/r/blob/abc/',
      stats: [`pages ${H}`],
      sarifTrimmed: 3,
    },
    limit,
    measure,
  );

  it('shows every hostile field exactly, with nothing live but the file link', () => {
    expect(
      renderedProblems(md, { untrusted: [H], links: [/^https:\/\/github\.com\/o\/r\/blob\/abc\/app\//] }),
    ).toEqual([]);
    const lines = withoutInvisible(renderLikeGitHub(md).text).split('\n');
    expect(lines).toContain(
      `🔴 high ❌ B602${H} shell ${H} in app/${H}.py:7: message ${H} (confidence high)`,
    );
    expect(lines).toContain(
      `🟡 low (existing) 10036 leak ${H} at GET http://127.0.0.1/?q=${H} parameter p ${H}, evidence ev ${H}`,
    );
    expect(lines).toContain(`partial: pipewright-dast: unreachable ${H}`);
    expect(lines[1]).toBe('❌ Failed: 1 finding fails the gate.');
  });

  it('keeps the counts table at its five columns', () => {
    const [t] = renderedTables(renderLikeGitHub(md).html);
    expect(t?.header).toEqual(['severity', 'SAST', 'DAST', 'new', 'existing']);
    expect(t?.rows.every((r) => r.length === 5 && r.every((c) => c !== ''))).toBe(true);
  });

  it('links the file finding to its line', () => {
    const html = renderLikeGitHub(md).html;
    const m = /<a href="([^"]+)">app\//.exec(html);
    expect(decodeURIComponent(new URL(m?.[1] ?? 'x:').pathname)).toBe(`/o/r/blob/abc/app/${H}.py`);
    expect(new URL(m?.[1] ?? 'x:').hash).toBe('#L7');
  });
});
