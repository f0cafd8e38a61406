/** BuildKit secrets from the `secrets`, `secret-files` and `secret-envs` inputs. */
import { readFileSync } from 'node:fs';
import { confinePath, InputError, type ActionRuntime, describeThrown } from '@pipewright/shared/action';

/** Secret values by ID from the three inputs; every value (and its base64 forms) is masked first. */
export function readSecrets(
  i: {
    secrets?: Record<string, string> | undefined;
    secretFiles?: Record<string, string> | undefined;
    secretEnvs?: Record<string, string> | undefined;
  },
  rt: ActionRuntime,
): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const problems: string[] = [];
  for (const [id, value] of Object.entries(i.secrets ?? {})) out.set(id, Buffer.from(value));
  for (const [id, file] of Object.entries(i.secretFiles ?? {})) {
    try {
      const abs = confinePath(file, rt.context.workspace, 'file', (why) => {
        throw new Error(why);
      });
      out.set(id, readFileSync(abs));
    } catch (e) {
      problems.push(`\`secret-files\`: ${id}: ${describeThrown(e)}`);
    }
  }
  for (const [id, name] of Object.entries(i.secretEnvs ?? {})) {
    const v = rt.env[name];
    if (v === undefined || v === '')
      problems.push(`\`secret-envs\`: ${id}: the environment variable ${name} is not set.`);
    else out.set(id, Buffer.from(v));
  }
  if (problems.length) throw new InputError(problems);
  for (const v of out.values()) if (v.length) rt.secret(v.toString('utf8'));
  return out;
}
