/**
 * Each action reads its inputs through one spec (the `spec` export of src/config.ts, or of src/main.ts
 * for an action that has no config.ts yet) and declares them to GitHub in action.yml. The runner only
 * passes the inputs action.yml declares, and fills in action.yml's defaults before the action starts
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax#inputs), so the two
 * must agree: same names, same defaults, same required flags.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { InputSpec } from '@pipewright/shared/action';
import { parseYaml } from '@pipewright/shared/yaml';
import { listActions, REPO_ROOT } from '@pipewright/testkit';

interface YmlInput {
  description?: string;
  required?: boolean;
  default?: unknown;
}

async function specOf(action: string): Promise<InputSpec> {
  const src = path.join(REPO_ROOT, 'actions', action, 'src');
  const file = existsSync(path.join(src, 'config.ts')) ? 'config.ts' : 'main.ts';
  const mod = (await import(path.join(src, file))) as { spec?: InputSpec };
  if (!mod.spec) throw new Error(`actions/${action}/src/${file} exports no \`spec\``);
  return mod.spec;
}

function ymlInputs(action: string): Record<string, YmlInput> {
  const file = path.join(REPO_ROOT, 'actions', action, 'action.yml');
  return ((parseYaml(readFileSync(file, 'utf8')) as { inputs?: Record<string, YmlInput> }).inputs ??
    {}) as Record<string, YmlInput>;
}

/** A spec default as action.yml writes it: lists comma-separated, booleans and numbers as text. */
function asText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

describe.each(listActions())('%s', (action) => {
  const yml = ymlInputs(action);

  it('declares in action.yml exactly the inputs its spec reads', async () => {
    const spec = await specOf(action);
    expect(Object.keys(spec).sort()).toEqual(Object.keys(yml).sort());
  });

  it('has the same defaults in its spec and in action.yml', async () => {
    const spec = await specOf(action);
    for (const [name, input] of Object.entries(yml)) {
      const def = spec[name];
      if (!def) continue; // reported by the test above
      const ymlDefault = input.default === undefined ? undefined : String(input.default);
      // `${{ github.token }}` and other expressions are evaluated by the runner; the spec cannot have them.
      const expected = ymlDefault?.includes('${{') ? undefined : ymlDefault;
      expect({ name, default: asText(def.default) }).toEqual({ name, default: expected });
    }
  });

  it('marks the same inputs required in its spec and in action.yml', async () => {
    const spec = await specOf(action);
    const requiredInSpec = Object.entries(spec)
      .filter(([, d]) => d.required === true)
      .map(([n]) => n)
      .sort();
    const requiredInYml = Object.entries(yml)
      .filter(([, i]) => i.required === true)
      .map(([n]) => n)
      .sort();
    expect(requiredInSpec).toEqual(requiredInYml);
  });

  it('describes every input in action.yml', () => {
    for (const [name, input] of Object.entries(yml))
      expect({ name, description: (input.description ?? '').trim().length > 0 }).toEqual({
        name,
        description: true,
      });
  });
});
