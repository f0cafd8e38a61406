/**
 * The metadata-action parity table (metadata-action-cases.ts; the source of each case is cited there)
 * through the bundle: the event file, the inputs, a real build on the real engine, and the `tags` and
 * `version` outputs. Image names get a unique local prefix so runs never meet other images on the engine.
 * Cases with `{{date}}` are left to the unit table (metadata-action-parity.test.ts): the bundle runs on
 * the real clock, and tests never assert on time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBundle } from '@pipewright/testkit';
import { docker, removeImages, requireTools, workspaceWith } from './helpers.ts';
import { CASES, EV, type Case } from './metadata-action-cases.ts';

const PREFIX = `localhost/pwmeta${randomBytes(3).toString('hex')}/`;
const created = new Set<string>();

beforeAll(() => requireTools());
afterAll(() => removeImages([...created]));

function prefixImageLine(line: string): string {
  return line
    .split(',')
    .map((f) => (!f.includes('=') ? PREFIX + f : f.startsWith('name=') ? `name=${PREFIX}${f.slice(5)}` : f))
    .join(',');
}

function inputsOf(k: Case): Record<string, string> {
  const tags = (k.tags ?? []).map((t) => (/^type=/.test(t) ? t : prefixImageLine(t)));
  return {
    context: 'ctx',
    images: k.images.map(prefixImageLine).join('\n'),
    tags: tags.join('\n'),
    flavor: (k.flavor ?? []).join('\n'),
  };
}

const inBundle = CASES.filter((k) => !JSON.stringify(k.tags ?? []).includes('{{date'));

describe('metadata-action table through the bundle', () => {
  const { workspace } = workspaceWith({ Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n' });

  it('runs most of the table', () => {
    expect(inBundle.length).toBeGreaterThanOrEqual(100);
  });

  it.each(inBundle.map((k) => [`${k.id} ${k.source}`, k] as const))(
    '%s',
    async (_name, k) => {
      const r = await runBundle('build-image', { workspace, event: k.event, inputs: inputsOf(k) });
      const tags = (r.outputs.tags ?? '').split('\n').filter(Boolean);
      for (const t of tags) created.add(t);
      if (r.outputs['image-id']) created.add(r.outputs['image-id']);
      expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expect(r.exitCode).toBe(0);
      expect(tags).toEqual(k.want.map((t) => PREFIX + t));
      expect(r.outputs.version).toBe(k.version ?? '');
      // The engine holds every tag, on the image the step reported, labelled with the version.
      for (const t of tags)
        expect(docker(['image', 'inspect', '--format', '{{.Id}}', t]).trim()).toBe(r.outputs['image-id']);
      if (k.version)
        expect(
          docker([
            'image',
            'inspect',
            '--format',
            '{{index .Config.Labels "org.opencontainers.image.version"}}',
            r.outputs['image-id'] as string,
          ]).trim(),
        ).toBe(k.version);
    },
    60_000,
  );
});

describe('{{commit_date}} outside push events', () => {
  it("falls back to the checkout's commit (git), not an empty value", async () => {
    const { workspace } = workspaceWith({ Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n' });
    const git = (args: string[], env: Record<string, string> = {}) =>
      execFileSync('git', ['-C', workspace, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      }).trim();
    git(['init', '-q']);
    writeFileSync(path.join(workspace, 'README'), 'x');
    git(['add', 'README']);
    const when = { GIT_COMMITTER_DATE: '2024-02-29T12:00:00Z', GIT_AUTHOR_DATE: '2024-02-29T12:00:00Z' };
    git(['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'c'], when);
    const sha = git(['rev-parse', 'HEAD']);
    // A workflow_dispatch payload has no commit: the date comes from the checkout.
    const event = { ...EV.dispatchDev, sha };
    const r = await runBundle('build-image', {
      workspace,
      event,
      inputs: {
        context: 'ctx',
        images: `${PREFIX}cd`,
        tags: "type=raw,value=src-{{commit_date 'YYYYMMDD'}}",
      },
    });
    const tags = (r.outputs.tags ?? '').split('\n').filter(Boolean);
    for (const t of tags) created.add(t);
    expect(r.exitCode).toBe(0);
    expect(tags).toEqual([`${PREFIX}cd:src-20240229`]);
  }, 60_000);
});
