/**
 * `npm run new-action -- demo-x` in a throw-away copy of this checkout (the files git tracks or would track, so
 * uncommitted work is included and CI's clean clone gives the same copy; node_modules hard-linked with `cp -al`):
 * the new action builds, passes its unit test, its smoke cases and its integration test through the bundle, lint
 * and typecheck, and appears in the root README's table. A bad name changes nothing. The copy is removed after.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@pipewright/testkit';

const NAME = 'demo-x';
let clone: string;

/** The environment of a fresh shell: no Jest worker variables leaking into the nested Jest runs. */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('JEST_')));

function run(cmd: string, args: string[], timeout = 180_000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd: clone, encoding: 'utf8', env, timeout });
}

/** Fails with the command's output, so a broken scaffold says why. */
function ok(r: SpawnSyncReturns<string>, what: string): string {
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`${what} exited ${r.status ?? r.signal}:\n${out}`);
  return out;
}

beforeAll(() => {
  // Under .tmp/ (git-ignored) so that node_modules is on the same file system and can be hard-linked.
  mkdirSync(path.join(REPO_ROOT, '.tmp'), { recursive: true });
  clone = mkdtempSync(path.join(REPO_ROOT, '.tmp', 'new-action-'));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (files.status !== 0) throw new Error(`git ls-files failed: ${files.stderr}`);
  const list = files.stdout
    .split('\0')
    .filter((f) => f && !f.startsWith('dist/') && existsSync(path.join(REPO_ROOT, f)));
  const tar = spawnSync('tar', ['-C', REPO_ROOT, '--null', '-T', '-', '-cf', '-'], {
    input: list.join('\0'),
    maxBuffer: 1 << 30,
  });
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr.toString()}`);
  const untar = spawnSync('tar', ['-C', clone, '-xf', '-'], { input: tar.stdout });
  if (untar.status !== 0) throw new Error(`untar failed: ${untar.stderr.toString()}`);
  ok(
    spawnSync('cp', ['-al', path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules')], {
      encoding: 'utf8',
    }),
    'cp -al node_modules',
  );
}, 120_000);

afterAll(() => {
  if (clone) rmSync(clone, { recursive: true, force: true });
});

describe('npm run new-action', () => {
  it('refuses a bad or taken name, says why, and changes nothing', () => {
    const before = readdirSync(path.join(clone, 'actions')).sort();
    const lock = readFileSync(path.join(clone, 'package-lock.json'), 'utf8');
    const cases: [string[], string][] = [
      [['Demo_X'], 'new-action: "Demo_X" is not a valid action name'],
      [['demo--x'], 'new-action: "demo--x" is not a valid action name'],
      [['canary'], 'new-action: actions/canary already exists'],
      [[], 'new-action: name the action'],
    ];
    for (const [args, message] of cases) {
      const r = run(process.execPath, ['scripts/new-action.mjs', ...args]);
      expect({ args, status: r.status, stderr: r.stderr.split('\n')[0] }).toEqual({
        args,
        status: 2,
        stderr: expect.stringContaining(message),
      });
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
    expect(readdirSync(path.join(clone, 'actions')).sort()).toEqual(before);
    expect(readFileSync(path.join(clone, 'package-lock.json'), 'utf8')).toBe(lock);
  });

  it(`scaffolds ${NAME}: it builds, passes its unit, smoke and integration tests, lint and typecheck, and is in the README table`, () => {
    ok(run('npm', ['run', 'new-action', '--', NAME]), 'npm run new-action');
    for (const f of [
      'action.yml',
      'README.md',
      'package.json',
      'tsconfig.json',
      'src/index.ts',
      'src/main.ts',
      'src/config.ts',
      'src/report.ts',
      'src/outputs.ts',
      'test/smoke.json',
    ])
      expect({ f, exists: existsSync(path.join(clone, 'actions', NAME, f)) }).toEqual({ f, exists: true });
    const main = readFileSync(path.join(clone, 'actions', NAME, 'src', 'main.ts'), 'utf8');
    expect(main.split('\n').length).toBeLessThanOrEqual(80);

    // listed where the repository lists actions
    const readme = readFileSync(path.join(clone, 'README.md'), 'utf8');
    expect(readme).toContain(`| [\`${NAME}\`](actions/${NAME}) `);
    ok(
      run(process.execPath, ['scripts/readme-tables.mjs', '--check', '--strict']),
      'npm run readme -- --check',
    );
    const lock = JSON.parse(readFileSync(path.join(clone, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    expect(lock.packages[`node_modules/@pipewright/action-${NAME}`]).toEqual({
      resolved: `actions/${NAME}`,
      link: true,
    });

    // builds (only this action: scripts/build.mjs takes a list)
    ok(run('npm', ['run', 'build', '--', NAME]), 'npm run build');
    expect(existsSync(path.join(clone, 'dist', NAME, 'index.js'))).toBe(true);

    // lint and typecheck of what was generated
    ok(run('node_modules/.bin/eslint', [`actions/${NAME}`]), 'eslint');
    ok(run('node_modules/.bin/prettier', ['--check', `actions/${NAME}`, 'README.md', '.github']), 'prettier');
    ok(run('node_modules/.bin/tsc', ['-p', `actions/${NAME}/tsconfig.json`, '--noEmit']), 'tsc');

    // its unit test; its smoke cases and integration test through the bundle; its README's workflow
    const unit = ok(
      run(process.execPath, ['scripts/jest.mjs', 'unit', `actions/${NAME}`, '--verbose']),
      'unit tests',
    );
    expect(unit).toMatch(/Tests: +4 passed, 4 total/);
    const integration = ok(
      run(process.execPath, [
        'scripts/jest.mjs',
        'integration',
        `actions/${NAME}`,
        'test/smoke',
        'test/docs-snippets',
        '-t',
        NAME,
        '--verbose',
      ]),
      'integration tests',
    );
    expect(integration).toContain(`✓ ${NAME} rejects bad input with one clear error and no stack`);
    expect(integration).toContain(
      `✓ ${NAME} with valid inputs gets past validation to its first network call`,
    );
    expect(integration).toContain(
      `✓ actions/${NAME}/README.md starts with what the action does, then a complete workflow`,
    );
    // 2 smoke cases, 2 integration tests, the README's structure and its one workflow snippet
    expect(integration).toMatch(/Tests: +\d+ skipped, 6 passed, \d+ total/);
  }, 300_000);
});
