/**
 * runAction in a real Node 24 process (it sets process.exitCode and writes workflow commands, which must not
 * happen inside the Jest process). Node 24 runs the TypeScript sources directly.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, node24, parseWorkflowCommands } from '@pipewright/testkit';

const runAction = path.join(REPO_ROOT, 'packages/shared/src/action/run-action.ts');
const errors = path.join(REPO_ROOT, 'packages/shared/src/action/errors.ts');

function run(body: string, env: Record<string, string> = {}) {
  const code = `import { runAction } from ${JSON.stringify(runAction)};\nimport { UserError } from ${JSON.stringify(errors)};\nawait runAction(async (rt) => { ${body} });`;
  const r = spawnSync(node24(), ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_WORKSPACE: REPO_ROOT, ...env },
  });
  return { status: r.status, stderr: r.stderr, ...parseWorkflowCommands(r.stdout) };
}

describe('runAction', () => {
  it.each([
    ['a string', `throw 'boom'`, 'Unexpected error: boom'],
    ['an object', `throw { code: 42 }`, 'Unexpected error: {"code":42}'],
    ['undefined', `throw undefined`, 'Unexpected error: undefined'],
    [
      'a rejected promise',
      `await Promise.reject(new TypeError('x is not a function'))`,
      'Unexpected error: x is not a function',
    ],
  ])('fails the step when main throws %s', (_, body, message) => {
    const r = run(body);
    expect(r.status).toBe(1);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]?.level).toBe('error');
    expect(r.annotations[0]?.message.split('\n')[0]).toBe(message);
    expect(r.annotations[0]?.message).toContain('This is a bug in pipewright. Please report it');
  });

  it("logs a bug's stack at debug level only", () => {
    const r = run(`throw new Error('kaput')`);
    expect(r.debug.join('\n')).toMatch(/Error: kaput\n\s+at /);
    expect(r.lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('prints a user error with its hint and no stack, and no bug report request', () => {
    const r = run(
      `throw new UserError('the file plan.json does not exist', { hint: 'Run terraform plan first.' })`,
    );
    expect(r.status).toBe(1);
    expect(r.annotations).toEqual([
      { level: 'error', message: 'the file plan.json does not exist\nRun terraform plan first.' },
    ]);
    expect(r.debug).toEqual([]);
  });

  it('caps annotations at 10 per level and counts the overflow in the log and the job summary', () => {
    const summary = path.join(mkdtempSync(path.join(os.tmpdir(), 'pw-ra-')), 'summary.md');
    writeFileSync(summary, '');
    const r = run(`for (let i = 0; i < 13; i++) rt.logger.warning('w' + i);`, {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(readFileSync(summary, 'utf8')).toBe(
      '\n> [!NOTE]\n> 3 more annotations (0 errors, 3 warnings, 0 notices) were logged as plain lines: GitHub shows at most 10 per level per step.\n',
    );
    expect(r.status).toBe(0);
    expect(r.annotations.map((a) => a.message)).toEqual(Array.from({ length: 10 }, (_, i) => `w${i}`));
    expect(r.lines).toContain('warning: w12');
    expect(r.lines).toContain(
      '3 more annotations (0 errors, 3 warnings, 0 notices) were logged as plain lines: GitHub shows at most 10 per level per step.',
    );
  });

  it('counts one annotation over the cap in the singular', () => {
    const summary = path.join(mkdtempSync(path.join(os.tmpdir(), 'pw-ra-')), 'summary.md');
    writeFileSync(summary, '');
    const r = run(`for (let i = 0; i < 11; i++) rt.logger.notice('n' + i);`, {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(readFileSync(summary, 'utf8')).toBe(
      '\n> [!NOTE]\n> 1 more annotation (0 errors, 0 warnings, 1 notice) was logged as a plain line: GitHub shows at most 10 per level per step.\n',
    );
    expect(r.status).toBe(0);
  });

  it("keeps the step's own error: 9 findings as errors at most, then the failure as the 10th (GitHub's cap)", () => {
    const summary = path.join(mkdtempSync(path.join(os.tmpdir(), 'pw-ra-')), 'summary.md');
    writeFileSync(summary, '');
    const r = run(
      `for (let i = 0; i < 12; i++) rt.logger.error('e' + i); throw new UserError('3 findings fail the gate');`,
      { GITHUB_STEP_SUMMARY: summary },
    );
    expect(r.status).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    // actions/toolkit docs/problem-matchers.md: GitHub shows 10 error annotations per step
    expect(errors).toEqual([...Array.from({ length: 9 }, (_, i) => `e${i}`), '3 findings fail the gate']);
    expect(readFileSync(summary, 'utf8')).toBe(
      '\n> [!NOTE]\n> 3 more annotations (3 errors, 0 warnings, 0 notices) were logged as plain lines: GitHub shows at most 10 per level per step.\n',
    );
  });

  it('masks secret inputs and their base64 form before anything else', () => {
    const code = `process.env['INPUT_TOKEN'] = 'hunter2-secret'; rt.inputs({ token: { type: 'string', secret: true } });`;
    const r = run(code);
    expect(r.masks).toEqual(
      expect.arrayContaining(['hunter2-secret', Buffer.from('hunter2-secret').toString('base64')]),
    );
  });
});
