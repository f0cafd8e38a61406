/**
 * The committed bundle takes the AWS SDK from its ES modules (dist-es), as tsconfig.bundle.json asks: webpack can
 * then drop what the action never uses (other commands' code, waiters, paginators, the aggregated client) and
 * split the credential providers into lazy chunks. A bundle built from dist-cjs would work but start ~16 ms slower
 * (docs/notes/cold-start.md); this catches a build that silently fell back to it.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/deploy-stack');
const main = readFileSync(path.join(dist, 'index.js'), 'utf8');
const chunks = readdirSync(dist)
  .filter((f) => /^\d+\.index\.js$/.test(f))
  .map((f) => readFileSync(path.join(dist, f), 'utf8'));

// The bundle keeps names (scripts/slim-bundle.mjs does not mangle) but not webpack's module-path comments, so
// what is in it is told by the declarations: the ES builds export through webpack's harmony getters, while a
// dist-cjs build is one CommonJS file per package with every command, the aggregated client and the waiters in it.
const all = [main, ...chunks];
const defines = (code: string, decl: string) => code.includes(decl);

describe('dist/deploy-stack', () => {
  it('bundles no CommonJS build of the CloudFormation client (no exports.X assignments, no aggregated client)', () => {
    for (const code of all) {
      expect(code.match(/exports\.(?:CloudFormationClient|DescribeStacksCommand)\b/g) ?? []).toEqual([]);
      expect(defines(code, 'class CloudFormation extends')).toBe(false);
    }
  });

  it('holds the CloudFormation client and the commands it sends in the main chunk, without waiters or other commands', () => {
    expect(defines(main, 'class CloudFormationClient extends')).toBe(true);
    expect(defines(main, 'class DescribeStacksCommand extends')).toBe(true);
    for (const code of all) {
      expect(defines(code, 'waitUntilStackCreateComplete')).toBe(false);
      expect(defines(code, 'class DescribeStackSetCommand extends')).toBe(false);
    }
  });

  it('loads the credential provider chain only when a run needs it', () => {
    expect(defines(main, 'fromIni=')).toBe(false);
    expect(chunks.filter((c) => defines(c, 'const fromIni=')).length).toBe(1);
  });
});
