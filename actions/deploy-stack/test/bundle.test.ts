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

describe('dist/deploy-stack', () => {
  it('bundles no CommonJS build of an @aws-sdk or @smithy package', () => {
    for (const code of [main, ...chunks])
      expect(code.match(/node_modules\/@(?:aws-sdk|smithy)\/[^/]+\/dist-cjs\/\S*/g) ?? []).toEqual([]);
  });

  it('holds the CloudFormation client from dist-es in the main chunk, without the aggregated client or waiters', () => {
    expect(main).toContain('@aws-sdk/client-cloudformation/dist-es/CloudFormationClient.js');
    expect(main).toContain('@aws-sdk/client-cloudformation/dist-es/commands/DescribeStacksCommand.js');
    expect(main).not.toContain('@aws-sdk/client-cloudformation/dist-es/CloudFormation.js');
    expect(main).not.toContain('@aws-sdk/client-cloudformation/dist-es/waiters/');
  });

  it('loads the credential provider chain only when a run needs it', () => {
    expect(main).not.toContain('@aws-sdk/credential-provider-ini/dist-es/');
    expect(chunks.some((c) => c.includes('@aws-sdk/credential-provider-ini/dist-es/'))).toBe(true);
  });
});
