/**
 * The inputs (spec and cross-checks) and everything the user gave, read and checked before any scan or
 * remote call: the rules file, the baseline and the reports to ingest. A bad file must not surface after a
 * long scan.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError, describeThrown, type ActionRuntime, type Inputs } from '@pipewright/shared/action';
import type { ScanOutcome, ScanRun } from './findings.ts';
import { parseRulesFile, type RulesConfig } from './rules-file.ts';
import { parseBaseline } from './baseline.ts';
import type { GatePolicy } from './gate.ts';

const LEVELS = ['high', 'medium', 'low', 'none'] as const;
/** GitHub's limit of runs per SARIF file. */
const MAX_RUNS = 20;
const CONFIDENCE = ['high', 'medium', 'low'] as const;

export const spec = {
  'sast-path': { type: 'path', mustExist: 'dir' },
  bandit: { type: 'string' },
  'bandit-version': {
    type: 'string',
    default: '1.9.4',
    pattern: /^\d+\.\d+\.\d+$/,
    patternHint: 'must be a version like 1.9.4',
  },
  python: { type: 'string', default: 'python3' },
  'bandit-config': { type: 'path', mustExist: 'file' },
  'skip-test-asserts': { type: 'boolean', default: true },
  'target-url': {
    type: 'string',
    pattern: /^https?:\/\/\S+$/,
    patternHint: 'must be an http:// or https:// URL',
  },
  'dast-max-depth': { type: 'integer', default: 5, min: 0, max: 50 },
  'dast-max-pages': { type: 'integer', default: 1000, min: 1, max: 100_000 },
  'dast-max-duration': { type: 'duration', default: '1m', minMs: 1000, maxMs: 6 * 3600_000 },
  'dast-concurrency': { type: 'integer', default: 8, min: 1, max: 64 },
  'dast-request-timeout': { type: 'duration', default: '10s', minMs: 100, maxMs: 300_000 },
  'dast-auth-header': {
    type: 'string',
    secret: true,
    pattern: /^[A-Za-z0-9-]+:\s*\S.*$/,
    patternHint: 'must be "Header-Name: value"',
  },
  'dast-cookie': { type: 'string', secret: true },
  'dast-max-instances': { type: 'integer', default: 10, min: 1, max: 10_000 },
  'dast-error-threshold': { type: 'integer', default: 50, min: 0, max: 100 },
  'dast-threshold': { type: 'enum', values: ['low', 'medium', 'high'], default: 'medium' },
  'dast-insecure-tls': { type: 'boolean', default: false },
  'dast-anchor-file': { type: 'string' },
  'rules-file': { type: 'path', mustExist: 'file' },
  ingest: { type: 'paths', mustExist: 'file' },
  'fail-on-sast': { type: 'enum', values: LEVELS, default: 'medium' },
  'fail-on-dast': { type: 'enum', values: LEVELS, default: 'medium' },
  'sast-confidence': { type: 'enum', values: CONFIDENCE, default: 'medium' },
  'dast-confidence': { type: 'enum', values: CONFIDENCE, default: 'medium' },
  'fail-on-scan-error': { type: 'boolean', default: true },
  'new-only': { type: 'boolean', default: false },
  baseline: { type: 'path' },
  'update-baseline': { type: 'boolean', default: false },
  'sarif-file': { type: 'path' },
  'findings-file': { type: 'path' },
  category: {
    type: 'string',
    default: 'security-scan',
    pattern: /^[\w./-]+$/,
    patternHint: 'letters, digits, . _ / - only',
  },
  'upload-sarif': { type: 'boolean', default: false },
  comment: { type: 'boolean', default: true },
  'max-annotations': { type: 'integer', default: 10, min: 0, max: 50 },
  'github-token': { type: 'string', secret: true },
} as const;
export type ScanInputs = Inputs<typeof spec>;

export function crossCheck(i: ScanInputs): string[] {
  const p: string[] = [];
  if (i.sastPath === undefined && i.targetUrl === undefined && (i.ingest ?? []).length === 0)
    p.push('give `sast-path`, `target-url`, `ingest`, or a combination.');
  if (i.updateBaseline && i.baseline === undefined)
    p.push('`update-baseline` needs `baseline` (the file to write).');
  if (i.newOnly && i.baseline === undefined)
    p.push('`new-only` needs `baseline` (a baseline file or the base branch SARIF).');
  if (i.uploadSarif && !i.githubToken) p.push('`upload-sarif` needs `github-token`.');
  return p;
}

/** The inputs, with the user's files read and every path resolved. */
export interface ScanConfig extends Omit<ScanInputs, 'sarifFile' | 'findingsFile'> {
  workspace: string;
  /** RUNNER_TEMP, or the system's temporary directory. */
  temp: string;
  /** A path relative to the workspace, with forward slashes. */
  rel: (p: string) => string;
  rules: RulesConfig | undefined;
  /** The fingerprints in the baseline, when there is one. */
  known: Set<string> | undefined;
  ingested: ScanRun[];
  /** Request headers of the DAST crawl (auth header, cookie). */
  headers: Record<string, string>;
  policy: GatePolicy;
  /** The file DAST results are anchored to in SARIF (code scanning needs a file). */
  dastAnchor: string;
  sarifFile: string;
  findingsFile: string;
}

export async function readConfig(rt: ActionRuntime): Promise<ScanConfig> {
  const i = rt.inputs(spec, crossCheck);
  const workspace = rt.context.workspace;
  const temp = rt.env.RUNNER_TEMP || os.tmpdir();
  const rel = (p: string) => path.relative(workspace, p).split(path.sep).join('/');

  let rules: RulesConfig | undefined;
  if (i.rulesFile) {
    try {
      rules = parseRulesFile(readFileSync(i.rulesFile, 'utf8'), rel(i.rulesFile));
    } catch (e) {
      throw new UserError(`The rules file is invalid:\n${describeThrown(e)}`, {
        hint: 'Lines are `<rule id>\\t<IGNORE|INFO|WARN|FAIL>\\t(<name>)` or `<ids>|*\\tOUTOFSCOPE\\t<url regex>`, tab-separated.',
      });
    }
  }
  let known: Set<string> | undefined;
  if (i.baseline && existsSync(i.baseline)) {
    try {
      known = parseBaseline(readFileSync(i.baseline, 'utf8'), rel(i.baseline));
    } catch (e) {
      throw new UserError(`The baseline cannot be read: ${describeThrown(e)}`, {
        hint: 'Point `baseline` at a file written by `update-baseline: true`, or at a SARIF file from this action.',
      });
    }
  } else if (i.newOnly) {
    rt.logger.warning(`The baseline ${i.baseline} does not exist yet: every finding counts as new.`, {
      title: 'security-scan: no baseline',
    });
  }
  // Confined to the workspace and RUNNER_TEMP and checked to exist by the input spec.
  const ingested = await readIngested(i.ingest ?? [], { workspace, rel, inputs: i });
  const runs = ingested.length + (i.sastPath ? 1 : 0) + (i.targetUrl ? 1 : 0);
  if (runs > MAX_RUNS) {
    throw new UserError(
      `${runs} scanner runs would go into one SARIF file; GitHub accepts at most ${MAX_RUNS}.`,
      {
        hint: 'Ingest fewer reports in this step (split them over several steps with different `category`).',
      },
    );
  }
  const headers: Record<string, string> = {};
  if (i.dastAuthHeader) {
    const at = i.dastAuthHeader.indexOf(':');
    headers[i.dastAuthHeader.slice(0, at).trim()] = i.dastAuthHeader.slice(at + 1).trim();
  }
  if (i.dastCookie) headers.Cookie = i.dastCookie;

  return {
    ...i,
    workspace,
    temp,
    rel,
    rules,
    known,
    ingested,
    headers,
    policy: {
      failOn: { sast: i.failOnSast, dast: i.failOnDast },
      minConfidence: { sast: i.sastConfidence, dast: i.dastConfidence },
      newOnly: i.newOnly,
    },
    dastAnchor: i.dastAnchorFile ?? workflowFile(rt.env) ?? (i.rulesFile ? rel(i.rulesFile) : 'README.md'),
    sarifFile: path.resolve(workspace, i.sarifFile ?? path.join(temp, 'security-scan.sarif')),
    findingsFile: path.resolve(workspace, i.findingsFile ?? path.join(temp, 'security-scan-findings.json')),
  };
}

/** The reports to ingest, one run per SARIF run, each in its own category. */
async function readIngested(
  files: readonly string[],
  o: { workspace: string; rel: (p: string) => string; inputs: ScanInputs },
): Promise<ScanRun[]> {
  const ingested: ScanRun[] = [];
  if (files.length === 0) return ingested;
  const { ingestReport } = await import('./ingest.ts');
  for (const file of files) {
    let parsed: ScanOutcome[];
    try {
      parsed = ingestReport(readFileSync(file, 'utf8'), o.rel(file), o.workspace, o.inputs.skipTestAsserts);
    } catch (e) {
      throw new UserError(`\`ingest\`: ${describeThrown(e)}`);
    }
    parsed.forEach((outcome, n) => {
      const kind = outcome.findings.some((f) => f.kind === 'dast') ? 'dast' : 'sast';
      const name = outcome.tool.name.toLowerCase().replace(/[^\w.-]+/g, '-');
      // One category per run: GitHub rejects two runs of one tool with the same category in an upload.
      const base = path.basename(file).replace(/[^\w.-]+/g, '_');
      ingested.push({
        kind,
        category: `${o.inputs.category}/ingest/${name}/${base}${parsed.length > 1 ? `-run${n + 1}` : ''}/`,
        outcome,
      });
    });
  }
  return ingested;
}

/** `.github/workflows/x.yml` from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@ref). */
export function workflowFile(env: NodeJS.ProcessEnv): string | undefined {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
  return m?.[1];
}
