import { describe, expect, it } from '@jest/globals';
import { formatBytes, renderSummary } from '../src/report.ts';
import {
  liveImages,
  liveIssueRefs,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
  renderedTables,
} from '@pipewright/testkit/render-like-github';

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
    // What GitHub shows (cmark-gfm + GitHub's sanitizer): refs and digests exactly (they are copied), in tables
    // with their columns.
    const r = renderLikeGitHub(md);
    expect(renderedTables(r.html)).toEqual([
      {
        header: ['Image size', 'Duration', 'Steps (cached)', 'Context sent'],
        rows: [['1.9 MiB', '1m23s', '11 (10 cached)', '2 files, 1.9 MiB (after .dockerignore)']],
      },
      {
        header: ['Tag', 'Digest'],
        rows: [
          ['reg.example/app:1.2.3', `${D} (after 3 attempts)`],
          ['reg.example/app:latest', D],
        ],
      },
    ]);
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('build-image: built and pushed sha256:aaaaaaaaaaaa');
    expect(lines.slice(-4)).toEqual([
      'Tags left out:',
      'type=raw,value={{tag}}: its value is empty for this event',
      'Labels (1)',
      'org.opencontainers.image.revision=abc',
    ]);
    expect([liveLinks(r.html), liveImages(r.html), liveMentions(r.html), liveIssueRefs(r.html)]).toEqual([
      [],
      [],
      [],
      [],
    ]);
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
    expect(renderLikeGitHub(md).text.split('\n').slice(-2)).toEqual([
      'No tags: the image was built but not tagged.',
      'Not sent (sockets, pipes or devices): run/sock',
    ]);
    expect(renderedTables(renderLikeGitHub(md).html)[0]?.rows).toEqual([
      ['10 B', '500ms', '1 (0 cached)', '1 file, 10 B'],
    ]);
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
