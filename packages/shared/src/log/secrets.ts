/**
 * The process-wide secret registry: every action feeds it every value it knows to be secret (inputs
 * declared secret, tokens, passwords, cookie and header credentials, NoEcho parameter values, Terraform
 * sensitive values, BuildKit secrets). Each derived form is registered with the runner's masker once
 * (`::add-mask::`), and the lowest output points of packages/shared — log lines, annotations, step outputs
 * and the job summary (runner/core.ts, report/summary.ts), every GitHub API request body (github/client.ts)
 * and the files we write for users (report/output-file.ts) — pass their text through `redactKnown`, so no
 * renderer can forget to.
 *
 * (No import of runner/core.ts here: core.ts imports this module for its redaction boundary.)
 */
import { EOL } from 'node:os';
import { issueCommand } from '../../../../node_modules/@actions/core/lib/command.js';

/**
 * Every form a secret may show up in: the value, each of its lines, and the encodings tools print it in
 * (base64 of the value and of `user:value` pairs is registered by the caller, who knows the user).
 */
export function secretForms(value: string): string[] {
  const forms = new Set<string>();
  const add = (s: string) => {
    if (s.trim().length >= 3) forms.add(s);
  };
  add(value);
  for (const line of value.split(/\r?\n/)) add(line.trim());
  add(Buffer.from(value).toString('base64'));
  add(Buffer.from(value).toString('base64url'));
  add(encodeURIComponent(value));
  add(JSON.stringify(value).slice(1, -1));
  return [...forms];
}

/** Cookie values shorter than this (`lang=en`) are not credentials; masking them would garble the log. */
const MIN_COOKIE_VALUE = 6;

/**
 * The credential parts of a header line, an auth value or a cookie string, each on its own, because a page
 * or a tool may echo the part without the rest: `Authorization: Bearer <token>` gives `Bearer <token>` and
 * `<token>`; `Basic <b64>` also gives `user:password` and the password; `a=<v1>; b=<v2>` gives v1 and v2.
 * The value itself is not among them.
 */
export function credentialParts(value: string): string[] {
  const parts = new Set<string>();
  const text = value.trim();
  const header = /^[A-Za-z0-9-]+:[ \t]*(\S[^\r\n]*)$/.exec(text);
  const v = (header?.[1] ?? text).trim();
  if (header) parts.add(v);
  const scheme = /^([A-Za-z][\w-]*)[ \t]+(\S+)$/.exec(v);
  if (scheme) {
    const cred = scheme[2] as string;
    parts.add(cred);
    if (/^basic$/i.test(scheme[1] as string) && /^[A-Za-z0-9+/]+={0,2}$/.test(cred)) {
      const decoded = Buffer.from(cred, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (
        colon > 0 &&
        Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') === cred.replace(/=+$/, '')
      ) {
        parts.add(decoded);
        parts.add(decoded.slice(colon + 1));
      }
    }
  }
  // Cookie strings: name=value pairs separated by `;`.
  if (/^[^=;\s]+=[^;]*(;\s*[^=;\s]+=[^;]*)*;?$/.test(v)) {
    for (const pair of v.split(';')) {
      const at = pair.indexOf('=');
      if (at < 0) continue;
      const cv = pair
        .slice(at + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
      if (cv.length >= MIN_COOKIE_VALUE) parts.add(cv);
    }
  }
  parts.delete(text);
  parts.delete('');
  return [...parts];
}

/**
 * Takes each new form. A sink may also take several forms at once (`many`), as the runner's masker does: one
 * write of all of a secret's `::add-mask::` lines instead of one write per line (a plan with 2,000 sensitive
 * values registers ~6,000 forms; the same bytes reach the runner, in the same order, before `add` returns).
 */
export type SecretSink = ((value: string) => void) & { many?: (forms: readonly string[]) => void };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The one registry per process (see the top of this file). */
export class SecretRegistry {
  private readonly forms = new Set<string>();
  private pattern: RegExp | undefined;
  private sink: SecretSink;
  constructor(sink: SecretSink) {
    this.sink = sink;
  }

  /**
   * Registers a secret: the value, its credential parts (header, auth scheme, cookie values) and every
   * encoded form of each. Each new form is sent to the runner's masker exactly once.
   */
  add(value: string | undefined): void {
    if (!value || value.trim().length === 0) return;
    const fresh: string[] = [];
    for (const v of [value, ...credentialParts(value)]) {
      for (const form of secretForms(v)) {
        // A line of punctuation (`---`, `}}}` of a multi-line secret) would garble every table and rule.
        if (this.forms.has(form) || !/[\p{L}\p{N}]/u.test(form)) continue;
        this.forms.add(form);
        this.pattern = undefined;
        fresh.push(form);
      }
    }
    if (fresh.length === 0) return;
    if (this.sink.many) this.sink.many(fresh);
    else for (const form of fresh) this.sink(form);
  }

  /** True when the registry knows this exact form. */
  has(form: string): boolean {
    return this.forms.has(form);
  }

  get size(): number {
    return this.forms.size;
  }

  /** Every known form replaced by `***` (longest first, so a value never leaves a tail of itself behind). */
  redact(text: string): string {
    if (this.forms.size === 0 || !text) return text;
    this.pattern ??= new RegExp(
      [...this.forms]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, '***');
  }

  /** A copy of a JSON-like value with every string (keys included) redacted. */
  redactDeep<T>(value: T): T {
    if (this.forms.size === 0) return value;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.redact(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[this.redact(k)] = walk(x);
        return out;
      }
      return v;
    };
    return walk(value) as T;
  }

  /** Tests only: forget every form and send new ones to `sink`. */
  reset(sink: SecretSink = this.sink): void {
    this.forms.clear();
    this.pattern = undefined;
    this.sink = sink;
  }
}

/** `::add-mask::` for one form (the runner then shows it as *** in the log). */
export const addMask: SecretSink = (form) => issueCommand('add-mask', {}, form);
/** The same lines as issueCommand writes (its escaping of the message), several in one write. */
addMask.many = (forms) => {
  let out = '';
  for (const f of forms)
    out += `::add-mask::${f.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${EOL}`;
  process.stdout.write(out);
};

export const secretRegistry = new SecretRegistry(addMask);

/**
 * Registers a secret and its derived forms. Without a sink: with the process-wide registry (masked in the
 * log once, redacted at every output point). With a sink: each form is handed to it only (tests).
 */
export function registerSecret(value: string, sink?: SecretSink): void {
  if (!value) return;
  if (sink) {
    for (const form of secretForms(value)) sink(form);
    return;
  }
  secretRegistry.add(value);
}

/** Text with every secret the registry knows replaced by `***`: what every output point calls. */
export function redactKnown(text: string): string {
  return secretRegistry.redact(text);
}

/** Replaces every known secret form in text, for strings we write ourselves (comments, summaries, files). */
export function redact(text: string, secrets: Iterable<string>): string {
  const forms = [...secrets].flatMap(secretForms).sort((a, b) => b.length - a.length);
  let out = text;
  for (const f of forms) out = out.split(f).join('***');
  return out;
}
