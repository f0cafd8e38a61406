import { describe, expect, it } from '@jest/globals';
import { BuildStreamReader, jsonLines, type StreamMessage } from '../src/stream.ts';
import { parseImageRef, tagProblem } from '../src/reference.ts';
import { ociLabels, sourceInfo } from '../src/labels.ts';
import { planTags } from '../src/plan.ts';
import { engineAddress } from '../src/engine.ts';
import type { RunContext } from '@pipewright/shared/github';

async function collect(chunks: string[]): Promise<StreamMessage[]> {
  const out: StreamMessage[] = [];
  for await (const m of jsonLines(chunks.map((c) => Buffer.from(c)))) out.push(m);
  return out;
}

describe('jsonLines', () => {
  it('reassembles lines cut anywhere, including inside a UTF-8 character', async () => {
    const text = '{"stream":"Step 1/2 : FROM scratch\\n"}\n{"stream":"é ok\\n"}\n{"aux":{"ID":"sha256:1"}}';
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from('é')) + 1;
    const out: StreamMessage[] = [];
    for await (const m of jsonLines([bytes.subarray(0, 10), bytes.subarray(10, cut), bytes.subarray(cut)]))
      out.push(m);
    expect(out).toEqual([
      { stream: 'Step 1/2 : FROM scratch\n' },
      { stream: 'é ok\n' },
      { aux: { ID: 'sha256:1' } },
    ]);
  });

  it('keeps a line that is not JSON as text', async () => {
    expect(await collect(['not json\n{"stream":"x"}\n'])).toEqual([
      { stream: 'not json\n' },
      { stream: 'x' },
    ]);
  });
});

describe('BuildStreamReader', () => {
  const lines = [
    { stream: 'Step 1/3 : FROM scratch\n' },
    { stream: ' ---> \n' },
    { stream: 'Step 2/3 : COPY busybox /bin/busybox\n' },
    { stream: ' ---> Using cache\n ---> b35b4e9827db\n' },
    { stream: 'Step 3/3 : RUN ["/bin/busybox","false"]\n' },
    { stream: ' ---> Running in 1234\n' },
    { stream: 'partial output without newline' },
    {
      errorDetail: { code: 1, message: "The command '/bin/busybox false' returned a non-zero code: 1" },
      error: "The command '/bin/busybox false' returned a non-zero code: 1",
    },
    { stream: 'after the error\n' },
  ];

  it('fails on errorDetail with the running step, and keeps reading to the end', () => {
    const r = new BuildStreamReader();
    lines.forEach((l) => r.push(l));
    expect(r.outcome()).toEqual({
      imageId: undefined,
      error: "The command '/bin/busybox false' returned a non-zero code: 1",
      failedStep: 'Step 3/3 : RUN ["/bin/busybox","false"]',
      steps: 3,
      cachedSteps: 1,
      lastLines: [
        'Step 1/3 : FROM scratch',
        ' ---> ',
        'Step 2/3 : COPY busybox /bin/busybox',
        ' ---> Using cache',
        ' ---> b35b4e9827db',
        'Step 3/3 : RUN ["/bin/busybox","false"]',
        ' ---> Running in 1234',
        'partial output without newline',
        "ERROR: The command '/bin/busybox false' returned a non-zero code: 1",
        'after the error',
      ],
    });
  });

  it('takes the image ID from the aux line', () => {
    const r = new BuildStreamReader();
    r.push({ stream: 'Step 1/1 : FROM scratch\n' });
    r.push({ aux: { ID: 'sha256:abc' } });
    r.push({ stream: 'Successfully built abc\n' });
    expect(r.outcome()).toMatchObject({ imageId: 'sha256:abc', error: undefined });
  });

  it('treats a bare error line as a failure too', () => {
    const r = new BuildStreamReader();
    r.push({ error: 'failed to export image' });
    expect(r.outcome().error).toBe('failed to export image');
  });
});

describe('parseImageRef', () => {
  it.each([
    ['ghcr.io/owner/app:1.0', { registry: 'ghcr.io', repository: 'ghcr.io/owner/app', tag: '1.0' }],
    [
      '127.0.0.1:5000/app:latest',
      { registry: '127.0.0.1:5000', repository: '127.0.0.1:5000/app', tag: 'latest' },
    ],
    ['localhost/app:x', { registry: 'localhost', repository: 'localhost/app', tag: 'x' }],
    ['user/app:1', { registry: 'docker.io', repository: 'user/app', tag: '1' }],
    ['docker.io/library/alpine:3', { registry: 'docker.io', repository: 'alpine', tag: '3' }],
    ['alpine:3', { registry: 'docker.io', repository: 'alpine', tag: '3' }],
  ])('%s', (text, want) => {
    expect(parseImageRef(text)).toEqual(want);
  });

  it.each([
    ['ghcr.io/Owner/app:1', 'repository name must be lowercase ("Owner")'],
    ['app', 'has no tag'],
    ['app@sha256:abc', 'cannot carry a digest'],
    ['app:.hidden', 'a tag cannot start with "."'],
    ['app:-x', 'a tag cannot start with "-"'],
    [`app:${'a'.repeat(129)}`, 'the tag is 129 characters long; the limit is 128'],
    ['app:a+b', 'a tag may only contain letters, digits, "_", "." and "-" (found "+")'],
    ['my--app_:1', 'is not a valid repository name component'],
  ])('%s is refused', (text, message) => {
    expect(() => parseImageRef(text)).toThrow(message);
  });

  it('allows a 128-character tag', () => {
    expect(tagProblem('a'.repeat(128))).toBeUndefined();
  });
});

const ctx = (over: Partial<RunContext>): RunContext => ({
  owner: 'o',
  repo: 'r',
  eventName: 'push',
  payload: {},
  sha: 'merge',
  ref: 'refs/heads/main',
  runId: '1',
  runAttempt: '1',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  workspace: '/tmp',
  actor: 'a',
  ...over,
});

describe('sourceInfo and OCI labels', () => {
  const repository = {
    name: 'app',
    description: 'An app',
    html_url: 'https://github.com/o/app',
    default_branch: 'trunk',
    license: { spdx_id: 'Apache-2.0' },
  };

  it('uses the PR head SHA and head branch, not the merge commit', () => {
    const s = sourceInfo(
      ctx({
        eventName: 'pull_request',
        sha: 'merge',
        ref: 'refs/pull/3/merge',
        payload: {
          pull_request: { number: 3, head: { sha: 'head', ref: 'feat' }, base: { ref: 'trunk' } },
          repository,
        },
      }),
    );
    expect(s).toMatchObject({
      sha: 'head',
      prNumber: 3,
      headRef: 'feat',
      baseRef: 'trunk',
      defaultBranch: 'trunk',
      commitTime: undefined,
    });
  });

  it('pull_request_target: the ref is the PR merge ref, never the base branch (metadata-action context.ts)', () => {
    const s = sourceInfo(
      ctx({
        eventName: 'pull_request_target',
        sha: 'base',
        ref: 'refs/heads/trunk',
        payload: {
          number: 3,
          pull_request: { number: 3, head: { sha: 'head', ref: 'feat' }, base: { ref: 'trunk' } },
          repository,
        },
      }),
    );
    expect(s).toMatchObject({ sha: 'head', ref: 'refs/pull/3/merge', prNumber: 3, baseRef: 'trunk' });
  });

  it('{{base_ref}} on a tag push comes from the payload base_ref (metadata-action README)', () => {
    const s = sourceInfo(ctx({ ref: 'refs/tags/v1', payload: { base_ref: 'refs/heads/trunk', repository } }));
    expect(s.baseRef).toBe('trunk');
  });

  it('takes the commit time of a push from its commits, as metadata-action does', () => {
    const s = sourceInfo(
      ctx({
        sha: 'abc',
        payload: {
          commits: [
            { id: 'xyz', timestamp: '2026-01-01T00:00:00Z' },
            { id: 'abc', timestamp: '2026-01-02T00:00:00Z' },
          ],
          head_commit: { id: 'xyz', timestamp: '2026-01-01T00:00:00Z' },
          repository,
        },
      }),
    );
    expect(s.commitTime).toBe('2026-01-02T00:00:00Z');
  });

  it('takes the commit time of a push from head_commit', () => {
    const s = sourceInfo(
      ctx({
        sha: 'abc',
        payload: { head_commit: { id: 'abc', timestamp: '2026-01-02T03:04:05+01:00' }, repository },
      }),
    );
    expect(s.commitTime).toBe('2026-01-02T03:04:05+01:00');
  });

  it('builds sorted labels; user labels override; empty values left out', () => {
    const s = sourceInfo(ctx({ sha: 'abc', payload: { repository: { ...repository, description: null } } }));
    expect(
      ociLabels(s, '1.0', '2026-01-02T02:04:05Z', { 'org.opencontainers.image.title': 'Custom', team: 'x' }),
    ).toEqual({
      'org.opencontainers.image.created': '2026-01-02T02:04:05Z',
      'org.opencontainers.image.licenses': 'Apache-2.0',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.source': 'https://github.com/o/app',
      'org.opencontainers.image.title': 'Custom',
      'org.opencontainers.image.url': 'https://github.com/o/app',
      'org.opencontainers.image.version': '1.0',
      team: 'x',
    });
  });
});

describe('planTags', () => {
  const src = sourceInfo(
    ctx({
      sha: '860c1904a1ce19322e91ac35af1ab07466440c37',
      ref: 'refs/tags/v1.2.3',
      payload: { repository: { default_branch: 'main' } },
    }),
  );

  it('combines explicit references and rules over several images', () => {
    const p = planTags(
      {
        images: ['ghcr.io/o/App', 'o/app'],
        tags: ['type=semver,pattern={{version}}', 'extra.io/x:1, extra.io/y:2'],
        flavor: [],
      },
      src,
      new Date(0),
    );
    expect(p.refs.map((r) => `${r.repository}:${r.tag}`)).toEqual([
      'extra.io/x:1',
      'extra.io/y:2',
      'ghcr.io/o/app:1.2.3',
      'ghcr.io/o/app:latest',
      'o/app:1.2.3',
      'o/app:latest',
    ]);
    expect(p.version).toBe('1.2.3');
  });

  it('reports every problem at once', () => {
    expect(() =>
      planTags(
        { images: [], tags: ['type=semver', 'Bad/Name:1'], flavor: ['latest=perhaps'] },
        src,
        new Date(0),
      ),
    ).toThrow(/3 invalid inputs:[\s\S]*`images` is empty[\s\S]*must be lowercase[\s\S]*latest=perhaps/);
  });

  it('leaves out, with the reason, a rule that is only invalid because {{branch}} is empty on a tag push', () => {
    const branchless = sourceInfo(
      ctx({ ref: 'refs/tags/v1', sha: '860c1904a1ce19322e91ac35af1ab07466440c37', payload: {} }),
    );
    const p = planTags(
      { images: ['o/app'], tags: ['type=sha,prefix={{branch}}-', 'type=ref,event=tag'], flavor: [] },
      branchless,
      new Date(0),
    );
    expect(p.refs.map((r) => r.tag)).toEqual(['v1', 'latest']);
    expect(p.dropped).toEqual([
      {
        rule: 'type=sha,prefix={{branch}}-',
        reason:
          '{{branch}} is empty for this event, which would give the invalid tag "-860c190" (a tag cannot start with "-")',
      },
    ]);
  });

  it('refuses a generated tag that is invalid as written (metadata-action would emit it)', () => {
    const branchless = sourceInfo(ctx({ ref: 'refs/tags/v1', payload: {} }));
    expect(() =>
      planTags({ images: ['o/app'], tags: ['type=sha,prefix=.'], flavor: [] }, branchless, new Date(0)),
    ).toThrow('a tag cannot start with "."');
  });
});

describe('engineAddress', () => {
  it.each([
    [{}, { socketPath: '/var/run/docker.sock', endpoint: 'unix:///var/run/docker.sock' }],
    [{ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, { socketPath: '/run/user/1000/docker.sock' }],
    [{ DOCKER_HOST: 'tcp://10.0.0.5:2375' }, { host: '10.0.0.5', port: 2375, protocol: 'http' }],
    [{ DOCKER_HOST: 'tcp://[::1]:2375' }, { host: '::1', port: 2375 }],
  ])('%j', (env, want) => {
    expect(engineAddress(env)).toMatchObject(want);
  });
  it('refuses ssh://', () => {
    expect(() => engineAddress({ DOCKER_HOST: 'ssh://me@host' })).toThrow(
      'not an engine address this action can use',
    );
  });
});
