import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redactKnown } from '../log/secrets.ts';

/**
 * Writes a file for users to read or upload (SARIF, findings or metadata JSON, a report): the parent
 * folders are created and every secret in the registry (log/secrets.ts) is redacted first. The one way our
 * actions write such files, so none can forget the redaction.
 */
export function writeOutputFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, redactKnown(text));
}
