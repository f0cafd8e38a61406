/**
 * What a reviewer does about a finding: a one-line fix per rule, and how to suppress a reviewed one.
 * DAST fixes come from the rule catalogue; Bandit's JSON carries no fix, so the common tests have one
 * here (our wording) and the others point to Bandit's page for the test.
 */
import { CATALOGUE } from './dast/catalogue/index.ts';
import type { Finding } from './findings.ts';

const BANDIT_FIXES: Record<string, string> = {
  B101: 'Raise an exception on the failed check instead of `assert` (asserts are removed under `python -O`).',
  B102: 'Do not `exec` strings; dispatch on the input explicitly.',
  B103: 'Give files the narrowest mode they need (e.g. 0o600 or 0o644), never world-writable.',
  B104: 'Bind to a specific interface (e.g. 127.0.0.1) or make the address configurable.',
  B105: 'Read the secret from the environment or a secret store, not from the source.',
  B106: 'Read the secret from the environment or a secret store, not from the source.',
  B107: 'Read the secret from the environment or a secret store, not from the source.',
  B108: 'Use `tempfile.mkstemp()` / `tempfile.TemporaryDirectory()` instead of a fixed path in /tmp.',
  B110: 'Handle or log the exception instead of passing silently.',
  B112: 'Handle or log the exception instead of continuing silently.',
  B113: 'Pass `timeout=` to every `requests` call.',
  B201: 'Never run Flask with `debug=True` outside development.',
  B301: 'Do not unpickle untrusted data; use JSON or a signed format.',
  B303: 'Use SHA-256 or better (or `usedforsecurity=False` for non-security uses).',
  B307: 'Use `ast.literal_eval` or a real parser instead of `eval`.',
  B311: 'Use the `secrets` module for tokens, keys and passwords.',
  B324: 'Use SHA-256 or better (or `usedforsecurity=False` for non-security uses).',
  B404: 'Review every subprocess call: pass argument lists, never shell strings built from input.',
  B501: 'Keep `verify=True` (the default) on TLS requests.',
  B506: 'Use `yaml.safe_load`.',
  B602: 'Pass an argument list without `shell=True`; validate any input that goes into it.',
  B603: 'Use an absolute program path and validate any input in the argument list.',
  B604: 'Pass an argument list without `shell=True`; validate any input that goes into it.',
  B605: 'Use `subprocess.run([...])` with an argument list instead of a shell command string.',
  B607: 'Start programs by absolute path, not a name looked up in PATH.',
  B608: 'Use parameterised queries instead of SQL built from strings.',
  B701: 'Create the Jinja2 Environment with `autoescape=True` (or `select_autoescape()`).',
};

/** One line: how to fix what this rule reports (markdown; from our catalogue, never from tool output). */
export function fixFor(f: Pick<Finding, 'kind' | 'tool' | 'ruleId'>): string | undefined {
  if (f.kind === 'dast') return CATALOGUE[f.ruleId]?.solution;
  if (f.tool === 'Bandit') return BANDIT_FIXES[f.ruleId];
  return undefined;
}

/** How to suppress a reviewed instance or the whole rule (markdown with inline code). */
export function suppressionFor(f: Pick<Finding, 'kind' | 'tool' | 'ruleId'>): string {
  const id = f.ruleId.replace(/[^\w.-]/g, '');
  const rules = `the rule with \`${id}<TAB>IGNORE\` in \`rules-file\``;
  if (f.tool === 'Bandit') return `\`# nosec ${id}\` on the line (reviewed instance), or ${rules}`;
  if (f.kind === 'dast') return `${rules}, or some URLs with \`${id}<TAB>OUTOFSCOPE<TAB><url regex>\``;
  return rules;
}
