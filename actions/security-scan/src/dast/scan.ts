/** The passive baseline: crawl, run every rule on every response, keep at most N instances per alertRef. */
import type { Confidence, Finding, ScanOutcome, Severity } from '../findings.ts';
import { assignFingerprints } from '../fingerprint.ts';
import { CATALOGUE, RISK_NAMES, type RuleMeta } from './catalogue.ts';
import { crawl, type CrawlOptions } from './crawler.ts';
import { runPassiveRules, type RawAlert } from './rules.ts';

export const DAST_TOOL = {
  name: 'pipewright-dast',
  informationUri: 'https://github.com/pipewright/pipewright/tree/main/actions/security-scan',
};

export interface DastOptions extends Omit<CrawlOptions, 'onResponse'> {
  /** ZAP's maxAlertsPerRule: instances kept per alertRef (the total is still counted). */
  maxInstancesPerRule: number;
}

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
  const risk = a.alertRef === '10036' && a.otherInfo?.startsWith('informational') ? 0 : meta.risk;
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

export async function runDast(o: DastOptions): Promise<ScanOutcome> {
  const kept = new Map<string, Omit<Finding, 'fingerprint'>[]>();
  const totals = new Map<string, number>();
  const crawlResult = await crawl({
    ...o,
    onResponse: (m) => {
      for (const a of runPassiveRules(m, { nowMs: o.now() })) {
        totals.set(a.alertRef, (totals.get(a.alertRef) ?? 0) + 1);
        const list = kept.get(a.alertRef) ?? [];
        if (list.length < o.maxInstancesPerRule) {
          list.push(alertToFinding({ ...a, url: m.url, method: m.method }));
          kept.set(a.alertRef, list);
        }
      }
    },
  });
  const problems: ScanOutcome['problems'] = [];
  if (crawlResult.unreachable)
    problems.push({
      kind: 'dast',
      tool: DAST_TOOL.name,
      message: `target unreachable: ${crawlResult.unreachable}`,
      fatal: true,
    });
  if (crawlResult.stoppedBy === 'time')
    problems.push({
      kind: 'dast',
      tool: DAST_TOOL.name,
      message: `crawl timed out after ${Math.round(o.maxDurationMs / 1000)}s with ${crawlResult.pages} pages fetched: the scan is incomplete`,
      fatal: false,
    });
  if (crawlResult.failures.length)
    problems.push({
      kind: 'dast',
      tool: DAST_TOOL.name,
      message: `${crawlResult.failures.length} request(s) failed, e.g. ${crawlResult.failures[0]?.url}: ${crawlResult.failures[0]?.reason}`,
      fatal: false,
    });
  const order = [...kept.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const findings = assignFingerprints(order.flatMap((k) => kept.get(k) ?? []));
  return {
    findings,
    problems,
    tool: DAST_TOOL,
    stats: {
      pages: crawlResult.pages,
      ...(crawlResult.stoppedBy ? { stoppedBy: crawlResult.stoppedBy } : {}),
      alertInstances: [...totals.values()].reduce((a, b) => a + b, 0),
    },
  };
}
