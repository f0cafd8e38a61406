/**
 * scripts/readme-tables.mjs: the inputs/outputs tables in actions/<name>/README.md are generated from action.yml.
 * Runs the script as CI does (a child process on Node 24), on the repository and on throw-away repositories.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listActions, REPO_ROOT } from '@pipewright/testkit';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'readme-tables.mjs');

function readmeTables(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the repository', () => {
  it('has README tables that match every action.yml (npm run readme -- --check --strict)', () => {
    const r = readmeTables('--check', '--strict');
    expect(r.out).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    for (const action of listActions()) {
      expect(r.out).toContain(`actions/${action}/README.md`);
    }
    // the root README's table of actions is generated too
    expect(r.out).toMatch(/^up-to-date +README\.md$/m);
  });
});

describe('readme-tables', () => {
  let root: string;
  const actionYml = `name: pipewright x
description: Does x.
inputs:
  github-token:
    description: Token for a | b.
    default: \${{ github.token }}
  steps:
    description: |
      Traffic percentages.
      One per line.
    required: true
  legacy:
    description: Old switch.
    deprecationMessage: Use steps.
    default: 'a|b\`c'
outputs:
  result-file:
    description: Path of the result.
runs:
  using: node24
  main: ../../dist/x/index.js
`;
  const stale = `# x

## Inputs

<!-- inputs:start -->
| old | table |
<!-- inputs:end -->

## Outputs

<!-- outputs:start -->
<!-- outputs:end -->

Usage follows.
`;
  const expected = `# x

## Inputs

<!-- inputs:start -->
<!-- generated from action.yml by \`npm run readme\`: edit action.yml, not this table -->

| Input          | Description                               | Required | Default               |
| -------------- | ----------------------------------------- | -------- | --------------------- |
| \`github-token\` | Token for a \\| b.                         | no       | \`\${{ github.token }}\` |
| \`steps\`        | Traffic percentages.<br>One per line.     | yes      |                       |
| \`legacy\`       | **Deprecated:** Use steps.<br>Old switch. | no       | \`\`a\\|b\`c\`\`            |

<!-- inputs:end -->

## Outputs

<!-- outputs:start -->
<!-- generated from action.yml by \`npm run readme\`: edit action.yml, not this table -->

| Output        | Description         |
| ------------- | ------------------- |
| \`result-file\` | Path of the result. |

<!-- outputs:end -->

Usage follows.
`;
  const readme = (): string => path.join(root, 'actions', 'x', 'README.md');

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'pipewright-readme-'));
    mkdirSync(path.join(root, 'actions', 'x'), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, '.prettierrc.json'), path.join(root, '.prettierrc.json'));
    writeFileSync(path.join(root, 'actions', 'x', 'action.yml'), actionYml);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('--check fails on a stale table and leaves the README alone', () => {
    writeFileSync(readme(), stale);
    const r = readmeTables('--check', '--root', root);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'stale      actions/x/README.md: inputs and outputs table differs from action.yml',
    );
    expect(readFileSync(readme(), 'utf8')).toBe(stale);
  });

  it('writes the tables from action.yml, pipes and line breaks escaped, and --check then passes', async () => {
    writeFileSync(readme(), stale);
    expect(readmeTables('--root', root).code).toBe(0);
    const text = readFileSync(readme(), 'utf8');
    expect(text).toBe(expected);
    const prettier = await import('prettier');
    expect(
      await prettier.check(text, { ...(await prettier.resolveConfig(readme())), filepath: readme() }),
    ).toBe(true);
    const again = readmeTables('--check', '--root', root);
    expect(again.code).toBe(0);
    expect(again.out).toContain('up-to-date actions/x/README.md');
  });

  it('notices one changed input description', () => {
    writeFileSync(readme(), expected);
    writeFileSync(
      path.join(root, 'actions', 'x', 'action.yml'),
      actionYml.replace('Path of the result.', 'Where the result is.'),
    );
    const r = readmeTables('--check', '--root', root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('outputs table differs from action.yml');
  });

  it('reports a README without markers as missing tables: a warning, a failure only with --strict', () => {
    writeFileSync(readme(), '# x\n\nNo tables yet.\n');
    const r = readmeTables('--check', '--root', root);
    expect(r.code).toBe(0);
    expect(r.out).toContain('warning    missing    actions/x/README.md: no markers for inputs and outputs');
    const strict = readmeTables('--check', '--strict', '--root', root);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain(
      'error      missing    actions/x/README.md: no markers for inputs and outputs',
    );
  });

  it('reports a missing README the same way', () => {
    expect(readmeTables('--check', '--root', root).code).toBe(0);
    const strict = readmeTables('--check', '--strict', '--root', root);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('error      missing    actions/x/README.md: no README.md');
  });

  it.each([
    ['a start marker without its end', stale.replace('<!-- outputs:end -->\n', ''), 'found 1 and 0'],
    ['a marker twice', `${stale}\n<!-- inputs:start -->\n`, 'found 2 and 1'],
    [
      'the end before the start',
      stale.replace(
        '<!-- outputs:start -->\n<!-- outputs:end -->',
        '<!-- outputs:end -->\n<!-- outputs:start -->',
      ),
      '<!-- outputs:end --> comes before <!-- outputs:start -->',
    ],
  ])('fails on broken markers: %s', (_what, content, message) => {
    writeFileSync(readme(), content);
    for (const args of [['--check'], []]) {
      const r = readmeTables(...args, '--root', root);
      expect(r.code).toBe(1);
      expect(r.out).toContain(message);
    }
    expect(readFileSync(readme(), 'utf8')).toBe(content);
  });

  it('writes the root README’s table of actions from each action.yml description, and --check notices a change', () => {
    const rootReadme = path.join(root, 'README.md');
    writeFileSync(readme(), expected);
    writeFileSync(rootReadme, '# repo\n\n<!-- actions:start -->\n<!-- actions:end -->\n\nMore.\n');
    expect(readmeTables('--root', root).code).toBe(0);
    const rows = readFileSync(rootReadme, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .map((l) => l.replace(/ {2,}/g, ' '));
    expect(rows).toEqual([
      '| action | what it does | docs |',
      expect.stringMatching(/^\| -+ \| -+ \| -+ \|$/),
      '| [`x`](actions/x) | Does x. | [README](actions/x/README.md) |',
    ]);
    expect(readmeTables('--check', '--strict', '--root', root).code).toBe(0);
    writeFileSync(
      path.join(root, 'actions', 'x', 'action.yml'),
      actionYml.replace('description: Does x.', 'description: Does y.'),
    );
    const r = readmeTables('--check', '--root', root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('stale      README.md: actions table differs from the action.yml files');
  });

  it('fails on an action.yml that GitHub’s parser rejects', () => {
    writeFileSync(readme(), stale);
    writeFileSync(
      path.join(root, 'actions', 'x', 'action.yml'),
      actionYml.replace('description: Does x.\n', ''),
    );
    const r = readmeTables('--check', '--root', root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Required property is missing: description');
  });
});
