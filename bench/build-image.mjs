// build-image: streaming a large build context. Generates (under /tmp, never in the repo) a context of
// 100,000 files / ~1 GB whose .dockerignore excludes most of it, then compares, for the same build:
//   - the action's bundle (our walker + streamed tar, through the Engine API), and
//   - the docker CLI (classic builder, DOCKER_BUILDKIT=0),
// timing each from process start until the engine starts the first step ("Step 1/…" on stdout): by then
// the whole context has been walked, filtered, tarred and received by the daemon. Also: our walk + tar
// alone into a null sink, and peak RSS of the bundle run. Writes the build-image section of
// docs/performance.md.   node bench/build-image.mjs [--runs 5] [--keep]
// With --cache: the registry cache between runs instead (bench/lib/build-image-cache.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, machineLine, median, writeSection } from './lib/report.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 5);
if (process.argv.includes('--cache')) {
  const { cacheBench } = await import('./lib/build-image-cache.mjs');
  await cacheBench(arg('--runs', 3));
  process.exit(0);
}
const DOCKER = process.env.PIPEWRIGHT_DOCKER_CLI ?? '/usr/local/bin/docker';
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('run on Node 24 (node_modules/.bin/node bench/build-image.mjs)');
  process.exit(1);
}
if (process.env.NODE_EXTRA_CA_CERTS) {
  console.error('unset NODE_EXTRA_CA_CERTS first');
  process.exit(1);
}

const TREE = path.join(os.tmpdir(), 'pw-bench-build-image');
const SHAPE = {
  // kept: the application sources
  src: { dirs: 100, files: 100, size: 2048 },
  // excluded file by file (`**/*.bin`, `!data/keep/**`), so the walker must visit every one
  data: { dirs: 400, files: 100, size: 20 * 1024 },
  // excluded as a directory (pruned without being walked)
  node_modules: { dirs: 500, files: 100, size: 4096 },
};
const IGNORE = ['node_modules', '**/*.bin', '!data/d0000/keep.bin', '*.log', ''].join('\n');

function generate() {
  const marker = path.join(TREE, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(SHAPE)) return;
  rmSync(TREE, { recursive: true, force: true });
  console.log(`generating ${TREE} …`);
  for (const [top, s] of Object.entries(SHAPE)) {
    const buf = Buffer.alloc(s.size, top[0]);
    for (let d = 0; d < s.dirs; d++) {
      const dir = path.join(TREE, top, `d${String(d).padStart(4, '0')}`);
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < s.files; f++) {
        const name = top === 'data' ? `f${f}.bin` : `f${f}.js`;
        writeFileSync(path.join(dir, name), buf);
      }
    }
  }
  writeFileSync(path.join(TREE, 'data', 'd0000', 'keep.bin'), 'kept');
  writeFileSync(path.join(TREE, 'Dockerfile'), 'FROM scratch\nCOPY . /app/\n');
  writeFileSync(path.join(TREE, '.dockerignore'), IGNORE);
  writeFileSync(marker, JSON.stringify(SHAPE));
}

function du() {
  const r = spawnSync('du', ['-sb', '--exclude=.complete', TREE], { encoding: 'utf8' });
  return Number(r.stdout.split('\t')[0]);
}
function countFiles() {
  const r = spawnSync('sh', ['-c', `find ${TREE} -type f | wc -l`], { encoding: 'utf8' });
  return Number(r.stdout.trim()) - 1; // minus the marker
}

/**
 * A pass-through proxy in front of the engine socket that notes when the last byte of a POST …/build
 * request body went through: process start -> that moment is the time to stream the context, the same
 * way for the CLI and for us, without the daemon's own processing of the context.
 */
const PROXY_SOCK = path.join(os.tmpdir(), `pw-bench-docker-${process.pid}.sock`);
let lastBuildByte = 0n;
const proxy = net.createServer((client) => {
  const upstream = net.connect('/var/run/docker.sock');
  let isBuild = false;
  client.on('data', (c) => {
    const head = c.subarray(0, 256).toString('latin1');
    // A new request on a kept-alive connection (the CLI pings first): is it the build?
    if (/^(GET|HEAD|POST|PUT|DELETE) \/\S* HTTP\/1\.1\r\n/.test(head))
      isBuild = /^POST \/(v[\d.]+\/)?build\?/.test(head);
    if (isBuild) lastBuildByte = process.hrtime.bigint();
    upstream.write(c);
  });
  client.on('end', () => upstream.end());
  upstream.pipe(client);
  upstream.on('error', () => client.destroy());
  client.on('error', () => upstream.destroy());
});
rmSync(PROXY_SOCK, { force: true });
await new Promise((r) => proxy.listen(PROXY_SOCK, r));

/** Runs a command, resolves when "Step 1/" shows on stdout (then lets it finish); returns ms to that line. */
function timeToFirstStep(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    lastBuildByte = 0n;
    const child = spawn(cmd, args, {
      env: { ...env, DOCKER_HOST: `unix://${PROXY_SOCK}` },
      cwd: TREE,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen;
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (seen === undefined && out.includes('Step 1/')) seen = Number(process.hrtime.bigint() - t0) / 1e6;
    });
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => {
      if (seen === undefined)
        reject(
          new Error(`${cmd} exited ${code} without a first step:\n${out.slice(-2000)}\n${err.slice(-2000)}`),
        );
      else resolve({ ms: seen, streamMs: Number(lastBuildByte - t0) / 1e6, out, err });
    });
  });
}

function actionEnv(tmp) {
  for (const f of ['output', 'env', 'state', 'summary.md']) writeFileSync(path.join(tmp, f), '');
  writeFileSync(path.join(tmp, 'event.json'), JSON.stringify({ repository: { name: 'bench' } }));
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: TREE,
    GITHUB_REPOSITORY: 'o/bench',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_ENV: path.join(tmp, 'env'),
    GITHUB_STATE: path.join(tmp, 'state'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    RUNNER_TEMP: tmp,
    INPUT_CONTEXT: '.',
    INPUT_TAGS: 'pipewright-bench/ours:1',
    INPUT_PUSH: 'false',
    INPUT_PULL: 'false',
    'INPUT_NO-CACHE': 'false',
    'INPUT_OCI-LABELS': 'false',
    'INPUT_PUSH-ATTEMPTS': '1',
    'INPUT_PUSH-RETRY-DELAY': '1s',
  };
}

/** Our walk + tar alone, drained into a counting sink, in a child so its peak RSS is its own. */
function streamOnly() {
  const script = `
    import { planContext, contextTar } from ${JSON.stringify(path.join(ROOT, 'actions/build-image/src/context.ts'))};
    const t0 = process.hrtime.bigint();
    const plan = planContext(${JSON.stringify(TREE)}, ${JSON.stringify(path.join(TREE, 'Dockerfile'))});
    const { stream, done } = await contextTar(plan);
    let bytes = 0;
    for await (const c of stream) bytes += c.length;
    const stats = await done;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(JSON.stringify({ ms, bytes, files: stats.files, maxRss: process.resourceUsage().maxRSS * 1024 }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

generate();
const totalBytes = du();
const totalFiles = countFiles();
console.log(`context: ${totalFiles} files, ${(totalBytes / 1e9).toFixed(2)} GB`);

const bundle = path.join(ROOT, 'dist', 'build-image', 'index.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-bi-'));
const env = actionEnv(tmp);
const cliEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_BUILDKIT: '0' };

// Warm-up (page cache, build cache), then paired runs.
await timeToFirstStep(process.execPath, [bundle], env);
await timeToFirstStep(DOCKER, ['build', '-t', 'pipewright-bench/cli:1', '.'], cliEnv);
const ours = [];
const cli = [];
const oursStream = [];
const cliStream = [];
const stream = [];
let sentFiles = 0;
let sentBytes = 0;
const rss = [];
for (let i = 0; i < RUNS; i++) {
  const o = await timeToFirstStep('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, bundle], env);
  ours.push(o.ms);
  oursStream.push(o.streamMs);
  rss.push(Number(/maxrss=(\d+)/.exec(o.err)?.[1] ?? 0) * 1024);
  const c = await timeToFirstStep(DOCKER, ['build', '-t', 'pipewright-bench/cli:1', '.'], cliEnv);
  cli.push(c.ms);
  cliStream.push(c.streamMs);
  const s = streamOnly();
  stream.push(s);
  sentFiles = s.files;
  sentBytes = s.bytes;
}
spawnSync(DOCKER, ['rmi', '-f', 'pipewright-bench/ours:1', 'pipewright-bench/cli:1'], { stdio: 'ignore' });
proxy.close();
rmSync(PROXY_SOCK, { force: true });
rmSync(tmp, { recursive: true, force: true });
if (!process.argv.includes('--keep')) rmSync(TREE, { recursive: true, force: true });

const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const mOurs = median(ours);
const mCli = median(cli);
const mStream = median(stream.map((s) => s.ms));
const mStreamRss = median(stream.map((s) => s.maxRss));
const mRss = median(rss);
const mOursStream = median(oursStream);
const mCliStream = median(cliStream);
const md = `## build-image: streaming a large build context

| context | sent after .dockerignore | time to stream the context: ours | docker CLI | ours ÷ CLI | start → first build step: ours | docker CLI | our walk + tar alone | peak RSS: whole action run | peak RSS: walk + tar alone |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|
| ${totalFiles.toLocaleString('en-US')} files, ${(totalBytes / 1e9).toFixed(2)} GB | ${sentFiles.toLocaleString('en-US')} files, tar of ${mb(sentBytes)} | ${mOursStream.toFixed(0)} ms | ${mCliStream.toFixed(0)} ms | **${(mOursStream / mCliStream).toFixed(2)}×** | ${mOurs.toFixed(0)} ms | ${mCli.toFixed(0)} ms | ${mStream.toFixed(0)} ms | ${mb(mRss)} | ${mb(mStreamRss)} |

How: \`node bench/build-image.mjs\` runs the same \`COPY . /app/\` build of a generated ${totalFiles.toLocaleString('en-US')}-file context with the bundle and with the docker CLI ${spawnSync(DOCKER, ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8' }).stdout.trim()} (classic builder) through a timing proxy on the engine socket; median of ${RUNS} paired runs.
Machine: ${machineLine()}. Method and what each column measures: [notes/build-image.md](notes/build-image.md).`;
console.log(md);
writeSection('build-image', md);
