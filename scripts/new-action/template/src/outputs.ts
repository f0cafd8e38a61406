import type { Outputs } from '@pipewright/shared/action';
import type { ProbeResult } from './probe.ts';

/** Every output action.yml declares, from the result. */
export function setOutputs(outputs: Outputs, r: ProbeResult): void {
  outputs.set('status-code', r.status);
  outputs.set('ok', r.ok);
}
