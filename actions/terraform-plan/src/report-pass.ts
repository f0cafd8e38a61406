/**
 * What a section may know about renderDocument's pass in progress, so the resource changes can stop building
 * full diffs that renderDocument is bound to throw away (the job summary of a 5,000-change plan used to build
 * ~1 MB of diffs only to find they do not fit and degrade to attribute names).
 *
 * renderDocument (packages/shared/src/report/document.ts) renders every section in order on each pass, each
 * within `remaining − (the counts forms of the sections after it)`; when sections are truncated above `list`, it
 * degrades the one with the longest text (the first of equals) and renders everything again. So a truncated
 * `full` rendering never reaches the output: what matters of it is only that renderDocument then picks this
 * section. A section may therefore stop early when, whatever the exact text would have been, (1) it is
 * certainly truncated and (2) it is certainly the longest candidate, both with the true text and with the
 * shorter one it returns: longer than every earlier candidate of this pass (their texts are known), and long
 * enough that the sections after it, which only get what it leaves, cannot be longer (see `laterBound`).
 */
import type { DetailLevel, Rendered, Section } from '@pipewright/shared/report';

export interface PassView {
  /** The longest text among the sections before this one that, in this pass, are truncated above `list` (-1: none). */
  earlierCandidate(): number;
  /**
   * B such that, if this section's text T (chars) is at least B and 2T ≥ its budget + B, no section after it
   * can have a longer text in this pass: each gets at most what T leaves of the budget plus the counts forms
   * reserved for the sections after this one, and may run over its own budget by its heading and a "…and N
   * more" line (bounded by its counts form + 40).
   */
  laterBound: number;
}

export class PassTracker {
  private readonly last: { level: DetailLevel; r: Rendered }[] = [];
  private readonly sections: readonly Section[];
  private bounds: number[] | undefined;
  /** Off while renderDocument measures in bytes: the bounds here are in characters. */
  chars = true;

  constructor(sections: readonly Section[]) {
    this.sections = sections;
  }

  /** The sections, each remembering its latest rendering. */
  tracked(): Section[] {
    return this.sections.map((s, i) => ({
      render: (level: DetailLevel, maxChars: number) => {
        const r = s.render(level, maxChars);
        this.last[i] = { level, r };
        return r;
      },
    }));
  }

  /** The view of the pass for section `i`, while rendering it (undefined when not in characters). */
  view(i: number): PassView | undefined {
    if (!this.chars) return undefined;
    this.bounds ??= this.sections.map((s) => s.render('counts', Number.MAX_SAFE_INTEGER).text.length);
    let later = 2;
    for (const c of this.bounds.slice(i + 1)) later += 2 * c + 42;
    return {
      earlierCandidate: () => {
        let max = -1;
        for (const x of this.last.slice(0, i))
          if (x && x.r.truncated && (x.level === 'full' || x.level === 'condensed'))
            max = Math.max(max, x.r.text.length);
        return max;
      },
      laterBound: later,
    };
  }
}
