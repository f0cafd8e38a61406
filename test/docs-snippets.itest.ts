/**
 * Every ```yaml snippet in README.md, actions/<name>/README.md and docs/*.md is something a user copies into a
 * workflow. Each must parse as YAML, pass GitHub's own workflow parser (@actions/workflow-parser) — wrapped in a
 * job when it is a step or a list of steps — and use only the inputs and outputs its action's action.yml declares.
 * YAML that is not a workflow (a CloudFormation template, a config file) is only parsed.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describeThrown } from '@pipewright/shared/action';
import { listActions, REPO_ROOT } from '@pipewright/testkit';
import { checkActionMetadata, type ActionMetadata } from './lib/action-metadata.ts';
import { workflowErrors, workflowSteps } from './lib/workflow-check.ts';
import { parseYaml } from './lib/yaml.ts';

interface Snippet {
  file: string;
  line: number;
  text: string;
}

const DOCS = [
  'README.md',
  ...listActions()
    .map((a) => path.join('actions', a, 'README.md'))
    .filter((f) => existsSync(path.join(REPO_ROOT, f))),
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f)),
].sort();

/** The ```yaml / ```yml fenced blocks of a markdown file, with the line each starts on. */
export function yamlSnippets(file: string, markdown: string): Snippet[] {
  const out: Snippet[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/i.exec(lines[i] as string);
    if (!open) continue;
    const [, indent = '', fence = '```'] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] as string).trim().startsWith(fence); j++)
      body.push((lines[j] as string).slice(indent.length));
    out.push({ file, line: i + 2, text: body.join('\n') });
    i = j;
  }
  return out;
}

const snippets = DOCS.flatMap((f) => yamlSnippets(f, readFileSync(path.join(REPO_ROOT, f), 'utf8')));

const metadata = new Map<string, ActionMetadata>();
function actionMetadata(name: string): ActionMetadata | undefined {
  const file = path.join(REPO_ROOT, 'actions', name, 'action.yml');
  if (!existsSync(file)) return undefined;
  if (!metadata.has(name)) {
    const r = checkActionMetadata(file, readFileSync(file, 'utf8'), name, REPO_ROOT);
    if (r.metadata) metadata.set(name, r.metadata);
  }
  return metadata.get(name);
}

type Kind = 'workflow' | 'steps' | 'step' | 'job' | 'other';

function kindOf(value: unknown): Kind {
  if (Array.isArray(value))
    return value.every((s) => s && typeof s === 'object' && ('uses' in s || 'run' in s)) ? 'steps' : 'other';
  if (!value || typeof value !== 'object') return 'other';
  if ('jobs' in value) return 'workflow';
  if ('steps' in value || 'runs-on' in value) return 'job';
  if ('uses' in value || 'run' in value) return 'step';
  return 'other';
}

const indent = (text: string, n: number) =>
  text
    .split('\n')
    .map((l) => (l.trim() === '' ? l : ' '.repeat(n) + l))
    .join('\n');

/** The snippet as a whole workflow file, for GitHub's parser. */
function asWorkflow(text: string, kind: Kind): string {
  const head = 'on: push\njobs:\n';
  // an excerpt of a workflow (`jobs:` only) gets a trigger
  if (kind === 'workflow') return /^on:/m.test(text) ? text : `on: push\n${text}`;
  if (kind === 'job') return `${head}  snippet:\n${indent(text, 4)}\n`;
  const steps = kind === 'step' ? `- ${indent(text, 2).slice(2)}` : text;
  return `${head}  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${indent(steps, 6)}\n`;
}

/** `<owner>/pipewright/actions/<name>@ref` or `./actions/<name>`: the pipewright action a step uses. */
function pipewrightAction(uses: string | undefined): string | undefined {
  return /^(?:[^/\s]+\/pipewright\/|\.\/)actions\/([\w-]+)(?:@|$)/.exec(uses ?? '')?.[1];
}

/** Inputs and outputs of pipewright actions that the snippet uses but the action does not declare. */
export function referenceErrors(workflow: string): string[] {
  const errors: string[] = [];
  const steps = workflowSteps('snippet.yml', workflow);
  const ids = new Map<string, string>(); // step id -> action
  const parsed = parseYaml(workflow) as {
    jobs?: Record<string, { steps?: { id?: string; uses?: string }[] }>;
  };
  for (const job of Object.values(parsed.jobs ?? {}))
    for (const s of job.steps ?? []) {
      const a = pipewrightAction(s.uses);
      if (s.id && a) ids.set(s.id, a);
    }
  for (const s of steps) {
    const name = pipewrightAction(s.uses);
    if (!name) continue;
    const meta = actionMetadata(name);
    if (!meta) {
      errors.push(`${s.uses}: there is no action ${name}`);
      continue;
    }
    const known = new Set(meta.inputs.map((i) => i.id));
    for (const key of Object.keys(s.with))
      if (!known.has(key))
        errors.push(`${name}: 'with: ${key}' is not an input (inputs: ${[...known].join(', ')})`);
    for (const i of meta.inputs)
      if (i.required && i.default === undefined && !(i.id in s.with))
        errors.push(`${name}: required input '${i.id}' is not given`);
  }
  for (const m of workflow.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    const [, id, output] = m as unknown as [string, string, string];
    const name = ids.get(id);
    const meta = name ? actionMetadata(name) : undefined;
    if (meta && !meta.outputs.some((o) => o.id === output))
      errors.push(
        `steps.${id}.outputs.${output}: ${name} has no output '${output}' (outputs: ${meta.outputs.map((o) => o.id).join(', ')})`,
      );
  }
  return errors;
}

describe('workflow snippets in the docs', () => {
  it('finds the snippets of every README', () => {
    expect(new Set(snippets.map((s) => s.file))).toEqual(
      new Set(['README.md', ...DOCS.filter((f) => f.startsWith('actions/'))]),
    );
  });

  it.each(snippets.map((s) => [`${s.file}:${s.line}`, s] as const))('%s', async (_, s) => {
    let value: unknown;
    try {
      value = parseYaml(s.text);
    } catch (e) {
      throw new Error(`${s.file}:${s.line}: not valid YAML: ${describeThrown(e)}`);
    }
    const kind = kindOf(value);
    if (kind === 'other') return; // not a workflow: parsing is all there is to check
    const workflow = asWorkflow(s.text, kind);
    expect({ where: `${s.file}:${s.line}`, errors: await workflowErrors('snippet.yml', workflow) }).toEqual({
      where: `${s.file}:${s.line}`,
      errors: [],
    });
    expect({ where: `${s.file}:${s.line}`, errors: referenceErrors(workflow) }).toEqual({
      where: `${s.file}:${s.line}`,
      errors: [],
    });
  });
});

describe('every action README', () => {
  const readmes = DOCS.filter((f) => f.startsWith('actions/'));

  it.each(readmes)(
    '%s starts with what the action does, then a complete workflow, before any reference section',
    (file) => {
      const md = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      const lines = md.split('\n');
      const firstSection = lines.findIndex((l) => l.startsWith('## ')) + 1; // 1-based, 0 when none
      const firstText = lines.slice(1).find((l) => l.trim() !== '') ?? '';
      const first = yamlSnippets(file, md)[0];
      const value = first ? (parseYaml(first.text) as Record<string, unknown>) : {};
      expect({
        file,
        opensWithText: !/^(#|```|~~~|- |\||<)/.test(firstText),
        workflowBeforeSections: first !== undefined && (firstSection === 0 || first.line < firstSection),
        completeWorkflow: 'on' in value && 'jobs' in value,
      }).toEqual({ file, opensWithText: true, workflowBeforeSections: true, completeWorkflow: true });
    },
  );
});

describe('the snippet checks catch what they are for', () => {
  it('an unquoted ": " inside run: is not valid YAML', () => {
    expect(() => parseYaml('- run: echo "url: x" && echo done: ok\n  name: a: b')).toThrow();
  });

  it('an input or output the action does not declare', () => {
    const wf = asWorkflow(
      '- id: deploy\n  uses: <owner>/pipewright/actions/deploy-stack@v1\n  with:\n    stack-name: s\n    template: t.yml\n    no-such-input: 1\n- run: echo ${{ steps.deploy.outputs.ApiUrl }}',
      'steps',
    );
    expect(referenceErrors(wf)).toEqual([
      expect.stringMatching(/^deploy-stack: 'with: no-such-input' is not an input/),
      expect.stringMatching(/^steps\.deploy\.outputs\.ApiUrl: deploy-stack has no output 'ApiUrl'/),
    ]);
  });

  it('a step list is validated as a job by GitHub’s parser', async () => {
    expect(
      await workflowErrors('x.yml', asWorkflow('- uses: a/b@v1\n  wiht:\n    x: 1', 'steps')),
    ).not.toEqual([]);
  });
});
