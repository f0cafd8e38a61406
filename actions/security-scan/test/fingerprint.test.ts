import { describe, expect, it } from '@jest/globals';
import { assignFingerprints, fingerprintBase, normalizeCode, urlTemplate } from '../src/fingerprint.ts';

const sast = (code: string, path = 'app/x.py', ruleId = 'B602') => ({
  kind: 'sast' as const,
  ruleId,
  path,
  code,
  message: 'm',
});
const dast = (url: string, param?: string, ruleId = '10020-1', method = 'GET') => ({
  kind: 'dast' as const,
  ruleId,
  url,
  method,
  message: 'm',
  ...(param ? { param } : {}),
});

describe('fingerprints survive what should not change identity', () => {
  it.each([
    ['re-indented', sast('    subprocess.call(x, shell=True)'), sast('subprocess.call(x,  shell=True)')],
    ['comment added', sast('subprocess.call(x, shell=True)'), sast('subprocess.call(x, shell=True)  # TODO')],
    ['another id in the path', dast('http://h/item/17'), dast('http://h/item/18')],
    ['query values', dast('http://h/s?q=a&page=2'), dast('http://h/s?page=9&q=b')],
  ])('%s', (_, a, b) => expect(fingerprintBase(a)).toBe(fingerprintBase(b)));

  it.each([
    ['other code', sast('subprocess.call(x, shell=True)'), sast('subprocess.call(y, shell=True)')],
    ['other file', sast('a', 'app/x.py'), sast('a', 'app/y.py')],
    ['other rule', sast('a', 'p', 'B602'), sast('a', 'p', 'B603')],
    ['other path', dast('http://h/a'), dast('http://h/b')],
    ['other param', dast('http://h/a', 'x-frame-options'), dast('http://h/a', 'csp')],
    ['other method', dast('http://h/a', undefined, 'r', 'GET'), dast('http://h/a', undefined, 'r', 'POST')],
  ])('%s changes it', (_, a, b) => expect(fingerprintBase(a)).not.toBe(fingerprintBase(b)));

  it('does not depend on the line number: a finding moved down keeps its fingerprint', () => {
    const before = assignFingerprints([{ ...sast('eval(x)'), line: 10 }]);
    const after = assignFingerprints([{ ...sast('eval(x)'), line: 42 }]);
    expect(after[0]?.fingerprint).toBe(before[0]?.fingerprint);
  });

  it('numbers identical findings in order', () => {
    const fps = assignFingerprints([sast('eval(x)'), sast('other'), sast('eval(x)')]).map(
      (f) => f.fingerprint.split(':')[1],
    );
    expect(fps).toEqual(['1', '1', '2']);
  });
});

describe('helpers', () => {
  it('normalizeCode', () => expect(normalizeCode('  a =  1  # c\n\n\tb(x)\n')).toBe('a = 1\nb(x)'));
  it.each([
    ['http://h:8080/u/123/edit?b=1&a=2#x', 'http://h:8080/u/{id}/edit?a&b'],
    ['https://h/v2/0123456789abcdef0123/blobs', 'https://h/v2/{id}/blobs'],
    ['https://h/static/app.js', 'https://h/static/app.js'],
  ])('urlTemplate(%s)', (u, t) => expect(urlTemplate(u)).toBe(t));
});
