/**
 * Build cache between workflow runs without buildx: a registry image carries the cache.
 * - `cache-to`: after the build, the image is also pushed under this reference (with BuildKit, built with
 *   BUILDKIT_INLINE_CACHE=1 so its config carries the cache metadata);
 * - `cache-from`: with the classic builder each image is pulled first (its cache-from only reads local
 *   images' history; a missing one is not an error: the first run has none); BuildKit reads the inline
 *   metadata from the registry itself.
 */
import type { Logger } from '@pipewright/shared/log';
import type { RegistryCredential } from './auth.ts';
import type { Engine } from './engine.ts';
import { parseImageRef, type ImageRef } from './reference.ts';
import { jsonLines } from './stream.ts';
import { describeThrown } from '@pipewright/shared/action';

export interface CachePlan {
  from: ImageRef[];
  to: ImageRef | undefined;
}

/** Validates the cache references before anything is contacted; throws the list of problems. */
export function planCache(
  from: readonly string[],
  to: string | undefined,
): { plan: CachePlan; problems: string[] } {
  const problems: string[] = [];
  const parse = (text: string, where: string): ImageRef | undefined => {
    try {
      return parseImageRef(text, 'latest');
    } catch (e) {
      problems.push(`${where}: ${describeThrown(e)}`);
      return undefined;
    }
  };
  const fromRefs = from.map((f) => parse(f, '`cache-from`')).filter((r): r is ImageRef => r !== undefined);
  const toRef = to ? parse(to, '`cache-to`') : undefined;
  return { plan: { from: fromRefs, to: toRef }, problems };
}

/** Pulls the cache images (classic builder); returns the references now present locally. */
export async function pullCacheImages(
  engine: Pick<Engine, 'pull'>,
  refs: readonly ImageRef[],
  credentials: ReadonlyMap<string, RegistryCredential | undefined>,
  logger: Pick<Logger, 'info'>,
): Promise<string[]> {
  const present: string[] = [];
  for (const r of refs) {
    const name = `${r.repository}:${r.tag}`;
    let error: string | undefined;
    try {
      for await (const m of jsonLines(await engine.pull(name, credentials.get(r.registry))))
        if (m.error || m.errorDetail) error = m.errorDetail?.message ?? m.error;
    } catch (e) {
      error = describeThrown(e);
    }
    if (error) logger.info(`Cache image ${name} not used: ${error}`);
    else {
      logger.info(`Cache image ${name} pulled.`);
      present.push(name);
    }
  }
  return present;
}
