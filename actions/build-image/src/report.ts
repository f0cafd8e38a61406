/** The job summary: what was built, the tags and their digests, size, duration and cache use. */
import { inlineCode, escapeMarkdown, plural, table, details, codeBlock } from '@pipewright/shared/report';
import { formatDuration } from '@pipewright/shared/util';
import type { BuildResult } from './build-and-push.ts';
import type { ContextStats } from './context.ts';

export interface BuildReport {
  imageId: string;
  sizeBytes: number;
  durationMs: number;
  steps: number;
  cachedSteps: number;
  context: ContextStats & { ignoreFile: string | undefined };
  tags: { ref: string; digest: string | undefined; attempts: number }[];
  pushed: boolean;
  dropped: { rule: string; reason: string }[];
  labels: Record<string, string>;
  platforms: { platform: string; imageId: string; digest: string | undefined }[];
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

export function renderSummary(r: BuildReport): string {
  const out: string[] = [];
  out.push(
    `### build-image: ${r.pushed ? 'built and pushed' : 'built'} ${inlineCode(r.imageId.slice(0, 19))}`,
  );
  out.push(
    table(
      ['Image size', 'Duration', 'Steps (cached)', 'Context sent'],
      [
        [
          formatBytes(r.sizeBytes),
          formatDuration(r.durationMs),
          `${r.steps} (${r.cachedSteps} cached)`,
          `${plural(r.context.files, 'file')}, ${formatBytes(r.context.bytes)}${r.context.ignoreFile ? ` (after ${inlineCode(r.context.ignoreFile)})` : ''}`,
        ],
      ],
    ),
  );
  if (r.tags.length) {
    out.push(
      table(
        ['Tag', 'Digest'],
        r.tags.map((t) => [
          inlineCode(t.ref),
          t.digest
            ? `${inlineCode(t.digest)}${t.attempts > 1 ? ` (after ${t.attempts} attempts)` : ''}`
            : r.pushed
              ? '—'
              : 'not pushed',
        ]),
      ),
    );
  } else out.push('_No tags: the image was built but not tagged._');
  if (r.platforms.length)
    out.push(
      table(
        ['Platform', 'Image ID', 'Platform manifest'],
        r.platforms.map((p) => [
          inlineCode(p.platform),
          inlineCode(p.imageId.slice(0, 19)),
          p.digest ? inlineCode(p.digest) : '—',
        ]),
      ),
    );
  if (r.dropped.length)
    out.push(
      `Tags left out:\n\n${r.dropped.map((d) => `- ${inlineCode(d.rule)}: ${escapeMarkdown(d.reason)}`).join('\n')}`,
    );
  if (r.context.skippedSpecial.length)
    out.push(
      `Not sent (sockets, pipes or devices): ${r.context.skippedSpecial.slice(0, 20).map(inlineCode).join(', ')}${r.context.skippedSpecial.length > 20 ? ` …and ${r.context.skippedSpecial.length - 20} more` : ''}`,
    );
  const labels = Object.entries(r.labels);
  if (labels.length)
    out.push(details(`Labels (${labels.length})`, codeBlock(labels.map(([k, v]) => `${k}=${v}`).join('\n'))));
  return `${out.join('\n\n')}\n`;
}

/** The job summary of a run that took `durationMs`. */
export function renderReport(r: BuildResult, durationMs: number): string {
  return renderSummary({
    imageId: r.built.imageId,
    sizeBytes: r.built.size,
    durationMs,
    steps: r.built.steps,
    cachedSteps: r.built.cachedSteps,
    context: { ...r.built.context, ignoreFile: r.ignoreFile },
    tags: r.refs.map((ref) => {
      const p = r.pushed.find((x) => x.ref === ref);
      return {
        ref: `${ref.repository}:${ref.tag}`,
        digest: r.digests[`${ref.repository}:${ref.tag}`],
        attempts: p?.attempts ?? 0,
      };
    }),
    platforms: r.platforms,
    pushed: r.push,
    dropped: r.dropped,
    labels: r.labels,
  });
}
