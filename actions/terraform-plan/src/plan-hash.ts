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

/** Canonical JSON (sorted keys) of a value with sensitive leaves replaced and unknown leaves marked. */
function canon(
  out: string[],
  v: Json | undefined,
  sens: Json | undefined,
  unk: Json | undefined,
  onSecret: (s: string) => void,
): void {
  if (sens === true) {
    for (const s of scalars(v)) onSecret(s);
    out.push('"(sensitive)"');
    return;
  }
  if (unk === true) {
    out.push('"(known after apply)"');
    return;
  }
  if (v === undefined || v === null) {
    out.push('null');
    return;
  }
  if (typeof v !== 'object') {
    out.push(JSON.stringify(v));
    return;
  }
  const masked = (sens !== undefined && containsTrue(sens)) || (unk !== undefined && containsTrue(unk));
  if (!masked) {
    // nothing sensitive or unknown below: only key order needs care
    out.push(sortedJson(v));
    return;
  }
  const at = (m: Json | undefined, k: string | number): Json | undefined =>
    m !== null && typeof m === 'object' ? (m as Record<string, Json>)[k as string] : undefined;
  if (Array.isArray(v)) {
    out.push('[');
    v.forEach((x, i) => {
      if (i) out.push(',');
      canon(out, x, at(sens, i), at(unk, i), onSecret);
    });
    out.push(']');
    return;
  }
  out.push('{');
  Object.keys(v)
    .sort()
    .forEach((k, i) => {
      if (i) out.push(',');
      out.push(JSON.stringify(k), ':');
      canon(out, v[k], at(sens, k), at(unk, k), onSecret);
    });
  out.push('}');
}

function sortedJson(v: Json): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (x === null || typeof x !== 'object' || Array.isArray(x)) return x;
    const keys = Object.keys(x);
    let sorted = true;
    for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) sorted = false;
    if (sorted) return x;
    const o: Record<string, unknown> = {};
    for (const k of keys.sort()) o[k] = (x as Record<string, unknown>)[k];
    return o;
  });
}

function change(h: Hash, c: RawChange | undefined, onSecret: (s: string) => void): void {
  const out: string[] = [JSON.stringify(c?.actions ?? [])];
  canon(out, c?.before, c?.before_sensitive, undefined, onSecret);
  canon(out, c?.after, c?.after_sensitive, c?.after_unknown, onSecret);
  out.push(JSON.stringify(c?.replace_paths ?? []));
  out.push(JSON.stringify(c?.importing ? (c.importing.id ?? c.importing.identity ?? true) : null));
  h.update(out.join(''));
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
  const h = createHash('sha256');
  h.update(`pipewright-terraform-plan-v1\0${salt}\0`);
  for (const plan of plans) {
    h.update('\0plan\0');
    for (const rc of plan.resource_changes ?? []) {
      if (!isShown(rc)) continue;
      h.update(`\0rc\0${rc.address ?? ''}\0${rc.previous_address ?? ''}\0${rc.deposed ?? ''}\0`);
      change(h, rc.change, onSecret);
    }
    const outputs = plan.output_changes ?? {};
    for (const name of Object.keys(outputs).sort()) {
      const oc = outputs[name];
      if ((oc?.actions ?? []).join(',') === 'no-op') continue;
      h.update(`\0out\0${name}\0`);
      change(h, oc, onSecret);
    }
  }
  return `sha256:${h.digest('hex')}`;
}
