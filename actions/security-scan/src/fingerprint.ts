import { createHash } from 'node:crypto';
import type { Finding } from './findings.ts';

const sha = (parts: readonly string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** Code without whitespace differences, so re-indenting or moving a line keeps its identity. */
export function normalizeCode(code: string): string {
  return code
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/#.*$/, '').replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * A URL template: scheme+host kept, query values dropped (names kept, sorted), and path segments that
 * look like ids (numbers, hex, uuids) replaced by `{id}` — /item/17 and /item/18 are the same endpoint.
 */
export function urlTemplate(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const segs = u.pathname
    .split('/')
    .map((s) =>
      /^(\d+|[0-9a-f]{12,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(s)
        ? '{id}'
        : s,
    );
  const names = [...new Set([...u.searchParams.keys()])].sort();
  return `${u.protocol}//${u.host}${segs.join('/')}${names.length ? `?${names.join('&')}` : ''}`;
}

/** SAST: rule + path + normalized code. DAST: rule (alertRef) + method + URL template + parameter. */
export function fingerprintBase(
  f: Pick<Finding, 'kind' | 'ruleId' | 'path' | 'code' | 'method' | 'url' | 'param' | 'message'>,
): string {
  if (f.kind === 'sast') return sha(['sast', f.ruleId, f.path ?? '', normalizeCode(f.code ?? f.message)]);
  return sha(['dast', f.ruleId, (f.method ?? 'GET').toUpperCase(), urlTemplate(f.url ?? ''), f.param ?? '']);
}

/**
 * Gives every finding its fingerprint: the base hash plus `:n`, the n-th occurrence of the same base in
 * reading order, so two identical lines in one file stay two alerts (the way upload-sarif does it).
 */
export function assignFingerprints<T extends Parameters<typeof fingerprintBase>[0]>(
  findings: T[],
): (T & { fingerprint: string })[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = fingerprintBase(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...f, fingerprint: `${base}:${n}` };
  });
}
