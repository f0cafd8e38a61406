/**
 * Every workflow under .github/workflows and every actions/<name>/action.yml is read with GitHub's own parser
 * (@actions/workflow-parser) and must come out with zero errors, so a typo fails CI instead of the next run on
 * GitHub. Each rule also has a negative case showing that it catches the mistake it is for
 * (checks-catch-mistakes.itest.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { statSync, readFileSync, readdirSync } from 'node:fs';
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
