/** The work: each scanner the inputs ask for, SAST then DAST, each loaded only when it runs. */
import path from 'node:path';
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import type { ScanOutcome, ScanRun } from './findings.ts';
import type { ScanConfig } from './config.ts';

export interface ScanDeps {
  logger: Logger;
  signal: AbortSignal;
  now: () => number;
}

export async function runScanners(cfg: ScanConfig, deps: ScanDeps): Promise<ScanRun[]> {
  const runs: ScanRun[] = [];
  if (cfg.sastPath) runs.push(await runSast(cfg, cfg.sastPath, deps));
  if (cfg.targetUrl) runs.push(await runDastScan(cfg, cfg.targetUrl, deps));
  return runs;
}

async function runSast(cfg: ScanConfig, target: string, { logger, signal }: ScanDeps): Promise<ScanRun> {
  const { runBandit } = await import('./bandit.ts');
  const outcome = await logger.group('Bandit (SAST)', () =>
    runBandit({
      target,
      workspace: cfg.workspace,
      ...(cfg.bandit ? { bandit: cfg.bandit } : {}),
      version: cfg.banditVersion,
      python: cfg.python,
      venvRoot: path.join(cfg.temp, 'pipewright-venvs'),
      ...(cfg.banditConfig ? { config: cfg.banditConfig } : {}),
      skipTestAsserts: cfg.skipTestAsserts,
      timeoutMs: 30 * 60_000,
      logger,
      signal,
    }),
  );
  logger.info(`Bandit: ${resultLine(outcome)}`);
  return { kind: 'sast', category: `${cfg.category}/sast/`, outcome };
}

async function runDastScan(cfg: ScanConfig, target: string, deps: ScanDeps): Promise<ScanRun> {
  const { runDast } = await import('./dast/scan.ts');
  const outcome = await deps.logger.group(`Passive DAST of ${target}`, () =>
    runDast({
      target,
      maxDepth: cfg.dastMaxDepth,
      maxPages: cfg.dastMaxPages,
      maxDurationMs: cfg.dastMaxDuration,
      concurrency: cfg.dastConcurrency,
      requestTimeoutMs: cfg.dastRequestTimeout,
      headers: cfg.headers,
      maxInstancesPerRule: cfg.dastMaxInstances,
      maxErrorPercent: cfg.dastErrorThreshold,
      threshold: cfg.dastThreshold,
      logger: deps.logger,
      insecureTls: cfg.dastInsecureTls,
      now: deps.now,
      signal: deps.signal,
    }),
  );
  deps.logger.info(`DAST: ${resultLine(outcome)}`);
  return {
    kind: 'dast',
    category: `${cfg.category}/dast/${new URL(target).host.replace(/[^\w.-]/g, '_')}/`,
    outcome,
  };
}

/** A scan's one-line result: "12 pages, 3 findings, 1 problem". */
function resultLine(o: ScanOutcome): string {
  const pages = o.stats?.pages !== undefined ? `${plural(Number(o.stats.pages), 'page')}, ` : '';
  const problems = o.problems.length ? `, ${plural(o.problems.length, 'problem')}` : '';
  return `${pages}${plural(o.findings.length, 'finding')}${problems}`;
}
