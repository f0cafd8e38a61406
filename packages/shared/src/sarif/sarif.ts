/** The parts of SARIF 2.1.0 that GitHub code scanning reads. */
import { plural } from '../report/document.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** GitHub rejects runs with more results than this, and uploads over 10 MB gzipped. */
export const MAX_RESULTS_PER_RUN = 25_000;
export const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifMessage {
  text: string;
  markdown?: string;
}
export interface SarifRule {
  id: string;
  name?: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel };
  properties?: {
    tags?: string[];
    precision?: 'very-high' | 'high' | 'medium' | 'low';
    'security-severity'?: string;
    [k: string]: unknown;
  };
}
export interface SarifLocation {
  physicalLocation?: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: {
      startLine: number;
      endLine?: number;
      startColumn?: number;
      endColumn?: number;
      snippet?: { text: string };
    };
  };
  logicalLocations?: { name?: string; fullyQualifiedName?: string; kind?: string }[];
  message?: SarifMessage;
}
export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level?: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  baselineState?: 'new' | 'unchanged' | 'updated' | 'absent';
  suppressions?: { kind: 'inSource' | 'external'; justification?: string }[];
  properties?: Record<string, unknown>;
}
export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version?: string;
      semanticVersion?: string;
      informationUri?: string;
      rules: SarifRule[];
    };
  };
  automationDetails?: { id: string };
  originalUriBaseIds?: Record<string, { uri: string }>;
  results: SarifResult[];
  invocations?: {
    executionSuccessful: boolean;
    toolExecutionNotifications?: { level: SarifLevel; message: SarifMessage }[];
  }[];
  properties?: Record<string, unknown>;
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

/** Builds one run: rules are de-duplicated by id and results point at them by index. */
export class SarifRunBuilder {
  private readonly rules: SarifRule[] = [];
  private readonly ruleIndex = new Map<string, number>();
  private readonly results: SarifResult[] = [];
  private readonly notifications: { level: SarifLevel; message: SarifMessage }[] = [];
  private readonly tool: { name: string; version?: string; informationUri?: string };
  private readonly automationId: string | undefined;
  constructor(tool: { name: string; version?: string; informationUri?: string }, automationId?: string) {
    this.tool = tool;
    this.automationId = automationId;
  }

  addRule(rule: SarifRule): number {
    const known = this.ruleIndex.get(rule.id);
    if (known !== undefined) return known;
    this.rules.push(rule);
    this.ruleIndex.set(rule.id, this.rules.length - 1);
    return this.rules.length - 1;
  }

  addResult(result: SarifResult): void {
    const idx = this.ruleIndex.get(result.ruleId);
    if (idx === undefined)
      throw new Error(`SARIF result for unknown rule ${result.ruleId}: add the rule first`);
    this.results.push({ ...result, ruleIndex: idx });
  }

  /** Tool errors that make the run incomplete (e.g. files a scanner could not parse). */
  addNotification(level: SarifLevel, text: string): void {
    this.notifications.push({ level, message: { text } });
  }

  build(executionSuccessful = true): SarifRun {
    let results = this.results;
    const properties: Record<string, unknown> = {};
    if (results.length > MAX_RESULTS_PER_RUN) {
      const rank = { error: 0, warning: 1, note: 2, none: 3 } as const;
      results = [...results]
        .sort((a, b) => rank[a.level ?? 'warning'] - rank[b.level ?? 'warning'])
        .slice(0, MAX_RESULTS_PER_RUN);
      properties.trimmedResults = this.results.length - MAX_RESULTS_PER_RUN;
      this.notifications.push({
        level: 'warning',
        message: {
          text: `${plural(this.results.length - MAX_RESULTS_PER_RUN, 'result')} left out: GitHub accepts at most ${MAX_RESULTS_PER_RUN} per run.`,
        },
      });
    }
    return {
      tool: { driver: { ...this.tool, rules: this.rules } },
      ...(this.automationId ? { automationDetails: { id: this.automationId } } : {}),
      results,
      invocations: [
        {
          executionSuccessful,
          ...(this.notifications.length ? { toolExecutionNotifications: this.notifications } : {}),
        },
      ],
      ...(Object.keys(properties).length ? { properties } : {}),
    };
  }
}

export function sarifLog(runs: SarifRun[]): SarifLog {
  return { $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs };
}
