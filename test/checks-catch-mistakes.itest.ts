/**
 * The negative cases of the workflow and action.yml checks (workflows.itest.ts runs them on the real files): each
 * rule catches the mistake it is for, in GitHub's own parser (@actions/workflow-parser) and in pipewright's rules.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkActionMetadata, type ActionMetadata } from './lib/action-metadata.ts';
import {
  localActionInputErrors,
  unpinnedActions,
  workflowErrors,
  workflowSteps,
} from './lib/workflow-check.ts';

describe('workflow checks catch mistakes', () => {
  const valid = `name: t
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: echo ok
`;

  it('accepts the valid base case', async () => {
    expect(await workflowErrors('t.yml', valid)).toEqual([]);
  });

  it.each([
    ['a misspelt runs-on', valid.replace('runs-on:', 'runs-onn:'), "Unexpected value 'runs-onn'"],
    [
      'an unknown key under a job',
      valid.replace('    steps:', '    timeout: 5\n    steps:'),
      "Unexpected value 'timeout'",
    ],
    [
      'an unknown key in a step',
      valid.replace('      - run: echo ok', '      - run: echo ok\n        shel: bash'),
      "Unexpected value 'shel'",
    ],
    ['an unknown top-level key', `${valid}permisions:\n  contents: read\n`, "Unexpected value 'permisions'"],
    ['a broken expression', valid.replace('echo ok', 'echo ${{ github.sha( }}'), 'Unexpected'],
    ['an unknown event', valid.replace('on: push', 'on: pushh'), "Unexpected value 'pushh'"],
    [
      'needs on a job that does not exist',
      valid.replace('    runs-on:', '    needs: [lint]\n    runs-on:'),
      'at least one job with no dependencies',
    ],
    ['invalid YAML', valid.replace('    steps:', '   steps: ['), ''],
  ])('reports %s', async (_what, content, message) => {
    const errors = await workflowErrors('t.yml', content);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(message);
  });

  it('reports a remote action pinned to a tag instead of a SHA', () => {
    const content = valid.replace(/actions\/checkout@\S+ # v5.0.0/, 'actions/checkout@v5');
    expect(unpinnedActions(workflowSteps('t.yml', content))).toEqual([
      "job build step 1: 'actions/checkout@v5' is not pinned to a 40-character commit SHA",
    ]);
  });

  it('reports a `with:` key that is not an input of the local action, and a missing required input', () => {
    const content = `${valid}      - uses: ./actions/x\n        with:\n          contxt: .\n`;
    const step = workflowSteps('t.yml', content).find((s) => s.uses === './actions/x')!;
    const action: ActionMetadata = {
      name: 'x',
      description: 'x',
      using: 'node24',
      main: undefined,
      outputs: [],
      inputs: [
        { id: 'context', description: 'c', required: false, default: '.', deprecationMessage: undefined },
        { id: 'stack', description: 's', required: true, default: undefined, deprecationMessage: undefined },
      ],
    };
    expect(localActionInputErrors(step, action)).toEqual([
      "job build step 3 (./actions/x): 'with: contxt' is not an input of the action (inputs: context, stack)",
      "job build step 3 (./actions/x): required input 'stack' is not given",
    ]);
  });
});

describe('action.yml checks catch mistakes', () => {
  let root: string;
  const valid = `name: pipewright x
description: Does x.
author: pipewright
branding:
  icon: package
  color: blue
inputs:
  stack-name:
    description: Name of the stack.
    required: true
  fail-on:
    description: Level that fails the step.
    default: 'high'
outputs:
  result-file:
    description: Path of the result.
runs:
  using: node24
  main: ../../dist/x/index.js
`;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'pipewright-action-yml-'));
    mkdirSync(path.join(root, 'actions', 'x'), { recursive: true });
    mkdirSync(path.join(root, 'dist', 'x'), { recursive: true });
    writeFileSync(path.join(root, 'dist', 'x', 'index.js'), '');
    writeFileSync(path.join(root, 'dist', 'x', 'post.js'), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const check = (content: string): string[] =>
    checkActionMetadata(path.join(root, 'actions', 'x', 'action.yml'), content, 'x', root).errors;

  it('accepts the valid base case, with a post script', () => {
    expect(check(valid)).toEqual([]);
    expect(
      check(
        valid.replace(
          '  main: ../../dist/x/index.js',
          '  main: ../../dist/x/index.js\n  post: ../../dist/x/post.js',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    // GitHub's action schema
    ['a missing name', valid.replace('name: pipewright x\n', ''), 'Required property is missing: name'],
    [
      'a missing description',
      valid.replace('description: Does x.\n', ''),
      'Required property is missing: description',
    ],
    ['an unknown top-level key', `${valid}brandng:\n  icon: box\n`, "Unexpected value 'brandng'"],
    ['an unknown runs key', valid.replace('  main:', '  mian:'), "Unexpected value 'mian'"],
    [
      'a branding icon outside the allowed set',
      valid.replace('icon: package', 'icon: rocket'),
      "Unexpected value 'rocket'",
    ],
    [
      'a branding color outside the allowed set',
      valid.replace('color: blue', 'color: pink'),
      "Unexpected value 'pink'",
    ],
    [
      'required that is not a boolean',
      valid.replace('required: true', "required: 'yes'"),
      "Unexpected value 'yes'",
    ],
    // pipewright rules
    ['using: node16', valid.replace('using: node24', 'using: node16'), "runs.using is 'node16'"],
    ['using: node20', valid.replace('using: node24', 'using: node20'), "runs.using is 'node20'"],
    [
      'main outside dist/<name>',
      valid.replace('../../dist/x/index.js', '../../src/index.js'),
      "runs.main '../../src/index.js' must be the path from the action.yml to dist/x/index.js",
    ],
    [
      'main relative to the repo root',
      valid.replace('../../dist/x/index.js', 'dist/x/index.js'),
      "runs.main 'dist/x/index.js' must be",
    ],
    [
      'post that does not exist',
      valid.replace(
        '  main: ../../dist/x/index.js',
        '  main: ../../dist/x/index.js\n  post: ../../dist/x/cleanup.js',
      ),
      "runs.post '../../dist/x/cleanup.js' does not exist",
    ],
    [
      'post outside dist/<name>',
      valid.replace(
        '  main: ../../dist/x/index.js',
        '  main: ../../dist/x/index.js\n  post: ../../dist/y/post.js',
      ),
      "runs.post '../../dist/y/post.js' must point into dist/x/",
    ],
    [
      'an input id not in kebab-case',
      valid.replace('  fail-on:', '  fail_on:'),
      "input 'fail_on' is not kebab-case",
    ],
    [
      'an input id in camelCase',
      valid.replace('  fail-on:', '  failOn:'),
      "input 'failOn' is not kebab-case",
    ],
    [
      'an input with no description',
      valid.replace('    description: Name of the stack.\n', ''),
      "input 'stack-name' has no description",
    ],
    [
      'an unknown input key',
      valid.replace("    default: 'high'", "    default: 'high'\n    descripton: typo"),
      "input 'fail-on' has unknown key 'descripton'",
    ],
    [
      'a boolean default',
      valid.replace("default: 'high'", 'default: false'),
      "input 'fail-on' default false is not a YAML string: quote it ('false')",
    ],
    [
      'a number default',
      valid.replace("default: 'high'", 'default: 1.10'),
      "input 'fail-on' default 1.10 is not a YAML string",
    ],
    [
      'an output with no description',
      valid.replace('    description: Path of the result.', '    value: x'),
      "output 'result-file' has no description",
    ],
  ])('reports %s', (_what, content, message) => {
    const errors = check(content);
    expect(errors.join('\n')).toContain(message);
  });

  it('reports a main bundle that was never built', () => {
    rmSync(path.join(root, 'dist', 'x', 'index.js'));
    try {
      expect(check(valid)).toEqual([
        "actions/x/action.yml (Line: 19, Col: 9): runs.main '../../dist/x/index.js' does not exist: run npm run build -- x",
      ]);
    } finally {
      writeFileSync(path.join(root, 'dist', 'x', 'index.js'), '');
    }
  });
});
