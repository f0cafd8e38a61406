/**
 * A salted hash of what a plan would do, stable across re-plans of the same change, so a later apply step can
 * refuse a plan that differs from the reviewed one. It covers the shown resource changes (address,
 * previous_address, actions, *masked* before/after, replace_paths, importing) and the output changes; it
 * leaves out timestamp, variables, prior_state, drift and terraform_version. The salt keeps the hash from
 * being used to test guesses of other values.
 *
 * Sensitive values: a change to one alone must change the hash, yet `plan-hash` is public (PR comment, step
 * output), so it must not let a reader confirm a guessed secret. Each sensitive value stands as a placeholder
 * in the main hash, and the sensitive values, in plan order, enter only through HMAC-SHA256 under a key the
 * reader does not have: `hash-key`, a repository secret the apply job is given too. Without the key the
 * hash cannot be recomputed from a guess; with it, the apply job gets the same hash for the same plan.
 * Without a key the caller passes a one-off random key: the hash of a plan that has sensitive values then
 * differs on every run, so a gate refuses it rather than accept a secret changed after review.
 * A plan without sensitive values hashes exactly as before (no key involved).
 */
import { createHash, createHmac, randomBytes, type Hash } from 'node:crypto';
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
  sensitive: Json[] = [],
): Json | undefined {
  if (sens === true) return secret(v, onSecret, sensitive);
  if (sens === null || sens === undefined || typeof sens !== 'object' || v === null || typeof v !== 'object')
    return v;
  return containsTrue(sens) ? maskedTree(v, sens, onSecret, sensitive) : v;
}

function secret(v: Json | undefined, onSecret: (s: string) => void, sensitive: Json[]): Json {
  for (const s of scalars(v)) onSecret(s);
  sensitive.push(v ?? null);
  return SENSITIVE;
}

/** masked() of an object or list whose mask (an object or list) is known to hide something: each mask walked once. */
function maskedTree(
  v: Json[] | { [k: string]: Json },
  sens: Json[] | { [k: string]: Json },
  onSecret: (s: string) => void,
  sensitive: Json[],
): Json {
  // A child's mask: true (hide it), a mask that hides something inside (walk it), or nothing to hide.
  const child = (x: Json | undefined, mk: Json | undefined): Json => {
    if (mk === true) return secret(x, onSecret, sensitive);
    if (mk === null || mk === undefined || typeof mk !== 'object' || !containsTrue(mk)) return x ?? null;
    return x === null || x === undefined || typeof x !== 'object'
      ? (x ?? null)
      : maskedTree(x, mk, onSecret, sensitive);
  };
  if (Array.isArray(v)) {
    const m = Array.isArray(sens) ? sens : undefined;
    return v.map((x, i) => child(x, m?.[i]));
  }
  const m = sens as Record<string, Json>;
  if (Object.hasOwn(v, '__proto__')) {
    // (assigning __proto__ on a copy never creates the key; keep that, so existing hashes stay the same)
    const out: Record<string, Json> = {};
    for (const k of Object.keys(v)) out[k] = child(v[k], m[k]);
    return out;
  }
  // A shallow clone keeps the plan's key order; only keys whose mask hides something are replaced (other
  // keys' masked value is the value itself). Cloning is much cheaper than building the copy key by key.
  const out: Record<string, Json> = { ...v };
  for (const k of Object.keys(v)) {
    const mk = m[k];
    if (mk === true || (mk !== null && typeof mk === 'object' && containsTrue(mk))) out[k] = child(v[k], mk);
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

function change(h: Feed, c: RawChange | undefined, onSecret: (s: string) => void, sensitive: Json[]): void {
  h.update(
    JSON.stringify([
      c?.actions ?? [],
      masked(c?.before, c?.before_sensitive, onSecret, sensitive) ?? null,
      masked(c?.after, c?.after_sensitive, onSecret, sensitive) ?? null,
      c?.after_unknown ?? null,
      c?.replace_paths ?? [],
      c?.importing ? (c.importing.id ?? c.importing.identity ?? true) : null,
    ]),
  );
}

export interface PlanHash {
  /** `sha256:<hex>` */
  hash: string;
  /** How many sensitive values (subtrees) entered through the keyed part. */
  sensitive: number;
}

/**
 * `sha256:<hex>` over the plans (several for NDJSON input), with the sensitive values keyed by `key` (see the
 * top of this file). Also reports every sensitive value it saw, so the caller registers them with the
 * runner's masker.
 */
export function planHashDetails(
  plans: readonly RawPlan[],
  salt: string,
  key: string | Buffer,
  onSecret: (s: string) => void = () => {},
): PlanHash {
  const hash = createHash('sha256');
  const h = new Feed(hash);
  const sensitive: Json[] = [];
  h.update(`pipewright-terraform-plan-v1\0${salt}\0`);
  for (const plan of plans) {
    h.update('\0plan\0');
    for (const rc of plan.resource_changes ?? []) {
      if (!isShown(rc)) continue;
      h.update(`\0rc\0${rc.address ?? ''}\0${rc.previous_address ?? ''}\0${rc.deposed ?? ''}\0`);
      change(h, rc.change, onSecret, sensitive);
    }
    if (plan.action_invocations?.length) h.update(`\0actions\0${JSON.stringify(plan.action_invocations)}`);
    const outputs = plan.output_changes ?? {};
    for (const name of Object.keys(outputs).sort()) {
      const oc = outputs[name];
      if ((oc?.actions ?? []).join(',') === 'no-op') continue;
      h.update(`\0out\0${name}\0`);
      change(h, oc, onSecret, sensitive);
    }
  }
  if (sensitive.length) {
    const keyed = createHmac('sha256', key).update(JSON.stringify(sensitive)).digest('hex');
    h.update(`\0sensitive\0${keyed}`);
  }
  h.flush();
  return { hash: `sha256:${hash.digest('hex')}`, sensitive: sensitive.length };
}

/** `sha256:<hex>` of the plans; see planHashDetails. */
export function planHash(
  plans: readonly RawPlan[],
  salt: string,
  onSecret: (s: string) => void = () => {},
  key: string | Buffer = randomBytes(32),
): string {
  return planHashDetails(plans, salt, key, onSecret).hash;
}
