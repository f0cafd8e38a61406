/**
 * Findings that quote a hardcoded secret are published redacted, with a hint. Bandit's message for
 * B105/B106/B107 is "Possible hardcoded password: '<value>'" (bandit/plugins/general_hardcoded_password.py;
 * bandit-1.9.json below is Bandit 1.9.4's own output on fixtures/py-app, which has PASSWORD = "hunter2").
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromBanditReport } from '../src/bandit.ts';
import { buildSarif } from '../src/sarif-output.ts';
import { redactFoundSecret, secretHint } from '../src/found-secrets.ts';
import { fingerprintBase } from '../src/fingerprint.ts';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const report = readFileSync(path.join(FIX, 'bandit-1.9.json'), 'utf8');

describe('secretHint', () => {
  it.each([
    ['hunter2', '[redacted: 7 characters, starts with a lowercase letter]'],
    ['Xy', '[redacted: 2 characters, starts with an uppercase letter]'],
    ['9', '[redacted: 1 character, starts with a digit]'],
    ['$ecret', '[redacted: 6 characters, starts with a symbol]'],
    ['', '[redacted: empty]'],
  ])('%j', (value, hint) => expect(secretHint(value)).toBe(hint));
});

describe('Bandit B105–B107', () => {
  const outcome = fromBanditReport(report, path.join(FIX, 'py-app'), true);
  const b105 = outcome.findings.find((f) => f.ruleId === 'B105');

  it('message and source line carry the hint, not the password', () => {
    expect(b105?.message).toBe(
      'Possible hardcoded password: [redacted: 7 characters, starts with a lowercase letter]',
    );
    expect(b105?.code).toBe('PASSWORD = "[redacted: 7 characters, starts with a lowercase letter]"');
    expect(JSON.stringify(outcome)).not.toContain('hunter2');
  });

  it('the fingerprint is not a function of the password', () => {
    const a = redactFoundSecret({
      ...b105!,
      message: "Possible hardcoded password: 'aaaa1'",
      code: "p = 'aaaa1'",
    });
    const b = redactFoundSecret({
      ...b105!,
      message: "Possible hardcoded password: 'bbbb2'",
      code: "p = 'bbbb2'",
    });
    expect(fingerprintBase(a)).toBe(fingerprintBase(b));
  });

  it('SARIF rule metadata is fixed per rule whichever instance comes first', () => {
    const other = JSON.parse(report) as { results: { test_id: string; issue_text: string; code: string }[] };
    for (const r of other.results)
      if (r.test_id === 'B105') {
        r.issue_text = "Possible hardcoded password: 'Zq-other-Secret'";
        r.code = '7 PASSWORD = "Zq-other-Secret"\n';
      }
    const sarifOf = (text: string) =>
      buildSarif(
        [
          {
            tool: { name: 'Bandit' },
            kind: 'sast',
            category: 'c/',
            findings: fromBanditReport(text, path.join(FIX, 'nowhere'), true).findings,
            problems: [],
            executionSuccessful: true,
          },
        ],
        'README.md',
      ).log;
    const rule = (t: string) => sarifOf(t).runs[0]?.tool.driver.rules.find((r) => r.id === 'B105');
    expect(rule(JSON.stringify(other))).toEqual(rule(report));
    expect(rule(report)?.fullDescription?.text).toBe('Hardcoded password string (Bandit B105).');
    const text = JSON.stringify(sarifOf(JSON.stringify(other)));
    expect(text).not.toContain('Zq-other-Secret');
    expect(text).toContain('[redacted: 15 characters, starts with an uppercase letter]');
  });

  it('a one-letter password does not garble the rest of the line', () => {
    const f = redactFoundSecret({
      ruleId: 'B106',
      message: "Possible hardcoded password: 's'",
      code: "login(password='s')",
    });
    expect(f.code).toBe("login(password='[redacted: 1 character, starts with a lowercase letter]')");
  });

  it('other rules are left as they are', () => {
    const f = { ruleId: 'B602', message: "uses 'shell=True'", code: 'x' };
    expect(redactFoundSecret(f)).toBe(f);
  });
});
