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
import { scalars } from './values.ts';

function canon(
  h: Hash,
  v: Json | undefined,
  sens: Json | undefined,
  unk: Json | undefined,
  onSecret: (s: string) => void,
): void {
  if (sens === true) {
    for (const s of scalars(v)) onSecret(s);
    h.update('"(sensitive)"');
    return;
  }
  if (unk === true) {
    h.update('"(known after apply)"');
    return;
  }
  if (v === undefined || v === null) {
    h.update('null');
    return;
  }
  const at = (m: Json | undefined, k: string | number): Json | undefined =>
    m !== null && typeof m === 'object' ? (m as Record<string, Json>)[k as string] : undefined;
  if (Array.isArray(v)) {
    h.update('[');
    v.forEach((x, i) => {
      if (i) h.update(',');
      canon(h, x, at(sens, i), at(unk, i), onSecret);
    });
    h.update(']');
    return;
  }
  if (typeof v === 'object') {
    h.update('{');
    Object.keys(v)
      .sort()
      .forEach((k, i) => {
        if (i) h.update(',');
        h.update(JSON.stringify(k));
        h.update(':');
        canon(h, v[k], at(sens, k), at(unk, k), onSecret);
      });
    h.update('}');
    return;
  }
  h.update(JSON.stringify(v));
}

function change(h: Hash, c: RawChange | undefined, onSecret: (s: string) => void): void {
  h.update(JSON.stringify(c?.actions ?? []));
  canon(h, c?.before, c?.before_sensitive, undefined, onSecret);
  canon(h, c?.after, c?.after_sensitive, c?.after_unknown, onSecret);
  h.update(JSON.stringify(c?.replace_paths ?? []));
  h.update(JSON.stringify(c?.importing ? (c.importing.id ?? c.importing.identity ?? true) : null));
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
