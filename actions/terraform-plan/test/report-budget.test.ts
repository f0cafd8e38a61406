/** The report within its size budget: what is cut, in which order, and that cutting early changes nothing. */
import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT, SUMMARY_LIMIT, utf8Bytes } from '@pipewright/shared/report';
import type { RawPlan, RawResourceChange } from '../src/plan-json.ts';
import { summarize } from '../src/plan-summary.ts';
import { renderReport } from '../src/report.ts';
import { NO_MASKING } from '../src/values.ts';
import { ctx } from './helpers.ts';

function bigPlan(n: number, opts: { deletes?: number } = {}): RawPlan {
  const rc: RawResourceChange[] = [];
  for (let i = 0; i < n; i++) {
    const del = i < (opts.deletes ?? 0);
    rc.push({
      address: `module.app_${i % 50}.terraform_data.item["key-${i}"]`,
      mode: 'managed',
      action_reason: del ? 'delete_because_no_resource_config' : undefined,
      change: del
        ? { actions: ['delete'], before: { input: `v${i}` }, after: null }
        : {
            actions: ['create'],
            before: null,
            after: { input: { name: `item-${i}`, size: i, tags: { Name: `n${i}`, Team: 'platform' } } },
            after_unknown: { id: true, output: true },
            after_sensitive: {},
          },
    });
  }
  return { format_version: '1.2', terraform_version: '1.11.4', resource_changes: rc };
}

describe('size budget', () => {
  // The shared renderDocument is the reference: stopping full diffs that cannot fit (report-pass.ts) must give
  // the very text it gives when every diff is built, at every budget, whether the changes end at full,
  // condensed or list, in characters (comment) and in bytes (summary).
  it.each([40, 300])(
    'stopping full diffs early gives the same report as building them all, at every budget (%i deletes)',
    (deletes) => {
      const plan = bigPlan(400, { deletes });
      const drifted: RawPlan = {
        ...plan,
        resource_changes: (plan.resource_changes ?? []).map((rc, i) =>
          i % 3 === 1
            ? {
                ...rc,
                change: {
                  actions: ['update'],
                  before: { id: `i-${i}`, input: { name: `old-${i}`, size: i } },
                  after: { id: `i-${i}`, input: { name: `new-${i}`, size: i + 1 } },
                  after_unknown: {},
                },
              }
            : rc,
        ),
        output_changes: {
          url: { actions: ['update'], before: 'https://a.example', after: 'https://b.example' },
        },
      };
      const summaries = [summarize(drifted, NO_MASKING)];
      const levels = new Set<string>();
      for (let limit = 2_000; limit <= 400_000; limit = Math.ceil(limit * 1.07)) {
        for (const [target, measure] of [
          ['comment', undefined],
          ['summary', utf8Bytes],
        ] as const) {
          const c = ctx({ target });
          const early = renderReport(summaries, c, limit, measure);
          const all = renderReport(summaries, c, limit, measure, false);
          expect(early.text).toBe(all.text);
          expect(early.levels).toEqual(all.levels);
          levels.add(all.levels[3] as string);
        }
      }
      // the sweep covers every way the changes section can end
      expect([...levels].sort()).toEqual(['condensed', 'full', 'list']);
    },
  );

  it.each<[number, number, 'comment' | 'summary', number]>([
    [300, 0, 'comment', COMMENT_LIMIT],
    [3000, 200, 'comment', COMMENT_LIMIT],
    [20000, 0, 'comment', COMMENT_LIMIT],
    [20000, 1000, 'summary', SUMMARY_LIMIT],
  ])(
    '%i changes (%i deletes): the %s stays within %i and says what it left out',
    (n, deletes, target, limit) => {
      const measure = target === 'summary' ? utf8Bytes : (s: string) => s.length;
      const r = renderReport(
        [summarize(bigPlan(n, { deletes }), NO_MASKING)],
        ctx({ target }),
        limit,
        measure,
      );
      expect(measure(r.text)).toBeLessThanOrEqual(limit);
      expect(r.text).toContain(`**Plan: 0 to add`.replace('0', String(n - deletes)));
      expect(r.omitted.length).toBeGreaterThan(0);
      expect(r.text).toContain("_Left out to fit GitHub's size limit:");
      if (n > 300) expect(r.text).toMatch(/…and [\d,]+ more/);
      if (target === 'comment')
        expect(r.text).toContain('The full report is in the job summary of the [workflow run]');
    },
  );

  it('names only the plan-file outputs the run set (plan JSON input has no text-plan-file)', () => {
    const note = (planFiles: string[]) =>
      renderReport([summarize(bigPlan(3000), NO_MASKING)], ctx({ planFiles }), COMMENT_LIMIT)
        .text.split('\n')
        .find((l) => l.startsWith("_Left out to fit GitHub's size limit:"));
    expect(note(['json-plan-file'])).toMatch(
      / the step output `json-plan-file` names the full plan file, which a later step can upload as an artifact\._$/,
    );
    expect(note(['json-plan-file'])).not.toContain('text-plan-file');
    expect(note(['plan-file', 'json-plan-file', 'text-plan-file'])).toMatch(
      / the step outputs `plan-file`, `json-plan-file` and `text-plan-file` name the full plan files, /,
    );
  });

  it('degrades full diffs -> attribute names -> addresses as the plan grows', () => {
    const level = (n: number) =>
      renderReport([summarize(bigPlan(n), NO_MASKING)], ctx(), COMMENT_LIMIT).levels[3]; // sections: risks, destructive, checks, changes, …
    expect(level(50)).toBe('full');
    expect(level(400)).toBe('condensed');
    expect(level(5000)).toBe('list');
  });
});
