import type { Inputs } from '@pipewright/shared/action';

/** The inputs, as action.yml declares them (actions' input specs are checked against action.yml in a test). */
export const spec = {
  url: {
    type: 'string',
    required: true,
    pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/,
    patternHint: 'must be an http:// or https:// URL',
  },
  'expect-status': { type: 'integer', default: 200, min: 100, max: 599 },
  timeout: { type: 'duration', default: '10s', minMs: 100 },
  comment: { type: 'boolean', default: true },
  'github-token': { type: 'string', secret: true },
} as const;

export type ActionInputs = Inputs<typeof spec>;

/** What the work needs, checked and typed. */
export interface Config {
  url: URL;
  expectStatus: number;
  timeoutMs: number;
}

/** Problems no single input shows; each says what is wrong and how to fix it. */
export function crossCheck(i: ActionInputs): string[] {
  const problems: string[] = [];
  const url = URL.parse(i.url);
  if (!url) problems.push(`\`url\`: "${i.url}" is not a URL.`);
  else if (url.username || url.password)
    problems.push('`url` must not carry a user name or password: they would be shown in the report.');
  return problems;
}

export function toConfig(i: ActionInputs): Config {
  return { url: new URL(i.url), expectStatus: i.expectStatus, timeoutMs: i.timeout };
}
