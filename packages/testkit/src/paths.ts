import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Node 24, the runtime every action declares: this process if it is 24+, else the `node` devDependency. */
export function node24(): string {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const local = path.join(REPO_ROOT, 'node_modules', '.bin', 'node');
  if (existsSync(local)) return local;
  throw new Error('Node 24 not found: run `npm ci` (the `node` devDependency provides it).');
}

/**
 * The actions in this repository: every directory under actions/ that has an action.yml, sorted. Tests and
 * scripts take the list from here, so a new action is covered without editing them.
 */
export function listActions(root: string = REPO_ROOT): string[] {
  return readdirSync(path.join(root, 'actions'))
    .filter((a) => existsSync(path.join(root, 'actions', a, 'action.yml')))
    .sort();
}
