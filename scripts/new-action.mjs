#!/usr/bin/env node
/**
 * Scaffolds a new action: `npm run new-action -- <name>`.
 *
 * Copies scripts/new-action/template/ to actions/<name>/ (every `__ACTION__` replaced by the name): action.yml,
 * README.md, package.json, tsconfig.json, src/ (index → main → config → probe (the work) → report → outputs),
 * a unit test, a smoke case (test/smoke.json, run by test/smoke.itest.ts) and an integration test of the bundle.
 * Then it registers the action where the repository lists actions by hand:
 *   - package-lock.json and node_modules/@pipewright/: the new npm workspace, as `npm install` would add it;
 *   - .github/workflows/e2e.yml: a job with `uses: ./actions/<name>` (test/workflows.itest.ts wants one per action);
 *   - the README tables (`npm run readme`): the action's inputs/outputs and its row in the root README.
 * Everything else (scripts/build.mjs, listActions(), the smoke test, the input-spec test) finds the action by its
 * action.yml. The template is a working action (an HTTP status check) to reshape into the real one.
 *
 * A bad name changes nothing: it must be lowercase kebab-case and not an existing action.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(ROOT, 'scripts', 'new-action', 'template');
const PLACEHOLDER = /__ACTION__/g;
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Why `name` cannot be a new action under root, or undefined when it can. */
export function nameProblem(name, root = ROOT) {
  if (!name) return 'name the action: npm run new-action -- <name> (e.g. helm-release)';
  if (!NAME.test(name))
    return `"${name}" is not a valid action name: use lowercase letters, digits and single hyphens, starting with a letter (e.g. helm-release)`;
  if (name.length > 40) return `"${name}" is too long: at most 40 characters`;
  if (existsSync(path.join(root, 'actions', name)))
    return `actions/${name} already exists: choose another name, or remove that directory first`;
  return undefined;
}

/** Every file of a directory, relative to it. */
function filesOf(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesOf(dir, path.join(prefix, d.name)) : [path.join(prefix, d.name)],
  );
}

/** The new workspace in package-lock.json, each entry where npm keeps it (keys in order). */
export function addToLockfile(lock, name) {
  const add = {
    [`actions/${name}`]: {
      name: `@pipewright/action-${name}`,
      version: '0.0.0',
      dependencies: { '@pipewright/shared': '*' },
    },
    [`node_modules/@pipewright/action-${name}`]: { resolved: `actions/${name}`, link: true },
  };
  const entries = Object.entries(lock.packages);
  for (const [key, value] of Object.entries(add)) {
    const at = entries.findIndex(([k], i) => i > 0 && k.localeCompare(key, 'en') > 0);
    entries.splice(at === -1 ? entries.length : at, 0, [key, value]);
  }
  return { ...lock, packages: Object.fromEntries(entries) };
}

/** An e2e job that runs the scaffolded action on a local web server, as users run it. */
export function e2eJob(name) {
  return `
  ${name}:
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - name: Serve examples/ on loopback
        run: |
          (setsid python3 -m http.server 8080 --bind 127.0.0.1 --directory examples >"$RUNNER_TEMP/site.log" 2>&1 &)
          for _ in $(seq 1 60); do
            if curl -fsS -o /dev/null http://127.0.0.1:8080/; then exit 0; fi
            sleep 0.5
          done
          cat "$RUNNER_TEMP/site.log"
          exit 1
      - name: Run ${name}
        uses: ./actions/${name}
        with:
          url: http://127.0.0.1:8080/
          comment: 'false'
`;
}

export async function scaffold(name, root = ROOT, log = console.log) {
  const problem = nameProblem(name, root);
  if (problem) throw Object.assign(new Error(problem), { userError: true });
  const dir = path.join(root, 'actions', name);
  const written = [];
  for (const rel of filesOf(TEMPLATE)) {
    // tsconfig.json would extend a path that exists only once copied: kept as tsconfig.json.template
    const to = path.join(dir, rel.replace(/\.template$/, ''));
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, readFileSync(path.join(TEMPLATE, rel), 'utf8').replace(PLACEHOLDER, name));
    written.push(to);
  }

  const lockFile = path.join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  writeFileSync(lockFile, `${JSON.stringify(addToLockfile(lock, name), null, 2)}\n`);
  const link = path.join(root, 'node_modules', '@pipewright', `action-${name}`);
  if (existsSync(path.dirname(link)) && !existsSync(link))
    symlinkSync(path.join('..', '..', 'actions', name), link);

  const e2e = path.join(root, '.github', 'workflows', 'e2e.yml');
  if (existsSync(e2e)) writeFileSync(e2e, `${readFileSync(e2e, 'utf8').trimEnd()}\n${e2eJob(name)}`);

  // The name makes some lines longer: format as `npm run lint` checks them.
  const prettier = await import('prettier');
  for (const file of written) {
    const config = (await prettier.resolveConfig(file)) ?? {};
    const info = await prettier.getFileInfo(file);
    if (info.ignored || !info.inferredParser) continue;
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, await prettier.format(source, { ...config, filepath: file }));
  }

  const readme = await import(pathToFileURL(path.join(root, 'scripts', 'readme-tables.mjs')).href);
  for (const r of await readme.run({ root }))
    if (!['up-to-date', 'updated'].includes(r.status))
      throw new Error(`README tables: ${r.readme}: ${r.status} ${r.detail ?? ''}`);

  log(`Created actions/${name}/ (${written.length} files), added it to package-lock.json, .github/workflows/e2e.yml
and the README tables. Next:
  npm run build -- ${name}
  node_modules/.bin/node scripts/jest.mjs unit actions/${name}
  node_modules/.bin/node scripts/jest.mjs integration actions/${name} test/smoke -t ${name}
Then make it yours: action.yml and src/config.ts (the inputs; a test checks they agree), the work module,
report.ts, outputs.ts, the README's first paragraph and workflow, test/smoke.json, a demo in
packages/testkit/src/demo.ts, and the path and secret inputs in test/path-confinement.itest.ts and
test/secrets.itest.ts (docs/contributing.md, "Adding an action").`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  if (args.length > 1 || args[0]?.startsWith('-')) {
    console.error('usage: npm run new-action -- <name>   (lowercase kebab-case, e.g. helm-release)');
    process.exit(2);
  }
  try {
    await scaffold(args[0]);
  } catch (e) {
    if (!e.userError) throw e;
    console.error(`new-action: ${e.message}`);
    process.exit(2);
  }
}
