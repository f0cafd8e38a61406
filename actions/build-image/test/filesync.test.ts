/**
 * The sender side of fsutil's DiffCopy protocol (tonistiigi/fsutil wire.proto, send.go): STAT per entry,
 * an empty STAT, DATA chunks per REQ (by entry index) ended by an empty DATA, FIN answered with FIN.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { entriesFor, packet, sendEntries } from '../src/filesync.ts';
import { planContext } from '../src/context.ts';
import { fields } from '../src/protobuf.ts';

function decode(p: Buffer): { type: number; id: number; path?: string; mode?: number; data?: string } {
  const out: { type: number; id: number; path?: string; mode?: number; data?: string } = { type: 0, id: 0 };
  for (const f of fields(p)) {
    if (f.no === 1) out.type = f.int ?? 0;
    if (f.no === 3) out.id = f.int ?? 0;
    if (f.no === 4) out.data = f.bytes?.toString();
    if (f.no === 2 && f.bytes)
      for (const g of fields(f.bytes)) {
        if (g.no === 1) out.path = g.bytes?.toString();
        if (g.no === 2) out.mode = g.int;
      }
  }
  return out;
}

describe('FileSync DiffCopy (sender)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-fsync-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch');
  writeFileSync(path.join(dir, '.dockerignore'), 'Dockerfile\n.dockerignore\n');
  writeFileSync(path.join(dir, 'sub', 'a.txt'), 'hello');

  it('serves the context with the exclusions applied, the Dockerfile only to its own source', async () => {
    const plan = planContext(dir, path.join(dir, 'Dockerfile'), 'session');
    expect((await entriesFor(plan, 'context', [])).map((e) => e.path)).toEqual(['sub', 'sub/a.txt']);
    expect((await entriesFor(plan, 'context', ['.dockerignore'])).map((e) => e.path)).toEqual([
      '.dockerignore',
    ]);
    expect(
      (await entriesFor(plan, 'dockerfile', ['Dockerfile', 'Dockerfile.dockerignore'])).map((e) => e.path),
    ).toEqual(['Dockerfile']);
  });

  it('speaks the protocol: stats, end of stats, data on request, fin', async () => {
    const plan = planContext(dir, path.join(dir, 'Dockerfile'), 'session');
    const entries = await entriesFor(plan, 'context', []);
    const sent: Buffer[] = [];
    const incoming = [packet(1, { id: 1 }), packet(3)];
    await sendEntries(
      entries,
      (p) => {
        sent.push(p);
      },
      async () => incoming.shift(),
    );
    expect(sent.map(decode)).toEqual([
      { type: 0, id: 0, path: 'sub', mode: (0x80000000 | 0o755) >>> 0 },
      { type: 0, id: 0, path: 'sub/a.txt', mode: 0o644 },
      { type: 0, id: 0 },
      { type: 2, id: 1, data: 'hello' },
      { type: 2, id: 1 },
      { type: 3, id: 0 },
    ]);
  });
});
