import { escapeMarkdown, inlineCode, table } from '@pipewright/shared/report';
import type { ProbeResult } from './probe.ts';

/** The job summary and PR comment: pure, from the result only. The URL and status text are shown inert. */
export function renderReport(r: ProbeResult): string {
  const verdict = r.ok ? 'answered as expected' : 'did not answer as expected';
  return [
    `### __ACTION__: ${verdict}`,
    '',
    table(
      ['URL', 'expected status', 'answer'],
      [[inlineCode(r.url), String(r.expected), `${r.status} ${escapeMarkdown(r.statusText)}`.trim()]],
    ),
    '',
  ].join('\n');
}

/** The step's error when the status is not the expected one. */
export function failureText(r: ProbeResult): string {
  return `${r.url} answered ${r.status} ${r.statusText}, expected ${r.expected}.`;
}
