import { describe, expect, it } from '@jest/globals';
import {
  classifyAll,
  emptyCounts,
  hasResourceChanges,
  kindOf,
  planLine,
  reasonText,
  type Kind,
} from '../src/classify.ts';
import { cliText, fixture, realFixtures } from './helpers.ts';

describe('kindOf', () => {
  it.each<[string[], Kind]>([
    [['no-op'], 'no-op'],
    [['create'], 'create'],
    [['read'], 'read'],
    [['update'], 'update'],
    [['delete'], 'delete'],
    [['delete', 'create'], 'replace'],
    [['create', 'delete'], 'replace-cbd'],
    [['forget'], 'forget'],
    [['create', 'forget'], 'replace-forget'],
    [['forget', 'create'], 'replace-forget'],
    [['teleport'], 'other'],
    [[], 'other'],
  ])('%j is %s', (actions, kind) => {
    expect(kindOf(actions)).toBe(kind);
  });
});

/** Every row of the classification table, found in a real plan (or a hand-written one where noted). */
describe('classification of real plans', () => {
  it.each<
    [string, string, Kind, { moved?: string; importing?: boolean; deposed?: boolean; reason?: RegExp }]
  >([
    ['basic', 'terraform_data.create_me', 'create', {}],
    ['basic', 'terraform_data.update_me', 'update', {}],
    [
      'basic',
      'terraform_data.delete_me',
      'delete',
      { reason: /^destroyed because it is no longer in the configuration$/ },
    ],
    [
      'basic',
      'terraform_data.replace_me',
      'replace',
      { reason: /^replaced because `triggers_replace` cannot be updated in place$/ },
    ],
    [
      'basic',
      'terraform_data.cbd',
      'replace-cbd',
      { reason: /`triggers_replace` cannot be updated in place/ },
    ],
    [
      'basic',
      'terraform_data.triggered',
      'replace',
      { reason: /^replaced because of `replace_triggered_by`$/ },
    ],
    [
      'basic',
      'data.terraform_remote_state.later',
      'read',
      { reason: /^read during apply because its configuration depends/ },
    ],
    ['moves_imports_forget', 'terraform_data.new_name', 'no-op', { moved: 'terraform_data.old_name' }],
    ['moves_imports_forget', 'terraform_data.new_upd', 'update', { moved: 'terraform_data.old_upd' }],
    ['moves_imports_forget', 'terraform_data.imported', 'no-op', { importing: true }],
    ['moves_imports_forget', 'terraform_data.imported_upd', 'update', { importing: true }],
    [
      'moves_imports_forget',
      'terraform_data.imported_replace',
      'replace',
      { importing: true, reason: /^replaced because `triggers_replace` cannot be updated in place$/ },
    ],
    [
      'moves_imports_forget',
      'terraform_data.forget_me',
      'forget',
      { reason: /^removed from the state by a `removed` block; the object itself is kept$/ },
    ],
    [
      'delete_reasons',
      'terraform_data.counted[2]',
      'delete',
      { reason: /index is out of range for `count`/ },
    ],
    ['delete_reasons', 'terraform_data.each["b"]', 'delete', { reason: /key is no longer in `for_each`/ }],
    ['delete_reasons', 'terraform_data.rep[0]', 'no-op', { moved: 'terraform_data.rep' }],
    ['delete_reasons', 'terraform_data.taint_me', 'replace', { reason: /^replaced because it is tainted$/ }],
    ['delete_reasons', 'terraform_data.ask_me', 'replace', { reason: /^replaced as requested/ }],
    [
      'delete_reasons',
      'module.child.terraform_data.inner',
      'delete',
      { reason: /no longer in the configuration/ },
    ],
    [
      'deposed',
      'terraform_data.flaky',
      'delete',
      { deposed: true, reason: /^deposed object `[0-9a-f]{8}` left over/ },
    ],
    ['deposed', 'terraform_data.flaky', 'replace-cbd', { reason: /^replaced because it is tainted$/ }],
    ['destroy_mode', 'terraform_data.a', 'delete', {}],
    [
      'handwritten/opentofu-forget',
      'aws_s3_bucket.logs',
      'replace-forget',
      { reason: /the old one is removed from the state, not destroyed/ },
    ],
    ['handwritten/opentofu-forget', 'aws_s3_bucket.archive', 'replace-forget', {}],
    ['handwritten/format-0.1', 'aws_instance.db', 'replace', {}],
    ['handwritten/drift', 'aws_instance.future', 'other', {}],
  ])('%s: %s is %s', (name, address, kind, facts) => {
    const { changes } = classifyAll(fixture(name));
    const c = changes.find((x) => x.address === address && x.kind === kind);
    expect(c).toBeDefined();
    expect(c?.movedFrom).toBe(facts.moved);
    expect(c?.importing).toBe(facts.importing ?? false);
    expect(c?.deposed !== undefined).toBe(facts.deposed ?? false);
    if (facts.reason) expect(c?.reason).toMatch(facts.reason);
  });

  it('hides pure no-ops, data-source deletes and ephemeral entries, as the CLI does', () => {
    expect(classifyAll(fixture('no_changes')).changes).toEqual([]);
    expect(classifyAll(fixture('delete_reasons')).changes.map((c) => c.address)).not.toContain(
      'terraform_data.counted[0]',
    );
    expect(classifyAll(fixture('handwritten/format-0.1')).changes.map((c) => c.address)).toEqual([
      'aws_instance.web',
      'aws_instance.db',
    ]);
    expect(classifyAll(fixture('handwritten/opentofu-forget')).changes.map((c) => c.address)).toEqual([
      'aws_s3_bucket.logs',
      'aws_s3_bucket.archive',
    ]);
  });

  it('treats an unknown action_reason as none', () => {
    expect(
      reasonText({ action_reason: 'replace_because_of_moon_phase', change: { actions: ['update'] } }),
    ).toBeUndefined();
  });
});

describe('counts follow the CLI', () => {
  // The expected line is Terraform's own, from `terraform show` of the same plan (fixtures/*.txt).
  const withPlanLine = realFixtures().filter((n) => /^Plan: /m.test(cliText(n)));
  it('has real plans with a Plan: line', () => {
    expect(withPlanLine.length).toBeGreaterThanOrEqual(6);
  });
  it.each(withPlanLine)('%s matches terraform show', (name) => {
    const expected = /^(Plan: .*)$/m.exec(cliText(name))?.[1];
    expect(planLine(classifyAll(fixture(name)).counts)).toBe(expected);
  });

  it.each<[string, Record<string, number>]>([
    ['basic', { replace: 3, read: 1, move: 0, forget: 0, outputs: 3 }],
    ['moves_imports_forget', { import: 3, move: 2, forget: 1, destroy: 1, replace: 1 }],
    ['delete_reasons', { move: 1, replace: 2 }],
    ['deposed', { replace: 1, destroy: 2 }],
    ['handwritten/opentofu-forget', { add: 2, destroy: 0, forget: 2, replace: 2 }],
    ['handwritten/format-0.1', { add: 1, change: 1, destroy: 1, outputs: 1 }],
  ])('%s also counts what the Plan: line hides', (name, expected) => {
    expect(classifyAll(fixture(name)).counts).toMatchObject(expected);
  });

  it.each<[Partial<Record<string, number>>, string]>([
    [{ add: 1 }, 'Plan: 1 to add, 0 to change, 0 to destroy.'],
    [{ import: 2, add: 1, change: 3, destroy: 4 }, 'Plan: 2 to import, 1 to add, 3 to change, 4 to destroy.'],
    [{ invoke: 2 }, 'Plan: 0 to add, 0 to change, 0 to destroy. Actions: 2 to invoke.'],
  ])('planLine(%j) is %s', (counts, line) => {
    expect(planLine({ ...emptyCounts(), ...counts })).toBe(line);
  });

  it('counts Terraform 1.14 action invocations as changes', () => {
    const { counts } = classifyAll({ format_version: '1.2', action_invocations: [{}, {}] });
    expect(counts.invoke).toBe(2);
    expect(hasResourceChanges(counts)).toBe(true);
  });

  it('a forget-only plan is not "no changes"', () => {
    const plan = fixture('moves_imports_forget');
    plan.resource_changes = plan.resource_changes?.filter((c) => c.change?.actions?.[0] === 'forget');
    const { counts } = classifyAll(plan);
    expect(counts).toMatchObject({ add: 0, change: 0, destroy: 0, forget: 1 });
  });
});
