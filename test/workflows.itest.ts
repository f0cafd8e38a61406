/**
 * Every workflow under .github/workflows and every actions/<name>/action.yml is read with GitHub's own parser
 * (@actions/workflow-parser) and must come out with zero errors, so a typo fails CI instead of the next run on
 * GitHub. Each rule also has a negative case showing that it catches the mistake it is for.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { statSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listActions, REPO_ROOT } from '@pipewright/testkit';
import { checkActionMetadata, type ActionMetadata } from './lib/action-metadata.ts';
import {
  localActionInputErrors,
  unpinnedActions,
  workflowErrors,
  workflowSteps,
} from './lib/workflow-check.ts';
import { parseYaml } from './lib/yaml.ts';

const WORKFLOWS_DIR = path.join(REPO_ROOT, '.github', 'workflows');
const workflows = readdirSync(WORKFLOWS_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const read = (file: string): string => readFileSync(path.join(WORKFLOWS_DIR, file), 'utf8');
const actions = listActions();

function actionMetadata(name: string): ActionMetadata {
  const file = path.join(REPO_ROOT, 'actions', name, 'action.yml');
  const result = checkActionMetadata(file, readFileSync(file, 'utf8'), name, REPO_ROOT);
  if (!result.metadata) throw new Error(`cannot read ${file}: ${result.errors.join('; ')}`);
  return result.metadata;
}

describe('workflow files', () => {
  it('include the CI, e2e and release workflows', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'e2e.yml', 'release.yml']));
  });

  it.each(workflows)('%s has zero errors from GitHub’s workflow parser', async (file) => {
    expect(await workflowErrors(file, read(file))).toEqual([]);
  });

  it.each(workflows)('%s pins every remote action to a commit SHA', (file) => {
    expect(unpinnedActions(workflowSteps(file, read(file)))).toEqual([]);
  });

  it.each(workflows)('%s sets up Node 24, the runtime the actions declare', (file) => {
    const setups = workflowSteps(file, read(file)).filter((s) => s.uses?.startsWith('actions/setup-node@'));
    for (const s of setups) expect(s.with['node-version']).toBe('24');
  });

  it('ci.yml has the lint, typecheck, unit, integration and check-dist jobs', () => {
    const steps = workflowSteps('ci.yml', read('ci.yml'));
    expect([...new Set(steps.map((s) => s.job))].sort()).toEqual([
      'check-dist',
      'integration',
      'lint',
      'typecheck',
      'unit',
    ]);
    const runs = (job: string): string[] =>
      steps.filter((s) => s.job === job && s.run).map((s) => s.run!.trim());
    expect(runs('lint')).toContain('npm run lint');
    expect(runs('typecheck')).toContain('npm run typecheck');
    expect(runs('unit')).toContain('npm run test:unit');
    const integration = runs('integration');
    const provision = integration.indexOf('sudo bash scripts/provision.sh');
    expect(provision).toBeGreaterThanOrEqual(0);
    expect(integration.indexOf('npm run test:integration')).toBeGreaterThan(provision);
    const checkDist = runs('check-dist');
    expect(checkDist.indexOf('npm run build')).toBeGreaterThanOrEqual(0);
    expect(checkDist.findIndex((r) => r.includes('git diff --exit-code'))).toBeGreaterThan(
      checkDist.indexOf('npm run build'),
    );
  });

  it('e2e.yml runs each of the actions through `uses: ./actions/<name>` after actions/checkout', () => {
    const steps = workflowSteps('e2e.yml', read('e2e.yml'));
    const local = steps.filter((s) => s.uses?.startsWith('./actions/'));
    expect(local.map((s) => s.uses).sort()).toEqual(actions.map((a) => `./actions/${a}`));
    for (const step of local) {
      const before = steps.filter((s) => s.job === step.job && s.index < step.index);
      expect(before.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(true);
    }
  });

  it.each(actions)(
    'e2e.yml gives ./actions/%s only inputs its action.yml declares, and every required one',
    (name) => {
      const step = workflowSteps('e2e.yml', read('e2e.yml')).find((s) => s.uses === `./actions/${name}`);
      expect(step).toBeDefined();
      expect(localActionInputErrors(step!, actionMetadata(name))).toEqual([]);
    },
  );

  it.each(['build-image', 'deploy-stack', 'security-scan'])(
    'e2e.yml provisions the real services before ./actions/%s',
    (name) => {
      const steps = workflowSteps('e2e.yml', read('e2e.yml'));
      const step = steps.find((s) => s.uses === `./actions/${name}`)!;
      const provision = steps.find(
        (s) => s.job === step.job && s.run?.includes('sudo bash scripts/provision.sh'),
      );
      expect(provision).toBeDefined();
      expect(provision!.index).toBeLessThan(step.index);
    },
  );

  it('release.yml runs on vX.Y.Z tags only', () => {
    const on = (parseYaml(read('release.yml')) as { on: unknown }).on;
    expect(on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  });
});

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

describe('dependabot.yml', () => {
  interface Update {
    'package-ecosystem': string;
    directory?: string;
    directories?: string[];
    schedule?: { interval?: string };
  }
  const ECOSYSTEMS = new Set([
    'npm',
    'github-actions',
    'pip',
    'docker',
    'gomod',
    'cargo',
    'bundler',
    'composer',
    'maven',
    'gradle',
    'nuget',
    'terraform',
    'gitsubmodule',
    'mix',
    'elm',
    'pub',
    'swift',
    'devcontainers',
    'bun',
    'uv',
    'docker-compose',
    'helm',
  ]);
  const INTERVALS = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron']);
  function dependabotErrors(content: string): string[] {
    const doc = parseYaml(content) as { version?: unknown; updates?: Update[] };
    const errors: string[] = [];
    if (doc.version !== 2) errors.push(`version must be 2, is ${String(doc.version)}`);
    if (!Array.isArray(doc.updates) || doc.updates.length === 0)
      return [...errors, 'updates must be a non-empty list'];
    doc.updates.forEach((u, i) => {
      if (!ECOSYSTEMS.has(u['package-ecosystem']))
        errors.push(`updates[${i}]: unknown package-ecosystem '${u['package-ecosystem']}'`);
      if (u.directory === undefined && u.directories === undefined)
        errors.push(`updates[${i}]: directory is required`);
      if (!INTERVALS.has(u.schedule?.interval ?? ''))
        errors.push(`updates[${i}]: schedule.interval '${u.schedule?.interval}' is not valid`);
    });
    return errors;
  }
  const content = readFileSync(path.join(REPO_ROOT, '.github', 'dependabot.yml'), 'utf8');

  it('is valid and updates npm and github-actions', () => {
    expect(dependabotErrors(content)).toEqual([]);
    const doc = parseYaml(content) as { updates: Update[] };
    expect(doc.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it.each([
    [
      'a misspelt ecosystem',
      content.replace('package-ecosystem: npm', 'package-ecosystem: nmp'),
      "updates[0]: unknown package-ecosystem 'nmp'",
    ],
    [
      'a bad interval',
      content.replace('interval: weekly', 'interval: weakly'),
      "updates[0]: schedule.interval 'weakly' is not valid",
    ],
    ['a wrong version', content.replace('version: 2', 'version: 1'), 'version must be 2, is 1'],
  ])('reports %s', (_what, bad, message) => {
    expect(dependabotErrors(bad)).toContain(message);
  });
});

describe('action.yml files', () => {
  it('exist for every directory in actions/', () => {
    const dirs = readdirSync(path.join(REPO_ROOT, 'actions'))
      .filter((a) => statSync(path.join(REPO_ROOT, 'actions', a)).isDirectory())
      .sort();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions).toEqual(dirs);
  });

  it.each(actions)(
    'actions/%s/action.yml has zero errors (GitHub’s action schema + pipewright rules)',
    (name) => {
      const file = path.join(REPO_ROOT, 'actions', name, 'action.yml');
      const result = checkActionMetadata(file, readFileSync(file, 'utf8'), name, REPO_ROOT);
      expect(result.errors).toEqual([]);
      expect(result.metadata?.using).toBe('node24');
      expect(result.metadata?.main).toBe(`../../dist/${name}/index.js`);
    },
  );
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
