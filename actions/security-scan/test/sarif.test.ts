import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Ajv } from 'ajv';
import { buildSarif, type RunGroup } from '../src/sarif-output.ts';
import { fromBanditReport } from '../src/bandit.ts';
import { alertToFinding } from '../src/dast/scan.ts';
import { assignFingerprints } from '../src/fingerprint.ts';
import type { Finding } from '../src/findings.ts';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
// The official SARIF 2.1.0 (rtm.5) schema, vendored from the npm package @microsoft/jest-sarif (MIT).
const schema = JSON.parse(readFileSync(path.join(FIX, 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<
  string,
  unknown
>;
delete schema.$schema; // draft-04 meta-schema; the keywords used are draft-07 compatible
schema.$id = schema.id;
delete schema.id;
const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);

const bandit = fromBanditReport(
  readFileSync(path.join(FIX, 'bandit-1.9.json'), 'utf8'),
  path.join(FIX, 'py-app'),
  true,
);
const dast = assignFingerprints([
  alertToFinding({ alertRef: '10038-1', url: 'http://127.0.0.1:8080/', method: 'GET' }),
  alertToFinding({
    alertRef: '10036',
    url: 'http://127.0.0.1:8080/',
    method: 'GET',
    evidence: 'nginx/1.22.1',
  }),
  alertToFinding({ alertRef: '10049-3', url: 'http://127.0.0.1:8080/', method: 'GET' }),
]) as Finding[];
const groups = (): RunGroup[] => [
  {
    tool: bandit.tool,
    kind: 'sast',
    category: 'security-scan/sast/',
    findings: bandit.findings,
    problems: ['app/broken.py: syntax error'],
    executionSuccessful: true,
  },
  {
    tool: { name: 'pipewright-dast' },
    kind: 'dast',
    category: 'security-scan/dast/127.0.0.1_8080/',
    findings: dast,
    problems: [],
    executionSuccessful: true,
  },
];

describe('buildSarif', () => {
  it('is valid SARIF 2.1.0, one run per scanner with its own category', () => {
    const { log, text } = buildSarif(groups(), '.github/workflows/ci.yml');
    expect(validate(JSON.parse(text))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(log.runs.map((r) => [r.tool.driver.name, r.automationDetails?.id, r.results.length])).toEqual([
      ['Bandit', 'security-scan/sast/', 12],
      ['pipewright-dast', 'security-scan/dast/127.0.0.1_8080/', 3],
    ]);
  });

  it('gives rules the metadata GitHub reads: descriptions, markdown help, CWE tag, security-severity, precision', () => {
    const { log } = buildSarif(groups(), '.github/workflows/ci.yml');
    const b602 = log.runs[0]?.tool.driver.rules.find((r) => r.id === 'B602');
    expect(b602).toMatchObject({
      name: 'SubprocessPopenWithShellEqualsTrue',
      shortDescription: { text: 'B602 subprocess_popen_with_shell_equals_true' },
      // Fixed per rule (Bandit's test name), never an instance's issue_text, which may quote a secret.
      fullDescription: { text: 'Subprocess popen with shell equals true (Bandit B602).' },
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'sast', 'external/cwe/cwe-78'],
        precision: 'high',
        'security-severity': '8.0',
      },
    });
    expect(b602?.help?.markdown).toContain('# nosec B602');
    const rules = log.runs[1]?.tool.driver.rules ?? [];
    expect(rules.map((r) => [r.id, r.properties?.['security-severity']])).toEqual([
      ['10038-1', '5.5'],
      ['10036', '3.0'],
      ['10049-3', undefined], // informational: no security-severity
    ]);
  });

  it('SAST results use repo-relative URIs and 1-based regions; DAST results point at a repo file and carry the URL', () => {
    const { log } = buildSarif(groups(), '.github/workflows/ci.yml');
    const r = log.runs[0]?.results[2];
    expect(r?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'app/server.py', uriBaseId: '%SRCROOT%' },
      region: { startLine: 11, startColumn: 12, endColumn: 44 },
    });
    const d = log.runs[1]?.results[0];
    expect(d?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: '.github/workflows/ci.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
    expect(d?.message.text).toBe('Content Security Policy (CSP) Header Not Set. GET http://127.0.0.1:8080/');
    expect(d?.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/);
  });

  it('scanner problems become notifications; a scan that could not run is executionSuccessful: false', () => {
    const g = groups();
    (g[1] as RunGroup).executionSuccessful = false;
    const { log } = buildSarif(g, 'x.yml');
    expect(log.runs[0]?.invocations?.[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'app/broken.py: syntax error' } }],
    });
    expect(log.runs[1]?.invocations?.[0]?.executionSuccessful).toBe(false);
  });

  it('trims the least severe results with a note when over the gzipped size limit', () => {
    const many = assignFingerprints(
      Array.from({ length: 400 }, (_, i) =>
        alertToFinding({
          alertRef: i % 4 === 0 ? '10038-1' : '10049-3',
          url: `http://h/${i}/${'x'.repeat(i)}`,
          method: 'GET',
        }),
      ),
    ) as Finding[];
    const g: RunGroup[] = [
      {
        tool: { name: 'pipewright-dast' },
        kind: 'dast',
        category: 'c/dast/h/',
        findings: many,
        problems: [],
        executionSuccessful: true,
      },
    ];
    const full = buildSarif(g, 'x.yml');
    const mediumsOnly = buildSarif(
      [{ ...(g[0] as RunGroup), findings: many.filter((f) => f.ruleId === '10038-1') }],
      'x.yml',
    );
    const limit = gzipSync(mediumsOnly.text).length + 2000;
    expect(gzipSync(full.text).length).toBeGreaterThan(limit);
    const cut = buildSarif(g, 'x.yml', limit);
    expect(gzipSync(cut.text).length).toBeLessThanOrEqual(limit);
    expect(cut.trimmed).toBeGreaterThan(0);
    const results = cut.log.runs[0]?.results ?? [];
    expect(results.length).toBe(400 - cut.trimmed);
    // Every medium (10038-1) result is kept before any note.
    expect(results.filter((r) => r.ruleId === '10038-1')).toHaveLength(100);
    expect(cut.log.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toMatch(
      /^Trimmed to fit GitHub's 10 MB gzipped limit: \d+ least severe results/,
    );
    expect(validate(JSON.parse(cut.text))).toBe(true);
  });

  it('caps a run at 25,000 results (GitHub rejects more) with a note', () => {
    const many = Array.from({ length: 25_010 }, (_, i) => ({
      ...(dast[0] as Finding),
      fingerprint: `f${i}:1`,
    }));
    const { log, trimmed } = buildSarif(
      [
        {
          tool: { name: 'd' },
          kind: 'dast',
          category: 'c/',
          findings: many,
          problems: [],
          executionSuccessful: true,
        },
      ],
      'x.yml',
    );
    expect(log.runs[0]?.results).toHaveLength(25_000);
    expect(log.runs[0]?.properties).toEqual({ trimmedResults: 10 });
    // Counted as left out, so the comment does not claim the SARIF file has every finding.
    expect(trimmed).toBe(10);
  });
});
