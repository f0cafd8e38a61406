/**
 * The build context through the BuildKit session instead of a tar upload (`remote=client-session`):
 * BuildKit's Dockerfile frontend then reads the Dockerfile from a source of its own ("dockerfile") and
 * the context ("context") with the .dockerignore exclusions applied, so a Dockerfile or .dockerignore that
 * excludes itself is read but never reaches COPY — as with buildx. We serve
 * `moby.filesync.v1.FileSync/DiffCopy` with fsutil's send protocol (tonistiigi/fsutil send.go/wire.proto):
 * one STAT packet per entry in walk order, an empty STAT to end, then DATA packets for each REQ (by the
 * entry's index), an empty DATA to end a file, FIN to finish.
 */
import { openSync, readSync, closeSync, lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { encode, fields } from './protobuf.ts';
import { CONTEXT_MTIME, walkContext, type ContextPlan } from './context.ts';

const PACKET = { STAT: 0, REQ: 1, DATA: 2, FIN: 3, ERR: 4 } as const;
const MODE_DIR = 0x80000000;
const MODE_SYMLINK = 0x08000000;
const MTIME_NS = CONTEXT_MTIME.getTime() * 1e6;

export interface SyncEntry {
  path: string;
  kind: 'file' | 'directory' | 'symlink' | 'link';
  abs: string;
  mode: number;
  size: number;
  linkname?: string;
  content?: Buffer;
}

function statMessage(e: SyncEntry): Buffer {
  const mode =
    e.kind === 'directory' ? MODE_DIR | e.mode : e.kind === 'symlink' ? MODE_SYMLINK | 0o777 : e.mode;
  return encode([
    { no: 1, bytes: e.path },
    { no: 2, int: mode >>> 0 },
    { no: 5, int: e.kind === 'file' ? e.size : 0 },
    { no: 6, int: MTIME_NS },
    ...(e.linkname !== undefined ? [{ no: 7, bytes: e.linkname }] : []),
  ]);
}

export function packet(type: number, p: { stat?: Buffer; id?: number; data?: Buffer } = {}): Buffer {
  return encode([
    ...(type ? [{ no: 1, int: type }] : []),
    ...(p.stat ? [{ no: 2, bytes: p.stat }] : []),
    ...(p.id ? [{ no: 3, int: p.id }] : []),
    ...(p.data && p.data.length ? [{ no: 4, bytes: p.data }] : []),
  ]);
}

export function readPacket(buf: Buffer): { type: number; id: number } {
  let type = 0;
  let id = 0;
  for (const f of fields(buf)) {
    if (f.no === 1 && f.int !== undefined) type = f.int;
    if (f.no === 3 && f.int !== undefined) id = f.int;
  }
  return { type, id };
}

/** The entries to send for one DiffCopy call: `followpaths` (what the frontend reads, e.g. the
 * Dockerfile or .dockerignore) straight from disk, or else the filtered context. */
export async function entriesFor(
  plan: ContextPlan,
  dir: 'context' | 'dockerfile',
  followPaths: readonly string[],
): Promise<SyncEntry[]> {
  const root = dir === 'dockerfile' ? dockerfileDir(plan) : plan.dir;
  if (followPaths.length || dir === 'dockerfile') {
    const wanted = followPaths.length ? followPaths : [path.basename(dockerfileAbs(plan))];
    const out = new Map<string, SyncEntry>();
    for (const rel of wanted) {
      const clean = path.posix.normalize(rel).replace(/^\/+/, '');
      if (clean.startsWith('..')) continue;
      const abs = path.join(root, clean);
      let st;
      try {
        st = lstatSync(abs);
      } catch {
        continue;
      }
      const parts = clean.split('/');
      for (let i = 1; i < parts.length; i++) {
        const p = parts.slice(0, i).join('/');
        if (!out.has(p))
          out.set(p, { path: p, kind: 'directory', abs: path.join(root, p), mode: 0o755, size: 0 });
      }
      if (st.isFile())
        out.set(clean, { path: clean, kind: 'file', abs, mode: st.mode & 0o7777, size: st.size });
      else if (st.isSymbolicLink())
        out.set(clean, {
          path: clean,
          kind: 'symlink',
          abs,
          mode: 0o777,
          size: 0,
          linkname: readlinkSync(abs),
        });
    }
    return [...out.values()].sort((a, b) => comparePath(a.path, b.path));
  }
  const out: SyncEntry[] = [];
  for await (const e of walkContext(plan))
    out.push({
      path: e.name,
      kind: e.type,
      abs: e.abs,
      mode: e.mode,
      size: e.size,
      ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
    });
  return out;
}

/** fsutil's order: path components compared one by one. */
function comparePath(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (x[i] !== y[i]) return (x[i] as string) < (y[i] as string) ? -1 : 1;
  return x.length - y.length;
}

export function dockerfileAbs(plan: ContextPlan): string {
  return plan.externalDockerfile ?? path.join(plan.dir, plan.dockerfile);
}
export function dockerfileDir(plan: ContextPlan): string {
  return path.dirname(dockerfileAbs(plan));
}

/** Runs the sender side of one DiffCopy stream. */
export async function sendEntries(
  entries: readonly SyncEntry[],
  send: (packet: Buffer) => void | Promise<void>,
  receive: () => Promise<Buffer | undefined>,
): Promise<void> {
  for (const e of entries) await send(packet(PACKET.STAT, { stat: statMessage(e) }));
  await send(packet(PACKET.STAT));
  for (;;) {
    const msg = await receive();
    if (!msg) return;
    const p = readPacket(msg);
    if (p.type === PACKET.FIN) {
      await send(packet(PACKET.FIN));
      return;
    }
    if (p.type === PACKET.ERR) throw new Error('the engine reported an error while reading the context');
    if (p.type !== PACKET.REQ) continue;
    const e = entries[p.id];
    if (!e || e.kind !== 'file') throw new Error(`the engine asked for entry ${p.id}, which is no file`);
    const fd = openSync(e.abs, 'r');
    try {
      const buf = Buffer.alloc(32 * 1024);
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null);
        if (n === 0) break;
        // Awaited: the HTTP/2 stream's backpressure keeps memory flat for any context size.
        await send(packet(PACKET.DATA, { id: p.id, data: Buffer.from(buf.subarray(0, n)) }));
      }
    } finally {
      closeSync(fd);
    }
    await send(packet(PACKET.DATA, { id: p.id }));
  }
}
