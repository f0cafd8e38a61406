import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeThrown, UserError } from '@pipewright/shared/action';
import { parsePlanSet, parsePlans, type RawPlan } from '../src/plan-json.ts';
import { moduleLabel } from '../src/plan.ts';
import { planHash, planHashDetails } from '../src/plan-hash.ts';
import { FIXTURES, fixture } from './helpers.ts';

const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

describe('parsePlans', () => {
  it.each([['0.1'], ['0.2'], ['1.0'], ['1.2'], ['1.9']])('accepts format_version %s', (v) => {
    expect(parsePlans(JSON.stringify({ format_version: v }), 'plan.json')).toHaveLength(1);
  });

  it('reads the hand-written 0.1 plan', () => {
    expect(fixture('handwritten/format-0.1').terraform_version).toBe('0.12.31');
  });

  it.each<[string, string, RegExp]>([
    [
      read('handwritten/format-2.0.json'),
      'f.json',
      /^f\.json uses JSON plan format_version 2\.0, which .* reads 0\.x and 1\.x/,
    ],
    ['', 'empty.json', /^empty\.json is empty\.$/],
    ['   \n', 'blank.json', /^blank\.json is empty\.$/],
    [
      '{"format_version": "1.2",',
      'cut.json',
      /^cut\.json is not valid JSON at the end of the file \(line 1\): Expected double-quoted property name$/,
    ],
    ['no json here', 'text.json', /^text\.json is not JSON: it contains no object\.$/],
    [
      '{"resource_changes": []}',
      'log.json',
      /^log\.json is not a Terraform JSON plan: it has no "format_version"\./,
    ],
    [
      '{"format_version":"1.2"}\n{"format_version":"3.0"}',
      'all.json',
      /^all\.json \(plan 2\) uses JSON plan format_version 3\.0/,
    ],
  ])('rejects bad input clearly (%#)', (text, name, message) => {
    let err: unknown;
    try {
      parsePlans(text, name);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect(describeThrown(err)).toMatch(message);
  });

  describe('invalid JSON is reported where it breaks', () => {
    const pretty = JSON.stringify(fixture('basic'), null, 2);
    // V8's own "(line L column C)", where its message has one, is the oracle for our position
    const v8 = (text: string) => {
      try {
        JSON.parse(text);
      } catch (e) {
        return /\(line (\d+) column (\d+)\)/.exec(describeThrown(e))?.slice(1);
      }
      return undefined;
    };
    const message = (text: string) => {
      try {
        parsePlans(text, 'plan.json');
      } catch (e) {
        return describeThrown(e);
      }
      return '(parsed)';
    };

    it.each<[string, string]>([
      ['a missing comma deep inside', pretty.replace('"change": {', '"change": { "x": 1 "y": 2,')],
      ['a trailing comma', pretty.replace(/("after_unknown": \{[^}]*)\}/, '$1,}')],
      ['a stray token', pretty.replace('"format_version": "1.2",', '"format_version": "1.2",,')],
    ])('pretty-printed, %s: the line and column of the error', (_, text) => {
      const [line, column] = v8(text) as string[];
      expect(Number(line)).toBeGreaterThan(1);
      expect(message(text)).toMatch(
        new RegExp(`^plan\\.json is not valid JSON at line ${line}, column ${column}: `),
      );
    });

    it('pretty-printed with a bad literal (V8 names no position): still the exact place', () => {
      const text = pretty.replace('"format_version": "1.2"', '"format_version": bad');
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes('bad')) + 1;
      const column = (lines[line - 1] as string).indexOf('bad') + 1;
      expect(message(text)).toBe(
        `plan.json is not valid JSON at line ${line}, column ${column}: Unexpected token 'b'`,
      );
    });

    it('cut off: the end of the file', () => {
      const text = pretty.slice(0, 5000);
      expect(message(text)).toMatch(
        new RegExp(
          `^plan\\.json is not valid JSON at the end of the file \\(line ${text.split('\n').length}\\): `,
        ),
      );
    });

    it('NDJSON: the line of the broken plan, and the column within it', () => {
      const a = JSON.stringify(fixture('basic'));
      const broken = '{"format_version":"1.2","x":tru}';
      expect(message(`${a}\n${a}\n${broken}\n`)).toBe(
        `plan.json is not valid JSON at line 3, column ${broken.indexOf('tru}') + 1}: Unexpected token '}'`,
      );
    });
  });

  it('labels Terragrunt plans by module folder (both prefix styles), other lines skipped', () => {
    const a = JSON.stringify(fixture('basic'));
    const b = JSON.stringify(fixture('destroy_mode'));
    // TERRAGRUNT_INCLUDE_MODULE_PREFIX ("[dir] " before each line, gruntwork-io/terragrunt#1194/#2493) and the
    // log format of newer Terragrunt ("hh:mm:ss.mmm STDOUT [dir] terraform: ")
    const old = parsePlanSet(`[/ws/live/vpc] ${a}\n[/ws/live/app] ${b}\n`, 'all.json');
    expect(old.map((p) => p.label)).toEqual(['/ws/live/vpc', '/ws/live/app']);
    const next = parsePlanSet(
      `09:32:46.963 INFO   [live/vpc] Running terraform\n09:32:46.963 STDOUT [live/vpc] terraform: ${a}\n09:32:47.088 STDOUT [live/app] tofu: ${b}\n`,
      'all.json',
    );
    expect(next.map((p) => [p.label, p.plan.resource_changes?.length])).toEqual([
      ['live/vpc', 9],
      ['live/app', 2],
    ]);
    expect(parsePlanSet(`[live/only] ${a}\n`, 'one.json').map((p) => p.label)).toEqual(['live/only']);
    expect(moduleLabel('/ws/live/vpc', '/ws')).toBe('live/vpc');
    expect(moduleLabel('/elsewhere/vpc', '/ws')).toBe('/elsewhere/vpc');
  });

  it('reads NDJSON (Terragrunt --all) as several plans, and skips a wrapper banner before the first {', () => {
    const a = JSON.stringify(fixture('basic'));
    const b = JSON.stringify(fixture('destroy_mode'));
    const plans = parsePlans(`[command]terraform show -json\n${a}\n${b}\n`, 'all.json');
    expect(plans.map((p) => p.resource_changes?.length)).toEqual([9, 2]);
  });
});

describe('planHash', () => {
  const base = fixture('basic');
  const hash = (p: RawPlan, salt = 'octo-org/octo-repo:infra:default') => planHash([p], salt);
  const clone = (): RawPlan => JSON.parse(JSON.stringify(base)) as RawPlan;

  it('is stable when only what it excludes changes (timestamp, variables, prior_state, drift, version)', () => {
    const p = clone() as RawPlan & { timestamp?: string };
    p.timestamp = '2030-01-01T00:00:00Z';
    p.variables = { x: { value: 'other' } };
    p.prior_state = { anything: true };
    p.terraform_version = '1.99.0';
    p.resource_drift = [{ address: 'x', change: { actions: ['update'] } }];
    p.configuration = {};
    expect(hash(p)).toBe(hash(base));
    expect(hash(base)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each<[string, (p: RawPlan) => void]>([
    [
      'an after value',
      (p) => ((p.resource_changes?.[7]?.change?.after as Record<string, unknown>).input = 'newer'),
    ],
    ['an action', (p) => (p.resource_changes![7]!.change!.actions = ['update'])],
    ['an address', (p) => (p.resource_changes![7]!.address = 'terraform_data.other')],
    ['an output', (p) => (p.output_changes!.changed!.after = 'later')],
    ['a replace path', (p) => (p.resource_changes![1]!.change!.replace_paths = [['input']])],
    ['an action invocation', (p) => (p.action_invocations = [{ address: 'action.x.y' }])],
  ])('changes when %s changes', (_, mutate) => {
    const p = clone();
    mutate(p);
    expect(hash(p)).not.toBe(hash(base));
  });

  it('depends on the salt', () => {
    expect(hash(base, 'a')).not.toBe(hash(base, 'b'));
  });

  describe('sensitive values (sensitive_checks.json: real `terraform show -json`, generate.mjs)', () => {
    const p = fixture('sensitive_checks');
    const swap = (plan: RawPlan, from: string, to: string) =>
      JSON.parse(JSON.stringify(plan).replaceAll(from, to)) as RawPlan;
    const KEY = 'k-0123456789abcdef';

    it('a change to a sensitive value alone changes the hash (same key)', () => {
      const q = swap(p, 'hunter2-SENSITIVE-VAR-7f3a', 'other-value');
      expect(planHash([q], 's', undefined, KEY)).not.toBe(planHash([p], 's', undefined, KEY));
      // and only that: the same plan with the same key gives the same hash (what the apply job recomputes)
      expect(planHash([p], 's', undefined, KEY)).toBe(planHash([p], 's', undefined, KEY));
    });

    it('is not a function of the plan and the secret alone: without the key a guess cannot be confirmed', () => {
      // Someone who knows everything but the key, and guesses the secret right, still gets another hash.
      expect(planHash([p], 's', undefined, 'a-different-key')).not.toBe(planHash([p], 's', undefined, KEY));
      // The key reaches the hash only through the sensitive values: a plan without any ignores it.
      expect(planHash([base], 's', undefined, 'a-different-key')).toBe(planHash([base], 's', undefined, KEY));
    });

    it('without a key, a plan with sensitive values hashes differently on every call (a gate refuses it)', () => {
      expect(planHash([p], 's')).not.toBe(planHash([p], 's'));
      expect(planHash([base], 's')).toBe(planHash([base], 's'));
    });

    it('reports every sensitive value and counts them', () => {
      const seen: string[] = [];
      const d = planHashDetails([p], 's', KEY, (v) => seen.push(v));
      expect(seen).toContain('hunter2-SENSITIVE-VAR-7f3a');
      expect(d.sensitive).toBeGreaterThan(0);
      expect(planHashDetails([base], 's', KEY).sensitive).toBe(0);
    });
  });
});
