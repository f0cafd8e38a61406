// Builds one ncc bundle per action: dist/<action>/index.js (+ dist/<action>/package.json {"type":"module"}).
// Usage: node scripts/build.mjs [action ...]   (default: every folder under actions/)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, renameSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { slimBundle } from './slim-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const wanted = process.argv.slice(2);
const actions = (wanted.length ? wanted : readdirSync(path.join(root, 'actions'))).filter((a) =>
  existsSync(path.join(root, 'actions', a, 'src', 'index.ts')),
);
for (const action of actions) {
  const out = path.join(root, 'dist', action);
  const tmp = path.join(root, '.tmp', 'build', action);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const entry of ['index', 'post']) {
    const src = path.join(root, 'actions', action, 'src', `${entry}.ts`);
    if (!existsSync(src)) continue;
    const dir = path.join(tmp, entry);
    // An action may add tsconfig.bundle.json: its `paths` steer how ncc resolves packages (ncc's tsconfig-paths
    // plugin reads it through TS_NODE_PROJECT), while tsc and editors keep using the action's tsconfig.json.
    const bundleTsconfig = path.join(root, 'actions', action, 'tsconfig.bundle.json');
    // --transpile-only: tsc type-checks the whole tree separately (npm run typecheck).
    execFileSync(
      process.execPath,
      [
        ncc,
        'build',
        src,
        '-o',
        dir,
        '--target',
        'es2023',
        '--transpile-only',
        '--quiet',
        '--license',
        'licenses.txt',
      ],
      {
        cwd: path.join(root, 'actions', action),
        env: existsSync(bundleTsconfig) ? { ...process.env, TS_NODE_PROJECT: bundleTsconfig } : process.env,
        stdio: 'inherit',
      },
    );
    renameSync(path.join(dir, 'index.js'), path.join(tmp, `${entry}.js`));
    if (existsSync(path.join(dir, 'licenses.txt')))
      renameSync(path.join(dir, 'licenses.txt'), path.join(tmp, 'licenses.txt'));
    for (const f of readdirSync(dir)) {
      if (f !== 'package.json') renameSync(path.join(dir, f), path.join(tmp, f));
    }
    rmSync(dir, { recursive: true, force: true });
  }
  // Every emitted script (entry, post and lazy chunks): unused code and whitespace out, names kept (slim-bundle.mjs).
  for (const f of readdirSync(tmp).filter((f) => f.endsWith('.js'))) {
    writeFileSync(path.join(tmp, f), await slimBundle(readFileSync(path.join(tmp, f), 'utf8')));
  }
  writeFileSync(path.join(tmp, 'package.json'), '{\n  "type": "module"\n}\n');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.dirname(out), { recursive: true });
  renameSync(tmp, out);
  const size = readFileSync(path.join(out, 'index.js')).length;
  console.log(`built dist/${action}/index.js (${(size / 1024).toFixed(0)} kB)`);
}
