/** The passive baseline: crawl, run every rule on every response, keep at most N instances per alertRef. */
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import type { Confidence, DastHealth, Finding, ScanOutcome, ScanProblem, Severity } from '../findings.ts';
import { assignFingerprints } from '../fingerprint.ts';
import { CATALOGUE, RISK_NAMES, type RuleMeta } from './catalogue/index.ts';
import { crawl, MAX_BODY, type CrawlOptions, type CrawlProgress, type CrawlResult } from './crawler.ts';
import { runPassiveRules, type RawAlert, type Threshold } from './rules/index.ts';

export const DAST_TOOL = {
  name: 'pipewright-dast',
  informationUri: 'https://github.com/pipewright/pipewright/tree/main/actions/security-scan',
};

export interface DastOptions extends Omit<CrawlOptions, 'onResponse' | 'onProgress'> {
  /** ZAP's maxAlertsPerRule: instances kept per alertRef (the total is still counted). */
  maxInstancesPerRule: number;
  /**
   * Most errors tolerated, in percent of the requests: 5xx, 401/403/407, redirects and failed requests.
   * Above it the scan is incomplete (what was scanned is mostly error pages). Default 50.
   */
  maxErrorPercent?: number;
  /** ZAP's alert threshold for every rule (default MEDIUM, as ZAP). */
  threshold?: Threshold;
  /** Progress lines (every `progressEveryMs`, default 10 s) and the crawl summary. */
  logger?: Pick<Logger, 'info'>;
}

const MIB = 1024 * 1024;
const mib = (n: number) => `${(n / MIB).toFixed(1)} MiB`;

export const RISK_TO_SEVERITY: readonly Severity[] = ['info', 'low', 'medium', 'high'];
export function zapConfidence(c: number): Confidence {
  return c >= 3 ? 'high' : c === 2 ? 'medium' : 'low';
}

export function ruleInfoFor(
  alertRef: string,
  meta: Pick<RuleMeta, 'name' | 'description' | 'solution' | 'cwe'> & { reference?: string },
): Finding['rule'] {
  const plugin = alertRef.split('-')[0] as string;
  return {
    id: alertRef,
    name: meta.name,
    shortDescription: meta.name,
    fullDescription: meta.description,
    helpMarkdown: `**${meta.name}** (ZAP rule ${alertRef})\n\n${meta.description}\n\n**Solution:** ${meta.solution}${meta.reference ? `\n\n${meta.reference}` : ''}`,
    helpUri: `https://www.zaproxy.org/docs/alerts/${plugin === alertRef ? plugin : alertRef}/`,
    ...(meta.cwe > 0 ? { cwe: meta.cwe } : {}),
  };
}

export function alertToFinding(a: RawAlert & { url: string; method: string }): Omit<Finding, 'fingerprint'> {
  const meta = CATALOGUE[a.alertRef];
  if (!meta) throw new Error(`no catalogue entry for ${a.alertRef}`);
  // 10036 without a version number is informational only.
  const risk = a.risk ?? (a.alertRef === '10036' && a.otherInfo?.startsWith('informational') ? 0 : meta.risk);
  return {
    kind: 'dast',
    tool: DAST_TOOL.name,
    ruleId: a.alertRef,
    rule: ruleInfoFor(a.alertRef, meta),
    severity: RISK_TO_SEVERITY[risk] as Severity,
    confidence: zapConfidence(meta.confidence),
    message: `${meta.name} (${RISK_NAMES[risk]}) at ${a.method} ${a.url}${a.param ? ` [${a.param}]` : ''}`,
    url: a.url,
    method: a.method,
    ...(a.param ? { param: a.param } : {}),
    ...(a.evidence ? { evidence: a.evidence.slice(0, 500) } : {}),
    ...(a.otherInfo ? { otherInfo: a.otherInfo } : {}),
  };
}

/** The health of a crawl, and the problems that make its result incomplete. */
export function crawlHealth(
  target: string,
  c: CrawlResult,
  maxErrorPercent: number,
  maxDurationMs: number,
): { health: DastHealth; problems: ScanProblem[] } {
  const requests = c.pages + c.failed;
  const errors = c.status['5xx'] + c.auth + c.status['3xx'] + c.failed;
  const errorPercent = requests ? Math.round((errors / requests) * 1000) / 10 : 0;
  const health: DastHealth = {
    kind: 'dast',
    target,
    rootStatus: c.rootStatus,
    pages: c.pages,
    status: { ...c.status },
    auth: c.auth,
    timeouts: c.timeouts,
    failed: c.failed,
    truncatedPages: c.truncated.length,
    truncatedBytes: c.truncatedBytes,
    errorPercent,
  };
  const problems: ScanProblem[] = [];
  const problem = (message: string, incomplete = true, note = false) =>
    problems.push({
      kind: 'dast',
      tool: DAST_TOOL.name,
      message,
      fatal: false,
      ...(incomplete ? { incomplete } : {}),
      ...(note ? { note } : {}),
    });
  if (c.unreachable) {
    problems.push({
      kind: 'dast',
      tool: DAST_TOOL.name,
      message: `target unreachable: ${c.unreachable}`,
      fatal: true,
    });
    return { health, problems };
  }
  if (c.rootStatus < 200 || c.rootStatus >= 300)
    problem(
      `the target answered ${c.rootStatus}${c.status['3xx'] && c.rootStatus >= 300 && c.rootStatus < 400 ? ' (its redirects do not end on a page of the site: a loop, or another origin)' : ''}, not a 2xx page: what was scanned is not the site${c.rootStatus === 401 || c.rootStatus === 403 ? ' (give `dast-auth-header` or `dast-cookie` to scan behind the login)' : ''}`,
    );
  if (requests && errorPercent > maxErrorPercent)
    problem(
      `${errorPercent}% of ${plural(requests, 'request')} ${requests === 1 ? 'was an error, a redirect or a login wall' : 'were errors, redirects or login walls'} (${c.status['5xx']} 5xx, ${c.auth} 401/403/407, ${plural(c.status['3xx'], 'redirect')}, ${c.failed} failed), more than dast-error-threshold (${maxErrorPercent}%)`,
    );
  if (c.truncated.length) {
    const first = c.truncated[0] as { url: string; bytes: number | undefined };
    problem(
      `${plural(c.truncated.length, 'page')} ${c.truncated.length === 1 ? 'was' : 'were'} over ${mib(MAX_BODY)}: only ${c.truncated.length === 1 ? 'its' : 'their'} first ${mib(MAX_BODY)} were scanned, so what follows (forms, scripts, comments) was not, e.g. ${first.url}${first.bytes ? ` (${mib(first.bytes)})` : ''}`,
    );
  }
  if (c.stoppedBy === 'time')
    problem(
      `crawl timed out after ${Math.round(maxDurationMs / 1000)}s with ${plural(c.pages, 'page')} fetched: the scan is incomplete`,
    );
  if (c.failed)
    problem(
      `${plural(c.failed, 'request')} failed${c.timeouts ? ` (${plural(c.timeouts, 'time-out')})` : ''}, e.g. ${c.failures[0]?.url}: ${c.failures[0]?.reason}`,
      false,
    );
  if (c.scriptOnlyPages.length)
    problem(
      `${plural(c.scriptOnlyPages.length, 'page')} ${c.scriptOnlyPages.length === 1 ? 'looks' : 'look'} like a single-page app (scripts, but no link or form to follow), e.g. ${c.scriptOnlyPages[0]}: the passive scan does not run scripts, so pages and API calls they load were not crawled; list them in sitemap.xml or scan their URLs with ZAP's Ajax spider`,
      false,
      true,
    );
  return { health, problems };
}

/** The crawl's progress line, logged every few seconds. */
export function progressLine(p: CrawlProgress, instances: number): string {
  return `DAST: ${plural(p.pages, 'page')} done, ${p.queued + p.inFlight} queued, ${plural(instances, 'alert instance')} so far (${Math.round(p.elapsedMs / 1000)}s)`;
}

/** The crawl's one-line result. */
export function crawledLine(h: DastHealth, instances: number): string {
  return `DAST: ${plural(h.pages, 'page')} fetched (2xx ${h.status['2xx']}, 3xx ${h.status['3xx']}, 4xx ${h.status['4xx']}, 5xx ${h.status['5xx']}), ${h.failed} failed, ${plural(instances, 'alert instance')}.`;
}

export async function runDast(o: DastOptions): Promise<ScanOutcome> {
  const kept = new Map<string, Omit<Finding, 'fingerprint'>[]>();
  const totals = new Map<string, number>();
  let instances = 0;
  const crawlResult = await crawl({
    ...o,
    onResponse: (m) => {
      for (const a of runPassiveRules(m, { nowMs: o.now(), threshold: o.threshold ?? 'medium' })) {
        instances++;
        totals.set(a.alertRef, (totals.get(a.alertRef) ?? 0) + 1);
        const list = kept.get(a.alertRef) ?? [];
        if (list.length < o.maxInstancesPerRule) {
          const partial = m.truncated
            ? `The page was partially scanned: only its first ${mib(m.truncated.scannedBytes)}${m.truncated.totalBytes ? ` of ${mib(m.truncated.totalBytes)}` : ''} were read.`
            : undefined;
          list.push(
            alertToFinding({
              ...a,
              url: m.url,
              method: m.method,
              ...(partial ? { otherInfo: a.otherInfo ? `${a.otherInfo}\n${partial}` : partial } : {}),
            }),
          );
          kept.set(a.alertRef, list);
        }
      }
    },
    ...(o.logger
      ? {
          onProgress: (p: CrawlProgress) => o.logger?.info(progressLine(p, instances)),
        }
      : {}),
  });
  const { health, problems } = crawlHealth(o.target, crawlResult, o.maxErrorPercent ?? 50, o.maxDurationMs);
  o.logger?.info(crawledLine(health, instances));
  const order = [...kept.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const findings = assignFingerprints(order.flatMap((k) => kept.get(k) ?? []));
  return {
    findings,
    problems,
    tool: DAST_TOOL,
    stats: {
      pages: crawlResult.pages,
      ...(crawlResult.stoppedBy ? { stoppedBy: crawlResult.stoppedBy } : {}),
      alertInstances: instances,
    },
    health,
  };
}
