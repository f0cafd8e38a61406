import { describe, expect, it } from '@jest/globals';
import { HOSTILE } from '@pipewright/testkit';
import {
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';
import { renderSummary } from '../src/report.ts';

// What GitHub shows for the build-image job summary (cmark-gfm + GitHub's sanitizer), with hostile text in
// what the build context, the tag rules and the labels control.
const H = HOSTILE;
const D = `sha256:${'d'.repeat(64)}`;

describe('build-image job summary as GitHub shows it', () => {
  const md = renderSummary({
    imageId: `sha256:${'a'.repeat(64)}`,
    sizeBytes: 1,
    durationMs: 1000,
    steps: 2,
    cachedSteps: 1,
    context: {
      files: 1,
      directories: 0,
      symlinks: 0,
      bytes: 1,
      skippedSpecial: [`sock ${H}`],
      ignoreFile: `ignore ${H}`,
    },
    tags: [{ ref: `reg.example/app:${H}`, digest: D, attempts: 1 }],
    pushed: true,
    dropped: [{ rule: `type=raw,value=${H}`, reason: `reason ${H}` }],
    labels: { [`label.${H}`]: H },
    platforms: [{ platform: `linux/${H}`, imageId: 'sha256:b', digest: undefined }],
  });
  const r = renderLikeGitHub(md);

  it('shows every ref, rule, reason and label exactly, with nothing live', () => {
    expect(renderedProblems(md, { untrusted: [H] })).toEqual([]);
    const lines = withoutInvisible(r.text).split('\n');
    expect(lines).toContain(`type=raw,value=${H}: reason ${H}`);
    expect(lines).toContain(`Not sent (sockets, pipes or devices): sock ${H}`);
    expect(lines).toContain(`label.${H}=${H}`);
  });

  it('keeps every table at its column count, refs and digests exact (they are copied)', () => {
    expect(renderedTables(r.html)).toEqual([
      {
        header: ['Image size', 'Duration', 'Steps (cached)', 'Context sent'],
        rows: [['1 B', '1.0s', '2 (1 cached)', `1 file, 1 B (after ignore ${H})`]],
      },
      { header: ['Tag', 'Digest'], rows: [[`reg.example/app:${H}`, D]] },
      { header: ['Platform', 'Image ID', 'Platform manifest'], rows: [[`linux/${H}`, 'sha256:b', '—']] },
    ]);
  });
});
