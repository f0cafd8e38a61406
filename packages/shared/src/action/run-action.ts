import * as core from '../runner/core.ts';
import { CoreLogger, type Logger } from '../log/logger.ts';
import { registerSecret } from '../log/secrets.ts';
import { plural } from '../report/document.ts';
import { writeJobSummary } from '../report/summary.ts';
import { readRunContext, type RunContext } from '../github/context.ts';
import { describeThrown, isUserError } from './errors.ts';
import { getInputs, type InputSpec, type Inputs } from './inputs.ts';

export interface Outputs {
  set(name: string, value: string | number | boolean): void;
  /** A JSON output; later steps read it with fromJSON(). */
  setJson(name: string, value: unknown): void;
}

/** What every action's main() is handed: nothing global, so tests can hand in their own. */
export interface ActionRuntime {
  env: NodeJS.ProcessEnv;
  logger: Logger;
  outputs: Outputs;
  context: RunContext;
  /** Aborted on SIGINT/SIGTERM (workflow cancellation: SIGTERM 7.5 s later, SIGKILL 2.5 s after that). */
  signal: AbortSignal;
  /** Reads and validates the action's inputs; secret inputs are masked first. */
  inputs<S extends InputSpec>(spec: S, crossCheck?: (i: Inputs<S>) => string[]): Inputs<S>;
  secret(value: string): void;
}

export const REPORT_URL = 'https://github.com/pipewright/pipewright/issues';

export const coreOutputs: Outputs = {
  set: (name, value) => core.setOutput(name, String(value)),
  setJson: (name, value) => core.setOutput(name, JSON.stringify(value)),
};

export function createRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      core.info(`Received ${sig}: cancelling.`);
      controller.abort(new Error(`cancelled (${sig})`));
    }
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const context = readRunContext(env);
  return {
    env,
    logger: new CoreLogger(),
    outputs: coreOutputs,
    context,
    signal: controller.signal,
    inputs: (spec, crossCheck) =>
      getInputs(spec, { env, workspace: context.workspace, onSecret: (v) => registerSecret(v) }, crossCheck),
    secret: (v) => registerSecret(v),
  };
}

/**
 * The entry of every action. Catches anything thrown — strings and other non-Errors included — so no
 * failure can leave a step green.
 */
export async function runAction(
  main: (rt: ActionRuntime) => Promise<void>,
  rt: ActionRuntime = createRuntime(),
): Promise<void> {
  try {
    await main(rt);
  } catch (thrown) {
    failStep(thrown, rt.logger);
  }
  // Counted on success and failure alike: what did not fit GitHub's cap is said in the summary.
  const over = rt.logger.overflow();
  const dropped = over.error + over.warning + over.notice;
  if (dropped > 0) {
    const line = `${plural(dropped, 'more annotation')} (${plural(over.error, 'error')}, ${plural(over.warning, 'warning')}, ${plural(over.notice, 'notice')}) ${dropped === 1 ? 'was logged as a plain line' : 'were logged as plain lines'}: GitHub shows at most 10 per level per step.`;
    rt.logger.info(line);
    writeJobSummary(`\n> [!NOTE]\n> ${line}\n`, rt.env);
  }
}

export function failStep(thrown: unknown, logger: Logger): void {
  if (isUserError(thrown)) {
    const hint = thrown.hint ? `\n${thrown.hint}` : '';
    core.setFailed(`${thrown.message}${hint}`);
  } else {
    if (thrown instanceof Error && thrown.stack) logger.debug(thrown.stack);
    core.setFailed(
      `Unexpected error: ${describeThrown(thrown)}\nThis is a bug in pipewright. Please report it at ${REPORT_URL} with this log (re-run with debug logging for the stack).`,
    );
  }
  process.exitCode = 1;
}
