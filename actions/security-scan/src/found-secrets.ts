/**
 * Findings that quote a hardcoded secret. Bandit's B105/B106/B107 say `Possible hardcoded password: '<the
 * string>'` and carry the source line; everything we publish (comment, summary, annotations, SARIF, the
 * findings file) and the fingerprint see the value redacted instead, with a short hint that cannot identify
 * it (its length and the class of its first character, in the spirit of gitleaks' `--redact` and trivy's
 * masked secret matches), so a reviewer can still tell an empty placeholder from a real password.
 */
import type { Finding } from './findings.ts';

/** Bandit's hardcoded-password tests: string assignment, function argument, argument default. */
export const SECRET_QUOTING_RULES: ReadonlySet<string> = new Set(['B105', 'B106', 'B107']);

/** Bandit's message: `Possible hardcoded password: '<value>'` (plugins/general_hardcoded_password.py). */
const QUOTED = /^(.*?: )'([\s\S]*)'$/;

function firstClass(c: string): string {
  if (/[a-z]/.test(c)) return 'a lowercase letter';
  if (/[A-Z]/.test(c)) return 'an uppercase letter';
  if (/[0-9]/.test(c)) return 'a digit';
  if (/\s/.test(c)) return 'a space';
  return 'a symbol';
}

/** `[redacted: 8 characters, starts with a lowercase letter]`: nothing else of the value. */
export function secretHint(value: string): string {
  const chars = [...value];
  if (chars.length === 0) return '[redacted: empty]';
  return `[redacted: ${chars.length} character${chars.length === 1 ? '' : 's'}, starts with ${firstClass(chars[0] as string)}]`;
}

/**
 * The value in a source line or evidence: inside either kind of quotes always; bare only when it is long
 * enough not to hit unrelated text (a one-letter password must not garble `password`).
 */
function scrub(text: string, value: string, hint: string): string {
  if (!value) return text;
  let out = text;
  for (const q of ["'", '"']) out = out.split(`${q}${value}${q}`).join(`${q}${hint}${q}`);
  return value.length >= 4 ? out.split(value).join(hint) : out;
}

/**
 * The finding with the quoted secret replaced by its hint in the message, the source lines and the evidence.
 * Findings of other rules, and messages that quote nothing, are returned as they are.
 */
export function redactFoundSecret<F extends Pick<Finding, 'ruleId' | 'message' | 'code' | 'evidence'>>(
  f: F,
): F {
  if (!SECRET_QUOTING_RULES.has(f.ruleId)) return f;
  const m = QUOTED.exec(f.message);
  if (!m) return f;
  const value = m[2] as string;
  const hint = secretHint(value);
  return {
    ...f,
    message: `${m[1]}${hint}`,
    ...(f.code !== undefined ? { code: scrub(f.code, value, hint) } : {}),
    ...(f.evidence !== undefined ? { evidence: scrub(f.evidence, value, hint) } : {}),
  };
}
