/**
 * A salted hash of what a plan would do, stable across re-plans of the same change, so a later apply step can
 * refuse a plan that differs from the reviewed one. It covers the shown resource changes (address,
 * previous_address, actions, *masked* before/after, replace_paths, importing) and the output changes; it
 * leaves out timestamp, variables, prior_state, drift and terraform_version. Sensitive values enter only as a
 * placeholder, and the salt keeps the hash from being used to test guesses of other values.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Json, RawChange, RawPlan } from './plan-json.ts';
import { isShown } from './classify.ts';
import { containsTrue, scalars } from './values.ts';

const SENSITIVE = '(sensitive)';

/**
 * The value with every sensitive subtree replaced by a placeholder. Only the paths that lead to a sensitive
 * leaf are copied; everything else is shared, so native JSON.stringify does the bulk of the work. Key order is
 * the plan's own: Terraform writes object attributes and map keys sorted, so a re-plan of the same change
 * serialises identically.
 */
function masked(
  v: Json | undefined,
  sens: Json | undefined,
  onSecret: (s: string) => void,
): Json | undefined {
  if (sens === true) {
    for (const s of scalars(v)) onSecret(s);
    return SENSITIVE;
  }
  if (sens === null || sens === undefined || typeof sens !== 'object' || v === null || typeof v !== 'object')
    return v;
  if (!containsTrue(sens)) return v;
  if (Array.isArray(v)) {
    const m = sens as Json[];
    return v.map((x, i) => masked(x, Array.isArray(m) ? m[i] : undefined, onSecret) ?? null);
  }
  const m = sens as Record<string, Json>;
  if (Object.hasOwn(v, '__proto__')) {
    // (assigning __proto__ on a copy never creates the key; keep that, so existing hashes stay the same)
    const out: Record<string, Json> = {};
    for (const k of Object.keys(v)) out[k] = masked(v[k], m[k], onSecret) ?? null;
    return out;
  }
  // A shallow clone keeps the plan's key order; only keys whose mask hides something are replaced (other
  // keys' masked value is the value itself). Cloning is much cheaper than building the copy key by key.
  const out: Record<string, Json> = { ...v };
  for (const k of Object.keys(v)) {
    const mk = m[k];
    if (mk === true || (mk !== null && typeof mk === 'object' && containsTrue(mk)))
      out[k] = masked(v[k], mk, onSecret) ?? null;
  }
  return out;
}

/**
 * Feeds the hash in large chunks: one update per piece cost more than the hashing itself. Every piece ends
 * with `\0` or `]`, so the UTF-8 bytes (and the digest) are the same as updating piece by piece.
 */
class Feed {
  private text = '';
  private readonly h: Hash;
  constructor(h: Hash) {
    this.h = h;
  }
  update(piece: string): void {
    this.text += piece;
    if (this.text.length >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.text) this.h.update(this.text);
    this.text = '';
  }
}

function change(h: Feed, c: RawChange | undefined, onSecret: (s: string) => void): void {
  h.update(
    JSON.stringify([
      c?.actions ?? [],
      masked(c?.before, c?.before_sensitive, onSecret) ?? null,
      masked(c?.after, c?.after_sensitive, onSecret) ?? null,
      c?.after_unknown ?? null,
      c?.replace_paths ?? [],
      c?.importing ? (c.importing.id ?? c.importing.identity ?? true) : null,
    ]),
  );
}

/**
 * `sha256:<hex>` over the plans (several for NDJSON input). Also reports every sensitive value it skipped, so
 * the caller registers them with the runner's masker.
 */
export function planHash(
  plans: readonly RawPlan[],
  salt: string,
  onSecret: (s: string) => void = () => {},
): string {
  const hash = createHash('sha256');
  const h = new Feed(hash);
  h.update(`pipewright-terraform-plan-v1\0${salt}\0`);
  for (const plan of plans) {
    h.update('\0plan\0');
    for (const rc of plan.resource_changes ?? []) {
      if (!isShown(rc)) continue;
      h.update(`\0rc\0${rc.address ?? ''}\0${rc.previous_address ?? ''}\0${rc.deposed ?? ''}\0`);
      change(h, rc.change, onSecret);
    }
    if (plan.action_invocations?.length) h.update(`\0actions\0${JSON.stringify(plan.action_invocations)}`);
    const outputs = plan.output_changes ?? {};
    for (const name of Object.keys(outputs).sort()) {
      const oc = outputs[name];
      if ((oc?.actions ?? []).join(',') === 'no-op') continue;
      h.update(`\0out\0${name}\0`);
      change(h, oc, onSecret);
    }
  }
  h.flush();
  return `sha256:${hash.digest('hex')}`;
}
