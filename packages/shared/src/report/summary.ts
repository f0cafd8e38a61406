import { appendFileSync } from 'node:fs';
import { SUMMARY_LIMIT, cutToLimit, utf8Bytes } from './document.ts';
import { redactKnown } from '../log/secrets.ts';

/**
 * Appends markdown to the step's job summary (GITHUB_STEP_SUMMARY), never past GitHub's 1 MiB per step:
 * an over-size summary is rejected whole by the runner, so it is cut here with a note instead.
 * Returns false when there is no summary file (running outside Actions). Every secret in the registry is
 * redacted first (log/secrets.ts), whoever rendered the markdown.
 */
export function writeJobSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  markdown = redactKnown(markdown);
  const text =
    utf8Bytes(markdown) > SUMMARY_LIMIT - 2 ? cutToLimit(markdown, SUMMARY_LIMIT - 2, utf8Bytes) : markdown;
  appendFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
  return true;
}
