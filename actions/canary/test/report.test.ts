/**
 * The report, read as GitHub shows it: markdown rendered by cmark-gfm (GitHub's renderer; tables extension)
 * and each Mermaid block parsed by the mermaid package's own parser (GitHub renders ```mermaid blocks in
 * comments and job summaries with it). Expected numbers are the min/median/max of the measurements below.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { renderReport } from '../src/report.ts';
import type { MeasurementReport, RolloutResult } from '../src/rollout-types.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// --unsafe keeps inline HTML (<code>, <details>), which GitHub's sanitizer allows too.
const cmark = (md: string) =>
  execFileSync('cmark-gfm', ['--unsafe', '-e', 'table'], { input: md, encoding: 'utf8' });
function mermaidParse(texts: string[]): { type?: string; error?: string }[] {
  const out = execFileSync(process.execPath, [path.join(HERE, 'fixtures', 'mermaid-parse.mjs')], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
  });
  return JSON.parse(out) as { type?: string; error?: string }[];
}
const mermaidBlocks = (md: string) =>
  [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] as string);

const SR =
  'sum(rate(x{pod=~"web-canary-.*",status!~"5.."}[1m])) / sum(rate(x{pod=~"web-canary-.*"}[1m])) * 100';
const P99 = 'histogram_quantile(0.99, sum(rate(b{pod=~"web-canary-.*"}[1m])) by (le)) * 1000';
const m = (check: string, at: string, o: Partial<MeasurementReport>): MeasurementReport => ({
  check,
  target: 'web-canary',
  query: check === 'success-rate' ? SR : P99,
  at: `2026-12-03T12:${at}.000Z`,
  condition: check === 'success-rate' ? 'success: >= 99' : 'success: <= 500',
  outcome: 'success',
  ...o,
});
const result: RolloutResult = {
  status: 'rolled-back',
  reason: 'analysis failed: success-rate: 1 failed measurement > failure-limit 0',
  image: 'registry.local/web:2',
  previousImage: 'registry.local/web:1',
  canary: 'web-canary',
  router: 'replicas',
  weight: 0,
  steps: [
    {
      index: 0,
      weight: 25,
      effective: 20,
      canaryReplicas: 1,
      baselineReplicas: 0,
      result: 'passed',
      measurements: [
        m('success-rate', '00:01', { outcome: 'wait', detail: 'no data: the query returned no series' }),
        m('latency-p99', '00:01', { outcome: 'wait', detail: 'no data: the query returned no series' }),
        m('success-rate', '00:31', { value: 99.5 }),
        m('latency-p99', '00:31', { value: 120 }),
        m('success-rate', '01:01', { value: 100 }),
        m('latency-p99', '01:01', { value: 80.25 }),
        m('success-rate', '01:31', { value: 99.8 }),
        m('latency-p99', '01:31', { outcome: 'error', detail: 'Prometheus 503: timeout' }),
      ],
    },
    {
      index: 1,
      weight: 50,
      effective: 33.3,
      canaryReplicas: 2,
      baselineReplicas: 0,
      result: 'failed',
      measurements: [
        m('success-rate', '02:01', { value: 99.9 }),
        m('latency-p99', '02:01', { value: 90 }),
        m('success-rate', '02:31', { value: 62.5, outcome: 'failure' }),
      ],
    },
  ],
  decisions: ['step 1 (25 %) passed analysis.', 'rolling back: analysis failed.'],
};

describe('report', () => {
  const md = renderReport(result, 'shop', 'web');
  const html = cmark(md);

  it('verdict, steps with requested and effective share, one row per check per step', () => {
    expect(html).toContain('<h2>Canary <code>shop/web</code>: ❌ rolled back</h2>');
    const rowsOf = (tableIndex: number) =>
      [...(html.split('<table>')[tableIndex + 1] ?? '').matchAll(/<tr>\n([\s\S]*?)<\/tr>/g)].map((r) =>
        [...(r[1] as string).matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]),
      );
    expect(rowsOf(0)).toEqual([
      ['step', 'requested', 'effective', 'canary pods', 'measurements', 'result'],
      ['1', '25 %', '20 %', '1', '8', 'passed'],
      ['2', '50 %', '33.3 %', '2', '3', 'failed'],
    ]);
    expect(rowsOf(1)).toEqual([
      ['step', 'check', 'condition', 'values', 'min', 'median', 'max', 'failed', 'other'],
      [
        '1',
        'success-rate',
        'success: &gt;= 99',
        '3',
        '99.5',
        '99.8',
        '100',
        '0',
        '1 waiting for data (last: no data: the query returned no series)',
      ],
      [
        '1',
        'latency-p99',
        'success: &lt;= 500',
        '2',
        '80.25',
        '100.125',
        '120',
        '0',
        '1 error, 1 waiting for data (last: Prometheus 503: timeout)',
      ],
      ['2', 'success-rate', 'success: &gt;= 99', '2', '62.5', '81.2', '99.9', '<strong>1</strong>', ''],
      ['2', 'latency-p99', 'success: &lt;= 500', '1', '90', '90', '90', '0', ''],
    ]);
    expect(html).toContain('<li>rolling back: analysis failed.</li>');
  });

  it('each query appears once, inside a collapsed <details>', () => {
    expect(md.split(SR)).toHaveLength(2);
    expect(md.split(P99)).toHaveLength(2);
    const queries = html.split('<details><summary>Queries</summary>')[1]?.split('</details>')[0] ?? '';
    expect([...queries.matchAll(/<pre><code class="language-promql">/g)]).toHaveLength(2);
    expect(queries).toContain('<p><code>success-rate</code></p>');
  });

  it('a Mermaid xychart per check, values against the threshold, accepted by the mermaid parser', () => {
    const blocks = mermaidBlocks(md);
    expect(blocks).toEqual([
      [
        'xychart-beta',
        '  title "success-rate and its threshold (99)"',
        '  x-axis "step and time (UTC)" ["1 12:00:31", "1 12:01:01", "1 12:01:31", "2 12:02:01", "2 12:02:31"]',
        '  y-axis "success-rate"',
        '  line [99.5, 100, 99.8, 99.9, 62.5]',
        '  line [99, 99, 99, 99, 99]',
      ].join('\n'),
      [
        'xychart-beta',
        '  title "latency-p99 and its threshold (500)"',
        '  x-axis "step and time (UTC)" ["1 12:00:31", "1 12:01:01", "2 12:02:01"]',
        '  y-axis "latency-p99"',
        '  line [120, 80.25, 90]',
        '  line [500, 500, 500]',
      ].join('\n'),
    ]);
    expect(mermaidParse(blocks)).toEqual([{ type: 'xychart' }, { type: 'xychart' }]);
    // the oracle does reject a malformed chart
    expect(mermaidParse([(blocks[0] as string).replace('62.5]', '62.5')])[0]?.error).toMatch(
      /^Parse error on line 5/,
    );
  });

  it('is short: the 3-step demo of issue 18 was ~8 KB with 18 copies of 2 queries', () => {
    expect(md.length).toBeLessThan(4000);
  });
});
