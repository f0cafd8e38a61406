/**
 * The build context as a deterministic, streamed tar: entries sorted the way Docker's walker visits them
 * (depth first, names sorted), mtime/uid/gid normalised so the same tree always gives the same bytes,
 * symlinks sent as links (never followed, so nothing outside the context is read), and the .dockerignore
 * rules applied on our side with the CLI's walker rules (`!.dockerignore` and `!<Dockerfile>` appended).
 */
// Synchronous fs calls on purpose: for tens of thousands of small entries they are several times faster
// than the promise API, and the generator still yields to the event loop between entries.
import { createReadStream, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import type { Pack } from 'tar-stream';
import { UserError } from '@pipewright/shared/action';
import { IgnorePatternError, parseIgnoreFile, PatternMatcher, type MatchInfo } from './dockerignore.ts';

/** 1980-01-01T00:00:00Z (the ZIP epoch), the mtime of every entry: rebuilds of the same tree are identical. */
export const CONTEXT_MTIME = new Date('1980-01-01T00:00:00Z');

export interface ContextPlan {
  dir: string;
  /** Path of the Dockerfile inside the tar (the `dockerfile` build parameter). */
  dockerfile: string;
  /** Set when the Dockerfile lives outside the context: sent under `dockerfile` with this content source. */
  externalDockerfile?: string;
  /** Which ignore file was applied, relative to the context (or absolute when outside), if any. */
  ignoreFile?: string;
  patterns: string[];
  matcher: PatternMatcher;
  /** Which walker's directory-pruning rule to follow: the classic CLI's, or BuildKit's fsutil. */
  walker: 'classic' | 'buildkit';
  /**
   * Classic builder with a Dockerfile from outside the context: the `.dockerignore` sent in the tar, with
   * the Dockerfile's name appended (what the docker CLI does), so the daemon removes the Dockerfile from
   * the context before any COPY sees it.
   */
  sentIgnore?: Buffer;
  /**
   * BuildKit reads the context through the session (filesync.ts): the Dockerfile is read from a source of
   * its own, so nothing is sent because it is "always sent", and excluded means excluded.
   */
  session?: boolean;
}

export interface ContextEntry {
  name: string;
  /** `link`: a hard link to an earlier entry (`linkname`), as the docker CLI's tar writer sends them. */
  type: 'file' | 'directory' | 'symlink' | 'link';
  abs: string;
  mode: number;
  size: number;
  linkname?: string;
  /** Content sent instead of the file's (the amended `.dockerignore`). */
  content?: Buffer;
}

export interface ContextStats {
  files: number;
  directories: number;
  symlinks: number;
  bytes: number;
  skippedSpecial: string[];
}

/** Resolves which ignore file applies (Dockerfile.dockerignore next to the Dockerfile wins) and the patterns. */
export function planContext(
  contextDir: string,
  dockerfileAbs: string,
  mode: 'classic' | 'buildkit' | 'session' = 'classic',
): ContextPlan {
  const walker = mode === 'classic' ? 'classic' : 'buildkit';
  const relDf = path.relative(contextDir, dockerfileAbs);
  const inside = !relDf.startsWith('..') && !path.isAbsolute(relDf);
  const dockerfile = inside
    ? relDf.split(path.sep).join('/')
    : `.pipewright-dockerfile-${path.basename(dockerfileAbs)}`;
  const specific = `${dockerfileAbs}.dockerignore`;
  const root = path.join(contextDir, '.dockerignore');
  const ignoreAbs = existsSync(specific) ? specific : existsSync(root) ? root : undefined;
  let patterns = ignoreAbs ? parseIgnoreFile(readFileSync(ignoreAbs, 'utf8')) : [];
  const ignoreFile = ignoreAbs
    ? path.relative(contextDir, ignoreAbs).startsWith('..')
      ? ignoreAbs
      : path.relative(contextDir, ignoreAbs).split(path.sep).join('/')
    : undefined;
  let matcher = compile(patterns, ignoreFile);
  // What the CLI does for the classic builder: the ignore file and the Dockerfile are always sent, even when
  // excluded, and the daemon removes the excluded ones before the build. BuildKit reads no .dockerignore
  // from an uploaded tar (we apply it here), so an excluded one is not sent; the Dockerfile is.
  const always =
    mode === 'session'
      ? []
      : [...(walker === 'classic' ? ['.dockerignore'] : []), ...(inside ? [dockerfile] : [])];
  const extra = always.filter((f) => matcher.matches(f)).map((f) => `!${f}`);
  if (extra.length) {
    patterns = [...patterns, ...extra];
    matcher = compile(patterns, ignoreFile);
  }
  let sentIgnore: Buffer | undefined;
  if (!inside && walker === 'classic') {
    // docker/cli AddDockerfileToBuildContext: the Dockerfile's name is appended to the tar's .dockerignore.
    // Without a .dockerignore the one we add also names itself, so it does not land in the image either.
    const own = existsSync(root) ? readFileSync(root) : undefined;
    sentIgnore = Buffer.concat([own ?? Buffer.from('.dockerignore\n'), Buffer.from(`\n${dockerfile}\n`)]);
  }
  return {
    dir: contextDir,
    dockerfile,
    ...(inside ? {} : { externalDockerfile: dockerfileAbs }),
    ...(sentIgnore ? { sentIgnore } : {}),
    ...(ignoreFile ? { ignoreFile } : {}),
    patterns,
    matcher,
    walker,
    ...(mode === 'session' ? { session: true } : {}),
  };
}

function compile(patterns: string[], file: string | undefined): PatternMatcher {
  try {
    return new PatternMatcher(patterns);
  } catch (e) {
    if (e instanceof IgnorePatternError)
      throw new UserError(`${file ?? '.dockerignore'}: ${e.message}`, {
        hint: 'Docker would refuse this pattern too; fix the line (patterns use Go filepath.Match syntax).',
      });
    throw e;
  }
}

/** Walks the context in Docker's order, yielding what is sent. Never follows symlinks. */
export async function* walkContext(plan: ContextPlan, stats?: ContextStats): AsyncGenerator<ContextEntry> {
  const { matcher } = plan;
  // Files with several links: the first name sent carries the data, later names are hard links to it.
  const seen = new Map<string, string>();
  let ignoreSent = false;
  async function* walk(relDir: string, parent: MatchInfo | undefined): AsyncGenerator<ContextEntry> {
    const absDir = relDir ? path.join(plan.dir, relDir) : plan.dir;
    const dirents = readdirSync(absDir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const d of dirents) {
      const rel = relDir ? `${relDir}/${d.name}` : d.name;
      const abs = path.join(absDir, d.name);
      const { excluded, info } = matcher.matchesUsingParent(rel, parent);
      if (excluded) {
        // Excluded entries are not even stat'ed: only a directory an exception reaches into is walked.
        if (d.isDirectory() && matcher.mustWalkExcludedDir(rel, plan.walker)) yield* walk(rel, info);
        continue;
      }
      const st = lstatSync(abs);
      const mode = st.mode & 0o7777;
      if (st.isDirectory()) {
        yield { name: rel, type: 'directory', abs, mode, size: 0 };
        yield* walk(rel, info);
      } else if (st.isFile()) {
        if (rel === '.dockerignore' && plan.sentIgnore) {
          ignoreSent = true;
          yield {
            name: rel,
            type: 'file',
            abs,
            mode,
            size: plan.sentIgnore.length,
            content: plan.sentIgnore,
          };
          continue;
        }
        const key = `${st.dev}:${st.ino}`;
        const first = st.nlink > 1 ? seen.get(key) : undefined;
        if (first !== undefined) {
          yield { name: rel, type: 'link', abs, mode, size: 0, linkname: first };
          continue;
        }
        if (st.nlink > 1) seen.set(key, rel);
        yield { name: rel, type: 'file', abs, mode, size: st.size };
      } else if (st.isSymbolicLink()) {
        yield { name: rel, type: 'symlink', abs, mode, size: 0, linkname: readlinkSync(abs) };
      } else {
        stats?.skippedSpecial.push(rel);
      }
    }
  }
  yield* walk('', undefined);
  if (plan.sentIgnore && !ignoreSent)
    yield {
      name: '.dockerignore',
      type: 'file',
      abs: path.join(plan.dir, '.dockerignore'),
      mode: 0o644,
      size: plan.sentIgnore.length,
      content: plan.sentIgnore,
    };
  if (plan.externalDockerfile && !plan.session) {
    const st = lstatSync(plan.externalDockerfile);
    yield { name: plan.dockerfile, type: 'file', abs: plan.externalDockerfile, mode: 0o644, size: st.size };
  }
}

export function emptyStats(): ContextStats {
  return { files: 0, directories: 0, symlinks: 0, bytes: 0, skippedSpecial: [] };
}

/**
 * Streams the context as a tar: one file open at a time, so memory stays flat whatever the size.
 * `done` resolves with the counts once the last byte has been handed to the consumer.
 */
export async function contextTar(
  plan: ContextPlan,
): Promise<{ stream: Readable; done: Promise<ContextStats> }> {
  const tar = await import('tar-stream');
  const pack = tar.pack();
  const stats = emptyStats();
  const done = (async () => {
    try {
      for await (const e of walkContext(plan, stats)) {
        const header = {
          // Directories end in "/", as in the tars Docker's own walker writes.
          name: e.type === 'directory' ? `${e.name}/` : e.name,
          mode: e.mode,
          mtime: CONTEXT_MTIME,
          uid: 0,
          gid: 0,
          uname: '',
          gname: '',
        };
        if (e.type === 'directory') {
          stats.directories++;
          await entry(pack, { ...header, type: 'directory' });
        } else if (e.type === 'symlink') {
          stats.symlinks++;
          await entry(pack, { ...header, type: 'symlink', linkname: e.linkname as string });
        } else if (e.type === 'link') {
          stats.files++;
          await entry(pack, { ...header, type: 'link', linkname: e.linkname as string });
        } else if (e.content) {
          stats.files++;
          stats.bytes += e.content.length;
          await entry(pack, { ...header, type: 'file', size: e.content.length }, e.content);
        } else {
          stats.files++;
          stats.bytes += e.size;
          if (e.size <= SMALL_FILE) {
            // One read and one entry: per-file stream set-up costs more than the read itself for small files.
            const data = readFileSync(e.abs);
            if (data.length !== e.size) throw new Error(`${e.name} changed size while it was being sent`);
            await entry(pack, { ...header, type: 'file', size: e.size }, data);
          } else {
            const sink = pack.entry({ ...header, type: 'file', size: e.size });
            await pipeline(createReadStream(e.abs), sink);
          }
        }
      }
      pack.finalize();
      return stats;
    } catch (error) {
      pack.destroy(error as Error);
      throw error;
    }
  })();
  done.catch(() => undefined);
  // tar-stream emits a 512-byte header and each file as separate chunks; re-chunked to 64 KiB so the
  // HTTP upload is a few large writes instead of tens of thousands of tiny chunked-encoding frames.
  const out = (pack as unknown as Readable).pipe(rechunk(64 * 1024));
  (pack as unknown as Readable).on('error', (e: Error) => out.destroy(e));
  return { stream: out, done };
}

function rechunk(size: number): Transform {
  let parts: Buffer[] = [];
  let len = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      parts.push(chunk);
      len += chunk.length;
      if (len >= size) {
        this.push(Buffer.concat(parts, len));
        parts = [];
        len = 0;
      }
      cb();
    },
    flush(cb) {
      if (len) this.push(Buffer.concat(parts, len));
      cb();
    },
  });
}

/** Resolves once the pack has taken the entry (tar-stream calls back after draining: backpressure). */
function entry(pack: Pack, header: Parameters<Pack['entry']>[0], data?: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const cb = (err?: Error | null) => (err ? reject(err) : resolve());
    if (data) pack.entry(header, data, cb);
    else pack.entry(header, cb);
  });
}

/** Files up to this size are read whole (bounded memory: one such buffer at a time); bigger ones are streamed. */
export const SMALL_FILE = 1024 * 1024;
