/**
 * Two kinds of failure (codeql-action's ConfigurationError idea):
 * - UserError: the user can fix it (bad input, missing file, refused credentials). Printed without a stack.
 * - anything else is a bug: "unexpected error", stack at debug level, and a request for a report.
 */
export class UserError extends Error {
  /** How to fix it, printed on its own line after the message. */
  readonly hint: string | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.hint = options.hint;
  }
}

/** Several input problems reported together, so a user fixes them in one round. */
export class InputError extends UserError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `${problems.length} invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      { hint: 'Fix the `with:` block of this step; every input is documented in the action README.' },
    );
    this.name = 'InputError';
    this.problems = problems;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** A readable description of any thrown value, including non-Error throws. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  // An Error from another realm (a vm context, as jest's test environment is) fails `instanceof Error`
  // but is still an error: read its message the same way.
  if (isErrorLike(thrown)) return thrown.message || (typeof thrown.name === 'string' ? thrown.name : 'Error');
  if (typeof thrown === 'string') return thrown;
  try {
    return JSON.stringify(thrown) ?? String(thrown);
  } catch {
    return String(thrown);
  }
}

function isErrorLike(thrown: unknown): thrown is { message: string; name?: unknown } {
  return (
    typeof thrown === 'object' &&
    thrown !== null &&
    Object.prototype.toString.call(thrown) === '[object Error]' &&
    typeof (thrown as { message?: unknown }).message === 'string'
  );
}
