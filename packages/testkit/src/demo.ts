/** What `pipewright demo` runs: each action on the embedded examples/, with no cloud account. */
export interface Demo {
  title: string;
  action: string;
  inputs: Record<string, string>;
  event?: string;
  env?: () => Record<string, string>;
  /** Exit code the demo is expected to end with (a scan that finds issues fails its gate on purpose). */
  expectExit?: number;
}

export const DEMOS: Demo[] = [];
