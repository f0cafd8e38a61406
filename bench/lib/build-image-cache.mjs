// build-image: build cache between workflow runs through a registry image (cache-to / cache-from), no
// buildx. A ~50-layer Dockerfile is built three ways on the same engine, each time after the image and its
// layers have left the engine (a fresh runner, as far as this build is concerned):
//   1. first run: the bundle, no cache, pushing its cache image (cache-to);
//   2. second run: the bundle with cache-from + cache-to (pulls the cache image, reuses every step, pushes
//      the cache image again);
//   3. the docker CLI: `docker pull <cache>` + `docker build --cache-from <cache>` (classic builder).
// A new marker file per round keeps earlier rounds' layers from counting. Writes the build-image-cache
// section of docs/performance.md.   node bench/build-image.mjs --cache [--runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine, median, writeSection } from './report.mjs';
import { runBundle } from '../../packages/testkit/src/run-bundle.ts';
import { startRegistry } from '../../packages/testkit/src/services/registry.ts';

const DOCKER = process.env.PIPEWRIGHT_DOCKER_CLI ?? '/usr/local/bin/docker';
const LAYERS = 48;

function dockerfile() {
  const lines = ['FROM scratch', 'COPY busybox /bin/busybox', 'COPY marker /marker'];
  for (let i = 0; i < LAYERS; i++)
    lines.push(
      `RUN ["/bin/busybox", "sh", "-c", "/bin/busybox dd if=/dev/urandom of=/l${i} bs=16k count=4 2>/dev/null"]`,
    );
  return `${lines.join('\n')}\n`;
}

const spread = (rows) => {
  const all = Object.values(rows).map((xs) => Math.max(...xs) / Math.min(...xs));
  return `${Math.round((Math.max(...all) - 1) * 100)} %`;
};
const rmi = (refs) => spawnSync(DOCKER, ['rmi', '-f', ...refs], { stdio: 'ignore' });

export async function cacheBench(runs) {
  const registry = await startRegistry({ users: {} });
  const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-cache-'));
  const ctx = path.join(ws, 'ctx');
  mkdirSync(ctx);
  copyFileSync('/bin/busybox', path.join(ctx, 'busybox'));
  writeFileSync(path.join(ctx, 'Dockerfile'), dockerfile());
  const rows = { first: [], second: [], cli: [] };
  let steps = 0;
  let cached = 0;
  try {
    for (let round = 0; round < runs; round++) {
      writeFileSync(path.join(ctx, 'marker'), `${process.pid}-${Date.now()}-${round}`);
      const cacheRef = `${registry.host}/bench/cache:r${round}`;
      const ours = `pipewright-bench/cache:r${round}`;
      const run = async (from) => {
        const r = await runBundle('build-image', {
          workspace: ws,
          event: 'workflow_dispatch',
          inputs: {
            context: 'ctx',
            tags: ours,
            'oci-labels': 'false',
            'cache-to': cacheRef,
            ...(from ? { 'cache-from': cacheRef } : {}),
          },
          timeoutMs: 600_000,
        });
        if (r.exitCode !== 0) throw new Error(`bundle failed:\n${r.log.slice(-3000)}`);
        return r;
      };
      const first = await run(false);
      rows.first.push(first.durationMs);
      rmi([ours, cacheRef]);
      const second = await run(true);
      rows.second.push(second.durationMs);
      const m = JSON.parse(second.outputs.metadata);
      steps = m.steps;
      cached = m.cachedSteps;
      rmi([ours, cacheRef]);
      const t0 = process.hrtime.bigint();
      execFileSync(DOCKER, ['pull', '-q', cacheRef], { stdio: 'ignore' });
      execFileSync(DOCKER, ['build', '-q', '--cache-from', cacheRef, '-t', `${ours}-cli`, ctx], {
        stdio: 'ignore',
        env: { ...process.env, DOCKER_BUILDKIT: '0' },
      });
      rows.cli.push(Number(process.hrtime.bigint() - t0) / 1e6);
      rmi([ours, cacheRef, `${ours}-cli`]);
      console.log(
        `round ${round + 1}: first ${rows.first.at(-1)} ms, second ${rows.second.at(-1)} ms, cli ${rows.cli.at(-1).toFixed(0)} ms`,
      );
    }
  } finally {
    await registry.stop();
  }
  const s = (xs) => `${(median(xs) / 1000).toFixed(1)} s`;
  const md = `## build-image: registry cache between runs (cache-to / cache-from)

| Run (same ~${LAYERS + 3}-step Dockerfile, its layers gone from the engine each time) | Median of ${runs} |
|---|---|
| First run: the bundle, no cache, pushes its cache image (\`cache-to\`) | ${s(rows.first)} |
| Second run: the bundle with \`cache-from\` + \`cache-to\` (pull, ${cached} of ${steps} steps cached, cache image pushed again) | **${s(rows.second)}** |
| docker CLI: \`docker pull <cache>\` + \`docker build --cache-from <cache>\` (classic builder, no push) | ${s(rows.cli)} |

How: \`node bench/build-image.mjs --cache\` runs a Dockerfile of ${LAYERS} \`RUN\` steps three ways against a local registry, its layers removed from the engine before each run; whole process times.
Machine: ${machineLine()}; load average at the end ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' / ',
    )}; the rounds differ by up to ${spread(rows)}. Method: [notes/build-image-cache.md](notes/build-image-cache.md).`;
  writeSection('build-image-cache', md);
}
