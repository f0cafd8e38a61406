/**
 * Metadata of the passive rules, with ZAP's IDs, names, risk and CWE so reports and rules files written
 * for ZAP's baseline keep working. Risk: 0 Info, 1 Low, 2 Medium, 3 High. Confidence: 1 Low, 2 Medium, 3 High.
 */
export interface RuleMeta {
  pluginId: string;
  name: string;
  risk: 0 | 1 | 2 | 3;
  confidence: 1 | 2 | 3;
  cwe: number;
  wasc: number;
  description: string;
  solution: string;
  reference?: string;
  /** Noisy rules never fail the step unless the rules file says FAIL. */
  noisy?: boolean;
}

export const m = (
  pluginId: string,
  name: string,
  risk: RuleMeta['risk'],
  confidence: RuleMeta['confidence'],
  cwe: number,
  wasc: number,
  description: string,
  solution: string,
  extra: Partial<RuleMeta> = {},
): RuleMeta => ({ pluginId, name, risk, confidence, cwe, wasc, description, solution, ...extra });
