/**
 * Resource diffs in the shape Terraform's own `plan`/`show` prints them (internal/command/jsonformat), built
 * from the JSON plan alone:
 * - lists are matched the way Terraform matches them: equal length and not a reordering → element by element;
 *   otherwise a longest common subsequence, so one removed element is one `-` line, with objects that fall
 *   between common elements paired up as in-place changes;
 * - multi-line strings as `<<-EOT` heredocs with a line diff, JSON strings as `jsonencode(…)` with a structured
 *   diff, unknown values as `(known after apply)`, sensitive ones as `(sensitive value)`;
 * - unchanged attributes and list elements are hidden behind `# (N unchanged … hidden)`, except `id`, `name`
 *   and `tags`, which Terraform always shows;
 * - `# forces replacement` on the attributes listed in `replace_paths`.
 *
 * The JSON plan carries no provider schema, so every attribute is rendered the way Terraform renders a value
 * of dynamic type (blocks appear as lists of objects, maps as objects, sets as lists); for `terraform_data`
 * that is exactly what Terraform prints, which the tests check against `terraform show` itself. Terraform
 * prints no `# forces replacement` inside dynamic values, so `terraform_data`'s own attributes get none either.
 *
 * Values become text only here and through the same masking rules as values.ts: sensitive values are
 * registered with the runner's masker and never printed; user masks print `(masked)`.
 *
 * The printer in modules: diff-model.ts (the change walked, actions, options, plain-value text),
 * diff-match.ts (pairing list and set elements), diff-strings.ts (strings, heredocs, JSON strings),
 * diff-tree.ts (the tree of one value, objects and lists), and here: resources and outputs, and the block.
 */
import type { RawChange } from './plan-json.ts';
import { UNKNOWN, scalars, type Masking } from './values.ts';
import {
  BASE,
  IMPORTANT,
  MARK_CHARS,
  Matcher,
  SYMBOL_OF,
  allKeys,
  attrName,
  forces,
  ind,
  isNull,
  mapChild,
  sym,
  unchanged,
  withUnchanged,
  type Change,
  type Ctx,
  type Diff,
  type Path,
} from './diff-model.ts';
import { attributeLevel, transform } from './diff-tree.ts';

// ---------------------------------------------------------------------------------------------------------
// Resources

/** Attributes of dynamic type, which Terraform renders without replacement marks. */
const DYNAMIC: Record<string, ReadonlySet<string>> = {
  terraform_data: new Set(['input', 'output', 'triggers_replace']),
};

/**
 * The body of a resource's diff as Terraform prints it between `resource "type" "name" {` and `}`, one
 * entry per line, with Terraform's indentation (attributes at four spaces plus the symbol column). Empty when
 * there is nothing to show.
 */
export function resourceBody(type: string | undefined, change: RawChange, masking: Masking): string[] {
  const marked = markedBody(type, change, masking);
  return marked === '' ? [] : marked.replace(MARK_CHARS, (m) => SYMBOL_OF[m] as string).split('\n');
}

/**
 * The same body for a ```diff block: each line's symbol moved to the first column (where GitHub colours
 * `+` and `-` lines), the nesting kept after it.
 */
export function resourceDiffLines(type: string | undefined, change: RawChange, masking: Masking): string[] {
  const text = resourceDiffText(type, change, masking);
  return text === '' ? [] : text.split('\n');
}

/**
 * resourceDiffLines joined by newlines, made in one pass over the text. A line is indentation, then (the
 * renderer writes it so) its one symbol marker, or none at all.
 */
export function resourceDiffText(type: string | undefined, change: RawChange, masking: Masking): string {
  return markedBody(type, change, masking).replace(DISPLAY_LINE, toDisplay);
}

/**
 * True when resourceDiffText is certainly not empty, known without building it: the whole object is sensitive
 * (one line), or `before` or `after` has an attribute with a value — markedBody keeps every such attribute, and
 * renderBlock writes a line for it or counts it in "# (N unchanged attributes hidden)".
 */
export function hasDiffText(change: RawChange): boolean {
  if (change.before_sensitive === true || change.after_sensitive === true) return true;
  return someValue(change.before) || someValue(change.after);
}
const someValue = (v: unknown) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some((x) => x !== null);

// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose (never in output)
const DISPLAY_LINE = /^ {4}(?: ( *)([\u0001-\u0004]))?/gm;
const toDisplay = (_: string, spaces: string | undefined, mark: string | undefined) =>
  mark === undefined ? '' : `${SYMBOL_OF[mark] as string}${spaces as string} `;

function markedBody(type: string | undefined, change: RawChange, masking: Masking): string {
  const ctx: Ctx = { masking, transform };
  const dynamic = DYNAMIC[type ?? ''];
  const top: Change = {
    before: change.before ?? undefined,
    after: change.after ?? undefined,
    beforeExplicit: false,
    afterExplicit: false,
    unknown: change.after_unknown,
    bs: change.before_sensitive,
    as: change.after_sensitive,
    replace: new Matcher((change.replace_paths ?? []) as Path[]),
  };
  if (top.bs === true || top.as === true) {
    for (const v of [top.before, top.after]) for (const s of scalars(v ?? null)) masking.onSecret(s);
    return `    ${sym('noop')}# (the whole object is sensitive)`;
  }
  const attrs = new Map<string, Diff>();
  for (const k of allKeys([top.before, top.after, top.unknown])) {
    const child = mapChild(top, k);
    child.beforeExplicit = false;
    child.afterExplicit = false;
    const typed = !dynamic?.has(k);
    let d: Diff;
    if (!typed && (child.bs === true || child.as === true || child.unknown === true)) {
      // Sensitive/unknown are decided at the attribute (with Terraform's legacy empty-string rule for the
      // value shown before "(known after apply)"); the value inside is a dynamic one.
      if (child.unknown === true && child.before === '' && child.bs !== true && child.as !== true) {
        const replace = child.replace.matches();
        d = { action: 'update', replace, render: (_i, o) => `null -> ${UNKNOWN}${forces(replace, o)}` };
      } else d = attributeLevel(child, ctx);
    } else d = transform(child, ctx, typed);
    if (d.action === 'noop' && isNull(child.before) && isNull(child.after)) continue;
    attrs.set(k, d);
  }
  if (attrs.size === 0) return '';
  return renderBlock(attrs, 0);
}

/** Terraform's block renderer, attributes only (the JSON plan has no schema to tell blocks apart). */
function renderBlock(attrs: Map<string, Diff>, indent: number): string {
  let width = 0;
  for (const k of attrs.keys()) width = Math.max(width, attrName(k).length);
  let hidden = 0;
  let out = '';
  for (const [k, d] of attrs) {
    const important = IMPORTANT.has(k);
    if (!important && d.action === 'noop') {
      hidden++;
      continue;
    }
    for (const w of d.warnings?.(indent + 1) ?? []) out += `${ind(indent + 1)}${w}\n`;
    const o = important ? withUnchanged(BASE) : BASE;
    const name = important ? k : attrName(k);
    out += `${ind(indent + 1)}${sym(d.action)}${name.padEnd(width)} = ${d.render(indent + 1, o)}\n`;
  }
  if (hidden) out += `${ind(indent + 1)}${sym('noop')}${unchanged('attribute', hidden)}\n`;
  return out.slice(0, -1);
}

// ---------------------------------------------------------------------------------------------------------
// Outputs

function outputDiff(change: RawChange, masking: Masking): Diff {
  const c: Change = {
    before: change.before ?? undefined,
    after: change.after ?? undefined,
    beforeExplicit: false,
    afterExplicit: false,
    unknown: change.after_unknown,
    bs: change.before_sensitive,
    as: change.after_sensitive,
    replace: Matcher.EMPTY,
  };
  return transform(c, { masking, transform }, false);
}

/** An output's value as Terraform prints it after `name = ` under "Changes to Outputs:". */
export function outputValueText(change: RawChange, masking: Masking): string {
  return outputDiff(change, masking)
    .render(0, BASE)
    .replace(MARK_CHARS, (m) => SYMBOL_OF[m] as string);
}

/**
 * The same for the report: one line (for inline code) when Terraform prints one, else a ```diff block body
 * shaped like a resource's, `name = …` first.
 */
export function outputDisplay(
  name: string,
  change: RawChange,
  masking: Masking,
): { inline?: string; block?: string } {
  const d = outputDiff(change, masking);
  const text = d.render(1, BASE);
  if (!text.includes('\n')) return { inline: text };
  return { block: `${ind(1)}${sym(d.action)}${attrName(name)} = ${text}`.replace(DISPLAY_LINE, toDisplay) };
}
