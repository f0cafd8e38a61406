/**
 * What a failed GitHub API call was, told from the error alone. Apart from client.ts so that the publishing path
 * can classify failures without loading Octokit (client.ts is imported on first use: cold start,
 * docs/performance.md).
 */
import { describeThrown } from '../action/errors.ts';

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A fork PR's or read-only token's refusal: 403 "Resource not accessible by integration". */
export function isReadOnlyRefusal(error: unknown): boolean {
  return (
    httpStatus(error) === 403 &&
    /not accessible by integration|read-only|forbidden/i.test(describeThrown(error))
  );
}
