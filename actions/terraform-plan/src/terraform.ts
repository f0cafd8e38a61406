/**
 * Runs terraform (or tofu): init, plan -out with -detailed-exitcode, show -json and show (text). Arguments are
 * arrays (no shell); variables travel as TF_VAR_* so their values never appear on an echoed command line.
 * Diagnostics come from `plan -json`'s machine-readable stream, not from the human text.
 */
import { execFile, type ExecResult } from '@pipewright/shared/exec';
import type { Logger } from '@pipewright/shared/log';

export interface TerraformOptions {
  binary: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  workspace: string | undefined;
  variables: Readonly<Record<string, string>>;
  timeoutMs: number;
  signal: AbortSignal;
  logger: Logger;
  secrets: readonly string[];
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  file: string | undefined;
  line: number | undefined;
}

export class TerraformFailure extends Error {
  readonly stage: string;
  readonly text: string;
  readonly diagnostics: Diagnostic[];
  constructor(stage: string, text: string, diagnostics: Diagnostic[] = []) {
    super(`terraform ${stage} failed`);
    this.name = 'TerraformFailure';
    this.stage = stage;
    this.text = text;
    this.diagnostics = diagnostics;
  }
}

function env(o: TerraformOptions): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...o.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' };
  if (o.workspace) e.TF_WORKSPACE = o.workspace;
  for (const [k, v] of Object.entries(o.variables)) e[`TF_VAR_${k}`] = v;
  return e;
}

async function tf(o: TerraformOptions, args: string[], echo = false): Promise<ExecResult> {
  const r = await execFile(o.binary, args, {
    cwd: o.cwd,
    env: env(o),
    timeoutMs: o.timeoutMs,
    signal: o.signal,
    logger: o.logger,
    secrets: o.secrets,
    echoOutput: echo,
  });
  if (r.timedOut)
    throw new TerraformFailure(args[0] as string, `timed out after ${Math.round(o.timeoutMs / 1000)}s`);
  return r;
}

/** Terraform's boxed diagnostics (│ ╷ ╵) as plain text. */
export function plainText(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*[╷╵]\s*$/.test(l))
    .map((l) => l.replace(/^│ ?/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function init(o: TerraformOptions, backendConfig: readonly string[]): Promise<void> {
  const args = ['init', '-input=false', '-no-color', ...backendConfig.map((b) => `-backend-config=${b}`)];
  const r = await tf(o, args, true);
  if (r.exitCode !== 0) throw new TerraformFailure('init', plainText(`${r.stderr}\n${r.stdout}`));
}

export type PlanMode = 'normal' | 'destroy' | 'refresh-only';

export interface PlanRun {
  /** Exit code 2 of -detailed-exitcode: there are changes (not a failure). */
  changes: boolean;
  warnings: Diagnostic[];
}

export function parseDiagnostics(stream: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const line of stream.split('\n')) {
    if (!line.startsWith('{')) continue;
    let m: {
      type?: string;
      diagnostic?: {
        severity?: string;
        summary?: string;
        detail?: string;
        range?: { filename?: string; start?: { line?: number } };
      };
    };
    try {
      m = JSON.parse(line) as typeof m;
    } catch {
      continue;
    }
    if (m.type !== 'diagnostic' || !m.diagnostic) continue;
    const d = m.diagnostic;
    out.push({
      severity: d.severity === 'error' ? 'error' : 'warning',
      summary: d.summary ?? '',
      detail: d.detail ?? '',
      file: d.range?.filename,
      line: d.range?.start?.line,
    });
  }
  return out;
}

export function diagnosticText(d: Diagnostic): string {
  const where = d.file ? ` (${d.file}${d.line ? `:${d.line}` : ''})` : '';
  return `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}${where}${d.detail ? `\n\n${d.detail}` : ''}`;
}

export async function plan(
  o: TerraformOptions,
  opts: { out: string; varFiles: readonly string[]; mode: PlanMode },
): Promise<PlanRun> {
  const args = [
    'plan',
    '-input=false',
    '-no-color',
    '-json',
    '-detailed-exitcode',
    `-out=${opts.out}`,
    ...opts.varFiles.map((f) => `-var-file=${f}`),
    ...(opts.mode === 'destroy' ? ['-destroy'] : opts.mode === 'refresh-only' ? ['-refresh-only'] : []),
  ];
  const r = await tf(o, args);
  const diagnostics = parseDiagnostics(r.stdout);
  for (const line of r.stdout.split('\n')) {
    try {
      const m = JSON.parse(line) as { '@message'?: string; type?: string };
      if (m['@message'] && m.type !== 'diagnostic') o.logger.info(m['@message']);
    } catch {
      // not a stream line
    }
  }
  if (r.exitCode === 0 || r.exitCode === 2) {
    return { changes: r.exitCode === 2, warnings: diagnostics.filter((d) => d.severity === 'warning') };
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const text = errors.length
    ? errors.map(diagnosticText).join('\n\n')
    : plainText(`${r.stderr}\n${r.stdout}`);
  throw new TerraformFailure('plan', text, errors);
}

/** `show -json <planfile>`: the JSON plan text. */
export async function showJson(o: TerraformOptions, planFile: string): Promise<string> {
  const r = await tf(o, ['show', '-json', '-no-color', planFile]);
  if (r.exitCode !== 0) throw new TerraformFailure('show', plainText(r.stderr || r.stdout));
  return r.stdout;
}

/** `show <planfile>`: the human text, for the text-plan-file output (and as the fallback when JSON fails). */
export async function showText(o: TerraformOptions, planFile: string): Promise<string | undefined> {
  const r = await tf(o, ['show', '-no-color', planFile]);
  return r.exitCode === 0 ? r.stdout : undefined;
}
