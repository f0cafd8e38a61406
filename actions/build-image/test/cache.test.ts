import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { planCache, pullCacheImages } from '../src/cache.ts';
import { parseImageRef } from '../src/reference.ts';

describe('planCache', () => {
  it('reads the references (no tag means :latest, as with docker pull) and reports bad ones', () => {
    const { plan, problems } = planCache(['ghcr.io/o/app:buildcache', 'o/app'], 'ghcr.io/o/app:buildcache');
    expect(plan.from.map((r) => `${r.repository}:${r.tag}`)).toEqual([
      'ghcr.io/o/app:buildcache',
      'o/app:latest',
    ]);
    expect(plan.to?.registry).toBe('ghcr.io');
    expect(problems).toEqual([]);
    expect(planCache(['Bad/Name:x'], 'o/app:-x').problems).toEqual([
      '`cache-from`: "Bad/Name:x": repository name must be lowercase ("Bad"); registries reject upper-case names',
      '`cache-to`: "o/app:-x": a tag cannot start with "-"',
    ]);
  });
});

describe('pullCacheImages', () => {
  it('keeps the images that pulled and skips, with a note, one the registry does not have', async () => {
    const lines: string[] = [];
    const pulled: string[] = [];
    const engine = {
      pull: async (ref: string) => {
        pulled.push(ref);
        // The engine's pull stream, errors in-band (manifest unknown for a first run).
        return Readable.from(
          ref.endsWith(':missing')
            ? [
                '{"status":"Pulling"}\n',
                '{"errorDetail":{"message":"manifest unknown"},"error":"manifest unknown"}\n',
              ]
            : ['{"status":"Pulling"}\n', '{"status":"Digest: sha256:ab"}\n'],
        );
      },
    };
    const refs = ['r.example/a:c', 'r.example/a:missing'].map((r) => parseImageRef(r));
    const present = await pullCacheImages(engine, refs, new Map(), { info: (l: string) => lines.push(l) });
    expect(present).toEqual(['r.example/a:c']);
    expect(pulled).toEqual(['r.example/a:c', 'r.example/a:missing']);
    expect(lines).toEqual([
      'Cache image r.example/a:c pulled.',
      'Cache image r.example/a:missing not used: manifest unknown',
    ]);
  });
});
