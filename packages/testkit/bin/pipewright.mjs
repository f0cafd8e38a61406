#!/usr/bin/env node
// `npx pipewright …`: runs the testkit CLI on Node 24 (the runtime the actions declare), which runs TypeScript directly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '..', 'src', 'cli.ts');
let node = process.execPath;
if (Number(process.versions.node.split('.')[0]) < 24) {
  node = path.join(here, '..', '..', '..', 'node_modules', '.bin', 'node');
  if (!existsSync(node)) {
    console.error(
      'pipewright needs Node 24: run `npm ci` in the repository (the `node` devDependency provides it).',
    );
    process.exit(1);
  }
}
const env = { ...process.env, NODE_NO_WARNINGS: '1' };
const r = spawnSync(node, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
