/** The step outputs, from the result of the build. */
import type { Outputs } from '@pipewright/shared/action';
import type { BuildResult } from './build-and-push.ts';

export function setOutputs(outputs: Outputs, r: BuildResult): void {
  const tags = r.refs.map((ref) => `${ref.repository}:${ref.tag}`);
  const first = tags[0];
  const firstDigest = first ? r.digests[first] : undefined;
  const imageRef = r.refs[0] && firstDigest ? `${r.refs[0].repository}@${firstDigest}` : null;
  outputs.set('image-id', r.built.imageId);
  outputs.set('digest', firstDigest ?? '');
  outputs.set('image-ref', imageRef ?? '');
  outputs.setJson('digests', r.digests);
  outputs.set('tags', tags.join('\n'));
  outputs.set('version', r.version ?? '');
  outputs.set(
    'labels',
    Object.entries(r.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  );
  outputs.setJson('metadata', {
    imageId: r.built.imageId,
    digest: firstDigest ?? null,
    imageRef,
    platforms: r.platforms,
    tags,
    digests: r.digests,
    version: r.version ?? null,
    labels: r.labels,
    size: r.built.size,
    steps: r.built.steps,
    cachedSteps: r.built.cachedSteps,
    context: {
      files: r.built.context.files,
      bytes: r.built.context.bytes,
      ignoreFile: r.ignoreFile ?? null,
    },
  });
}
