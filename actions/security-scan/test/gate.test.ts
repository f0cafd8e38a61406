import { describe, expect, it } from '@jest/globals';
import { evaluateGate, exemption, markBaseline, type GatePolicy } from '../src/gate.ts';
import { applyRules, parseRulesFile } from '../src/rules-file.ts';
import { parseBaseline, renderBaseline } from '../src/baseline.ts';
import type { Finding } from '../src/findings.ts';

const f = (o: Partial<Finding>): Finding => ({
  kind: 'sast',
  tool: 't',
  ruleId: 'B602',
  rule: { id: o.ruleId ?? 'B602', name: 'n', shortDescription: 's' },
  severity: 'high',
  confidence: 'high',
  message: 'm',
  path: 'app/x.py',
  line: 1,
  fingerprint: 'fp:1',
  baseline: 'new',
  ...o,
});
const defaults: GatePolicy = {
  failOn: { sast: 'medium', dast: 'medium' },
  minConfidence: { sast: 'medium', dast: 'medium' },
  newOnly: false,
};

describe('gate', () => {
  it.each<[string, Partial<Finding>, Partial<GatePolicy>, string | undefined]>([
    ['high SAST fails by default', {}, {}, undefined],
    ['medium SAST fails by default', { severity: 'medium' }, {}, undefined],
    ['low SAST does not', { severity: 'low' }, {}, 'below fail-on-sast (medium)'],
    [
      'low SAST with fail-on-sast: low',
      { severity: 'low' },
      { failOn: { sast: 'low', dast: 'medium' } },
      undefined,
    ],
    ['fail-on-sast: none', {}, { failOn: { sast: 'none', dast: 'medium' } }, 'below fail-on-sast (none)'],
    [
      'DAST uses its own threshold',
      { kind: 'dast', ruleId: '10038-1', severity: 'medium' },
      { failOn: { sast: 'medium', dast: 'high' } },
      'below fail-on-dast (high)',
    ],
    ['low confidence never fails by default', { confidence: 'low' }, {}, 'confidence below the threshold'],
    [
      'low confidence with sast-confidence: low',
      { confidence: 'low' },
      { minConfidence: { sast: 'low', dast: 'medium' } },
      undefined,
    ],
    [
      'informational never fails',
      { kind: 'dast', ruleId: '10049-3', severity: 'info' },
      { failOn: { sast: 'low', dast: 'low' } },
      'informational',
    ],
    [
      'noisy DAST rules warn only',
      { kind: 'dast', ruleId: '10096', severity: 'low' },
      { failOn: { sast: 'low', dast: 'low' }, minConfidence: { sast: 'low', dast: 'low' } },
      'noisy rule (warn only)',
    ],
    [
      'FAIL in the rules file fails whatever the threshold',
      { severity: 'low', confidence: 'low', ruleLevel: 'FAIL' },
      {},
      undefined,
    ],
    ['INFO in the rules file never fails', { ruleLevel: 'INFO' }, {}, 'INFO in the rules file'],
    ['new-only: existing findings pass', { baseline: 'existing' }, { newOnly: true }, 'in the baseline'],
    ['new-only: new findings fail', { baseline: 'new' }, { newOnly: true }, undefined],
    ['without new-only, existing findings fail', { baseline: 'existing' }, {}, undefined],
  ])('%s', (_, finding, policy, why) => {
    expect(exemption(f(finding), { ...defaults, ...policy })).toBe(why);
  });

  it('counts new findings against the baseline', () => {
    const list = markBaseline(
      [f({ fingerprint: 'a:1' }), f({ fingerprint: 'b:1' }), f({ fingerprint: 'a:2' })],
      new Set(['a:1']),
    );
    expect(list.map((x) => x.baseline)).toEqual(['existing', 'new', 'new']);
    const g = evaluateGate(list, { ...defaults, newOnly: true });
    expect(g.newCount).toBe(2);
    expect(g.failing.map((x) => x.fingerprint)).toEqual(['b:1', 'a:2']);
  });
});

describe('rules file (ZAP baseline format)', () => {
  const text = [
    '# comment',
    '10096\tIGNORE\t(Timestamp Disclosure - Unix)',
    '10020\tFAIL\t(Anti-clickjacking)',
    '10049-3\tINFO\t(Storable)',
    'B101\tIGNORE\t(assert)',
    '10038,10055\tOUTOFSCOPE\t^https?://[^/]+/api/',
    '*\tOUTOFSCOPE\t/static/',
    '',
  ].join('\n');
  it('drops IGNOREd and out-of-scope findings and stamps levels (plugin ID matches its sub-alerts)', () => {
    const cfg = parseRulesFile(text);
    const d = (ruleId: string, url: string) => f({ kind: 'dast', ruleId, url, path: undefined });
    const { kept, ignored } = applyRules(cfg, [
      d('10096', 'http://h/'),
      d('10020-1', 'http://h/'),
      d('10049-3', 'http://h/'),
      d('10049-2', 'http://h/'),
      d('10038-1', 'http://h/api/x'),
      d('10038-1', 'http://h/page'),
      d('10021', 'http://h/static/a.js'),
      f({ ruleId: 'B101' }),
      f({ ruleId: 'B602' }),
    ]);
    expect(ignored).toBe(4);
    expect(kept.map((k) => [k.ruleId, k.url ?? k.path, k.ruleLevel])).toEqual([
      ['10020-1', 'http://h/', 'FAIL'],
      ['10049-3', 'http://h/', 'INFO'],
      ['10049-2', 'http://h/', undefined],
      ['10038-1', 'http://h/page', undefined],
      ['B602', 'app/x.py', undefined],
    ]);
  });
  it.each([
    ['10020 FAIL', /rules\.tsv:1: expected at least 3 tab-separated fields/],
    ['10020\tFAIL', /rules\.tsv:1: expected at least 3/],
    ['10020\tBLOCK\t(x)', /unknown level "BLOCK"/],
    ['*\tOUTOFSCOPE\t([', /bad URL regex/],
  ])('rejects %j', (line, err) => expect(() => parseRulesFile(line, 'rules.tsv')).toThrow(err));
});

describe('baseline', () => {
  it('round-trips our own file and reads fingerprints from a SARIF log', () => {
    const text = renderBaseline([
      f({ fingerprint: 'b:1' }),
      f({ fingerprint: 'a:1', kind: 'dast', url: 'http://h/', path: undefined }),
    ]);
    expect([...parseBaseline(text, 'b.json')]).toEqual(['a:1', 'b:1']);
    const sarif = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          results: [
            { partialFingerprints: { 'pipewright/v1': 'x:1', primaryLocationLineHash: 'x:1' } },
            { partialFingerprints: { primaryLocationLineHash: 'gh:1' } },
          ],
        },
      ],
    });
    expect([...parseBaseline(sarif, 'base.sarif')]).toEqual(['x:1']);
    expect(() => parseBaseline('{"a":1}', 'x.json')).toThrow(/neither a pipewright baseline/);
  });
});
