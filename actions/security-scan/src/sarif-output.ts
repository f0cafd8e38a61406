/**
 * Findings -> one SARIF 2.1.0 log with a run per scanner, the rule metadata GitHub reads (Bandit's own
 * SARIF lacks most of it), producer fingerprints and an automation category per run, trimmed to GitHub's
 * limits with a note instead of producing a file GitHub rejects.
 */
import { gzipSync } from 'node:zlib';
import {
  MAX_GZIPPED_BYTES,
  SarifRunBuilder,
  sarifLog,
  type SarifLevel,
  type SarifLog,
  type SarifResult,
  type SarifRule,
  type SarifRun,
} from '@pipewright/shared/sarif';
import { severityRank, type Finding, type Severity } from './findings.ts';

export const FINGERPRINT_KEY = 'pipewright/v1';

const LEVEL: Record<Severity, SarifLevel> = { high: 'error', medium: 'warning', low: 'note', info: 'note' };
const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: undefined,
};
const PRECISION = { high: 'high', medium: 'medium', low: 'low' } as const;

const cap = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export interface RunGroup {
  tool: { name: string; version?: string; informationUri?: string };
  kind: Finding['kind'];
  /** automationDetails.id, e.g. "security-scan/sast/". */
  category: string;
  findings: Finding[];
  /** Scanner problems: the run is marked unsuccessful and the notes are kept as notifications. */
  problems: string[];
  executionSuccessful: boolean;
}

export function ruleFor(findings: readonly Finding[]): SarifRule {
  const f = findings[0] as Finding;
  const worst = findings.reduce((a, b) => (severityRank[b.severity] > severityRank[a.severity] ? b : a));
  const best = findings.reduce((a, b) =>
    b.confidence === 'high' ? b : a.confidence === 'high' ? a : b.confidence === 'medium' ? b : a,
  );
  const sev = SECURITY_SEVERITY[worst.severity];
  const tags = [
    'security',
    f.kind === 'sast' ? 'sast' : 'dast',
    ...(f.rule.cwe ? [`external/cwe/cwe-${f.rule.cwe}`] : []),
  ];
  return {
    id: f.ruleId,
    name:
      cap(
        f.rule.name.replace(/(?:^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase()),
        255,
      ) || f.ruleId,
    shortDescription: { text: cap(f.rule.shortDescription, 1024) },
    fullDescription: { text: cap(f.rule.fullDescription ?? f.rule.shortDescription, 1024) },
    help: {
      text: (f.rule.helpMarkdown ?? f.rule.shortDescription).replace(/[*`]/g, ''),
      markdown: f.rule.helpMarkdown ?? f.rule.shortDescription,
    },
    ...(f.rule.helpUri ? { helpUri: f.rule.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[worst.severity] },
    properties: { tags, precision: PRECISION[best.confidence], ...(sev ? { 'security-severity': sev } : {}) },
  };
}

export function resultFor(f: Finding, dastAnchor: string): SarifResult {
  const base = {
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    partialFingerprints: { primaryLocationLineHash: f.fingerprint, [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.baseline
      ? { baselineState: f.baseline === 'new' ? ('new' as const) : ('unchanged' as const) }
      : {}),
  };
  if (f.kind === 'sast' && f.path) {
    return {
      ...base,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: f.line ?? 1,
              ...(f.endLine ? { endLine: f.endLine } : {}),
              ...(f.column ? { startColumn: f.column } : {}),
              ...(f.endColumn ? { endColumn: f.endColumn } : {}),
            },
          },
        },
      ],
      properties: { severity: f.severity, confidence: f.confidence },
    };
  }
  // URL findings point at a real repository file (line 1) so GitHub can show them; the URL is in the message.
  const where = `${f.method ?? 'GET'} ${f.url ?? ''}${f.param ? ` (parameter: ${f.param})` : ''}`;
  return {
    ...base,
    message: { text: `${f.rule.name}. ${where}${f.evidence ? `\nEvidence: ${f.evidence}` : ''}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(dastAnchor), uriBaseId: '%SRCROOT%' },
          region: { startLine: 1 },
        },
        logicalLocations: [{ name: f.url ?? '', fullyQualifiedName: where, kind: 'resource' }],
      },
    ],
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      url: f.url,
      method: f.method ?? 'GET',
      ...(f.param ? { param: f.param } : {}),
      ...(f.evidence ? { evidence: f.evidence } : {}),
    },
  };
}

export function buildRun(g: RunGroup, dastAnchor: string): SarifRun {
  const b = new SarifRunBuilder(g.tool, g.category);
  const byRule = new Map<string, Finding[]>();
  for (const f of g.findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  for (const list of byRule.values()) b.addRule(ruleFor(list));
  for (const f of g.findings) b.addResult(resultFor(f, dastAnchor));
  for (const p of g.problems) b.addNotification('error', p);
  return b.build(g.executionSuccessful);
}

export interface SarifBuild {
  log: SarifLog;
  text: string;
  /** Results left out of the file: over GitHub's 25,000 per run, then to stay under its size limit. */
  trimmed: number;
}

/** Serialises and, while the gzipped size is over the limit, drops the least severe results with a note. */
export function buildSarif(
  groups: RunGroup[],
  dastAnchor: string,
  maxGzipped = MAX_GZIPPED_BYTES,
): SarifBuild {
  const log = sarifLog(groups.map((g) => buildRun(g, dastAnchor)));
  let text = JSON.stringify(log);
  const capped = log.runs.reduce((n, r) => n + Number(r.properties?.trimmedResults ?? 0), 0);
  let trimmed = 0;
  const rank: Record<SarifLevel, number> = { error: 0, warning: 1, note: 2, none: 3 };
  while (gzipSync(text).length > maxGzipped) {
    const total = log.runs.reduce((n, r) => n + r.results.length, 0);
    if (total === 0) break;
    const drop = Math.max(1, Math.ceil(total / 20));
    let left = drop;
    // Drop from the largest run first, least severe results last in each run's order.
    for (const run of [...log.runs].sort((a, b) => b.results.length - a.results.length)) {
      if (left === 0) break;
      run.results.sort((a, b) => rank[a.level ?? 'warning'] - rank[b.level ?? 'warning']);
      const n = Math.min(left, run.results.length);
      run.results.splice(run.results.length - n, n);
      left -= n;
      trimmed += n;
      const inv = run.invocations?.[0];
      if (inv) {
        inv.toolExecutionNotifications = [
          ...(inv.toolExecutionNotifications ?? []).filter(
            (x) => !x.message.text.startsWith('Trimmed to fit'),
          ),
          {
            level: 'warning',
            message: {
              text: `Trimmed to fit GitHub's 10 MB gzipped limit: ${trimmed} least severe results left out of this file.`,
            },
          },
        ];
      }
    }
    text = JSON.stringify(log);
  }
  return { log, text, trimmed: capped + trimmed };
}
