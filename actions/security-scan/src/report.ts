/** The PR comment and job summary: counts by severity, new vs existing, scanner problems, top findings. */
import {
  escapeMarkdown,
  inlineCode,
  itemsSection,
  link,
  plural,
  renderDocument,
  table,
  thousands,
  type DetailLevel,
  type Measure,
} from '@pipewright/shared/report';
import type { ActionRuntime } from '@pipewright/shared/action';
import { fixFor, suppressionFor } from './fixes.ts';
import type { ScanResult } from './gate.ts';
import {
  SEVERITIES,
  bySeverity,
  makesIncomplete,
  severityRank,
  type Finding,
  type ScanHealth,
  type ScanProblem,
} from './findings.ts';

export interface ReportInput {
  findings: Finding[];
  failing: Finding[];
  problems: ScanProblem[];
  /** Whether a baseline was compared (otherwise "new" means "all"). */
  hasBaseline: boolean;
  passed: boolean;
  /** passed, failed, or incomplete (the gate passed but a scan did not see everything). */
  result?: 'passed' | 'failed' | 'incomplete';
  /** Coverage per scan (DAST target, SAST path), shown first. */
  health?: ScanHealth[];
  /** For file links: https://github.com/o/r/blob/<sha>/ */
  blobBase: string;
  stats: string[];
  /** Results left out of the SARIF file (GitHub's 25,000 per run and 10 MB limits). */
  sarifTrimmed?: number;
}

/** The report of a result: one line per scanner run, then what was not annotated or was ignored. */
export function reportInputOf(
  r: ScanResult,
  o: {
    annotated: number;
    maxAnnotations: number;
    hasBaseline: boolean;
    blobBase: string;
    sarifTrimmed: number;
  },
): ReportInput {
  const stats = r.runs.map(
    ({ outcome }) =>
      `${outcome.tool.name}${outcome.tool.version ? ` ${outcome.tool.version}` : ''}: ${plural(outcome.findings.length, 'finding')}${outcome.stats?.pages !== undefined ? `, ${plural(Number(outcome.stats.pages), 'page')}` : ''}`,
  );
  if (o.annotated < r.findings.length)
    stats.push(
      `${plural(r.findings.length - o.annotated, 'finding')} not annotated on their lines (GitHub shows 10 annotations per level per step; max-annotations: ${o.maxAnnotations})`,
    );
  if (r.ignored) stats.push(`${r.ignored} ignored by the rules file`);
  return {
    findings: r.findings,
    failing: r.gate.failing,
    problems: r.problems,
    health: r.health,
    hasBaseline: o.hasBaseline,
    passed: r.passed,
    result: r.result,
    blobBase: o.blobBase,
    stats,
    ...(o.sarifTrimmed ? { sarifTrimmed: o.sarifTrimmed } : {}),
  };
}

/** Where file links point: the pull request's head commit, or the commit of the run. */
export function blobBaseOf(c: ActionRuntime['context']): string {
  const pr = c.payload.pull_request as { head?: { sha?: string } } | undefined;
  const sha = pr?.head?.sha ?? c.sha;
  return `${c.serverUrl}/${c.owner}/${c.repo}/blob/${sha}/`;
}

const ICON: Record<string, string> = { high: '🔴', medium: '🟠', low: '🟡', info: '🔵' };

export function countsTable(findings: readonly Finding[], hasBaseline: boolean): string {
  const rows = SEVERITIES.map((s) => {
    const of = findings.filter((f) => f.severity === s);
    const sast = of.filter((f) => f.kind === 'sast').length;
    const dast = of.filter((f) => f.kind === 'dast').length;
    const fresh = of.filter((f) => f.baseline === 'new').length;
    return [
      `${ICON[s]} ${s}`,
      String(sast),
      String(dast),
      ...(hasBaseline ? [String(fresh), String(of.length - fresh)] : []),
    ];
  });
  return table(['severity', 'SAST', 'DAST', ...(hasBaseline ? ['new', 'existing'] : [])], rows);
}

const n = thousands;

/** Instances shown per rule group; the rest are counted (every instance is in the SARIF and findings-json). */
export const LOCATIONS_PER_GROUP = 3;

/** The findings of one rule: reviewers act per rule, not per instance. */
export interface FindingGroup {
  ruleId: string;
  kind: Finding['kind'];
  findings: Finding[];
  failing: number;
  fresh: number;
}

/** Groups by scanner kind and rule; worst severity first, then most failing, then most instances. */
export function groupFindings(findings: readonly Finding[], failing: ReadonlySet<Finding>): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of [...findings].sort(bySeverity)) {
    const key = `${f.kind}\u0000${f.tool}\u0000${f.ruleId}`;
    let g = groups.get(key);
    if (!g) {
      g = { ruleId: f.ruleId, kind: f.kind, findings: [], failing: 0, fresh: 0 };
      groups.set(key, g);
    }
    g.findings.push(f);
    if (failing.has(f)) g.failing++;
    if (f.baseline === 'new') g.fresh++;
  }
  const worst = (g: FindingGroup) => Math.max(...g.findings.map((f) => severityRank[f.severity]));
  return [...groups.values()].sort(
    (a, b) =>
      worst(b) - worst(a) ||
      Number(b.failing > 0) - Number(a.failing > 0) ||
      b.findings.length - a.findings.length ||
      a.ruleId.localeCompare(b.ruleId, 'en', { numeric: true }),
  );
}

/**
 * Where one instance is: a link to the line (SAST) or the request, inert (DAST). Each path segment is
 * percent-encoded whole (encodeURI would leave `#` and `?`, so a file named `a#1.py` linked to `a`).
 */
function locationOf(f: Finding, blobBase: string): string {
  if (f.kind === 'sast' && f.path) {
    const loc = `${f.path}:${f.line ?? 1}`;
    const target = `${blobBase}${f.path.split('/').map(encodeURIComponent).join('/')}#L${f.line ?? 1}${f.endLine ? `-L${f.endLine}` : ''}`;
    return link(loc, target).md;
  }
  return `${inlineCode(`${f.method ?? 'GET'} ${f.url ?? f.path ?? ''}`)}${f.param ? ` ${inlineCode(f.param)}` : ''}`;
}

/**
 * One rule group: a headline with counts, then (full) the first locations, the fix and how to suppress,
 * (condensed) the first locations only, (list) the headline only.
 */
export function groupBlock(
  g: FindingGroup,
  blobBase: string,
  hasBaseline: boolean,
  level: Exclude<DetailLevel, 'counts'>,
): string {
  const first = g.findings[0] as Finding;
  const sev = first.severity;
  const count = g.findings.length;
  const tags = [
    plural(count, 'instance'),
    ...(g.failing ? [`${n(g.failing)} failing ❌`] : []),
    ...(hasBaseline ? [`${n(g.fresh)} new`] : []),
  ];
  const head = `- ${ICON[sev]} **${sev}** ${inlineCode(g.ruleId)} ${escapeMarkdown(first.rule.name)} — ${tags.join(', ')}`;
  if (level === 'list') return head;
  const shown = g.findings.slice(0, LOCATIONS_PER_GROUP).map((f) => {
    const extra =
      f.kind === 'sast'
        ? `: ${escapeMarkdown(f.message)}`
        : f.evidence
          ? `, evidence ${inlineCode(f.evidence.slice(0, 120))}`
          : '';
    return `  - ${locationOf(f, blobBase)}${f.baseline === 'existing' && hasBaseline ? ' (existing)' : ''}${extra}`;
  });
  if (count > LOCATIONS_PER_GROUP) shown.push(`  - …and ${n(count - LOCATIONS_PER_GROUP)} more`);
  if (level === 'condensed') return [head, ...shown].join('\n');
  const fix = fixFor(first);
  return [
    head,
    ...shown,
    ...(fix ? [`  - **Fix:** ${fix}`] : []),
    `  - **Suppress:** ${suppressionFor(first)}`,
  ].join('\n');
}

/** Whether a scan ran completely, from the problems of its tool and kind. */
function stateOf(h: ScanHealth, problems: readonly ScanProblem[]): string {
  const mine = problems.filter((p) => p.kind === h.kind);
  if (mine.some((p) => p.fatal)) return '❌ could not run';
  if (mine.some((p) => makesIncomplete(p))) return '⚠️ incomplete';
  return '✅ complete';
}

/** The scan health tables: what each scan really covered, before any finding. */
export function healthTables(health: readonly ScanHealth[], problems: readonly ScanProblem[]): string {
  const dast = health.filter((h) => h.kind === 'dast');
  const sast = health.filter((h) => h.kind === 'sast');
  const out: string[] = [];
  if (dast.length)
    out.push(
      table(
        [
          'DAST target',
          'scan',
          'root',
          'pages',
          '2xx',
          '3xx',
          '4xx (401/403)',
          '5xx',
          'failed (time-outs)',
          'truncated',
        ],
        dast.map((h) => [
          inlineCode(h.target),
          stateOf(h, problems),
          h.rootStatus ? String(h.rootStatus) : 'no answer',
          n(h.pages),
          n(h.status['2xx']),
          n(h.status['3xx']),
          `${n(h.status['4xx'])} (${n(h.auth)})`,
          n(h.status['5xx']),
          `${n(h.failed)} (${n(h.timeouts)})`,
          h.truncatedPages
            ? `${plural(h.truncatedPages, 'page')}, ${plural(h.truncatedBytes, 'byte')} not scanned`
            : '0',
        ]),
      ),
    );
  if (sast.length)
    out.push(
      table(
        ['SAST path', 'scan', 'Python files', 'parsed', 'failed to parse'],
        sast.map((h) => [inlineCode(h.path), stateOf(h, problems), n(h.files), n(h.parsed), n(h.failed)]),
      ),
    );
  return out.join('\n\n');
}

export function renderReport(r: ReportInput, limit: number, measure?: Measure): string {
  const failingSet = new Set(r.failing);
  const result = r.result ?? (r.passed ? 'passed' : 'failed');
  const incomplete = r.problems.some((p) => makesIncomplete(p) && !p.fatal);
  const failingText =
    r.failing.length === 1 ? '1 finding fails' : `${plural(r.failing.length, 'finding')} fail`;
  const verdict =
    result === 'passed'
      ? `✅ **Passed**: ${plural(r.findings.length, 'finding')}, none failing the gate.`
      : result === 'incomplete'
        ? `⚠️ **Incomplete**: ${plural(r.findings.length, 'finding')}, none failing the gate, but a scan did not cover what it should (see below); \`fail-on-scan-error\` is off, so the step did not fail.`
        : r.failing.length === 0
          ? `❌ **Failed**: ${r.problems.some((p) => p.fatal) ? 'a scan could not run' : 'a scan is incomplete'}, so no finding (or the lack of one) can be trusted.`
          : `❌ **Failed**: ${failingText} the gate${r.problems.some((p) => p.fatal) ? ', and a scan could not run' : incomplete ? ', and a scan is incomplete' : ''}.`;
  const header = [
    `### 🛡️ security-scan`,
    verdict,
    ...(r.health?.length ? [healthTables(r.health, r.problems)] : []),
    countsTable(r.findings, r.hasBaseline),
    ...(r.stats.length ? [`<sub>${r.stats.map(escapeMarkdown).join(' · ')}</sub>`] : []),
  ].join('\n\n');
  const problems = itemsSection({
    heading: '#### ⚠️ Scanner problems and what was not scanned',
    items: r.problems,
    renderItem: (p) =>
      `- ${p.fatal ? '**could not run**' : makesIncomplete(p) ? '**incomplete**' : p.note ? 'not crawled' : 'partial'}: ${escapeMarkdown(p.tool)}: ${escapeMarkdown(p.message)}`,
    counts: () => `${plural(r.problems.length, 'scanner problem')}.`,
    what: 'scanner problems',
  });
  const groups = groupFindings(r.findings, failingSet);
  const section = (heading: string, kind: Finding['kind'], what: string) => {
    const items = groups.filter((g) => g.kind === kind);
    return itemsSection({
      heading,
      items,
      renderItem: (g, level) => groupBlock(g, r.blobBase, r.hasBaseline, level),
      counts: () =>
        `${plural(items.length, 'rule')}, ${plural(
          items.reduce((a, g) => a + g.findings.length, 0),
          'instance',
        )}.`,
      what,
      leavesOut: { condensed: `fixes and suppressions of ${what}`, list: `the locations of ${what}` },
    });
  };
  const doc = renderDocument(
    {
      header,
      sections: [
        problems,
        section('#### SAST findings, by rule', 'sast', 'SAST rules'),
        section('#### DAST findings, by rule', 'dast', 'DAST rules'),
      ],
      omittedNote: (o) =>
        `_Left out to fit GitHub's size limit: ${o.join('; ')}. ${r.sarifTrimmed ? `Every finding is in the findings-json output; the SARIF file left out ${n(r.sarifTrimmed)} of them._` : 'Every finding is in the SARIF file and the findings-json output._'}`,
      ...(r.sarifTrimmed
        ? {
            footer: `<sub>${escapeMarkdown(`${r.sarifTrimmed === 1 ? '1 result was' : `${plural(r.sarifTrimmed, 'result')} were`} left out of the SARIF file (GitHub accepts at most 25,000 per run and 10 MB gzipped; the least severe go first). Every finding is in the findings-json output.`)}</sub>`,
          }
        : {}),
    },
    limit,
    measure,
  );
  return doc.text;
}
