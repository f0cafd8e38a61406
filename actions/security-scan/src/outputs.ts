/** The step's outputs (comment-url and sarif-id are set by publish.ts when it publishes). */
import type { Outputs } from '@pipewright/shared/action';
import type { Finding } from './findings.ts';
import type { ScanResult } from './gate.ts';

export function setOutputs(
  outputs: Outputs,
  r: ScanResult,
  files: { sarifFile: string; findingsFile: string },
): void {
  const count = (pred: (f: Finding) => boolean) => r.findings.filter(pred).length;
  outputs.set('total', r.findings.length);
  for (const s of ['high', 'medium', 'low', 'info'] as const)
    outputs.set(
      s,
      count((f) => f.severity === s),
    );
  outputs.set(
    'sast-findings',
    count((f) => f.kind === 'sast'),
  );
  outputs.set(
    'dast-findings',
    count((f) => f.kind === 'dast'),
  );
  outputs.set('new-findings', r.gate.newCount);
  outputs.set('failing', r.gate.failing.length);
  outputs.set('scan-errors', r.problems.filter((p) => !p.note).length);
  outputs.set('result', r.result);
  outputs.set('sarif-file', files.sarifFile);
  outputs.set('findings-json', files.findingsFile);
}
