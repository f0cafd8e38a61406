/**
 * The runner protocol (workflow commands and file commands), from @actions/core's own modules.
 *
 * Why not `import * as core from '@actions/core'`: its index also loads the OIDC client, which pulls in
 * @actions/http-client and undici (~1 MB). Measured on Node 24 with ncc bundles (docs/performance.md):
 * a bundle of the index starts in ~80 ms, one of these modules in ~35 ms, against ~30 ms for `node -e 0`.
 * None of our actions use OIDC, so every step would pay that for nothing. The package's `exports` only
 * expose the index, hence the file paths; the imported modules are @actions/core's, unchanged.
 */
import os from 'node:os';
import { issue, issueCommand } from '../../../../node_modules/@actions/core/lib/command.js';
import {
  issueFileCommand,
  prepareKeyValueMessage,
} from '../../../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../../../node_modules/@actions/core/lib/utils.js';
import type { AnnotationProperties } from '@actions/core';
import { redactKnown } from '../log/secrets.ts';

/*
 * The redaction boundary: every log line, annotation (message and title), group name and step output
 * written through this module has every secret in the registry (log/secrets.ts) replaced by ***, whoever
 * rendered it. `setSecret` (::add-mask::) and state are left alone: they are how secrets reach the runner.
 */
const text = (message: string | Error): string =>
  redactKnown(message instanceof Error ? message.toString() : message);
function props(p: AnnotationProperties): AnnotationProperties {
  return p.title === undefined ? p : { ...p, title: redactKnown(p.title) };
}

export function debug(message: string): void {
  issueCommand('debug', {}, text(message));
}
export function info(message: string): void {
  process.stdout.write(text(message) + os.EOL);
}
export function error(message: string | Error, p: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(props(p)), text(message));
}
export function warning(message: string | Error, p: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(props(p)), text(message));
}
export function notice(message: string | Error, p: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(props(p)), text(message));
}
export function startGroup(name: string): void {
  issue('group', text(name));
}
export function endGroup(): void {
  issue('endgroup');
}
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}
function keyValue(file: 'OUTPUT' | 'STATE' | 'ENV', legacy: string, name: string, value: unknown): void {
  if (process.env[`GITHUB_${file}`]) {
    issueFileCommand(file, prepareKeyValueMessage(name, value));
  } else {
    process.stdout.write(os.EOL);
    issueCommand(legacy, { name }, toCommandValue(value));
  }
}
export function setOutput(name: string, value: unknown): void {
  keyValue('OUTPUT', 'set-output', name, text(toCommandValue(value)));
}
export function saveState(name: string, value: unknown): void {
  keyValue('STATE', 'save-state', name, value);
}
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}
export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  keyValue('ENV', 'set-env', name, value);
}
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}
