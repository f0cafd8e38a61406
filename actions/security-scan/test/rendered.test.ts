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
      result: 'failed',
      health: [
        {
          kind: 'dast',
          target: `http://127.0.0.1/${H}`,
          rootStatus: 200,
          pages: 1,
          status: { '2xx': 1, '3xx': 0, '4xx': 0, '5xx': 0 },
          auth: 0,
          timeouts: 0,
          failed: 0,
          truncatedPages: 0,
          truncatedBytes: 0,
          errorPercent: 0,
        },
        { kind: 'sast', path: `src/${H}`, files: 2, parsed: 2, failed: 0 },
      ],
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
    expect(lines[1]).toBe('❌ Failed: 1 finding fails the gate.');
    const sastAt = lines.indexOf('SAST findings, by rule');
    expect(lines.slice(sastAt + 1, sastAt + 3)).toEqual([
      `🔴 high B602${H} shell ${H} — 1 instance, 1 failing ❌, 1 new`,
      `app/${H}.py:7: message ${H}`,
    ]);
    const dastAt = lines.indexOf('DAST findings, by rule');
    expect(lines.slice(dastAt + 1, dastAt + 3)).toEqual([
      `🟡 low 10036 leak ${H} — 1 instance, 0 new`,
      `GET http://127.0.0.1/?q=${H} p ${H} (existing), evidence ev ${H}`,
    ]);
    expect(lines).toContain(`partial: pipewright-dast: unreachable ${H}`);
    expect(lines).toContain(`pages ${H}`);
  });

  it('keeps every table at its columns, the health tables first, hostile names shown exactly', () => {
    expect(renderedTables(renderLikeGitHub(md).html)).toEqual([
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
        rows: [[`http://127.0.0.1/${H}`, '✅ complete', '200', '1', '1', '0', '0 (0)', '0', '0 (0)', '0']],
      },
      {
        header: ['SAST path', 'scan', 'Python files', 'parsed', 'failed to parse'],
        rows: [[`src/${H}`, '✅ complete', '2', '2', '0']],
      },
      {
        header: ['severity', 'SAST', 'DAST', 'new', 'existing'],
        rows: [
          ['🔴 high', '1', '0', '1', '0'],
          ['🟠 medium', '0', '0', '0', '0'],
          ['🟡 low', '0', '1', '0', '1'],
          ['🔵 info', '0', '0', '0', '0'],
        ],
      },
    ]);
  });

  it('links the file finding to its line', () => {
    const html = renderLikeGitHub(md).html;
    const m = /<a href="([^"]+)">app\//.exec(html);
    expect(decodeURIComponent(new URL(m?.[1] ?? 'x:').pathname)).toBe(`/o/r/blob/abc/app/${H}.py`);
    expect(new URL(m?.[1] ?? 'x:').hash).toBe('#L7');
  });
});
