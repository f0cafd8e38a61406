/** Shared set-up for the integration tests: contexts with a static busybox, docker CLI for cross-checks. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export const BUSYBOX = '/bin/busybox';
export const DOCKER_CLI = process.env.PIPEWRIGHT_DOCKER_CLI ?? '/usr/local/bin/docker';

export function requireTools(): void {
  if (!existsSync(BUSYBOX))
    throw new Error(
      '/bin/busybox not found: install the Debian package busybox-static (scripts/provision.sh does).',
    );
  if (!existsSync(DOCKER_CLI))
    throw new Error(
      `docker CLI not found at ${DOCKER_CLI} (used by the tests only, to cross-check): install docker.io.`,
    );
}

/** A workspace with a context folder; `files` values starting with "->" become symlinks. */
export function workspaceWith(
  files: Record<string, string>,
  busybox = true,
): { workspace: string; context: string } {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'pw-bi-ws-'));
  const context = path.join(workspace, 'ctx');
  mkdirSync(context);
  if (busybox) copyFileSync(BUSYBOX, path.join(context, 'busybox'));
  for (const [name, content] of Object.entries(files)) {
    const abs = path.join(context, name);
    mkdirSync(path.dirname(abs), { recursive: true });
    if (content.startsWith('->')) symlinkSync(content.slice(2), abs);
    else writeFileSync(abs, content);
  }
  return { workspace, context };
}

export function docker(args: string[], env: Record<string, string> = {}): string {
  return execFileSync(DOCKER_CLI, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Removes images by reference, ignoring ones already gone. */
export function removeImages(refs: string[]): void {
  for (const r of refs) {
    try {
      docker(['rmi', '-f', r]);
    } catch {
      // already gone
    }
  }
}

/** The files of an image (name, type, size, link target), read with `docker create` + `docker export`. */
export async function imageFiles(image: string, under: string): Promise<string[]> {
  const id = docker(['create', image, '/bin/true']).trim();
  try {
    const tar = execFileSync(DOCKER_CLI, ['export', id], { maxBuffer: 256 * 1024 * 1024 });
    const { extract } = await import('tar-stream');
    const { Readable } = await import('node:stream');
    const ex = extract();
    const out: string[] = [];
    ex.on('entry', (h, s, next) => {
      const name = h.name.replace(/\/$/, '');
      if (name === under || name.startsWith(`${under}/`)) {
        const rel = name.slice(under.length + 1);
        if (rel)
          out.push(
            `${rel} ${h.type}${h.type === 'file' ? ` ${h.size}` : ''}${h.linkname ? ` -> ${h.linkname}` : ''}`,
          );
      }
      s.resume();
      s.on('end', () => next());
    });
    Readable.from([tar]).pipe(ex);
    await new Promise<void>((r) => ex.on('finish', () => r()));
    return out.sort();
  } finally {
    docker(['rm', '-f', id]);
  }
}
