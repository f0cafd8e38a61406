import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlans, type RawPlan } from '../src/plan-json.ts';
import type { ReportContext } from '../src/report.ts';
import { NO_MASKING } from '../src/values.ts';

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

/**
 * The body of one resource in Terraform's own text of a fixture plan, as our ```diff block shows it: each
 * line's symbol moved to the first column, the block's own indent removed.
 */
export function cliDiffLines(name: string, address: string): string[] {
  const lines = cliText(name).split('\n');
  const dot = address.lastIndexOf('.');
  const [type, res] = [address.slice(0, dot).replace(/^data\./, ''), address.slice(dot + 1)];
  const start = lines.findIndex((l) => l.endsWith(` "${type}" "${res}" {`));
  if (start < 0) throw new Error(`${name}.txt has no ${address}`);
  const end = lines.indexOf('    }', start);
  // Terraform writes a line as indent (4 spaces a level), 2 spaces, the symbol, a space: the symbol sits at a
  // column ≡ 2 (mod 4); unchanged lines have a space there.
  return lines.slice(start + 1, end).map((full) => {
    const l = full.slice(4);
    const p = l.search(/\S/);
    if (p < 0) return l;
    const isSym = p % 4 === 2 && '+-~'.includes(l[p] as string) && l[p + 1] === ' ';
    const col = isSym ? p : p - ((p + 2) % 4);
    return `${isSym ? l[p] : ' '}${`${l.slice(0, col)} ${l.slice(col + 1)}`.slice(1)}`;
  });
}

/** The report context of the report tests: a comment for infra/prod, values shown, every plan-file output set. */
export function ctx(over: Partial<ReportContext> = {}): ReportContext {
  return {
    path: 'infra/prod',
    workspace: 'default',
    label: undefined,
    planHash: 'sha256:0000',
    runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/1',
    target: 'comment',
    showValues: true,
    masking: NO_MASKING,
    planFiles: ['plan-file', 'json-plan-file', 'text-plan-file'],
    ...over,
  };
}
