/**
 * The pieces every part of the report repeats: a change's title (symbol, address, what happens, why), each
 * built once and reused at every detail level and in both the comment and the job summary; plan names in
 * multi-plan input; counted nouns.
 */
import { code, inline, Inline, thousands } from '@pipewright/shared/report';
import type { Classified, Kind } from './classify.ts';
import type { PlanSummary } from './plan-summary.ts';

export const SYMBOL: Record<Kind, string> = {
  create: '+',
  update: '~',
  delete: '-',
  replace: '-/+',
  'replace-cbd': '+/-',
  'replace-forget': '+/.',
  forget: '.',
  read: '<=',
  'no-op': ' ',
  other: '?',
};

const VERB: Record<Kind, string> = {
  create: 'create',
  update: 'update in place',
  delete: 'destroy',
  replace: 'replace (destroy, then create)',
  'replace-cbd': 'replace (create before destroy)',
  'replace-forget': 'replace (the old object is forgotten)',
  forget: 'forget (not destroyed)',
  read: 'read during apply',
  'no-op': 'no change',
  other: 'unrecognised action',
};

/** Reason text marks code with backticks; each part is escaped, code parts become code. */
export function reasonInline(reason: string): Inline {
  return new Inline(reason.split('`').map((part, i) => (i % 2 ? code(part) : { text: part })));
}

/** The reason as inline markdown (for callers outside an HTML block). */
export function reasonMarkdown(reason: string): string {
  return reasonInline(reason).md;
}

/** A plan's name in multi-plan input: its Terragrunt module folder, else "plan N"; undefined for one plan. */
export function planName(p: PlanSummary): string | undefined {
  return p.index === undefined ? undefined : (p.label ?? `plan ${p.index}`);
}

export function planPrefix(name: string | undefined): string {
  return name === undefined ? '' : `${name}: `;
}

/** "create · moved from x · imported (id)" */
function describe(c: Classified): Inline {
  const facts: Inline[] = [];
  if (c.kind !== 'no-op') facts.push(once('text', VERB[c.kind], (v) => inline`${v}`));
  if (c.movedFrom) facts.push(inline`moved from ${code(c.movedFrom)}`);
  if (c.importing) facts.push(c.importId ? inline`imported from ${code(c.importId)}` : inline`imported`);
  return new Inline(facts.flatMap((f, i) => (i ? [{ trusted: ' · ' }, f] : [f])));
}

function symbolOf(c: Classified): string {
  if (c.kind === 'no-op') return c.importing ? '<-' : '->';
  return SYMBOL[c.kind];
}

const titles = new WeakMap<Classified, Inline>();

/**
 * The title of a change, built once: it appears at every level, in the destructive block and the list (markdown)
 * and as the <summary> of its diff (HTML), each rendering computed once.
 */
export function changeTitle(c: Classified, index: string | undefined): Inline {
  let t = titles.get(c);
  if (t === undefined) titles.set(c, (t = renderTitle(c, index)));
  return t;
}

/**
 * Escaped forms of the few strings every title repeats (symbols, verbs, plan prefixes, reason sentences),
 * computed once each: escaping runs six regex passes, and a title used to run them five or six times.
 */
const escapedOnce = new Map<string, Inline>();
function once(kind: string, text: string, escape: (s: string) => Inline): Inline {
  const key = `${kind}\0${text}`;
  let e = escapedOnce.get(key);
  if (e === undefined) escapedOnce.set(key, (e = escape(text)));
  return e;
}

function renderTitle(c: Classified, index: string | undefined): Inline {
  const reason = c.reason ? inline` — ${once('reason', c.reason, reasonInline)}` : inline``;
  return inline`${once('code', symbolOf(c), code)} ${once('text', planPrefix(index), (p) => inline`${p}`)}${code(c.address)} ${describe(c)}${reason}`;
}

/** "1 object", "2 objects" */
export function n(count: number, one: string, many: string): string {
  return `${thousands(count)} ${count === 1 ? one : many}`;
}
