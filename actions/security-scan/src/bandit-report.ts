/**
 * Bandit's JSON report (`-f json`) in both shapes seen in the wild: 1.6 (Debian 12; floats in metrics, no
 * `issue_cwe`/`col_offset`) and 1.7+/1.9 (with them). Pure: text in, findings out.
 */
import type { Confidence, Finding, ScanProblem, Severity } from './findings.ts';
import { redactFoundSecret } from './found-secrets.ts';
import { parseJson } from './json.ts';

interface BanditResult {
  filename: string;
  test_id: string;
  test_name: string;
  issue_severity: string;
  issue_confidence: string;
  issue_text: string;
  issue_cwe?: { id?: number; link?: string } | Record<string, never>;
  line_number: number;
  line_range?: number[];
  col_offset?: number;
  end_col_offset?: number;
  code?: string;
  more_info?: string;
}
interface BanditJson {
  errors?: { filename: string; reason: string }[];
  generated_at?: string;
  metrics?: Record<string, Record<string, number>>;
  results?: BanditResult[];
}

export interface BanditParse {
  findings: Omit<Finding, 'fingerprint'>[];
  problems: ScanProblem[];
  /** `_totals.nosec` and `skipped_tests` from the metrics (numbers even when 1.6 wrote floats). */
  nosec: number;
  skippedTests: number;
  loc: number;
  /** Files Bandit looked at (its per-file metrics), and those it could not parse (its `errors`). */
  files: number;
  failedFiles: number;
}

const SEV: Record<string, Severity> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'info' };
const CONF: Record<string, Confidence> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'low' };

export function isBanditJson(doc: unknown): doc is BanditJson {
  const d = doc as BanditJson | null;
  return (
    !!d &&
    typeof d === 'object' &&
    Array.isArray(d.results) &&
    (d.metrics !== undefined || d.errors !== undefined)
  );
}

/** `code` is "N text\n" lines; keep the text of the flagged lines only. */
export function codeOfLines(code: string | undefined, lines: readonly number[]): string {
  if (!code) return '';
  const wanted = new Set(lines);
  const out: string[] = [];
  for (const l of code.split('\n')) {
    const m = /^(\d+) ?(.*)$/.exec(l);
    if (m && wanted.has(Number(m[1]))) out.push(m[2] ?? '');
  }
  return out.join('\n');
}

/**
 * @param relativize maps bandit's filename to a repo-relative path (bandit prints paths as given).
 * @param readLines optional reader of the real source lines (for the fingerprint, when `code` is absent).
 */
export function parseBanditJson(
  text: string,
  relativize: (file: string) => string = (f) => f.replace(/^\.\//, ''),
  readLines?: (file: string, lines: readonly number[]) => string | undefined,
): BanditParse {
  const doc = parseJson(text, "Bandit's report");
  if (!isBanditJson(doc)) throw new Error('not a Bandit JSON report (no `results` and `metrics`).');
  const problems: ScanProblem[] = (doc.errors ?? []).map((e) => ({
    kind: 'sast',
    tool: 'Bandit',
    message: `${relativize(e.filename)}: ${e.reason}`,
    fatal: false,
  }));
  const findings = (doc.results ?? []).map((r): Omit<Finding, 'fingerprint'> => {
    const path = relativize(r.filename);
    const range = r.line_range?.length ? r.line_range : [r.line_number];
    const cwe =
      r.issue_cwe && 'id' in r.issue_cwe && typeof r.issue_cwe.id === 'number' ? r.issue_cwe.id : undefined;
    const code = readLines?.(r.filename, range) ?? codeOfLines(r.code, range);
    const endLine = Math.max(...range);
    // Rule metadata is the same for every instance of a rule: never an instance's text (which may quote a
    // hardcoded secret, B105–B107) and never its location.
    return redactFoundSecret({
      kind: 'sast',
      tool: 'Bandit',
      ruleId: r.test_id,
      rule: {
        id: r.test_id,
        name: r.test_name,
        shortDescription: `${r.test_id} ${r.test_name}`,
        fullDescription: `${describeTest(r.test_name)} (Bandit ${r.test_id}).`,
        helpMarkdown: `**${r.test_id}: ${r.test_name}**${r.more_info ? `\n\nSee [Bandit's documentation](${r.more_info}).` : ''}\n\nSuppress a reviewed instance with \`# nosec ${r.test_id}\` on the line.`,
        ...(r.more_info ? { helpUri: r.more_info } : {}),
        ...(cwe !== undefined ? { cwe } : {}),
      },
      severity: SEV[r.issue_severity] ?? 'info',
      confidence: CONF[r.issue_confidence] ?? 'low',
      message: r.issue_text,
      path,
      line: r.line_number,
      ...(endLine > r.line_number ? { endLine } : {}),
      // Bandit's columns are 0-based; SARIF and annotations are 1-based.
      ...(typeof r.col_offset === 'number' ? { column: r.col_offset + 1 } : {}),
      ...(typeof r.end_col_offset === 'number' && endLine === r.line_number
        ? { endColumn: r.end_col_offset + 1 }
        : {}),
      code,
    });
  });
  const totals = doc.metrics?._totals ?? {};
  const failed = new Set((doc.errors ?? []).map((e) => e.filename));
  const files = new Set([...Object.keys(doc.metrics ?? {}).filter((k) => k !== '_totals'), ...failed]);
  return {
    files: files.size,
    failedFiles: failed.size,
    findings,
    problems,
    nosec: Math.round(Number(totals.nosec ?? 0)),
    skippedTests: Math.round(Number(totals.skipped_tests ?? 0)),
    loc: Math.round(Number(totals.loc ?? 0)),
  };
}

/** `subprocess_popen_with_shell_equals_true` -> `Subprocess popen with shell equals true`. */
export function describeTest(name: string): string {
  const words = name.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Test files, where `assert` is the point (B101 is skipped there by default). */
export function isTestPath(p: string): boolean {
  return /(^|\/)(tests?|testing)\//.test(p) || /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/.test(p);
}
