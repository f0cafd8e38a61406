/**
 * A tag engine that accepts docker/metadata-action's `tags:` and `flavor:` syntax
 * (type=schedule|semver|match|edge|ref|raw|sha, enable/priority/prefix/suffix, latest=auto), computed
 * from the event alone. Differences on purpose: PR builds use the PR head SHA (not the merge SHA),
 * `latest` follows the repository's real default branch, and empty values are dropped and reported.
 */
import { formatDate } from './dates.ts';

export interface TagContext {
  eventName: string;
  ref: string;
  /** The commit the image is built from: the PR head for pull requests. */
  sha: string;
  defaultBranch: string | undefined;
  /** The PR base branch, for `{{base_ref}}`. */
  baseRef: string | undefined;
  prNumber: number | undefined;
  /** The PR head branch (pull request events have no branch ref of their own). */
  headRef: string | undefined;
  commitDate: Date | undefined;
  now: Date;
}

export type RuleType = 'schedule' | 'semver' | 'match' | 'edge' | 'ref' | 'raw' | 'sha';

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

const PRIORITY: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
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

function keyValues(line: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const part of csv(line)) {
    const i = part.indexOf('=');
    if (i <= 0) throw new Error(`"${part}" in "${line}" is not key=value`);
    attrs[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
  }
  return attrs;
}

const KNOWN_ATTRS: Record<RuleType, string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
};

/** Parses one `type=…` line; throws a message naming what is wrong. */
export function parseRule(line: string): Rule {
  const attrs = keyValues(line);
  const type = attrs.type as RuleType | undefined;
  if (!type) throw new Error(`"${line}" has no type=`);
  if (!(type in PRIORITY))
    throw new Error(
      `"${line}": type=${type} is not supported (use schedule, semver, match, edge, ref, raw or sha)`,
    );
  delete attrs.type;
  const allowed = new Set([...KNOWN_ATTRS[type], 'enable', 'priority', 'prefix', 'suffix']);
  for (const k of Object.keys(attrs))
    if (!allowed.has(k)) throw new Error(`"${line}": type=${type} has no attribute "${k}"`);
  if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs.event ?? ''))
    throw new Error(`"${line}": type=ref needs event=branch, event=tag or event=pr`);
  if (type === 'raw' && attrs.value === undefined) throw new Error(`"${line}": type=raw needs value=`);
  if (type === 'match' && !attrs.pattern) throw new Error(`"${line}": type=match needs pattern=`);
  if (type === 'match') {
    try {
      new RegExp(attrs.pattern as string);
    } catch (e) {
      throw new Error(`"${line}": pattern is not a valid regular expression (${(e as Error).message})`);
    }
  }
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
    const parts = csv(line);
    const [head, ...opts] = parts;
    const i = (head ?? '').indexOf('=');
    if (!head || i <= 0) throw new Error(`flavor line "${line}" is not key=value`);
    const key = head.slice(0, i).trim();
    const value = head.slice(i + 1).trim();
    const onlatest = opts.some((o) => /^onlatest=true$/i.test(o));
    for (const o of opts)
      if (!/^onlatest=(true|false)$/i.test(o))
        throw new Error(`flavor line "${line}": unknown option "${o}"`);
    if (key === 'latest') {
      if (!['auto', 'true', 'false'].includes(value))
        throw new Error(`flavor latest=${value}: use auto, true or false`);
      f.latest = value as Flavor['latest'];
    } else if (key === 'prefix') {
      f.prefix = value;
      f.prefixOnLatest = onlatest;
    } else if (key === 'suffix') {
      f.suffix = value;
      f.suffixOnLatest = onlatest;
    } else throw new Error(`flavor "${key}" is not supported (latest, prefix, suffix)`);
  }
  return f;
}

export function sanitizeTag(value: string): string {
  return value.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

function branchOf(c: TagContext): string | undefined {
  return c.ref.startsWith('refs/heads/') ? c.ref.slice('refs/heads/'.length) : undefined;
}
function tagOf(c: TagContext): string | undefined {
  return c.ref.startsWith('refs/tags/') ? c.ref.slice('refs/tags/'.length) : undefined;
}

/** The `{{…}}` expressions metadata-action allows in values, prefixes, suffixes and `enable`. */
export function expand(text: string, c: TagContext): string {
  return text.replace(/\{\{\s*([a-z_]+)((?:\s+[^}]*)?)\s*\}\}/g, (whole, name: string, args: string) => {
    const branch = branchOf(c) ?? c.headRef;
    switch (name) {
      case 'branch':
        return branch ?? '';
      case 'tag':
        return tagOf(c) ?? '';
      case 'sha':
        return c.sha.slice(0, 7);
      case 'base_ref':
        return c.baseRef ?? '';
      case 'is_default_branch':
        return String(isDefaultBranch(c));
      case 'is_not_default_branch':
        return String(!isDefaultBranch(c));
      case 'date':
      case 'commit_date': {
        const m = /^\s*'([^']*)'(?:\s+tz='([^']*)')?\s*$/.exec(args);
        if (args.trim() !== '' && !m)
          throw new Error(`cannot read ${whole}: write {{${name} 'YYYYMMDD' tz='UTC'}}`);
        const when = name === 'date' ? c.now : c.commitDate;
        if (!when) return '';
        return formatDate(when, m?.[1] ?? 'YYYYMMDD', m?.[2] ?? 'UTC');
      }
      default:
        throw new Error(`unknown expression ${whole}`);
    }
  });
}

function isDefaultBranch(c: TagContext): boolean {
  const b = branchOf(c);
  return b !== undefined && c.defaultBranch !== undefined && b === c.defaultBranch;
}

interface SemVer {
  raw: string;
  version: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

export function parseSemver(text: string): SemVer | undefined {
  const m =
    /^[=v\s]*(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?\s*$/.exec(
      text,
    );
  if (!m) return undefined;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const version = `${major}.${minor}.${patch}${m[4] ? `-${m[4]}` : ''}`;
  return { raw: text, version, major, minor, patch, prerelease: m[4] };
}

function fill(pattern: string, v: SemVer): string {
  return pattern.replace(/\{\{\s*(raw|version|major|minor|patch)\s*\}\}/g, (_, k: keyof SemVer) =>
    String(v[k]),
  );
}

interface Produced {
  value: string;
  latest: boolean;
}

/** What a rule yields for this event: a value (before flavor), or undefined when it does not fire. */
function produce(rule: Rule, c: TagContext): Produced | undefined {
  const a = rule.attrs;
  switch (rule.type) {
    case 'schedule':
      return c.eventName === 'schedule'
        ? { value: expand(a.pattern ?? 'nightly', c), latest: false }
        : undefined;
    case 'semver': {
      const source = a.value !== undefined ? expand(a.value, c) : tagOf(c);
      if (source === undefined || source === '') return undefined;
      let candidate = source;
      if (a.match) {
        const m = new RegExp(a.match).exec(source);
        if (!m) return undefined;
        candidate = m[1] ?? m[0];
      }
      const v = parseSemver(candidate);
      if (!v) return undefined;
      const pattern = a.pattern ?? '{{version}}';
      // A prerelease never gets the shortened forms ({{major}}, {{major}}.{{minor}}): only its full version.
      if (v.prerelease)
        return { value: /\{\{\s*raw\s*\}\}/.test(pattern) ? v.raw : v.version, latest: false };
      return { value: fill(pattern, v), latest: true };
    }
    case 'match': {
      const source = a.value !== undefined ? expand(a.value, c) : tagOf(c);
      if (!source) return undefined;
      const m = new RegExp(a.pattern as string).exec(source);
      if (!m) return undefined;
      const group = Number(a.group ?? '0');
      const value = m[group];
      return value === undefined ? undefined : { value, latest: true };
    }
    case 'edge': {
      const branch = branchOf(c);
      const want = a.branch ?? c.defaultBranch;
      return branch !== undefined && branch === want ? { value: 'edge', latest: false } : undefined;
    }
    case 'ref': {
      if (a.event === 'branch') {
        const b = branchOf(c);
        return b === undefined ? undefined : { value: sanitizeTag(b), latest: false };
      }
      if (a.event === 'tag') {
        const t = tagOf(c);
        return t === undefined ? undefined : { value: sanitizeTag(t), latest: true };
      }
      return c.prNumber === undefined ? undefined : { value: String(c.prNumber), latest: false };
    }
    case 'raw':
      return { value: expand(a.value as string, c), latest: false };
    case 'sha':
      return c.sha ? { value: a.format === 'long' ? c.sha : c.sha.slice(0, 7), latest: false } : undefined;
  }
}

const DEFAULT_PREFIX: Record<string, string> = { sha: 'sha-', 'ref-pr': 'pr-' };

export interface TagComputation {
  /** The value of the highest-priority rule that fired (org.opencontainers.image.version). */
  version: string | undefined;
  /** Tag values in order (version first), deduplicated, `latest` last when it applies. */
  values: string[];
  latest: boolean;
  /** Rules that fired but produced an empty value, with why. */
  dropped: { rule: string; reason: string }[];
}

export function computeTags(rules: readonly Rule[], flavor: Flavor, c: TagContext): TagComputation {
  const sorted = [...rules].sort((x, y) => y.priority - x.priority);
  const values: string[] = [];
  const dropped: TagComputation['dropped'] = [];
  let version: string | undefined;
  let versionLatest = false;
  for (const rule of sorted) {
    const enable = rule.attrs.enable === undefined ? 'true' : expand(rule.attrs.enable, c).trim();
    if (enable !== 'true') continue;
    const p = produce(rule, c);
    if (!p) continue;
    if (p.value === '') {
      dropped.push({ rule: rule.source, reason: 'its value is empty for this event' });
      continue;
    }
    // A rule's own prefix (sha- and pr- by default, as in metadata-action) wins over the flavor's.
    const ownPrefix =
      rule.attrs.prefix ?? DEFAULT_PREFIX[rule.type === 'ref' ? `ref-${rule.attrs.event}` : rule.type];
    const prefix = expand(ownPrefix ?? flavor.prefix, c);
    const suffix = rule.attrs.suffix !== undefined ? expand(rule.attrs.suffix, c) : expand(flavor.suffix, c);
    const value = `${prefix}${p.value}${suffix}`;
    if (version === undefined) {
      version = value;
      versionLatest = p.latest;
    }
    if (!values.includes(value)) values.push(value);
  }
  const latest =
    version !== undefined && (flavor.latest === 'auto' ? versionLatest : flavor.latest === 'true');
  if (latest) {
    const v = `${flavor.prefixOnLatest ? expand(flavor.prefix, c) : ''}latest${flavor.suffixOnLatest ? expand(flavor.suffix, c) : ''}`;
    if (!values.includes(v)) values.push(v);
  }
  return { version, values, latest, dropped };
}
