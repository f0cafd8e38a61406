// Runs Jest in native-ESM mode on the project's Node (24, from the `node` devDependency on npm's PATH).
import { spawnSync } from 'node:child_process';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `pipewright tests run on Node 24 (the runtime the actions declare); this is Node ${process.versions.node}.\nRun them through npm (npm test), which puts node_modules/.bin/node (Node 24) first on the PATH.`,
  );
  process.exit(1);
}
const jest = new URL('../node_modules/jest/bin/jest.js', import.meta.url).pathname;
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
  NODE_NO_WARNINGS: '1',
};
// The first argument names the project (unit | integration); it is passed last, because --selectProjects takes
// several values and would swallow test path patterns that follow it.
const [project, ...rest] = process.argv.slice(2);
const args =
  project === 'unit' || project === 'integration'
    ? [...rest, '--selectProjects', project]
    : process.argv.slice(2);
const r = spawnSync(process.execPath, [jest, ...args], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
