/**
 * cfn-lint before any API call: the linter CloudFormation users already trust, with the resource schemas it
 * ships (resource types, property names and values, per region). Its findings become annotations on the
 * template's lines; an error blocks the deploy.
 *
 * `cfn-lint --format json` prints a list of matches: `Level` (Error | Warning | Informational), `Rule.Id`,
 * `Message`, `Location.Start/End.{LineNumber, ColumnNumber}`. Its exit code is a bit mask (2 errors,
 * 4 warnings, 8 informational; 1 a fatal problem of cfn-lint itself).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeThrown, UserError } from '@pipewright/shared/action';
import { execFile } from '@pipewright/shared/exec';
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';

export type LintMode = 'auto' | 'true' | 'false';

export interface LintFinding {
  level: 'Error' | 'Warning' | 'Informational';
  rule: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LintResult {
  ran: boolean;
  findings: LintFinding[];
}

/** The cfn-lint on PATH, if any (the runner's PATH; nothing is installed by this action). */
export function findCfnLint(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, process.platform === 'win32' ? 'cfn-lint.exe' : 'cfn-lint');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Reads cfn-lint's JSON output; anything else is cfn-lint failing, not the template. */
export function parseFindings(stdout: string): LintFinding[] {
  const list = JSON.parse(stdout) as {
    Level?: string;
    Message?: string;
    Rule?: { Id?: string };
    Location?: {
      Start?: { LineNumber?: number; ColumnNumber?: number };
      End?: { LineNumber?: number; ColumnNumber?: number };
    };
  }[];
  if (!Array.isArray(list)) throw new Error('not a list of matches');
  return list.map((m) => ({
    level: m.Level === 'Error' || m.Level === 'Warning' ? m.Level : 'Informational',
    rule: m.Rule?.Id ?? '?',
    message: m.Message ?? '',
    line: m.Location?.Start?.LineNumber ?? 1,
    column: m.Location?.Start?.ColumnNumber ?? 1,
    endLine: m.Location?.End?.LineNumber ?? m.Location?.Start?.LineNumber ?? 1,
    endColumn: m.Location?.End?.ColumnNumber ?? m.Location?.Start?.ColumnNumber ?? 1,
  }));
}

/**
 * Lints a local template (`file` absolute, `display` relative to the workspace: annotations point there).
 * Throws a UserError when cfn-lint finds errors, or when `lint: true` and cfn-lint is missing or fails.
 */
export async function lintTemplate(o: {
  mode: LintMode;
  file: string;
  display: string;
  region: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  signal?: AbortSignal;
}): Promise<LintResult> {
  const { logger } = o;
  if (o.mode === 'false') return { ran: false, findings: [] };
  const bin = findCfnLint(o.env);
  if (!bin) {
    if (o.mode === 'true')
      throw new UserError('`lint: true`, but cfn-lint is not on PATH.', {
        hint: 'Install it in an earlier step (`pip install cfn-lint`), or set `lint: auto` to lint only where it is installed.',
      });
    logger.info('cfn-lint is not installed: the template is not linted (`lint: auto`).');
    return { ran: false, findings: [] };
  }
  const r = await execFile(bin, ['--format', 'json', '--regions', o.region, '--', o.file], {
    timeoutMs: 300_000,
    env: o.env,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  let findings: LintFinding[];
  try {
    if (r.timedOut || (r.exitCode & 1) === 1)
      throw new Error(r.timedOut ? 'timed out' : `exit code ${r.exitCode}`);
    findings = parseFindings(r.stdout);
  } catch (e) {
    const why = `cfn-lint could not lint ${o.display} (${describeThrown(e)}): ${r.stderr.trim().split('\n').slice(-3).join(' ') || 'no message'}`;
    if (o.mode === 'true')
      throw new UserError(why, { hint: 'Run cfn-lint on the template locally to see why.' });
    logger.warning(`${why}; deploying without it (\`lint: auto\`).`, {
      title: 'deploy-stack: cfn-lint failed',
    });
    return { ran: false, findings: [] };
  }
  for (const f of findings) {
    const props = {
      title: `cfn-lint ${f.rule}`,
      file: o.display,
      startLine: f.line,
      endLine: f.endLine,
      ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
    };
    const text = `${f.rule} ${f.message}`;
    if (f.level === 'Error') logger.error(text, props);
    else if (f.level === 'Warning') logger.warning(text, props);
    else logger.notice(text, props);
  }
  const errors = findings.filter((f) => f.level === 'Error');
  const warnings = findings.filter((f) => f.level === 'Warning').length;
  logger.info(
    `cfn-lint: ${plural(errors.length, 'error')}, ${plural(warnings, 'warning')}, ${findings.length - errors.length - warnings} informational in ${o.display}.`,
  );
  if (errors.length)
    throw new UserError(
      `cfn-lint found ${plural(errors.length, 'error')} in ${o.display}: the deploy is blocked.\n` +
        errors.map((f) => `  - line ${f.line}: ${f.rule} ${f.message}`).join('\n'),
      {
        hint: 'Fix them (the annotations point at the lines), or set `lint: false` to deploy without linting.',
      },
    );
  return { ran: true, findings };
}
