/**
 * The leak harness: plant distinct secrets in an action's inputs and fixtures, run its bundle (runBundle),
 * then look for every secret, plain or encoded, in every channel a person or a later step can read — the PR
 * comment and every other GitHub API request body the fake GitHub received (SARIF uploads decoded), the
 * job summary, annotations, step outputs, the files the action wrote (SARIF, findings/metadata JSON,
 * reports) and the log — and check that each secret the action was told about was registered with the
 * runner's masker (`::add-mask::`).
 *
 * The encodings are the ones the runner does not undo for us: base64 (standard and URL-safe), URL-encoding
 * and JSON string escaping, the forms tools print secrets in.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunBundleResult } from './run-bundle.ts';
import type { FakeGitHub } from './github-fake/server.ts';

export interface PlantedSecret {
  /** What it stands for, for the failure message: "dast-cookie value", "NoEcho previous value", … */
  label: string;
  value: string;
  /** The action is told it is a secret (an input, a NoEcho value …): it must be registered as a mask. */
  known: boolean;
}

/**
 * A distinct secret: letters, digits and `-` only, so each encoded form is distinct from the others and
 * from every ordinary word; unguessable, so no fixture can contain it by accident.
 */
export function plantSecret(label: string, known = true, prefix = 'S3cr'): PlantedSecret {
  return { label, value: `${prefix}-${randomBytes(9).toString('hex')}`, known };
}

/** The forms a secret must never appear in. */
export function encodedForms(value: string): { encoding: string; text: string }[] {
  const forms = [
    { encoding: 'plain', text: value },
    { encoding: 'base64', text: Buffer.from(value).toString('base64').replace(/=+$/, '') },
    { encoding: 'base64url', text: Buffer.from(value).toString('base64url') },
    { encoding: 'url-encoded', text: encodeURIComponent(value) },
    { encoding: 'JSON-escaped', text: JSON.stringify(value).slice(1, -1) },
  ];
  const seen = new Set<string>();
  return forms.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

export interface Channel {
  name: string;
  text: string;
}

/** The log as a reader sees it: stdout and stderr without the ::add-mask:: commands themselves. */
export function logWithoutMaskCommands(r: RunBundleResult): string {
  return `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

/**
 * Every channel of a run: log, job summary, annotations (message and title), step outputs, the files named
 * (those that exist), and with a fake GitHub every request body it received plus decoded SARIF uploads.
 */
export function channelsOf(r: RunBundleResult, o: { gh?: FakeGitHub; files?: string[] } = {}): Channel[] {
  const channels: Channel[] = [
    { name: 'log', text: logWithoutMaskCommands(r) },
    { name: 'job summary', text: r.summary },
    {
      name: 'annotations',
      text: r.annotations.map((a) => `${a.title ?? ''}\n${a.message}`).join('\n'),
    },
    ...Object.entries(r.outputs).map(([k, v]) => ({ name: `step output ${k}`, text: v })),
    ...Object.entries(r.env).map(([k, v]) => ({ name: `exported variable ${k}`, text: v })),
  ];
  for (const f of o.files ?? [])
    if (existsSync(f)) channels.push({ name: `file ${f}`, text: readFileSync(f, 'utf8') });
  if (o.gh) {
    for (const q of o.gh.requests)
      if (q.body !== undefined && q.body !== null)
        channels.push({ name: `GitHub API ${q.method} ${q.path}`, text: JSON.stringify(q.body) });
    for (const u of o.gh.sarifUploads) channels.push({ name: 'GitHub code-scanning SARIF', text: u.sarif });
  }
  return channels;
}

/** One line per (secret, encoding, channel) found: what a failing test prints. Empty when nothing leaked. */
export function findLeaks(secrets: readonly PlantedSecret[], channels: readonly Channel[]): string[] {
  const found: string[] = [];
  for (const s of secrets)
    for (const f of encodedForms(s.value))
      for (const c of channels)
        if (c.text.includes(f.text)) found.push(`${s.label} (${f.encoding}) in ${c.name}`);
  return found;
}

/** The known secrets that were not registered with `::add-mask::` (as a whole value). */
export function unmasked(secrets: readonly PlantedSecret[], r: RunBundleResult): string[] {
  const masks = new Set(r.masks);
  return secrets.filter((s) => s.known && !masks.has(s.value)).map((s) => s.label);
}

export interface EchoServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A page that echoes what it was sent, the way a careless app does: the request's Cookie header and the
 * credential of its Authorization header come back as cookies of its own (without HttpOnly or SameSite:
 * 10010/10054), in headers the passive rules quote whole as evidence (X-Powered-By: 10037; a versioned
 * Server: 10036), and in the body.
 */
export async function startEchoServer(): Promise<EchoServer> {
  const server = http.createServer((req, res) => {
    const cookie = req.headers.cookie ?? '';
    const auth = req.headers.authorization ?? '';
    const token = auth.split(' ').slice(1).join(' ');
    const set: string[] = [];
    if (cookie) set.push(`${cookie.split(';')[0]}; Path=/`);
    if (token) set.push(`echoed=${token}; Path=/`);
    // X-Powered-By (ZAP 10037) and a versioned Server header (10036) are quoted whole as evidence.
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(set.length ? { 'Set-Cookie': set } : {}),
      ...(cookie ? { 'X-Powered-By': `echo ${cookie}` } : {}),
      ...(token ? { Server: `echo/1.2.3 (${auth})` } : {}),
    });
    res.end(
      `<!doctype html><html><head><title>echo</title></head><body><p>cookie: ${cookie}</p><p>auth: ${auth}</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
