/** Real Bandit (the provisioned 1.9.4, and a pinned one installed from PyPI) on Python fixtures. */
import { describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryLogger } from '@pipewright/shared/log';
import { installBandit, runBandit } from '../src/bandit.ts';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const BANDIT = '/var/lib/pipewright/venv/bin/bandit';
function requireBandit(): string {
  if (!existsSync(BANDIT))
    throw new Error(
      `${BANDIT} is missing: run scripts/provision.sh (it installs bandit 1.9.4 into /var/lib/pipewright/venv).`,
    );
  return BANDIT;
}
const base = {
  version: '1.9.4',
  python: 'python3',
  venvRoot: os.tmpdir(),
  skipTestAsserts: true,
  timeoutMs: 120_000,
};

describe('runBandit with a given bandit', () => {
  it('reports exact test ids and lines, honours # nosec (bare and per test), skips B101 in tests, reports parse errors', async () => {
    const ws = path.join(FIX, 'py-app');
    const logger = new MemoryLogger();
    const r = await runBandit({
      ...base,
      bandit: requireBandit(),
      target: ws,
      workspace: ws,
      logger,
      // A "still scanning" line every millisecond: Bandit (a Python start-up at least) takes longer.
      progressEveryMs: 1,
    });
    const lines = logger.records.filter((x) => x.level === 'info').map((x) => x.message);
    expect(lines[0]).toBe(`Bandit: scanning . with ${requireBandit()}`);
    expect(lines.some((l) => /^Bandit: still scanning \(\d+s\)$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Bandit: finished in \d+s: 3 files parsed, 1 failed, 12 findings\.$/);
    // Health: every .py file Bandit looked at, and the one it could not parse.
    expect(r.health).toEqual({ kind: 'sast', path: '.', files: 4, parsed: 3, failed: 1 });
    expect(r.tool).toMatchObject({ name: 'Bandit', version: '1.9.4' });
    expect(r.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`)).toEqual([
      'app/server.py:2 B404',
      'app/server.py:7 B105',
      'app/server.py:11 B602',
      'app/server.py:19 B324',
      'app/server.py:23 B506',
      'app/server.py:27 B113',
      'app/server.py:31 B608',
      'app/server.py:39 B104',
      // line 43 has `# nosec B101`: a nosec for another test does not hide B602.
      'app/server.py:43 B602',
      'app/util.py:1 B403',
      'app/util.py:5 B101',
      'app/util.py:6 B301',
    ]);
    // line 15 (`# nosec B602`) and line 35 (bare `# nosec`) are suppressed.
    expect(r.stats).toMatchObject({ nosec: 1, skippedTests: 1, skippedAssertsInTests: 1 });
    expect(r.problems).toEqual([
      {
        kind: 'sast',
        tool: 'Bandit',
        message: 'app/broken.py: syntax error while parsing AST from file',
        fatal: false,
      },
    ]);
  });

  it('paths are relative to the workspace when scanning a subdirectory', async () => {
    const r = await runBandit({
      ...base,
      bandit: requireBandit(),
      target: path.join(FIX, 'py-app', 'app'),
      workspace: FIX,
      logger: new MemoryLogger(),
    });
    expect([...new Set(r.findings.map((f) => f.path))]).toEqual([
      'py-app/app/server.py',
      'py-app/app/util.py',
    ]);
  });

  it('honours [tool.bandit] in pyproject.toml (skips B403)', async () => {
    const ws = path.join(FIX, 'configured');
    const r = await runBandit({
      ...base,
      bandit: requireBandit(),
      target: ws,
      workspace: ws,
      logger: new MemoryLogger(),
    });
    expect(r.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`)).toEqual([
      'util.py:5 B101',
      'util.py:6 B301',
    ]);
  });

  it('honours a .bandit INI file (read by -r)', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-bandit-ini-'));
    try {
      cpSync(path.join(FIX, 'configured', 'util.py'), path.join(ws, 'util.py'));
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(ws, '.bandit'), '[bandit]\nskips = B101,B403\n');
      const r = await runBandit({
        ...base,
        bandit: requireBandit(),
        target: ws,
        workspace: ws,
        logger: new MemoryLogger(),
      });
      expect(r.findings.map((f) => f.ruleId)).toEqual(['B301']);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('a bandit that cannot run is a fatal problem, not a clean result', async () => {
    const ws = path.join(FIX, 'configured');
    await expect(
      runBandit({
        ...base,
        bandit: '/nonexistent/bandit',
        target: ws,
        workspace: ws,
        logger: new MemoryLogger(),
      }),
    ).rejects.toThrow(/Cannot run Bandit at \/nonexistent\/bandit/);
    const r = await runBandit({
      ...base,
      bandit: requireBandit(),
      config: path.join(FIX, 'bandit-bad.yaml'),
      target: ws,
      workspace: ws,
      logger: new MemoryLogger(),
    });
    expect(r.findings).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ fatal: true, tool: 'Bandit' });
    expect(r.problems[0]?.message).toMatch(/^Bandit could not run \(exit code 2\)/);
  });
});

describe('installBandit (pinned, from PyPI)', () => {
  it('installs bandit==1.9.4 into a venv, then reuses it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pw-venvs-'));
    try {
      const logger = new MemoryLogger();
      const exe = await installBandit({
        version: '1.9.4',
        python: 'python3',
        venvRoot: root,
        logger,
        timeoutMs: 300_000,
      });
      expect(exe).toBe(path.join(root, 'bandit-1.9.4', 'bin', 'bandit'));
      expect(logger.messages('info').filter((m) => m.startsWith('Installing bandit==1.9.4'))).toHaveLength(1);
      const again = new MemoryLogger();
      await installBandit({
        version: '1.9.4',
        python: 'python3',
        venvRoot: root,
        logger: again,
        timeoutMs: 300_000,
      });
      expect(again.messages('info').filter((m) => m.startsWith('Installing'))).toEqual([]);
      const ws = path.join(FIX, 'configured');
      const r = await runBandit({ ...base, target: ws, workspace: ws, venvRoot: root, logger: again });
      expect(r.tool.version).toBe('1.9.4');
      expect(r.findings.map((f) => f.ruleId)).toEqual(['B101', 'B301']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);

  it('refuses a Python older than 3.10 with a hint', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pw-venvs-'));
    const fakePy = path.join(root, 'python3.9');
    const { writeFileSync, chmodSync } = await import('node:fs');
    writeFileSync(fakePy, '#!/bin/sh\necho 3.9\n');
    chmodSync(fakePy, 0o755);
    await expect(
      installBandit({
        version: '1.9.4',
        python: fakePy,
        venvRoot: root,
        logger: new MemoryLogger(),
        timeoutMs: 10_000,
      }),
    ).rejects.toThrow(/needs Python 3\.10 or later; .*python3\.9 is 3\.9/);
    rmSync(root, { recursive: true, force: true });
  });
});
