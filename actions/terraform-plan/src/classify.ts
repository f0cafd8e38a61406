/**
 * Classification of resource changes from the JSON plan's `actions` arrays (never from the human text), and
 * the counts of the CLI's `Plan:` line (internal/command/jsonformat/plan.go), plus what that line hides.
 */
import type { RawPlan, RawResourceChange } from './plan-json.ts';

export type Kind =
  | 'create'
  | 'update'
  | 'delete'
  /** ["delete","create"]: destroy first (the default), CLI symbol -/+ */
  | 'replace'
  /** ["create","delete"]: create_before_destroy, CLI symbol +/- */
  | 'replace-cbd'
  /** ["create","forget"] (Terraform) or ["forget","create"] (OpenTofu): the old object is forgotten, not destroyed */
  | 'replace-forget'
  | 'forget'
  | 'read'
  | 'no-op'
  | 'other';

export function kindOf(actions: readonly string[] | undefined): Kind {
  switch ((actions ?? []).join(',')) {
    case 'no-op':
      return 'no-op';
    case 'create':
      return 'create';
    case 'read':
      return 'read';
    case 'update':
      return 'update';
    case 'delete':
      return 'delete';
    case 'delete,create':
      return 'replace';
    case 'create,delete':
      return 'replace-cbd';
    case 'forget':
      return 'forget';
    case 'create,forget':
    case 'forget,create':
      return 'replace-forget';
    default:
      return 'other';
  }
}

export interface Classified {
  raw: RawResourceChange;
  address: string;
  kind: Kind;
  /** `previous_address` differs: a move, alone (no-op) or with another action. */
  movedFrom: string | undefined;
  importing: boolean;
  importId: string | undefined;
  deposed: string | undefined;
  /** The plain-words reason, or undefined. */
  reason: string | undefined;
}

/** Destroys something: `delete` anywhere in the array (the arrays were designed for that check). */
export function isDestroy(actions: readonly string[] | undefined): boolean {
  return (actions ?? []).includes('delete');
}

/** Entries the CLI does not show: pure no-ops, `delete` of non-managed modes (data source clean-up), ephemeral. */
export function isShown(c: RawResourceChange): boolean {
  const kind = kindOf(c.change?.actions);
  const mode = c.mode ?? 'managed';
  // OpenTofu's ephemeral resources never reach the state.
  if (mode === 'ephemeral') return false;
  if (kind === 'no-op') return Boolean(c.previous_address) || Boolean(c.change?.importing);
  if (kind === 'delete' && mode !== 'managed') return false;
  return true;
}

export function classify(c: RawResourceChange): Classified {
  const kind = kindOf(c.change?.actions);
  const importing = c.change?.importing != null;
  return {
    raw: c,
    address: c.address ?? '(unknown address)',
    kind,
    movedFrom: c.previous_address && c.previous_address !== c.address ? c.previous_address : undefined,
    importing,
    importId: importing ? (c.change?.importing?.id ?? undefined) : undefined,
    deposed: c.deposed,
    reason: reasonText(c, kind),
  };
}

const pathText = (p: readonly (string | number)[]): string =>
  p.reduce<string>(
    (acc, step) => (typeof step === 'number' ? `${acc}[${step}]` : acc ? `${acc}.${step}` : step),
    '',
  );

export function formatPath(p: readonly (string | number)[]): string {
  return pathText(p);
}

/** `action_reason` and `replace_paths` in words (unknown reasons are treated as none). */
export function reasonText(c: RawResourceChange, kind: Kind = kindOf(c.change?.actions)): string | undefined {
  const paths = (c.change?.replace_paths ?? []).map(pathText).filter((p) => p !== '');
  switch (c.action_reason) {
    case 'replace_because_cannot_update':
      return paths.length
        ? `replaced because ${paths.map((p) => `\`${p}\``).join(', ')} cannot be updated in place`
        : 'replaced because an attribute cannot be updated in place';
    case 'replace_because_tainted':
      return 'replaced because it is tainted';
    case 'replace_by_request':
      return 'replaced as requested (`-replace`)';
    case 'replace_by_triggers':
      return 'replaced because of `replace_triggered_by`';
    case 'delete_because_no_resource_config':
      return kind === 'forget'
        ? 'removed from the state by a `removed` block; the object itself is kept'
        : 'destroyed because it is no longer in the configuration';
    case 'delete_because_wrong_repetition':
      return 'destroyed because `count`/`for_each` was added or removed';
    case 'delete_because_count_index':
      return 'destroyed because its index is out of range for `count`';
    case 'delete_because_each_key':
      return 'destroyed because its key is no longer in `for_each`';
    case 'delete_because_no_module':
      return 'destroyed because its module is no longer in the configuration';
    case 'delete_because_no_move_target':
      return 'destroyed because its `moved` target does not exist';
    case 'read_because_config_unknown':
      return 'read during apply because its configuration depends on values not yet known';
    case 'read_because_dependency_pending':
      return 'read during apply because it depends on pending changes';
    case 'read_because_check_nested':
      return 'read during apply because a `check` block needs it';
  }
  if (c.deposed) return `deposed object \`${c.deposed}\` left over from a failed create-before-destroy`;
  if (kind === 'forget') return 'removed from the state; the object itself is kept';
  if (kind === 'replace-forget')
    return 'a new object replaces it; the old one is removed from the state, not destroyed';
  if (paths.length)
    return `replaced because ${paths.map((p) => `\`${p}\``).join(', ')} cannot be updated in place`;
  return undefined;
}

export interface Counts {
  /** The CLI's `Plan:` line. */
  import: number;
  add: number;
  change: number;
  destroy: number;
  /** What that line hides. */
  replace: number;
  move: number;
  forget: number;
  read: number;
  /** Output values that change. */
  outputs: number;
  /** Drift entries shown (see drift.ts). */
  drift: number;
  /** Unknown action arrays, shown but not counted by the CLI. */
  other: number;
  /** Terraform >= 1.14 `action_invocations`: the CLI appends " Actions: N to invoke." */
  invoke: number;
}

export function emptyCounts(): Counts {
  return {
    import: 0,
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    move: 0,
    forget: 0,
    read: 0,
    outputs: 0,
    drift: 0,
    other: 0,
    invoke: 0,
  };
}

/** Adds one resource change to the counts with the CLI's rules. */
export function countChange(counts: Counts, c: Classified): void {
  if (c.importing) counts.import++;
  if (c.movedFrom) counts.move++;
  const managed = (c.raw.mode ?? 'managed') === 'managed';
  switch (c.kind) {
    case 'create':
      counts.add++;
      break;
    case 'update':
      counts.change++;
      break;
    case 'delete':
      if (managed) counts.destroy++;
      break;
    case 'replace':
    case 'replace-cbd':
      counts.add++;
      counts.destroy++;
      counts.replace++;
      break;
    case 'replace-forget':
      counts.add++;
      counts.replace++;
      counts.forget++;
      break;
    case 'forget':
      counts.forget++;
      break;
    case 'read':
      counts.read++;
      break;
    case 'other':
      counts.other++;
      break;
    case 'no-op':
      break;
  }
}

/** `Plan: [N to import, ]A to add, C to change, D to destroy.` exactly as Terraform prints it. */
export function planLine(c: Counts): string {
  const imp = c.import ? `${c.import} to import, ` : '';
  const invoke = c.invoke ? ` Actions: ${c.invoke} to invoke.` : '';
  return `Plan: ${imp}${c.add} to add, ${c.change} to change, ${c.destroy} to destroy.${invoke}`;
}

export function hasResourceChanges(c: Counts): boolean {
  return c.import + c.add + c.change + c.destroy + c.move + c.forget + c.other + c.invoke > 0;
}

export function classifyAll(plan: RawPlan): { changes: Classified[]; counts: Counts } {
  const counts = emptyCounts();
  const changes: Classified[] = [];
  for (const rc of plan.resource_changes ?? []) {
    if (!isShown(rc)) continue;
    const c = classify(rc);
    countChange(counts, c);
    changes.push(c);
  }
  counts.invoke = plan.action_invocations?.length ?? 0;
  for (const oc of Object.values(plan.output_changes ?? {})) {
    const k = kindOf(oc.actions);
    if (k !== 'no-op') counts.outputs++;
  }
  return { changes, counts };
}
