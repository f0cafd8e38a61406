/**
 * ZAP's baseline rules file (`-c`), read as ZAP reads it: tab-separated, `#` comments, at least three
 * fields. `<id>\t<IGNORE|INFO|WARN|FAIL|PASS>\t(<name>)` and `<id>[,<id>…]|*\tOUTOFSCOPE\t<url-regex>`.
 * Rule IDs may also be Bandit test IDs (B602) or any ingested tool's rule IDs.
 */
import type { Finding } from './findings.ts';
import { describeThrown } from '@pipewright/shared/action';

export type RuleLevel = 'IGNORE' | 'INFO' | 'WARN' | 'FAIL';
export interface RulesConfig {
  levels: Map<string, RuleLevel>;
  outOfScope: { ids: string[] | '*'; url: RegExp }[];
}

export function parseRulesFile(text: string, file = 'rules file'): RulesConfig {
  const levels = new Map<string, RuleLevel>();
  const outOfScope: RulesConfig['outOfScope'] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const fields = line.split('\t');
    if (fields.length < 3) {
      problems.push(
        `${file}:${i + 1}: expected at least 3 tab-separated fields (id, level, name or URL regex), found ${fields.length}.`,
      );
      return;
    }
    const id = (fields[0] as string).trim();
    const level = (fields[1] as string).trim().toUpperCase();
    if (level === 'OUTOFSCOPE') {
      try {
        outOfScope.push({
          ids: id === '*' ? '*' : id.split(',').map((s) => s.trim()),
          url: new RegExp((fields[2] as string).trim()),
        });
      } catch (e) {
        problems.push(`${file}:${i + 1}: bad URL regex: ${describeThrown(e)}`);
      }
    } else if (['IGNORE', 'INFO', 'WARN', 'FAIL', 'PASS'].includes(level)) {
      levels.set(id, level === 'PASS' ? 'INFO' : (level as RuleLevel));
    } else {
      problems.push(
        `${file}:${i + 1}: unknown level "${fields[1]}"; use IGNORE, INFO, WARN, FAIL or OUTOFSCOPE.`,
      );
    }
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return { levels, outOfScope };
}

/** The level configured for a finding: its exact rule ID (10020-1) first, then the plugin ID (10020). */
export function levelFor(cfg: RulesConfig, ruleId: string): RuleLevel | undefined {
  return cfg.levels.get(ruleId) ?? cfg.levels.get(ruleId.split('-')[0] as string);
}

export function isOutOfScope(cfg: RulesConfig, f: Pick<Finding, 'ruleId' | 'url' | 'path'>): boolean {
  const where = f.url ?? f.path;
  if (where === undefined) return false;
  const plugin = f.ruleId.split('-')[0] as string;
  return cfg.outOfScope.some(
    (s) => (s.ids === '*' || s.ids.includes(f.ruleId) || s.ids.includes(plugin)) && s.url.test(where),
  );
}

/** Drops IGNORE and out-of-scope findings and stamps the rest with their configured level. */
export function applyRules(
  cfg: RulesConfig | undefined,
  findings: Finding[],
): { kept: Finding[]; ignored: number } {
  if (!cfg) return { kept: findings, ignored: 0 };
  const kept: Finding[] = [];
  for (const f of findings) {
    const level = levelFor(cfg, f.ruleId);
    if (level === 'IGNORE' || isOutOfScope(cfg, f)) continue;
    kept.push(level ? { ...f, ruleLevel: level } : f);
  }
  return { kept, ignored: findings.length - kept.length };
}
