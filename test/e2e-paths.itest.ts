/** Every examples/ path the e2e workflow uses exists, so the workflow cannot drift from the examples. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@pipewright/testkit';

describe('.github/workflows/e2e.yml', () => {
  const text = readFileSync(path.join(REPO_ROOT, '.github', 'workflows', 'e2e.yml'), 'utf8');
  const paths = [...new Set([...text.matchAll(/\bexamples\/[\w./-]*[\w/]/g)].map((m) => m[0]))];

  it('names example paths', () => {
    expect(paths.length).toBeGreaterThanOrEqual(5);
  });

  it.each(paths)('%s exists', (p) => {
    expect(existsSync(path.join(REPO_ROOT, p))).toBe(true);
  });
});
