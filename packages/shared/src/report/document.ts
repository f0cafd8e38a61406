/**
 * A report of sections that each know how to degrade, so the whole stays within a byte budget:
 * full -> condensed -> list -> counts. What was left out is said at the end.
 *
 * Sections render lazily with a budget of their own, so a 10 MB report never materialises 10 MB per pass.
 */
export const DETAIL_LEVELS = ['full', 'condensed', 'list', 'counts'] as const;
export type DetailLevel = (typeof DETAIL_LEVELS)[number];

export interface Rendered {
  text: string;
  /** A human sentence about what this rendering left out, e.g. "attribute diffs of 1,204 resources". */
  omitted?: string;
  /** The section cut itself to its budget (not merely a lower level's leaving out of details). */
  truncated?: boolean;
}

export interface Section {
  /** Renders at a level within maxChars; must return text no longer than maxChars (use truncateLines). */
  render(level: DetailLevel, maxChars: number): Rendered;
}

/** GitHub's limit for an issue/PR comment body, hidden markers included. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary, in bytes. */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface DocumentParts {
  header: string;
  sections: readonly Section[];
  /** Appended when anything was left out, e.g. a pointer to the job summary or an artifact. */
  omittedNote?: (omitted: string[]) => string;
  footer?: string;
}

/** Measures characters for comments (GitHub counts characters) and bytes for summaries. */
export type Measure = (s: string) => number;
export const chars: Measure = (s) => s.length;
export const utf8Bytes: Measure = (s) => Buffer.byteLength(s, 'utf8');

export interface RenderResult {
  text: string;
  levels: DetailLevel[];
  omitted: string[];
}

/**
 * Renders the document within `limit`. Every section first renders at `full`; a section that had to cut
 * itself above the `list` level is degraded one level (largest first) and everything re-rendered.
 * At `list` a section may end with "…and N more"; at `counts` it is as small as it gets.
 * Each section's budget keeps room for the `counts` form of every section after it.
 */
export function renderDocument(doc: DocumentParts, limit: number, measure: Measure = chars): RenderResult {
  const sep = '\n\n';
  const reserve = 400 + measure(doc.footer ?? '') + measure(doc.header);
  const minSizes = doc.sections.map((s) => measure(s.render('counts', limit).text) + sep.length);
  const levelIdx = doc.sections.map(() => 0);
  const LIST = DETAIL_LEVELS.indexOf('list');
  const renderAll = (): Rendered[] => {
    let remaining = limit - reserve;
    return doc.sections.map((s, i) => {
      const after = minSizes.slice(i + 1).reduce((a, b) => a + b, 0);
      const r = s.render(
        DETAIL_LEVELS[levelIdx[i] as number] as DetailLevel,
        Math.max(0, remaining - after - sep.length),
      );
      remaining -= measure(r.text) + sep.length;
      return r;
    });
  };
  let parts = renderAll();
  for (;;) {
    let pick = -1;
    let biggest = -1;
    parts.forEach((p, i) => {
      if (p.truncated && (levelIdx[i] as number) < LIST && measure(p.text) > biggest) {
        biggest = measure(p.text);
        pick = i;
      }
    });
    if (pick < 0) break;
    levelIdx[pick] = (levelIdx[pick] as number) + 1;
    parts = renderAll();
  }
  const omitted = parts.flatMap((p) => (p.omitted ? [p.omitted] : []));
  const body = [doc.header, ...parts.map((p) => p.text).filter((t) => t !== '')];
  if (omitted.length) {
    body.push(
      doc.omittedNote
        ? doc.omittedNote(omitted)
        : `_Left out to fit GitHub's size limit: ${omitted.join('; ')}._`,
    );
  }
  if (doc.footer) body.push(doc.footer);
  let text = body.join(sep);
  if (measure(text) > limit) text = cutToLimit(text, limit, measure);
  return { text, levels: levelIdx.map((i) => DETAIL_LEVELS[i] as DetailLevel), omitted };
}

/** Last resort: cuts at a line boundary and says so. Never splits a surrogate pair. */
export function cutToLimit(text: string, limit: number, measure: Measure = chars): string {
  const note = "\n\n_…cut to fit GitHub's size limit._";
  let lo = 0;
  let hi = text.length;
  const budget = limit - measure(note);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  let cut = text.slice(0, lo);
  const nl = cut.lastIndexOf('\n');
  if (nl > lo * 0.8) cut = cut.slice(0, nl);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + note;
}

/** 12345 -> "12,345" without Intl: the first toLocaleString call costs ~40 ms of ICU start-up. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Joins items (each already rendered) until maxChars, then "…and N more". Used by list-like sections
 * so they stop working as soon as the budget is spent.
 */
export function joinWithin(
  items: Iterable<string>,
  total: number,
  maxChars: number,
  what: string,
  sep = '\n',
): Rendered {
  let text = '';
  let n = 0;
  const tailReserve = 60;
  for (const item of items) {
    const next = (n ? sep : '') + item;
    if (text.length + next.length > maxChars - tailReserve) break;
    text += next;
    n++;
  }
  if (n >= total) return { text };
  const more = total - n;
  // After list items or table rows a single newline would make the tail part of the last item (a lazy
  // continuation line) or a row of its own (GFM tables); a blank line makes it a paragraph of its own.
  const tail = `${n ? (sep === '\n' ? '\n\n' : sep) : ''}…and ${thousands(more)} more`;
  return { text: text + tail, omitted: `${thousands(more)} ${what}`, truncated: true };
}

/**
 * The common degradable section: a heading, then one entry per item rendered for the level
 * (full/condensed/list), or only the counts line at `counts`.
 */
export function itemsSection<T>(opts: {
  heading: string;
  items: readonly T[];
  renderItem: (item: T, level: Exclude<DetailLevel, 'counts'>) => string;
  counts: () => string;
  /** Plural noun for what "…and N more" counts, e.g. "resource changes". */
  what: string;
  /** What a level leaves out compared with `full`; default "details of <what>" / "the list of <what>". */
  leavesOut?: { condensed?: string; list?: string };
  sep?: string;
}): Section {
  return {
    render(level, maxChars) {
      if (opts.items.length === 0) return { text: '' };
      const head = opts.heading ? `${opts.heading}\n\n` : '';
      if (level === 'counts') {
        const text = `${head}${opts.counts()}`;
        return text.length <= maxChars
          ? { text, ...(opts.items.length ? { omitted: `the list of ${opts.what}` } : {}) }
          : { text: '', omitted: `the list of ${opts.what}`, truncated: true };
      }
      const items = (function* () {
        for (const it of opts.items) yield opts.renderItem(it, level);
      })();
      const r = joinWithin(items, opts.items.length, maxChars - head.length, opts.what, opts.sep ?? '\n');
      const levelNote = level === 'full' ? undefined : (opts.leavesOut?.[level] ?? `details of ${opts.what}`);
      const omitted = [levelNote, r.omitted].filter((x): x is string => x !== undefined).join(', and ');
      return {
        text: head + r.text,
        ...(omitted ? { omitted } : {}),
        ...(r.truncated ? { truncated: true } : {}),
      };
    },
  };
}

/** "1 finding", "2 findings", "1,204 findings": the count with the noun it agrees with. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${thousands(count)} ${count === 1 ? one : many}`;
}
