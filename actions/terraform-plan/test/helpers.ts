import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlans, type RawPlan } from '../src/plan-json.ts';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixture(name: string): RawPlan {
  const file = path.join(FIXTURES, name.endsWith('.json') ? name : `${name}.json`);
  return parsePlans(readFileSync(file, 'utf8'), file)[0] as RawPlan;
}

/** The real plans written by fixtures/generate.mjs, each with Terraform's own text rendering beside it. */
export function realFixtures(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
}

export function cliText(name: string): string {
  return readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
}
