/**
 * Reports from other tools through the same gate: Bandit JSON, ZAP's JSON report (traditional-json), or
 * any SARIF log. The format is recognised from the content, not the file name.
 */
import type { Confidence, Finding, ScanOutcome, Severity } from './findings.ts';
import { assignFingerprints } from './fingerprint.ts';
import { redactFoundSecret } from './found-secrets.ts';
import { parseJson } from './json.ts';
import { fromBanditReport } from './bandit.ts';
import { isBanditJson } from './bandit-report.ts';
import { RISK_TO_SEVERITY, zapConfidence } from './dast/scan.ts';

export type ReportFormat = 'bandit' | 'zap' | 'sarif';

export function detectFormat(doc: unknown): ReportFormat | undefined {
  const d = doc as Record<string, unknown> | null;
  if (!d || typeof d !== 'object') return undefined;
  if (isBanditJson(doc)) return 'bandit';
  if (Array.isArray(d.site)) return 'zap';
  if (Array.isArray(d.runs) && typeof d.version === 'string') return 'sarif';
  return undefined;
}

const stripHtml = (s: string | undefined) =>
  (s ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

interface ZapInstance {
  uri?: string;
  method?: string;
  param?: string;
  evidence?: string;
  otherinfo?: string;
}
interface ZapAlert {
  pluginid?: string;
  alertRef?: string;
  alert?: string;
  name?: string;
  riskcode?: string;
  confidence?: string;
  desc?: string;
  solution?: string;
  reference?: string;
  cweid?: string;
  instances?: ZapInstance[];
}

export function fromZapJson(doc: {
  site: { '@name'?: string; alerts?: ZapAlert[] }[];
  '@version'?: string;
}): ScanOutcome {
  const findings: Omit<Finding, 'fingerprint'>[] = [];
  for (const site of doc.site)
    for (const a of site.alerts ?? []) {
      const ref = a.alertRef || a.pluginid || 'unknown';
      const risk = Math.min(3, Math.max(0, Number(a.riskcode ?? 0)));
      const conf = Number(a.confidence ?? 2);
      if (conf === 0) continue; // marked false positive in ZAP
      const name = a.alert ?? a.name ?? ref;
      const cwe = Number(a.cweid);
      for (const i of a.instances ?? [{ uri: site['@name'] ?? '' }]) {
        findings.push({
          kind: 'dast',
          tool: 'ZAP',
          ruleId: ref,
          rule: {
            id: ref,
            name,
            shortDescription: name,
            fullDescription: stripHtml(a.desc) || name,
            helpMarkdown: `**${name}** (ZAP rule ${ref})\n\n${stripHtml(a.desc)}\n\n**Solution:** ${stripHtml(a.solution)}`,
            helpUri: `https://www.zaproxy.org/docs/alerts/${ref}/`,
            ...(cwe > 0 ? { cwe } : {}),
          },
          severity: RISK_TO_SEVERITY[risk] as Severity,
          confidence: zapConfidence(conf),
          message: `${name} at ${i.method ?? 'GET'} ${i.uri ?? ''}${i.param ? ` [${i.param}]` : ''}`,
          url: i.uri ?? '',
          method: i.method ?? 'GET',
          ...(i.param ? { param: i.param } : {}),
          ...(i.evidence ? { evidence: i.evidence } : {}),
          ...(i.otherinfo ? { otherInfo: i.otherinfo } : {}),
        });
      }
    }
  return {
    findings: assignFingerprints(findings),
    problems: [],
    tool: { name: 'ZAP', ...(doc['@version'] ? { version: doc['@version'] } : {}) },
  };
}

interface SarifIn {
  runs: {
    tool: {
      driver: {
        name: string;
        version?: string;
        rules?: {
          id: string;
          name?: string;
          shortDescription?: { text?: string };
          fullDescription?: { text?: string };
          help?: { text?: string; markdown?: string };
          helpUri?: string;
          defaultConfiguration?: { level?: string };
          properties?: { tags?: string[]; precision?: string; 'security-severity'?: string };
        }[];
      };
    };
    results?: {
      ruleId?: string;
      ruleIndex?: number;
      level?: string;
      message?: { text?: string };
      locations?: {
        physicalLocation?: {
          artifactLocation?: { uri?: string };
          region?: {
            startLine?: number;
            endLine?: number;
            startColumn?: number;
            endColumn?: number;
            snippet?: { text?: string };
          };
        };
      }[];
      partialFingerprints?: Record<string, string>;
      suppressions?: unknown[];
    }[];
  }[];
}

function severityOf(securitySeverity: string | undefined, level: string | undefined): Severity {
  const s = Number(securitySeverity);
  if (securitySeverity !== undefined && !Number.isNaN(s))
    return s >= 7 ? 'high' : s >= 4 ? 'medium' : s > 0 ? 'low' : 'info';
  return level === 'error' ? 'high' : level === 'warning' ? 'medium' : level === 'note' ? 'low' : 'info';
}

/** One outcome per SARIF run (each keeps its own tool). Suppressed results are left out. */
export function fromSarif(doc: SarifIn): ScanOutcome[] {
  return doc.runs.map((run) => {
    const rules = run.tool.driver.rules ?? [];
    const findings: Omit<Finding, 'fingerprint'>[] = [];
    for (const r of run.results ?? []) {
      if (r.suppressions?.length) continue;
      const rule =
        (r.ruleIndex !== undefined ? rules[r.ruleIndex] : undefined) ?? rules.find((x) => x.id === r.ruleId);
      const ruleId = r.ruleId ?? rule?.id ?? 'unknown';
      const loc = r.locations?.[0]?.physicalLocation;
      const uri = decodeURI(loc?.artifactLocation?.uri ?? '');
      const isUrl = /^https?:\/\//.test(uri);
      const cweTag = rule?.properties?.tags?.find((t) => /external\/cwe\/cwe-\d+/i.test(t));
      const precision = rule?.properties?.precision;
      const confidence: Confidence =
        precision === 'very-high' || precision === 'high' ? 'high' : precision === 'low' ? 'low' : 'medium';
      findings.push(
        redactFoundSecret({
          kind: isUrl ? 'dast' : 'sast',
          tool: run.tool.driver.name,
          ruleId,
          rule: {
            id: ruleId,
            name: rule?.name ?? ruleId,
            shortDescription: rule?.shortDescription?.text ?? rule?.name ?? ruleId,
            ...(rule?.fullDescription?.text ? { fullDescription: rule.fullDescription.text } : {}),
            ...(rule?.help?.markdown || rule?.help?.text
              ? { helpMarkdown: rule.help.markdown ?? rule.help.text }
              : {}),
            ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
            ...(cweTag ? { cwe: Number(/(\d+)$/.exec(cweTag)?.[1]) } : {}),
          },
          severity: severityOf(
            rule?.properties?.['security-severity'],
            r.level ?? rule?.defaultConfiguration?.level ?? 'warning',
          ),
          confidence,
          message: r.message?.text ?? ruleId,
          ...(isUrl
            ? { url: uri, method: 'GET' }
            : { path: uri.replace(/^file:\/\//, '').replace(/^\.\//, '') }),
          ...(!isUrl && loc?.region?.startLine ? { line: loc.region.startLine } : {}),
          ...(!isUrl && loc?.region?.endLine ? { endLine: loc.region.endLine } : {}),
          ...(!isUrl && loc?.region?.startColumn ? { column: loc.region.startColumn } : {}),
          ...(loc?.region?.snippet?.text ? { code: loc.region.snippet.text } : {}),
        }),
      );
    }
    return {
      findings: assignFingerprints(findings),
      problems: [],
      tool: {
        name: run.tool.driver.name,
        ...(run.tool.driver.version ? { version: run.tool.driver.version } : {}),
      },
    };
  });
}

/** Parses one ingested file into outcomes; throws with a readable reason when the format is unknown. */
export function ingestReport(
  text: string,
  file: string,
  workspace: string,
  skipTestAsserts: boolean,
): ScanOutcome[] {
  // JSON.parse's message quotes the start of the text: say where only, never what the file holds.
  const doc = parseJson(text, file, { positionOnly: true });
  switch (detectFormat(doc)) {
    case 'bandit':
      return [fromBanditReport(text, workspace, skipTestAsserts, { name: 'Bandit' }, file)];
    case 'zap':
      return [fromZapJson(doc as Parameters<typeof fromZapJson>[0])];
    case 'sarif':
      return fromSarif(doc as SarifIn);
    default:
      throw new Error(`${file} is not a Bandit JSON report, a ZAP JSON report or a SARIF log.`);
  }
}
