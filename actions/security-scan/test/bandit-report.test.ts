import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeOfLines, isTestPath, parseBanditJson } from '../src/bandit-report.ts';
import { finishedLine, fromBanditReport } from '../src/bandit.ts';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const read = (f: string) => readFileSync(path.join(FIX, f), 'utf8');

// The same scan of fixtures/py-app, as Bandit 1.9.4 wrote it and in the 1.6 shape (no cwe/columns, float metrics).
const EXPECTED = [
  ['app/server.py', 'B404', 2],
  ['app/server.py', 'B105', 7],
  ['app/server.py', 'B602', 11],
  ['app/server.py', 'B324', 19],
  ['app/server.py', 'B506', 23],
  ['app/server.py', 'B113', 27],
  ['app/server.py', 'B608', 31],
  ['app/server.py', 'B104', 39],
  ['app/server.py', 'B602', 43],
  ['app/util.py', 'B403', 1],
  ['app/util.py', 'B101', 5],
  ['app/util.py', 'B301', 6],
  ['tests/test_server.py', 'B101', 5],
];

describe('parseBanditJson', () => {
  it.each(['bandit-1.9.json', 'bandit-1.6.json'])('%s: every result with test id, path and line', (file) => {
    const r = parseBanditJson(read(file));
    expect(r.findings.map((f) => [f.path, f.ruleId, f.line])).toEqual(EXPECTED);
    expect(r.problems).toEqual([
      {
        kind: 'sast',
        tool: 'Bandit',
        message: 'app/broken.py: syntax error while parsing AST from file',
        fatal: false,
      },
    ]);
    expect(r.nosec).toBe(1);
    expect(r.loc).toBe(32);
  });

  it('1.9: CWE and 1-based columns; 1.6: neither, without failing', () => {
    const b602new = parseBanditJson(read('bandit-1.9.json')).findings[2];
    expect(b602new).toMatchObject({
      ruleId: 'B602',
      severity: 'high',
      confidence: 'high',
      column: 12,
      endColumn: 44,
      rule: { cwe: 78 },
    });
    const b602old = parseBanditJson(read('bandit-1.6.json')).findings[2];
    expect(b602old?.column).toBeUndefined();
    expect(b602old?.rule.cwe).toBeUndefined();
    expect(b602old).toMatchObject({
      ruleId: 'B602',
      severity: 'high',
      confidence: 'high',
      code: '    return subprocess.call(cmd, shell=True)',
    });
  });

  it.each([
    ['not json', /not JSON/],
    ['{"foo": 1}', /not a Bandit JSON report/],
  ])('rejects %s', (text, err) => {
    expect(() => parseBanditJson(text)).toThrow(err);
  });
});

describe('codeOfLines', () => {
  it('keeps the text of the wanted lines only', () => {
    expect(codeOfLines('10 a = 1\n11 b = eval(x)\n12 c = 2\n', [11])).toBe('b = eval(x)');
  });
});

describe('isTestPath', () => {
  it.each([
    ['tests/test_x.py', true],
    ['pkg/test/helpers.py', true],
    ['test_server.py', true],
    ['pkg/server_test.py', true],
    ['conftest.py', true],
    ['app/contest.py', false],
    ['app/latest.py', false],
    ['app/server.py', false],
  ])('%s -> %s', (p, want) => expect(isTestPath(p)).toBe(want));
});

describe('fromBanditReport', () => {
  it('skips B101 only under test paths by default, and fingerprints from the real source line', () => {
    const ws = path.join(FIX, 'py-app');
    const on = fromBanditReport(read('bandit-1.9.json'), ws, true);
    expect(on.findings.filter((f) => f.ruleId === 'B101').map((f) => f.path)).toEqual(['app/util.py']);
    expect(on.stats?.skippedAssertsInTests).toBe(1);
    const off = fromBanditReport(read('bandit-1.9.json'), ws, false);
    expect(off.findings.filter((f) => f.ruleId === 'B101').map((f) => f.path)).toEqual([
      'app/util.py',
      'tests/test_server.py',
    ]);
    // The two B602 lines have the same code: distinct fingerprints through the occurrence suffix.
    const b602 = on.findings.filter((f) => f.ruleId === 'B602').map((f) => f.fingerprint);
    expect(b602[0]?.replace(/:\d+$/, '')).toBe(b602[1]?.replace(/:\d+$/, ''));
    expect(b602.map((f) => f.split(':')[1])).toEqual(['1', '2']);
  });
});

describe('counts in Bandit’s log line and problems read right for 0, 1 and several', () => {
  type Doc = {
    errors: { filename: string }[];
    metrics: Record<string, unknown>;
    results: { filename: string }[];
  };
  /** bandit-1.9.json (a real Bandit 1.9.4 report) cut down to the files named; an unparsable file is in `errors`. */
  const report = (files: string[], unparsable: string[] = []) => {
    const doc = JSON.parse(read('bandit-1.9.json')) as Doc;
    const [error] = doc.errors;
    return JSON.stringify({
      ...doc,
      errors: unparsable.map((filename) => ({ ...error, filename })),
      metrics: Object.fromEntries(
        Object.entries(doc.metrics).filter(([k]) => k === '_totals' || [...files, ...unparsable].includes(k)),
      ),
      results: doc.results.filter((r) => files.includes(r.filename)),
    });
  };
  const ws = path.join(FIX, 'py-app');

  it('the finished line: files parsed and findings', () => {
    // tests/test_server.py has one result, a B101 that skip-test-asserts drops.
    const testFile = ['./tests/test_server.py'];
    expect(finishedLine(3, fromBanditReport(report(testFile), ws, true))).toBe(
      'Bandit: finished in 3s: 1 file parsed, 0 failed, 0 findings.',
    );
    expect(finishedLine(1, fromBanditReport(report(testFile), ws, false))).toBe(
      'Bandit: finished in 1s: 1 file parsed, 0 failed, 1 finding.',
    );
    expect(finishedLine(12, fromBanditReport(read('bandit-1.9.json'), ws, true))).toBe(
      'Bandit: finished in 12s: 3 files parsed, 1 failed, 12 findings.',
    );
  });

  it('nothing parsed: the only file, or none of several', () => {
    const incomplete = (unparsable: string[]) =>
      fromBanditReport(report([], unparsable), ws, true, { name: 'Bandit' }, 'app')
        .problems.filter((p) => p.incomplete)
        .map((p) => p.message);
    const why =
      'so nothing was scanned (Python 2 code, or syntax errors; Bandit needs code the Python running it can parse)';
    expect(incomplete(['./app/broken.py'])).toEqual([
      `the only Python file in app could not be parsed, ${why}`,
    ]);
    expect(incomplete(['./app/broken.py', './app/old.py'])).toEqual([
      `none of the 2 Python files in app could be parsed, ${why}`,
    ]);
  });
});
