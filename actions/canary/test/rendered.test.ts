import { describe, expect, it } from '@jest/globals';
import { HOSTILE } from '@pipewright/testkit';
import {
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';
import { renderReport } from '../src/report.ts';

// What GitHub shows for the canary's job summary and PR comment (the same markdown), with hostile text in
// what the cluster, the image reference and the analysis config control.
const H = HOSTILE;

describe('canary report as GitHub shows it', () => {
  const md = renderReport(
    {
      status: 'rolled-back',
      reason: `reason ${H}`,
      image: `r/web:${H}`,
      previousImage: 'r/web:1',
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
          result: 'failed',
          measurements: [
            {
              check: `check ${H}`,
              target: `target ${H}`,
              query: `sum(rate(a{b="${H}"}[1m]))`,
              detail: `detail ${H}`,
              condition: `cond ${H}`,
              outcome: 'failure',
            },
          ],
        },
      ],
      decisions: [`decided ${H}`],
    },
    `ns ${H}`,
    'web',
  );
  const r = renderLikeGitHub(md);

  it('shows every field exactly, with nothing live', () => {
    expect(renderedProblems(md, { untrusted: [H] })).toEqual([]);
    const lines = withoutInvisible(r.text).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `Canary ns ${H}/web: ❌ rolled back`,
      `reason ${H}`,
      `Image r/web:${H} (stable was r/web:1), router replicas.`,
    ]);
    // the query once, under the check's name, inside the Queries <details>
    const q = lines.indexOf('Queries');
    expect(lines.slice(q, q + 3)).toEqual(['Queries', `check ${H}`, `sum(rate(a{b="${H}"}[1m]))`]);
    expect(lines.filter((l) => l === `sum(rate(a{b="${H}"}[1m]))`)).toHaveLength(1);
    expect(lines.at(-1)).toBe(`decided ${H}`);
  });

  it('keeps both tables at their column counts, each cell exact', () => {
    const [steps, checks] = renderedTables(r.html);
    expect(steps?.header).toHaveLength(6);
    expect(checks?.header).toHaveLength(9);
    // one row per check per step: no value was measured, one failed measurement
    expect(checks?.rows.map((row) => row.map(withoutInvisible))).toEqual([
      ['1', `check ${H}`, `cond ${H}`, '0', '–', '–', '–', '1', ''],
    ]);
  });
});
