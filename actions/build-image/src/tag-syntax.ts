/**
 * The syntax of docker/metadata-action's `images:`, `tags:` and `flavor:` inputs: each line read into a
 * rule, a flavor or an image name, with a message naming what is wrong. What the rules yield for an event
 * is tag-rules.ts.
 */
import { describeThrown } from '@pipewright/shared/action';

export type RuleType = 'schedule' | 'semver' | 'pep440' | 'match' | 'edge' | 'ref' | 'raw' | 'sha';

export interface Rule {
  type: RuleType;
  attrs: Record<string, string>;
  priority: number;
  /** The line as written, for reports. */
  source: string;
}

export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  prefixOnLatest: boolean;
  suffix: string;
  suffixOnLatest: boolean;
}

/** metadata-action's default priorities (README, "priority attribute"). */
const PRIORITY: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

export const DEFAULT_RULES = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=tag',
  'type=ref,event=pr',
];

/** Splits `a=1,b="x,y"` on commas outside double quotes (metadata-action parses these lines as CSV). */
function csv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (quoted) throw new Error(`unclosed quote in "${line}"`);
  out.push(cur.trim());
  return out.filter((s) => s !== '');
}

const KNOWN_ATTRS: Record<RuleType, string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  pep440: ['pattern', 'value'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
};

export const VERSION_TOKENS = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** A `/re/flags` pattern (metadata-action's type=match) or a plain regular expression. */
export function matchRegExp(pattern: string): RegExp {
  const slashed = /^\/(.+)\/(.*)$/.exec(pattern);
  return slashed ? new RegExp(slashed[1] as string, slashed[2]) : new RegExp(pattern);
}

/**
 * Parses one `tags` rule line; throws a message naming what is wrong. As in metadata-action, a field
 * without `=` is the value (`type=raw,foo` is `type=raw,value=foo`).
 */
export function parseRule(line: string): Rule {
  const attrs: Record<string, string> = {};
  for (const part of csv(line)) {
    const i = part.indexOf('=');
    if (i < 0) attrs.value = part;
    else if (i === 0) throw new Error(`"${part}" in "${line}" is not key=value`);
    else attrs[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
  }
  const type = (attrs.type ?? 'raw') as RuleType;
  if (!(type in PRIORITY))
    throw new Error(
      `"${line}": type=${type} is not supported (use schedule, semver, pep440, match, edge, ref, raw or sha)`,
    );
  delete attrs.type;
  const allowed = new Set([...KNOWN_ATTRS[type], 'enable', 'priority', 'prefix', 'suffix']);
  for (const k of Object.keys(attrs))
    if (!allowed.has(k)) throw new Error(`"${line}": type=${type} has no attribute "${k}"`);
  if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs.event ?? ''))
    throw new Error(`"${line}": type=ref needs event=branch, event=tag or event=pr`);
  if (type === 'raw' && attrs.value === undefined) throw new Error(`"${line}": type=raw needs value=`);
  if (type === 'match') {
    if (!attrs.pattern) throw new Error(`"${line}": type=match needs pattern=`);
    try {
      matchRegExp(attrs.pattern);
    } catch (e) {
      throw new Error(`"${line}": pattern is not a valid regular expression (${describeThrown(e)})`);
    }
    if (attrs.group !== undefined && !/^\d+$/.test(attrs.group))
      throw new Error(`"${line}": group must be a capture group number`);
  }
  if (type === 'semver' && attrs.match !== undefined) {
    try {
      new RegExp(attrs.match);
    } catch (e) {
      throw new Error(`"${line}": match is not a valid regular expression (${describeThrown(e)})`);
    }
  }
  if ((type === 'semver' || type === 'pep440') && attrs.pattern !== undefined)
    for (const [, name] of attrs.pattern.matchAll(VERSION_TOKENS))
      if (!['raw', 'version', 'major', 'minor', 'patch'].includes(name as string))
        throw new Error(
          `"${line}": {{${name}}} is not a ${type} expression (raw, version, major, minor, patch)`,
        );
  if (type === 'sha' && attrs.format !== undefined && !['short', 'long'].includes(attrs.format))
    throw new Error(`"${line}": format must be short or long`);
  let priority = PRIORITY[type];
  if (attrs.priority !== undefined) {
    if (!/^-?\d+$/.test(attrs.priority)) throw new Error(`"${line}": priority must be a whole number`);
    priority = Number(attrs.priority);
  }
  return { type, attrs, priority, source: line };
}

export function parseFlavor(lines: readonly string[]): Flavor {
  const f: Flavor = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
  for (const line of lines) {
    let onlatestFor: 'prefix' | 'suffix' | undefined;
    for (const part of csv(line)) {
      const i = part.indexOf('=');
      if (i <= 0) throw new Error(`flavor line "${line}" is not key=value`);
      const key = part.slice(0, i).trim().toLowerCase();
      const value = part.slice(i + 1).trim();
      if (key === 'latest') {
        if (!['auto', 'true', 'false'].includes(value))
          throw new Error(`flavor latest=${value}: use auto, true or false`);
        f.latest = value as Flavor['latest'];
      } else if (key === 'prefix' || key === 'suffix') {
        f[key] = value;
        onlatestFor = key;
      } else if (key === 'onlatest') {
        if (!['true', 'false'].includes(value))
          throw new Error(`flavor line "${line}": onlatest must be true or false`);
        if (onlatestFor === 'prefix') f.prefixOnLatest = value === 'true';
        else if (onlatestFor === 'suffix') f.suffixOnLatest = value === 'true';
        else throw new Error(`flavor line "${line}": onlatest goes after prefix= or suffix=`);
      } else throw new Error(`flavor "${key}" is not supported (latest, prefix, suffix)`);
    }
  }
  return f;
}

export interface ImageName {
  name: string;
  enable: boolean;
}

/**
 * The `images` input as metadata-action reads it: one image per line, `name=…,enable=true|false`
 * attributes, or (old form) a single line of comma-separated names. Names are lower-cased.
 */
export function parseImages(lines: readonly string[]): ImageName[] {
  const plain = (line: string) => csv(line).every((f) => !f.includes('='));
  if (lines.length === 1 && plain(lines[0] as string))
    return csv(lines[0] as string).map((name) => ({ name: name.toLowerCase(), enable: true }));
  return lines.map((line) => {
    const image: ImageName = { name: '', enable: true };
    for (const field of csv(line)) {
      const i = field.indexOf('=');
      if (i < 0) {
        image.name = field;
        continue;
      }
      const key = field.slice(0, i).trim().toLowerCase();
      const value = field.slice(i + 1).trim();
      if (key === 'name') image.name = value;
      else if (key === 'enable') {
        if (value !== 'true' && value !== 'false') throw new Error(`"${line}": enable must be true or false`);
        image.enable = value === 'true';
      } else throw new Error(`"${line}": images have no attribute "${key}" (name, enable)`);
    }
    if (!image.name) throw new Error(`"${line}": the image name is empty`);
    return { ...image, name: image.name.toLowerCase() };
  });
}
