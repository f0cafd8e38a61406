/** The PR comment and job summary: counts by severity, new vs existing, scanner problems, top findings. */
import {
  escapeMarkdown,
  inlineCode,
  itemsSection,
  link,
  plural,
  renderDocument,
  table,
  type Measure,
} from '@pipewright/shared/report';
import { SEVERITIES, bySeverity, type Finding, type ScanProblem } from './findings.ts';

export interface ReportInput {
  findings: Finding[];
  failing: Finding[];
  problems: ScanProblem[];
  /** Whether a baseline was compared (otherwise "new" means "all"). */
  hasBaseline: boolean;
  passed: boolean;
  /** For file links: https://github.com/o/r/blob/<sha>/ */
  blobBase: string;
  stats: string[];
  sarifNote?: string;
}

const ICON: Record<string, string> = { high: '🔴', medium: '🟠', low: '🟡', info: '🔵' };

export function findingLine(f: Finding, blobBase: string, failing: boolean): string {
  const sev = `${ICON[f.severity]} **${f.severity}**${failing ? ' ❌' : ''}${f.baseline === 'existing' ? ' (existing)' : ''}`;
  const rule = `${inlineCode(f.ruleId)} ${escapeMarkdown(f.rule.name)}`;
  if (f.kind === 'sast' && f.path) {
    const loc = `${f.path}:${f.line ?? 1}`;
    const target = `${blobBase}${f.path.split('/').map(encodeURIComponent).join('/')}#L${f.line ?? 1}${f.endLine ? `-L${f.endLine}` : ''}`;
    return `- ${sev} ${rule} in ${link(loc, target).md}: ${escapeMarkdown(f.message)} (confidence ${escapeMarkdown(f.confidence)})`;
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

export function renderReport(r: ReportInput, limit: number, measure?: Measure): string {
  const failingSet = new Set(r.failing);
  const verdict = r.passed
    ? `✅ **Passed**: ${plural(r.findings.length, 'finding')}, none failing the gate.`
    : `❌ **Failed**: ${r.failing.length === 1 ? '1 finding fails' : `${plural(r.failing.length, 'finding')} fail`} the gate${r.problems.some((p) => p.fatal) ? ', and a scan could not run' : ''}.`;
  const header = [
    `### 🛡️ security-scan`,
    verdict,
    countsTable(r.findings, r.hasBaseline),
    ...(r.stats.length ? [`<sub>${r.stats.map(escapeMarkdown).join(' · ')}</sub>`] : []),
  ].join('\n\n');
  const problems = itemsSection({
    heading: '#### ⚠️ Scanner problems (not a clean result)',
    items: r.problems,
    renderItem: (p) =>
      `- ${p.fatal ? '**could not run**' : 'partial'}: ${escapeMarkdown(p.tool)}: ${escapeMarkdown(p.message)}`,
    counts: () => `${plural(r.problems.length, 'scanner problem')}.`,
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
        `_Left out to fit GitHub's size limit: ${o.join('; ')}. Every finding is in the SARIF file and the findings-json output._`,
      ...(r.sarifNote ? { footer: `<sub>${escapeMarkdown(r.sarifNote)}</sub>` } : {}),
    },
    limit,
    measure,
  );
  return doc.text;
}
