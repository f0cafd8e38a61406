/** The leak harness itself: it must find each encoded form, or the leak tests could not fail. */
import { describe, expect, it } from '@jest/globals';
import { encodedForms, findLeaks, logWithoutMaskCommands, plantSecret } from '../src/secret-harness.ts';
import type { RunBundleResult } from '../src/run-bundle.ts';

describe('secret harness', () => {
  const s = plantSecret('token');

  it('plants distinct secrets', () => {
    expect(plantSecret('a').value).not.toBe(plantSecret('a').value);
    expect(s.value).toMatch(/^S3cr-[0-9a-f]{18}$/);
  });

  it.each(encodedForms('p@ss word/+x"').map((f) => [f.encoding, f.text]))(
    'finds the %s form',
    (encoding, text) => {
      const secret = { label: 'pw', value: 'p@ss word/+x"', known: true };
      expect(findLeaks([secret], [{ name: 'log', text: `a ${text} b` }])).toEqual([
        `pw (${encoding}) in log`,
      ]);
    },
  );

  it('finds nothing in a redacted channel', () => {
    expect(findLeaks([s], [{ name: 'summary', text: 'token: ***' }])).toEqual([]);
  });

  it('the log channel leaves out only the ::add-mask:: commands', () => {
    const r = { stdout: `::add-mask::${s.value}\nline ${s.value}\n`, stderr: '' } as RunBundleResult;
    expect(logWithoutMaskCommands(r)).toBe(`line ${s.value}\n\n`);
  });
});
