/**
 * What this action keeps out of its own writing:
 * - `known`: values known up front (token, hash salt, mask-env values, sensitive variables); everything the
 *   action writes (comment, summary, error text) is redacted of them and of the user's mask patterns;
 * - `hide()`: every value hidden from the report (sensitive leaves, masked values) is registered with the
 *   runner's log masker, up to a cap, so a plan with 50,000 secrets cannot flood the log.
 */
import { redact } from '@pipewright/shared/log';
import type { Logger } from '@pipewright/shared/log';
import type { TerraformPlanInputs } from './config.ts';
import type { Masking } from './values.ts';

/** Hidden values registered with the runner's masker at most (each also in a few encodings). */
export const MAX_REGISTERED = 2000;

export interface SecretKeeper {
  readonly known: ReadonlySet<string>;
  /** Registers a hidden value with the log masker; `known` also redacts it from what the action writes. */
  hide(value: string, known?: boolean): void;
  /** Known secrets and mask-pattern matches replaced by ***. */
  clean(text: string): string;
}

export function createSecretKeeper(
  register: (value: string) => void,
  logger: Logger,
  patterns: readonly RegExp[],
  max = MAX_REGISTERED,
): SecretKeeper {
  const known = new Set<string>();
  const registered = new Set<string>();
  let capNoted = false;
  const global = patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`));
  return {
    known,
    hide(value, isKnown = false) {
      // Booleans, numbers and very short strings would mask unrelated text everywhere; they are still never rendered.
      if (value.trim().length < 4 || /^(true|false|null|-?\d+(\.\d+)?)$/.test(value)) return;
      if (isKnown) known.add(value);
      if (registered.has(value)) return;
      if (registered.size >= max) {
        if (!capNoted)
          logger.debug(`more than ${max} hidden values: the rest are not registered with the log masker`);
        capNoted = true;
        return;
      }
      registered.add(value);
      register(value);
    },
    clean(text) {
      let out = known.size ? redact(text, known) : text;
      for (const p of global) out = out.replace(p, '***');
      return out;
    },
  };
}

/**
 * The run's keeper and the report's masking rules, set up before terraform prints anything: the token, hash
 * salt and key and the `mask-env` values are known up front; `mask-patterns` apply to everything written.
 */
export function keepSecrets(
  inputs: TerraformPlanInputs,
  env: NodeJS.ProcessEnv,
  register: (value: string) => void,
  logger: Logger,
): { keeper: SecretKeeper; masking: Masking } {
  const patterns = (inputs.maskPatterns ?? []).map((p) => new RegExp(p));
  const keeper = createSecretKeeper(register, logger, patterns);
  for (const v of [inputs.githubToken, inputs.hashSalt, inputs.hashKey]) if (v) keeper.hide(v, true);
  const literals = (inputs.maskEnv ?? []).flatMap((name) => (env[name] ? [env[name] as string] : []));
  for (const v of literals) keeper.hide(v, true);
  return { keeper, masking: { patterns, literals, onSecret: (v) => keeper.hide(v) } };
}
