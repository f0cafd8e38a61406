import * as core from '../runner/core.ts';

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

export type SecretSink = (value: string) => void;

/** Registers a secret and its derived forms with the runner's log masker. */
export function registerSecret(value: string, sink: SecretSink = core.setSecret): void {
  if (!value) return;
  for (const form of secretForms(value)) sink(form);
}

/** Replaces every known secret form in text, for strings we write ourselves (comments, summaries, files). */
export function redact(text: string, secrets: Iterable<string>): string {
  const forms = [...secrets].flatMap(secretForms).sort((a, b) => b.length - a.length);
  let out = text;
  for (const f of forms) out = out.split(f).join('***');
  return out;
}
