#!/usr/bin/env node
/**
 * Regenerates the inputs and outputs tables of every actions/<name>/README.md from its action.yml (the source of
 * truth), between these markers:
 *
 *   <!-- inputs:start -->   …   <!-- inputs:end -->
 *   <!-- outputs:start -->  …   <!-- outputs:end -->
 *
 * and the table of actions in the root README.md (a row per actions/<name>/action.yml: name, its `description`,
 * a link to its README) between <!-- actions:start --> and <!-- actions:end -->.
 *
 * Usage: npm run readme [-- --check] [-- --strict] [-- --root DIR] [-- <action> ...]
 *   (no flag)  rewrite the tables in place
 *   --check    change nothing; exit 1 if a table differs from what action.yml says
 *   --strict   also fail when a README, or one of its two marker pairs, is missing
 *   --root     repository root (default: this script's repository)
 *
 * A README with no markers (or no README) is reported as "missing tables" — a warning, not a failure, so that an
 * action can land before its README does; --strict turns it into a failure (use it once every action has its
 * README). Markers that exist but are broken (one without the other, twice, end before start) always fail.
 * action.yml is read with GitHub's own parser (@actions/workflow-parser), so defaults appear exactly as the
 * runner sees them. The tables are formatted with the repository's prettier config, so `prettier --check`
 * agrees with the generated output.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SECTIONS = ['inputs', 'outputs'];
const GENERATED_NOTE =
  '<!-- generated from action.yml by `npm run readme`: edit action.yml, not this table -->';

/** Text for a table cell: pipes escaped, line breaks as <br>, surrounding space trimmed. */
export function cellText(text) {
  return String(text ?? '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .join('<br>')
    .replace(/(<br>){3,}/g, '<br><br>')
    .replace(/\|/g, '\\|');
}

/** An inline code span that survives backticks and pipes in the value. */
export function codeCell(value) {
  const text = String(value).replace(/\r?\n/g, ' ');
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.trim() === '' ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Markdown table of the inputs (unformatted; see formatMarkdown). */
export function inputsTable(inputs) {
  if (inputs.length === 0) return 'This action has no inputs.';
  const rows = inputs.map((i) => {
    const description = i.deprecationMessage
      ? `**Deprecated:** ${cellText(i.deprecationMessage)}<br>${cellText(i.description)}`
      : cellText(i.description);
    const def = i.default === undefined ? '' : codeCell(i.default);
    return `| ${codeCell(i.id)} | ${description} | ${i.required ? 'yes' : 'no'} | ${def} |`;
  });
  return ['| Input | Description | Required | Default |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Markdown table of the outputs (unformatted; see formatMarkdown). */
export function outputsTable(outputs) {
  if (outputs.length === 0) return 'This action has no outputs.';
  const rows = outputs.map((o) => `| ${codeCell(o.id)} | ${cellText(o.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** Markdown table of the actions for the root README (unformatted; see formatMarkdown). */
export function actionsTable(actions) {
  const rows = actions.map(
    (a) =>
      `| [${codeCell(a.name)}](actions/${a.name}) | ${cellText(a.description)} | [README](actions/${a.name}/README.md) |`,
  );
  return ['| action | what it does | docs |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * Finds the marker pair of a section. Returns { state: 'ok', start, end } (offsets of the content between the
 * markers), { state: 'missing' } when neither marker is there, or { state: 'broken', reason }.
 */
export function findMarkers(text, section) {
  const open = `<!-- ${section}:start -->`;
  const close = `<!-- ${section}:end -->`;
  const count = (needle) => text.split(needle).length - 1;
  const opens = count(open);
  const closes = count(close);
  if (opens === 0 && closes === 0) return { state: 'missing' };
  if (opens !== 1 || closes !== 1) {
    return {
      state: 'broken',
      reason: `needs exactly one ${open} and one ${close} (found ${opens} and ${closes})`,
    };
  }
  const start = text.indexOf(open) + open.length;
  const end = text.indexOf(close);
  if (end < start) return { state: 'broken', reason: `${close} comes before ${open}` };
  return { state: 'ok', start, end };
}

/**
 * Puts the generated tables between the markers. `tables` maps section -> markdown (already formatted).
 * Returns { text, missing: [section], broken: [reason] }.
 */
export function applyTables(readme, tables, sections = SECTIONS) {
  let text = readme;
  const missing = [];
  const broken = [];
  for (const section of sections) {
    const m = findMarkers(text, section);
    if (m.state === 'missing') missing.push(section);
    else if (m.state === 'broken') broken.push(m.reason);
    else
      text = `${text.slice(0, m.start)}\n${GENERATED_NOTE}\n\n${tables[section].trimEnd()}\n\n${text.slice(m.end)}`;
  }
  return { text, missing, broken };
}

let hooked = false;
/** Node refuses a JSON import without `with { type: 'json' }`, which the parser's bundled schema import lacks. */
async function jsonImportHook() {
  if (hooked) return;
  hooked = true;
  const { registerHooks } = await import('node:module');
  if (typeof registerHooks !== 'function') {
    throw new Error(
      `readme-tables needs Node 24 (this is ${process.version}): run it through npm, \`npm run readme\``,
    );
  }
  registerHooks({
    load(url, context, nextLoad) {
      if (url.endsWith('.json') && context.importAttributes?.type === undefined) {
        return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
      }
      return nextLoad(url, context);
    },
  });
}

/** Reads action.yml with GitHub's parser: { description, inputs, outputs, errors }. */
export async function readActionMetadata(file, label = file) {
  await jsonImportHook();
  const { NoOperationTraceWriter } = await import('@actions/workflow-parser');
  const { parseAction, convertActionTemplate } = await import('@actions/workflow-parser/actions/index');
  const parsed = parseAction(
    { name: label, content: readFileSync(file, 'utf8') },
    new NoOperationTraceWriter(),
  );
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) return { description: '', inputs: [], outputs: [], errors };
  const template = convertActionTemplate(parsed.context, parsed.value);
  const inputs = (template.inputs ?? []).map((i) => ({
    id: i.id,
    description: i.description ?? '',
    required: i.required === true,
    default: i.default === undefined ? undefined : String(i.default),
    deprecationMessage: i.deprecationMessage,
  }));
  const outputs = (template.outputs ?? []).map((o) => ({ id: o.id, description: o.description ?? '' }));
  return { description: template.description ?? '', inputs, outputs, errors };
}

/** Formats a markdown fragment with the repository's prettier config for `filepath`. */
export async function formatMarkdown(markdown, filepath) {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(markdown, { ...config, filepath, parser: 'markdown' });
}

/**
 * Checks (or, with write: true, updates) every action README under root. Returns one result per action:
 * { action, readme, status: 'up-to-date'|'updated'|'stale'|'missing'|'broken'|'invalid', detail }.
 */
export async function run({ root, check = false, only = [] }) {
  const actionsDir = path.join(root, 'actions');
  const actions = readdirSync(actionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(actionsDir, d.name, 'action.yml')))
    .map((d) => d.name)
    .filter((name) => only.length === 0 || only.includes(name))
    .sort();
  const results = [];
  for (const action of actions) {
    const dir = path.join(actionsDir, action);
    const readme = path.join(dir, 'README.md');
    const rel = path.relative(root, readme);
    const meta = await readActionMetadata(
      path.join(dir, 'action.yml'),
      path.relative(root, path.join(dir, 'action.yml')),
    );
    if (meta.errors.length > 0) {
      results.push({ action, readme: rel, status: 'invalid', detail: meta.errors.join('; ') });
      continue;
    }
    if (!existsSync(readme)) {
      results.push({
        action,
        readme: rel,
        status: 'missing',
        detail: 'no README.md',
        missing: [...SECTIONS],
      });
      continue;
    }
    const current = readFileSync(readme, 'utf8');
    const tables = {
      inputs: await formatMarkdown(inputsTable(meta.inputs), readme),
      outputs: await formatMarkdown(outputsTable(meta.outputs), readme),
    };
    const { text, missing, broken } = applyTables(current, tables);
    if (broken.length > 0) {
      results.push({ action, readme: rel, status: 'broken', detail: broken.join('; ') });
      continue;
    }
    const changed = SECTIONS.filter((s) => sectionDiffers(current, text, s));
    let status;
    if (changed.length > 0) {
      status = check ? 'stale' : 'updated';
      if (!check) writeFileSync(readme, text);
    } else status = missing.length > 0 ? 'missing' : 'up-to-date';
    const details = [];
    if (changed.length > 0) {
      details.push(
        `${changed.join(' and ')} table ${check ? 'differs from' : 'regenerated from'} action.yml`,
      );
    }
    if (missing.length > 0) details.push(`no markers for ${missing.join(' and ')}`);
    results.push({ action, readme: rel, status, detail: details.join('; '), missing });
  }
  results.push(await rootReadme(root, allActions(root), check));
  return results;
}

function allActions(root) {
  const dir = path.join(root, 'actions');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

/** The root README's table of actions, from every action.yml. */
async function rootReadme(root, actions, check) {
  const readme = path.join(root, 'README.md');
  const base = { action: '(all)', readme: 'README.md' };
  if (!existsSync(readme))
    return { ...base, status: 'missing', detail: 'no README.md', missing: ['actions'] };
  const rows = [];
  for (const name of actions) {
    const meta = await readActionMetadata(
      path.join(root, 'actions', name, 'action.yml'),
      `actions/${name}/action.yml`,
    );
    if (meta.errors.length > 0) return { ...base, status: 'invalid', detail: meta.errors.join('; ') };
    rows.push({ name, description: meta.description });
  }
  const current = readFileSync(readme, 'utf8');
  const table = await formatMarkdown(actionsTable(rows), readme);
  const { text, missing, broken } = applyTables(current, { actions: table }, ['actions']);
  if (broken.length > 0) return { ...base, status: 'broken', detail: broken.join('; ') };
  if (missing.length > 0) return { ...base, status: 'missing', detail: 'no markers for actions', missing };
  if (!sectionDiffers(current, text, 'actions'))
    return { ...base, status: 'up-to-date', detail: '', missing };
  if (!check) writeFileSync(readme, text);
  return {
    ...base,
    status: check ? 'stale' : 'updated',
    detail: `actions table ${check ? 'differs from' : 'regenerated from'} the action.yml files`,
    missing,
  };
}

function sectionDiffers(before, after, section) {
  const a = findMarkers(before, section);
  const b = findMarkers(after, section);
  if (a.state !== 'ok' || b.state !== 'ok') return false;
  return before.slice(a.start, a.end) !== after.slice(b.start, b.end);
}

/** Exit code for a set of results: stale, broken and invalid always fail; missing fails only in strict mode. */
export function exitCode(results, { strict = false } = {}) {
  const failing = new Set(['stale', 'broken', 'invalid']);
  return results.some((r) => failing.has(r.status) || (strict && (r.missing?.length ?? 0) > 0)) ? 1 : 0;
}

async function main(argv) {
  const args = {
    check: false,
    strict: false,
    root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
    only: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') args.check = true;
    else if (a === '--strict') args.strict = true;
    else if (a === '--root') args.root = path.resolve(argv[++i] ?? '.');
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run readme [-- --check] [-- --strict] [-- --root DIR] [-- <action> ...]');
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`readme-tables: unknown option ${a}`);
      return 2;
    } else args.only.push(a);
  }
  const results = await run(args);
  for (const r of results) {
    const line = `${r.status.padEnd(10)} ${r.readme}${r.detail ? `: ${r.detail}` : ''}`;
    const failing = exitCode([r], args) !== 0;
    if (failing) console.error(`error      ${line}`);
    else if ((r.missing?.length ?? 0) > 0) console.warn(`warning    ${line}`);
    else console.log(line);
  }
  const code = exitCode(results, args);
  if (code !== 0 && results.some((r) => r.status === 'stale')) {
    console.error('README tables are out of date: run `npm run readme` and commit the READMEs.');
  }
  if (results.some((r) => (r.missing?.length ?? 0) > 0)) {
    console.warn(
      'Add the markers where the tables belong, e.g. "## Inputs", <!-- inputs:start -->, <!-- inputs:end -->, then run `npm run readme`.',
    );
  }
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
