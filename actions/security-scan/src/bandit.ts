/**
 * Runs Bandit: a given executable, or a pinned version installed into a venv (a system copy may be 1.6,
 * whose string checks never fire on Python >= 3.8). Bandit's exit code says little (files that failed
 * to parse still give 0), so the JSON's `errors[]` is what tells a partial scan.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError, describeThrown } from '@pipewright/shared/action';
import { execFile } from '@pipewright/shared/exec';
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import { parseBanditJson, isTestPath } from './bandit-report.ts';
import { assignFingerprints } from './fingerprint.ts';
import type { ScanOutcome, ScanProblem } from './findings.ts';

export interface BanditOptions {
  /** Directory to scan (absolute). */
  target: string;
  workspace: string;
  /** A bandit executable; undefined: install `version` into a venv under `venvRoot`. */
  bandit?: string;
  version: string;
  python: string;
  venvRoot: string;
  /** A config file (YAML, TOML or INI). Without it, pyproject.toml with [tool.bandit] in the target is used. */
  config?: string;
  skipTestAsserts: boolean;
  timeoutMs: number;
  logger: Logger;
  signal?: AbortSignal;
  /** Interval of the "still scanning" lines (default 10 s). */
  progressEveryMs?: number;
}

/** The config Bandit should read: explicit, else a pyproject.toml with a [tool.bandit] table (needs -c). */
export function findBanditConfig(target: string, workspace: string): string | undefined {
  for (const dir of [target, workspace]) {
    const p = path.join(dir, 'pyproject.toml');
    if (existsSync(p) && /^\s*\[tool\.bandit[\].]/m.test(readFileSync(p, 'utf8'))) return p;
  }
  return undefined;
}

export function banditArgs(o: {
  target: string;
  workspace: string;
  config?: string;
  output: string;
}): string[] {
  const rel = path.relative(o.workspace, o.target) || '.';
  const config = o.config ?? findBanditConfig(o.target, o.workspace);
  // -r reads an INI `.bandit` in the target by itself; YAML/TOML need -c.
  const ini = config !== undefined && /(^|\/)\.bandit$/.test(config);
  return ['-r', rel, '-f', 'json', '-o', o.output, '-q', ...(config && !ini ? ['-c', config] : [])];
}

/** Installs bandit==version into a venv (reused when already there) and returns the executable. */
export async function installBandit(o: {
  version: string;
  python: string;
  venvRoot: string;
  logger: Logger;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<string> {
  const venv = path.join(o.venvRoot, `bandit-${o.version}`);
  const exe = path.join(venv, 'bin', 'bandit');
  if (existsSync(exe)) {
    const v = await execFile(exe, ['--version'], { timeoutMs: 60_000 });
    if (v.exitCode === 0 && v.stdout.includes(`bandit ${o.version}`)) return exe;
  }
  const py = await execFile(o.python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    timeoutMs: 30_000,
  }).catch((e: unknown) => {
    throw new UserError(`Cannot run ${o.python} to install Bandit: ${describeThrown(e)}`, {
      hint: 'Add actions/setup-python (3.10 or later) before this step, or give `bandit` (a bandit executable).',
    });
  });
  const [maj, min] = py.stdout.trim().split('.').map(Number);
  if (py.exitCode !== 0 || maj === undefined || min === undefined || maj < 3 || (maj === 3 && min < 10)) {
    throw new UserError(
      `Bandit ${o.version} needs Python 3.10 or later; ${o.python} is ${py.stdout.trim() || 'not runnable'}.`,
      {
        hint: 'Use actions/setup-python with python-version: "3.12", or set `python`.',
      },
    );
  }
  o.logger.info(`Installing bandit==${o.version} into ${venv}`);
  const steps: [string, string[]][] = [
    [o.python, ['-m', 'venv', venv]],
    [
      path.join(venv, 'bin', 'python'),
      ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', `bandit==${o.version}`],
    ],
  ];
  for (const [cmd, args] of steps) {
    const r = await execFile(cmd, args, {
      timeoutMs: o.timeoutMs,
      logger: o.logger,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    if (r.exitCode !== 0) {
      rmSync(venv, { recursive: true, force: true });
      throw new UserError(
        `Installing Bandit failed (${path.basename(cmd)} ${args.slice(0, 2).join(' ')}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`,
        {
          hint: 'Check that PyPI is reachable from the runner, or give `bandit` (a bandit executable).',
        },
      );
    }
  }
  return exe;
}

/**
 * Bandit's version from the venv it lives in (bin/bandit -> lib/python3.X/site-packages/bandit-V.dist-info),
 * which costs no Python start-up; undefined when the layout is different.
 */
export function versionFromVenv(exe: string): string | undefined {
  try {
    const lib = path.join(path.dirname(path.dirname(realpathSync(exe))), 'lib');
    for (const py of readdirSync(lib).filter((d) => d.startsWith('python'))) {
      const site = path.join(lib, py, 'site-packages');
      const info = existsSync(site)
        ? readdirSync(site).find((d) => /^bandit-\d+\.\d+\.\d+\.dist-info$/.test(d))
        : undefined;
      if (info) return /^bandit-(\d+\.\d+\.\d+)/.exec(info)?.[1];
    }
  } catch {
    // not a venv layout
  }
  return undefined;
}

export async function runBandit(o: BanditOptions): Promise<ScanOutcome> {
  const exe = o.bandit ?? (await installBandit({ ...o, timeoutMs: Math.max(o.timeoutMs, 300_000) }));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-bandit-'));
  const output = path.join(dir, 'bandit.json');
  try {
    const args = banditArgs({
      target: o.target,
      workspace: o.workspace,
      output,
      ...(o.config ? { config: o.config } : {}),
    });
    // The version check runs alongside the scan: it costs a Python start-up, not worth waiting for.
    const known = versionFromVenv(exe);
    const started = Date.now();
    o.logger.info(`Bandit: scanning ${args[1]} with ${exe}`);
    const ticker = setInterval(
      () => o.logger.info(`Bandit: still scanning (${Math.round((Date.now() - started) / 1000)}s)`),
      o.progressEveryMs ?? 10_000,
    );
    ticker.unref();
    const [v, scan] = await Promise.all([
      (known
        ? Promise.resolve({ stdout: `bandit ${known}` })
        : execFile(exe, ['--version'], { timeoutMs: 60_000 })
      ).then(
        (r) => ({ version: /bandit (\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] }),
        (error: unknown) => ({ error: error as Error }),
      ),
      execFile(exe, args, {
        cwd: o.workspace,
        timeoutMs: o.timeoutMs,
        logger: o.logger,
        ...(o.signal ? { signal: o.signal } : {}),
      }).then(
        (r) => ({ r }),
        (error: unknown) => ({ error: error as Error }),
      ),
    ]);
    if ('error' in v || 'error' in scan) {
      const e = 'error' in v ? v.error : (scan as { error: Error }).error;
      throw new UserError(`Cannot run Bandit at ${exe}: ${e.message}`, {
        hint: 'Give the path of a bandit executable in `bandit`, or leave it empty to install one.',
      });
    }
    const { r } = scan;
    const tool = {
      name: 'Bandit',
      ...(v.version ? { version: v.version } : {}),
      informationUri: 'https://bandit.readthedocs.io/',
    };
    if (r.timedOut || (r.exitCode !== 0 && r.exitCode !== 1) || !existsSync(output)) {
      const why = r.timedOut
        ? `timed out after ${Math.round(o.timeoutMs / 1000)}s`
        : `exit code ${r.exitCode}`;
      const err = (r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n');
      return {
        findings: [],
        problems: [
          {
            kind: 'sast',
            tool: 'Bandit',
            message: `Bandit could not run (${why})${err ? `: ${err}` : ''}`,
            fatal: true,
          },
        ],
        tool,
      };
    }
    let outcome: ScanOutcome;
    try {
      outcome = fromBanditReport(readFileSync(output, 'utf8'), o.workspace, o.skipTestAsserts, tool, args[1]);
    } catch (e) {
      // Bandit exited as if it had finished, but its report is cut or damaged (disk full, killed writer):
      // the result is unknown, which is a failed scan, not a clean one.
      const size = statSync(output).size;
      return {
        findings: [],
        problems: [
          {
            kind: 'sast',
            tool: 'Bandit',
            message: `Bandit's JSON report (${plural(size, 'byte')}) is truncated or damaged, so the result is unknown: ${describeThrown(e)}`,
            fatal: true,
          },
        ],
        tool,
      };
    }
    o.logger.info(finishedLine(Math.round((Date.now() - started) / 1000), outcome));
    return outcome;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The scan's one-line result: files parsed (when known) and findings. */
export function finishedLine(seconds: number, outcome: ScanOutcome): string {
  const h = outcome.health;
  const files = h?.kind === 'sast' ? `${plural(h.parsed, 'file')} parsed, ${h.failed} failed, ` : '';
  return `Bandit: finished in ${seconds}s: ${files}${plural(outcome.findings.length, 'finding')}.`;
}

/** Bandit JSON (produced here or ingested) -> outcome, with the real source lines for fingerprints. */
export function fromBanditReport(
  text: string,
  workspace: string,
  skipTestAsserts: boolean,
  tool: ScanOutcome['tool'] = { name: 'Bandit' },
  /** The scanned path as shown in the health table (an ingested report: its file name). */
  scanned = '.',
): ScanOutcome {
  const cache = new Map<string, string[] | null>();
  const readLines = (file: string, lines: readonly number[]) => {
    const abs = path.resolve(workspace, file);
    if (!cache.has(abs)) {
      try {
        cache.set(abs, readFileSync(abs, 'utf8').split(/\r?\n/));
      } catch {
        cache.set(abs, null);
      }
    }
    const src = cache.get(abs);
    return src ? lines.map((n) => src[n - 1] ?? '').join('\n') : undefined;
  };
  const relativize = (file: string) => {
    const abs = path.resolve(workspace, file);
    const rel = path.relative(workspace, abs);
    return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
  };
  const parsed = parseBanditJson(text, relativize, readLines);
  const kept = parsed.findings.filter(
    (f) => !(skipTestAsserts && f.ruleId === 'B101' && isTestPath(f.path ?? '')),
  );
  const problems: ScanProblem[] = [...parsed.problems];
  const ok = parsed.files - parsed.failedFiles;
  if (ok === 0)
    problems.push({
      kind: 'sast',
      tool: 'Bandit',
      message:
        parsed.files === 0
          ? `no Python file was found in ${scanned}: nothing was scanned (check \`sast-path\` and excludes in the Bandit config)`
          : `${parsed.files === 1 ? `the only Python file in ${scanned} could not be parsed` : `none of the ${plural(parsed.files, 'Python file')} in ${scanned} could be parsed`}, so nothing was scanned (Python 2 code, or syntax errors; Bandit needs code the Python running it can parse)`,
      fatal: false,
      incomplete: true,
    });
  return {
    findings: assignFingerprints(kept),
    problems,
    tool,
    health: { kind: 'sast', path: scanned, files: parsed.files, parsed: ok, failed: parsed.failedFiles },
    stats: {
      loc: parsed.loc,
      nosec: parsed.nosec,
      skippedTests: parsed.skippedTests,
      skippedAssertsInTests: parsed.findings.length - kept.length,
    },
  };
}
