/**
 * Oracle for src/diff.ts: real plans generated here with Terraform 1.11 (terraform_data plans offline: the
 * `terraform` provider is built in), and for every resource our rendered diff body must equal the body of the
 * same resource in Terraform's own `terraform show` text, character for character.
 *
 * One workspace holds every case as its own terraform_data resource: `apply` of the "before" configuration,
 * then `plan -out` of the "after" one, `show -json` and `show` — four terraform runs for all the cases.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePlans, type RawPlan } from '../src/plan-json.ts';
import { outputValueText, resourceBody, resourceDiffLines } from '../src/diff.ts';
import { NO_MASKING } from '../src/values.ts';

jest.setTimeout(120_000);
const TERRAFORM = '/usr/local/bin/terraform';

/** name → [before, after]: the resource body in each configuration (undefined = no such resource). */
const CASES: Record<string, [string | undefined, string | undefined]> = {
  // lists (tuples, tolist, toset): element by element when the length is equal and nothing was reordered
  list_change_equal_length: ['input = ["a", "b", "c"]', 'input = ["a", "c", "d"]'],
  list_insert_middle: ['input = tolist(["a", "b"])', 'input = tolist(["a", "x", "b"])'],
  list_remove_first: ['input = ["a", "b", "c"]', 'input = ["b", "c"]'],
  list_insert_front: ['input = ["a", "b", "c"]', 'input = ["x", "a", "b", "c"]'],
  list_reverse: ['input = ["a", "b", "c"]', 'input = ["c", "b", "a"]'],
  list_rotate: ['input = ["a", "b", "c"]', 'input = ["c", "a", "b"]'],
  list_remove_middle: ['input = ["a", "b", "c"]', 'input = ["a", "c"]'],
  list_long_context: [
    'input = ["a", "b", "c", "d", "e", "f", "g"]',
    'input = ["a", "b", "c", "x", "e", "f", "g"]',
  ],
  list_append_many: ['input = [1, 2, 3, 4, 5]', 'input = [1, 2, 3, 4, 5, 6, 7]'],
  set_add_remove: [
    'input = toset(["10.0.0.0/8", "192.168.0.0/16"])',
    'input = toset(["10.0.0.0/8", "172.16.0.0/12", "0.0.0.0/0"])',
  ],
  list_to_empty: ['input = ["a"]', 'input = []'],
  // nested objects and lists of objects (the shape of blocks in the JSON plan)
  rules_one_removed_one_changed: [
    'input = [{ name = "a", port = 22, cidrs = ["10.0.0.0/8"] }, { name = "b", port = 80, cidrs = ["10.0.0.0/8"] }, { name = "c", port = 443, cidrs = ["10.0.0.0/8"] }, { name = "d", port = 8080, cidrs = ["168.63.129.16/32"] }]',
    'input = [{ name = "a", port = 22, cidrs = ["10.0.0.0/8"] }, { name = "c", port = 443, cidrs = ["10.0.0.0/8"] }, { name = "d", port = 8080, cidrs = ["168.63.129.16/32", "10.1.0.0/16"] }]',
  ],
  objects_in_set: [
    'input = toset([{ n = "a", v = 1 }, { n = "b", v = 2 }, { n = "c", v = 3 }])',
    'input = toset([{ n = "a", v = 1 }, { n = "c", v = 4 }])',
  ],
  nested_object_update: [
    'input = { outer = { inner = { x = 1, y = "keep" }, list = [1, 2] }, top = true }',
    'input = { outer = { inner = { x = 2, y = "keep" }, list = [1, 2, 3] }, top = false }',
  ],
  object_key_added_removed: ['input = { a = 1, b = 2 }', 'input = { a = 1, c = 3 }'],
  odd_keys_and_name: [
    'input = { "a b" = 1, name = "x", other = 1, "0k" = "z" }',
    'input = { "a b" = 2, name = "x", other = 1, "0k" = "z" }',
  ],
  type_change_string_to_object: ['input = "plain"', 'input = { a = 1 }'],
  type_change_list_to_string: ['input = ["a"]', 'input = "a"'],
  numbers: [
    'input = { n = 1000000, k = 0.00001, big = 1e21, f = 1.5, neg = -3 }',
    'input = { n = 1000001, k = 0.0001, big = 1e22, f = 2.5, neg = -4 }',
  ],
  bool_and_null: ['input = { a = true, b = null }', 'input = { a = false, b = "set" }'],
  // strings
  string_quoting: ['input = "tab\\there \\"q\\" é \\u0001"', 'input = "x"'],
  empty_string: ['input = ""', 'input = "x"'],
  multiline_changed_line: ['input = "a\\nb\\nc\\n"', 'input = "a\\nB\\nc\\n"'],
  multiline_insert_remove: [
    'input = "#!/bin/bash\\nset -e\\napt-get update\\napt-get install -y nginx\\n"',
    'input = "#!/bin/bash\\nset -eu\\napt-get install -y nginx\\nsystemctl enable nginx\\n"',
  ],
  multiline_heredoc: [
    'input = <<-EOT\n  server {\n    listen 80;\n  }\n  EOT',
    'input = <<-EOT\n  server {\n    listen 443 ssl;\n    - item\n  }\n  EOT',
  ],
  multiline_create: [undefined, 'input = "line one\\nline two\\n"'],
  multiline_to_single: ['input = "a\\nb"', 'input = "a"'],
  json_policy_change: [
    'input = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::b/*" }] })',
    'input = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "arn:aws:s3:::b/*" }, { Effect = "Deny", Action = "*", Resource = "*" }] })',
  ],
  json_create: [undefined, 'input = jsonencode({ a = [1, 2], b = { c = "d" } })'],
  json_whitespace_only: ['input = "{\\"a\\": 1}"', 'input = "{\\"a\\":1}"'],
  json_to_plain: ['input = jsonencode({ a = 1 })', 'input = "plain"'],
  json_array_string: ['input = jsonencode(["a", "b"])', 'input = jsonencode(["a", "c", "b"])'],
  // unknown values
  unknown_create: [undefined, 'input = { id = uuid(), fixed = "x" }'],
  unknown_update: ['input = "known"', 'input = uuid()'],
  unknown_nested_update: ['input = { a = "x", b = 1 }', 'input = { a = uuid(), b = 1 }'],
  unknown_in_list: ['input = ["a", "b"]', 'input = ["a", uuid()]'],
  // sensitive values
  sensitive_whole: ['input = "open"', 'input = sensitive("secret-1")'],
  sensitive_nested_change: [
    'input = { a = sensitive("s1"), b = 1 }',
    'input = { a = sensitive("s2"), b = 1 }',
  ],
  sensitive_becomes: ['input = { a = "x" }', 'input = { a = sensitive("x") }'],
  sensitive_no_longer: ['input = { a = sensitive("x") }', 'input = { a = "x" }'],
  sensitive_create: [undefined, 'input = { token = sensitive("t0k3n"), user = "me" }'],
  sensitive_in_list: ['input = ["a", "b"]', 'input = ["a", sensitive("b2")]'],
  // replacement and deletion
  replace_trigger: ['triggers_replace = "v1"', 'triggers_replace = "v2"'],
  replace_trigger_object: [
    'triggers_replace = { ami = "ami-1", size = "small" }\n  input = "same"',
    'triggers_replace = { ami = "ami-2", size = "small" }\n  input = "same"',
  ],
  delete_whole: ['input = { a = [1, 2], s = "x\\ny" }', undefined],
  create_plain: [undefined, 'input = 42'],
};

/** Outputs: name → [before, after] value expressions (undefined = no such output), and whether sensitive. */
const OUTPUTS: Record<string, [string | undefined, string | undefined, boolean?]> = {
  out_string: ['"before"', '"after"'],
  out_added: [undefined, '"new"'],
  out_removed: ['"gone"', undefined],
  out_number: ['1', '2.5'],
  out_object: ['{ a = 1, b = ["x", "y"] }', '{ a = 2, b = ["x", "z", "y"], c = true }'],
  out_list_insert: ['tolist(["a", "b"])', 'tolist(["a", "x", "b"])'],
  out_multiline: ['"one\\ntwo\\n"', '"one\\n2\\n"'],
  out_json: ['jsonencode({ a = 1 })', 'jsonencode({ a = 2, b = [1] })'],
  out_unknown: ['"x"', 'terraform_data.create_plain.id'],
  out_sensitive: ['"s1"', '"s2"', true],
};

const NAMES = Object.keys(CASES);

function hcl(phase: 0 | 1): string {
  const resources = NAMES.map((name) => {
    const body = (CASES[name] as [string | undefined, string | undefined])[phase];
    return body === undefined ? '' : `resource "terraform_data" "${name}" {\n  ${body}\n}\n`;
  });
  const outputs = Object.entries(OUTPUTS).map(([name, [b, a, sensitive]]) => {
    const value = phase === 0 ? b : a;
    return value === undefined
      ? ''
      : `output "${name}" {\n  value = ${value}\n${sensitive ? '  sensitive = true\n' : ''}}\n`;
  });
  return [...resources, ...outputs].join('\n');
}

let plan: RawPlan;
let text: string;

beforeAll(() => {
  if (!existsSync(TERRAFORM))
    throw new Error(
      `${TERRAFORM} is missing: install Terraform 1.11 (scripts/provision.sh does) to run this test.`,
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-tf-oracle-'));
  try {
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '' };
    const tf = (...args: string[]) =>
      execFileSync(TERRAFORM, args, {
        cwd: dir,
        env,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    writeFileSync(path.join(dir, 'main.tf'), hcl(0));
    tf('apply', '-auto-approve', '-input=false', '-no-color');
    writeFileSync(path.join(dir, 'main.tf'), hcl(1));
    tf('plan', '-input=false', '-no-color', '-out=plan.tfplan');
    plan = parsePlans(tf('show', '-json', 'plan.tfplan'), 'plan.json')[0] as RawPlan;
    text = tf('show', '-no-color', 'plan.tfplan');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The lines between `resource "terraform_data" "<name>" {` and its closing `    }` in Terraform's text. */
function terraformBody(name: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^.{3} resource "terraform_data" "${name}" \\{$`).test(l));
  if (start < 0) throw new Error(`terraform show has no resource ${name}:\n${text}`);
  const end = lines.indexOf('    }', start);
  return lines.slice(start + 1, end);
}

describe('resource diffs match terraform show, case by case', () => {
  it('generates at least 30 plans', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(NAMES)('%s', (name) => {
    const rc = (plan.resource_changes ?? []).find((r) => r.address === `terraform_data.${name}`);
    if (!rc) throw new Error(`no resource change for ${name}`);
    expect(resourceBody(rc.type, rc.change ?? {}, NO_MASKING).join('\n')).toBe(
      terraformBody(name).join('\n'),
    );
  });

  it.each(Object.keys(OUTPUTS))('output %s', (name) => {
    const change = plan.output_changes?.[name];
    if (!change) throw new Error(`no output change for ${name}`);
    // Terraform's "Changes to Outputs:" entry for it: `  ~ name = <value>`, names padded, values may span lines
    const section = text.slice(text.indexOf('Changes to Outputs:\n') + 'Changes to Outputs:\n'.length);
    const lines = section.split('\n');
    const start = lines.findIndex((l) => new RegExp(`^  [-+~ ] ${name} +=`).test(l));
    expect(start).toBeGreaterThanOrEqual(0);
    let end = start + 1;
    while (end < lines.length && lines[end] !== '' && !/^ {2}[-+~ ] \w+ +=/.test(lines[end] as string)) end++;
    const first = (lines[start] as string).replace(/^ {2}[-+~ ] \w+ += /, '');
    expect(outputValueText(change, NO_MASKING)).toBe([first, ...lines.slice(start + 1, end)].join('\n'));
  });

  it('moves the symbols to the first column for a ```diff block, nesting kept', () => {
    const rc = (plan.resource_changes ?? []).find((r) => r.address === 'terraform_data.list_remove_middle');
    // Terraform's text (above) with each line's symbol moved to column 0 and the block's own indent removed.
    const expected = terraformBody('list_remove_middle').map((l) => {
      const m = /^( *)([-+~ ]) (.*)$/.exec(l.slice(4)) as RegExpExecArray;
      return `${m[2]}${m[1]} ${m[3]}`;
    });
    expect(resourceDiffLines(rc?.type, rc?.change ?? {}, NO_MASKING)).toEqual(expected);
  });
});
