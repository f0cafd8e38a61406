import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError, type ActionRuntime, type Inputs } from '@pipewright/shared/action';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  plural,
  utf8Bytes,
  writeJobSummary,
  writeOutputFile,
} from '@pipewright/shared/report';
import {
  bySeverity,
  makesIncomplete,
  type Finding,
  type ScanHealth,
  type ScanOutcome,
  type ScanProblem,
} from './findings.ts';
import { applyRules, parseRulesFile, type RulesConfig } from './rules-file.ts';
import { parseBaseline, renderBaseline } from './baseline.ts';
import { evaluateGate, markBaseline, type GatePolicy } from './gate.ts';
import { buildSarif, type RunGroup } from './sarif-output.ts';
import { renderReport } from './report.ts';
import { annotate } from './annotations.ts';

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
type In = Inputs<typeof spec>;

function crossCheck(i: In): string[] {
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

export async function main(rt: ActionRuntime): Promise<void> {
  const i = rt.inputs(spec, crossCheck);
  const ws = rt.context.workspace;
  const temp = rt.env.RUNNER_TEMP || os.tmpdir();
  const rel = (p: string) => path.relative(ws, p).split(path.sep).join('/');

  // Everything the user gave is read and checked before any scan or remote call.
  let rules: RulesConfig | undefined;
  if (i.rulesFile) {
    try {
      rules = parseRulesFile(readFileSync(i.rulesFile, 'utf8'), rel(i.rulesFile));
    } catch (e) {
      throw new UserError(`The rules file is invalid:\n${(e as Error).message}`, {
        hint: 'Lines are `<rule id>\\t<IGNORE|INFO|WARN|FAIL>\\t(<name>)` or `<ids>|*\\tOUTOFSCOPE\\t<url regex>`, tab-separated.',
      });
    }
  }
  let baseline: Set<string> | undefined;
  if (i.baseline && existsSync(i.baseline)) {
    try {
      baseline = parseBaseline(readFileSync(i.baseline, 'utf8'), rel(i.baseline));
    } catch (e) {
      throw new UserError(`The baseline cannot be read: ${(e as Error).message}`, {
        hint: 'Point `baseline` at a file written by `update-baseline: true`, or at a SARIF file from this action.',
      });
    }
  } else if (i.newOnly) {
    rt.logger.warning(`The baseline ${i.baseline} does not exist yet: every finding counts as new.`, {
      title: 'security-scan: no baseline',
    });
  }
  // Confined to the workspace and RUNNER_TEMP and checked to exist by the input spec.
  const ingestFiles = i.ingest ?? [];
  // Reports to ingest are read now too: a bad file must not surface after a long scan.
  const ingested: { kind: 'sast' | 'dast'; category: string; outcome: ScanOutcome }[] = [];
  if (ingestFiles.length) {
    const { ingestReport } = await import('./ingest.ts');
    for (const file of ingestFiles) {
      let parsed: ScanOutcome[];
      try {
        parsed = ingestReport(readFileSync(file, 'utf8'), rel(file), ws, i.skipTestAsserts);
      } catch (e) {
        throw new UserError(`\`ingest\`: ${(e as Error).message}`);
      }
      parsed.forEach((outcome, n) => {
        const kind = outcome.findings.some((f) => f.kind === 'dast') ? 'dast' : 'sast';
        const name = outcome.tool.name.toLowerCase().replace(/[^\w.-]+/g, '-');
        // One category per run: GitHub rejects two runs of one tool with the same category in an upload.
        const base = path.basename(file).replace(/[^\w.-]+/g, '_');
        ingested.push({
          kind,
          category: `${i.category}/ingest/${name}/${base}${parsed.length > 1 ? `-run${n + 1}` : ''}/`,
          outcome,
        });
      });
    }
  }
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

  // The work: each scanner, then ingested reports.
  const outcomes: { kind: 'sast' | 'dast'; category: string; outcome: ScanOutcome }[] = [];
  if (i.sastPath) {
    const { runBandit } = await import('./bandit.ts');
    const outcome = await rt.logger.group('Bandit (SAST)', () =>
      runBandit({
        target: i.sastPath as string,
        workspace: ws,
        ...(i.bandit ? { bandit: i.bandit } : {}),
        version: i.banditVersion,
        python: i.python,
        venvRoot: path.join(temp, 'pipewright-venvs'),
        ...(i.banditConfig ? { config: i.banditConfig } : {}),
        skipTestAsserts: i.skipTestAsserts,
        timeoutMs: 30 * 60_000,
        logger: rt.logger,
        signal: rt.signal,
      }),
    );
    rt.logger.info(`Bandit: ${resultLine(outcome)}`);
    outcomes.push({ kind: 'sast', category: `${i.category}/sast/`, outcome });
  }
  if (i.targetUrl) {
    const { runDast } = await import('./dast/scan.ts');
    const target = i.targetUrl;
    const outcome = await rt.logger.group(`Passive DAST of ${target}`, () =>
      runDast({
        target,
        maxDepth: i.dastMaxDepth,
        maxPages: i.dastMaxPages,
        maxDurationMs: i.dastMaxDuration,
        concurrency: i.dastConcurrency,
        requestTimeoutMs: i.dastRequestTimeout,
        headers,
        maxInstancesPerRule: i.dastMaxInstances,
        maxErrorPercent: i.dastErrorThreshold,
        threshold: i.dastThreshold,
        logger: rt.logger,
        insecureTls: i.dastInsecureTls,
        now: () => Date.now(),
        signal: rt.signal,
      }),
    );
    rt.logger.info(`DAST: ${resultLine(outcome)}`);
    outcomes.push({
      kind: 'dast',
      category: `${i.category}/dast/${new URL(target).host.replace(/[^\w.-]/g, '_')}/`,
      outcome,
    });
  }
  outcomes.push(...ingested);

  // Suppressions, baseline and the gate.
  let ignored = 0;
  const groups: RunGroup[] = outcomes.map(({ kind, category, outcome }) => {
    const applied = applyRules(rules, outcome.findings);
    ignored += applied.ignored;
    return {
      tool: outcome.tool,
      kind,
      category,
      findings: markBaseline(applied.kept, baseline),
      problems: outcome.problems.map((p) => p.message),
      executionSuccessful: !outcome.problems.some((p) => p.fatal),
    };
  });
  const findings = groups.flatMap((g) => g.findings).sort(bySeverity);
  const problems: ScanProblem[] = outcomes.flatMap((o) => o.outcome.problems);
  const policy: GatePolicy = {
    failOn: { sast: i.failOnSast, dast: i.failOnDast },
    minConfidence: { sast: i.sastConfidence, dast: i.dastConfidence },
    newOnly: i.newOnly,
  };
  const gate = evaluateGate(findings, policy);
  const fatal = problems.filter((p) => p.fatal);
  const incomplete = problems.filter((p) => !p.fatal && makesIncomplete(p));
  const scanFailed = (fatal.length > 0 || incomplete.length > 0) && i.failOnScanError;
  const passed = gate.failing.length === 0 && !scanFailed;
  // A gate that passed on a scan that did not see everything is not a pass, even when it does not fail.
  const result: 'passed' | 'failed' | 'incomplete' = !passed
    ? 'failed'
    : fatal.length || incomplete.length
      ? 'incomplete'
      : 'passed';
  const health: ScanHealth[] = outcomes.flatMap((o) => (o.outcome.health ? [o.outcome.health] : []));

  // Files: SARIF, findings JSON, baseline.
  const dastAnchor =
    i.dastAnchorFile ?? workflowFile(rt.env) ?? (i.rulesFile ? rel(i.rulesFile) : 'README.md');
  const sarif = buildSarif(groups, dastAnchor);
  const sarifFile = path.resolve(ws, i.sarifFile ?? path.join(temp, 'security-scan.sarif'));
  const findingsFile = path.resolve(ws, i.findingsFile ?? path.join(temp, 'security-scan-findings.json'));
  // Through the shared writer: every registered secret (a cookie a page echoed, ...) is redacted.
  writeOutputFile(sarifFile, sarif.text);
  writeOutputFile(
    findingsFile,
    `${JSON.stringify({ passed, result, health, findings, problems, ...(sarif.trimmed ? { sarifTrimmed: sarif.trimmed } : {}) }, null, 2)}\n`,
  );
  if (i.updateBaseline && i.baseline) {
    writeOutputFile(i.baseline, renderBaseline(findings));
    rt.logger.info(`Baseline written to ${rel(i.baseline)} (${findings.length} findings).`);
  }

  // The report: log, annotations, summary, comment, upload.
  for (const p of problems) {
    if (p.note) rt.logger.notice(`${p.tool}: ${p.message}`, { title: 'security-scan: not crawled' });
    else
      rt.logger[p.fatal || (makesIncomplete(p) && i.failOnScanError) ? 'error' : 'warning'](
        `${p.tool}: ${p.message}`,
        {
          title: p.fatal
            ? 'security-scan: scan could not run'
            : makesIncomplete(p)
              ? 'security-scan: scan incomplete'
              : 'security-scan: scan problem',
        },
      );
  }
  const annotated = annotate(rt.logger, findings, new Set(gate.failing), i.maxAnnotations);
  const stats = outcomes.map(
    ({ outcome }) =>
      `${outcome.tool.name}${outcome.tool.version ? ` ${outcome.tool.version}` : ''}: ${plural(outcome.findings.length, 'finding')}${outcome.stats?.pages !== undefined ? `, ${plural(Number(outcome.stats.pages), 'page')}` : ''}`,
  );
  if (annotated < findings.length)
    stats.push(
      `${plural(findings.length - annotated, 'finding')} not annotated on their lines (GitHub shows 10 annotations per level per step; max-annotations: ${i.maxAnnotations})`,
    );
  if (ignored) stats.push(`${ignored} ignored by the rules file`);
  const pr = rt.context.payload.pull_request as { head?: { sha?: string } } | undefined;
  const sha = pr?.head?.sha ?? rt.context.sha;
  const reportInput = {
    findings,
    failing: gate.failing,
    problems,
    health,
    hasBaseline: baseline !== undefined,
    passed,
    result,
    blobBase: `${rt.context.serverUrl}/${rt.context.owner}/${rt.context.repo}/blob/${sha}/`,
    stats,
    ...(sarif.trimmed ? { sarifTrimmed: sarif.trimmed } : {}),
  };
  writeJobSummary(renderReport(reportInput, SUMMARY_LIMIT, utf8Bytes), rt.env);

  if ((i.comment || i.uploadSarif) && i.githubToken) {
    const { publish } = await import('./publish.ts');
    await publish({
      rt,
      token: i.githubToken,
      comment: i.comment ? renderReport(reportInput, COMMENT_LIMIT - 200) : undefined,
      commentKey: i.category,
      sarif: i.uploadSarif ? sarif.text : undefined,
    });
  }

  // Outputs.
  const count = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  rt.outputs.set('total', findings.length);
  for (const s of ['high', 'medium', 'low', 'info'] as const)
    rt.outputs.set(
      s,
      count((f) => f.severity === s),
    );
  rt.outputs.set(
    'sast-findings',
    count((f) => f.kind === 'sast'),
  );
  rt.outputs.set(
    'dast-findings',
    count((f) => f.kind === 'dast'),
  );
  rt.outputs.set('new-findings', gate.newCount);
  rt.outputs.set('failing', gate.failing.length);
  rt.outputs.set('scan-errors', problems.filter((p) => !p.note).length);
  rt.outputs.set('result', result);
  rt.outputs.set('sarif-file', sarifFile);
  rt.outputs.set('findings-json', findingsFile);

  if (scanFailed) {
    const why = [...fatal, ...incomplete].map((p) => `${p.tool}: ${p.message}`).join('; ');
    throw new UserError(
      fatal.length
        ? `${fatal.length === 1 ? '1 scan' : `${fatal.length} scans`} could not run${incomplete.length ? ` and ${plural(incomplete.length, 'problem')} left a scan incomplete` : ''}: ${why}`
        : `The scan is incomplete, so a clean result would mean nothing: ${why}`,
      {
        hint: 'Fix the scanner or the target (see the scan health table in the job summary), or set `fail-on-scan-error: false` to report without failing (result is then `incomplete`).',
      },
    );
  }
  if (!passed)
    throw new UserError(
      `${gate.failing.length === 1 ? '1 finding fails' : `${plural(gate.failing.length, 'finding')} fail`} the gate (fail-on-sast: ${i.failOnSast}, fail-on-dast: ${i.failOnDast}${i.newOnly ? ', new only' : ''}).`,
      {
        hint: 'Fix them, suppress reviewed ones (`# nosec B602`, or the rules file), or raise the thresholds.',
      },
    );
}

/** A scan's one-line result: "12 pages, 3 findings, 1 problem". */
function resultLine(o: ScanOutcome): string {
  const pages = o.stats?.pages !== undefined ? `${plural(Number(o.stats.pages), 'page')}, ` : '';
  const problems = o.problems.length ? `, ${plural(o.problems.length, 'problem')}` : '';
  return `${pages}${plural(o.findings.length, 'finding')}${problems}`;
}

/** `.github/workflows/x.yml` from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@ref). */
export function workflowFile(env: NodeJS.ProcessEnv): string | undefined {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
  return m?.[1];
}
