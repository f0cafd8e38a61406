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
    expect(lines).toContain('Step 1 (25 %): 1 measurement');
    expect(lines.at(-1)).toBe(`decided ${H}`);
  });

  it('keeps both tables at their column counts, each cell exact', () => {
    const [steps, measurements] = renderedTables(r.html);
    expect(steps?.header).toHaveLength(6);
    expect(measurements?.rows.map((row) => row.map(withoutInvisible))).toEqual([
      [`check ${H}`, `target ${H}`, `detail ${H}`, `cond ${H}`, 'failure', `sum(rate(a{b="${H}"}[1m]))`],
    ]);
  });
});
