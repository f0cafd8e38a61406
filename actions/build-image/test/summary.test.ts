import { describe, expect, it } from '@jest/globals';
import { formatBytes, renderSummary } from '../src/summary.ts';

const D = `sha256:${'d'.repeat(64)}`;

describe('renderSummary', () => {
  it('shows size, duration, cached steps, context, tags with digests, left-out tags and labels', () => {
    const md = renderSummary({
      imageId: `sha256:${'a'.repeat(64)}`,
      sizeBytes: 1982346,
      durationMs: 83_000,
      steps: 11,
      cachedSteps: 10,
      context: {
        files: 2,
        directories: 0,
        symlinks: 0,
        bytes: 1982346,
        skippedSpecial: [],
        ignoreFile: '.dockerignore',
      },
      tags: [
        { ref: 'reg.example/app:1.2.3', digest: D, attempts: 3 },
        { ref: 'reg.example/app:latest', digest: D, attempts: 1 },
      ],
      pushed: true,
      dropped: [{ rule: 'type=raw,value={{tag}}', reason: 'its value is empty for this event' }],
      labels: { 'org.opencontainers.image.revision': 'abc' },
      platforms: [],
    });
    expect(md).toBe(
      [
        '### build-image: built and pushed <code>sha256:aaaaaaaaaaaa</code>',
        '',
        '| Image size | Duration | Steps (cached) | Context sent |',
        '|---|---|---|---|',
        '| 1.9 MiB | 1m23s | 11 (10 cached) | 2 files, 1.9 MiB (after <code>\\.dockerignore</code>) |',
        '',
        '| Tag | Digest |',
        '|---|---|',
        `| <code>reg\\.example/app:1\\.2\\.3</code> | <code>sha256:${'d'.repeat(64)}</code> (after 3 attempts) |`,
        `| <code>reg\\.example/app:latest</code> | <code>sha256:${'d'.repeat(64)}</code> |`,
        '',
        'Tags left out:',
        '',
        '- <code>type=raw,value=\\{\\{tag\\}\\}</code>: its value is empty for this event',
        '',
        '<details><summary>Labels (1)</summary>',
        '',
        '```',
        'org.opencontainers.image.revision=abc',
        '```',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing was tagged or pushed', () => {
    const md = renderSummary({
      imageId: 'sha256:b',
      sizeBytes: 10,
      durationMs: 500,
      steps: 1,
      cachedSteps: 0,
      context: {
        files: 1,
        directories: 0,
        symlinks: 0,
        bytes: 10,
        skippedSpecial: ['run/sock'],
        ignoreFile: undefined,
      },
      tags: [],
      pushed: false,
      dropped: [],
      labels: {},
      platforms: [],
    });
    expect(md).toContain('_No tags: the image was built but not tagged._');
    expect(md).toContain('Not sent (sockets, pipes or devices): <code>run/sock</code>');
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [2048, '2.0 KiB'],
    [25 * 2 ** 20, '25 MiB'],
    [1.5 * 2 ** 30, '1.5 GiB'],
  ])('%d -> %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});
