/** The PR comment and job summary: counts by severity, new vs existing, scanner problems, top findings. */
import {
  escapeMarkdown,
  inlineCode,
  itemsSection,
  renderDocument,
  table,
  type Measure,
} from '@pipewright/shared/report';
import {
  SEVERITIES,
  bySeverity,
  makesIncomplete,
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

const ICON: Record<string, string> = { high: '🔴', medium: '🟠', low: '🟡', info: '🔵' };

export function findingLine(f: Finding, blobBase: string, failing: boolean): string {
  const sev = `${ICON[f.severity]} **${f.severity}**${failing ? ' ❌' : ''}${f.baseline === 'existing' ? ' (existing)' : ''}`;
  const rule = `${inlineCode(f.ruleId)} ${escapeMarkdown(f.rule.name)}`;
  if (f.kind === 'sast' && f.path) {
    const loc = `${f.path}:${f.line ?? 1}`;
    const link = `[${escapeMarkdown(loc)}](${blobBase}${encodeURI(f.path)}#L${f.line ?? 1}${f.endLine ? `-L${f.endLine}` : ''})`;
    return `- ${sev} ${rule} in ${link}: ${escapeMarkdown(f.message)} (confidence ${f.confidence})`;
  }
  const where = inlineCode(`${f.method ?? 'GET'} ${f.url ?? ''}`);
  return `- ${sev} ${rule} at ${where}${f.param ? ` parameter ${inlineCode(f.param)}` : ''}${f.evidence ? `, evidence ${inlineCode(f.evidence.slice(0, 200))}` : ''}`;
}

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

const n = (x: number) => x.toLocaleString('en-US');

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
          h.truncatedPages ? `${n(h.truncatedPages)} page(s), ${n(h.truncatedBytes)} bytes not scanned` : '0',
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
  const verdict =
    result === 'passed'
      ? `✅ **Passed**: ${r.findings.length} finding(s), none failing the gate.`
      : result === 'incomplete'
        ? `⚠️ **Incomplete**: ${r.findings.length} finding(s), none failing the gate, but a scan did not cover what it should (see below); \`fail-on-scan-error\` is off, so the step did not fail.`
        : r.failing.length === 0
          ? `❌ **Failed**: ${r.problems.some((p) => p.fatal) ? 'a scan could not run' : 'a scan is incomplete'}, so no finding (or the lack of one) can be trusted.`
          : `❌ **Failed**: ${r.failing.length} finding(s) fail the gate${r.problems.some((p) => p.fatal) ? ', and a scan could not run' : incomplete ? ', and a scan is incomplete' : ''}.`;
  const header = [
    `### 🛡️ security-scan`,
    verdict,
    ...(r.health?.length ? [healthTables(r.health, r.problems)] : []),
    countsTable(r.findings, r.hasBaseline),
    ...(r.stats.length ? [`<sub>${r.stats.map(escapeMarkdown).join(' · ')}</sub>`] : []),
  ].join('\n\n');
  const problems = itemsSection({
    heading: '#### ⚠️ Scanner problems (not a clean result)',
    items: r.problems,
    renderItem: (p) =>
      `- ${p.fatal ? '**could not run**' : makesIncomplete(p) ? '**incomplete**' : p.note ? 'not crawled' : 'partial'}: ${escapeMarkdown(p.tool)}: ${escapeMarkdown(p.message)}`,
    counts: () => `${r.problems.length} scanner problem(s).`,
    what: 'scanner problems',
  });
  const ordered = [...r.findings].sort(
    (a, b) =>
      Number(failingSet.has(b)) - Number(failingSet.has(a)) ||
      (a.baseline === b.baseline ? 0 : a.baseline === 'new' ? -1 : 1) ||
      bySeverity(a, b),
  );
  const sast = ordered.filter((f) => f.kind === 'sast');
  const dast = ordered.filter((f) => f.kind === 'dast');
  const section = (heading: string, items: Finding[], what: string) =>
    itemsSection({
      heading,
      items,
      renderItem: (f) => findingLine(f, r.blobBase, failingSet.has(f)),
      counts: () => `${items.length} ${what}.`,
      what,
    });
  const doc = renderDocument(
    {
      header,
      sections: [
        problems,
        section('#### SAST findings', sast, 'SAST findings'),
        section('#### DAST findings', dast, 'DAST findings'),
      ],
      omittedNote: (o) =>
        `_Left out to fit GitHub's size limit: ${o.join('; ')}. ${r.sarifTrimmed ? `Every finding is in the findings-json output; the SARIF file left out ${n(r.sarifTrimmed)} of them._` : 'Every finding is in the SARIF file and the findings-json output._'}`,
      ...(r.sarifTrimmed
        ? {
            footer: `<sub>${escapeMarkdown(`${n(r.sarifTrimmed)} result(s) were left out of the SARIF file (GitHub accepts at most 25,000 per run and 10 MB gzipped; the least severe go first). Every finding is in the findings-json output.`)}</sub>`,
          }
        : {}),
    },
    limit,
    measure,
  );
  return doc.text;
}
