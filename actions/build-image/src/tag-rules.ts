/**
 * A tag engine that accepts docker/metadata-action's `images:`, `tags:` and `flavor:` syntax
 * (type=schedule|semver|pep440|match|edge|ref|raw|sha, enable/priority/prefix/suffix, latest=auto) and
 * follows its documented rules, computed from the event alone:
 * - every generated value (prefix + value + suffix, `latest` too) is sanitised: runs of characters outside
 *   `[a-zA-Z0-9._-]` become `-` (`feature/new-ui` → `feature-new-ui`);
 * - on `pull_request_target` the ref is the PR's (`refs/pull/N/merge`, see labels.ts), never the base branch.
 * Differences on purpose: PR builds use the PR head SHA (not the merge SHA), `latest` follows the
 * repository's real default branch, and a rule whose value is empty, or which only becomes an invalid tag
 * because an expression in it is empty for this event, is left out and reported instead of producing `-foo`.
 */
import { formatDate } from './dates.ts';
import { parsePep440 } from './pep440.ts';
import { tagProblem } from './reference.ts';
import { describeThrown } from '@pipewright/shared/action';

export interface TagContext {
  eventName: string;
  /** The Git ref; for pull_request_target already rewritten to `refs/pull/N/merge`. */
  ref: string;
  /** The commit the image is built from: the PR head for pull requests. */
  sha: string;
  defaultBranch: string | undefined;
  /** `{{base_ref}}`: the PR base branch, or the push payload's `base_ref` on tag pushes. */
  baseRef: string | undefined;
  commitDate: Date | undefined;
  now: Date;
}

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

const VERSION_TOKENS = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** A `/re/flags` pattern (metadata-action's type=match) or a plain regular expression. */
function matchRegExp(pattern: string): RegExp {
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

/** metadata-action's tag sanitising: each run of characters a tag cannot hold becomes one `-`. */
export function sanitizeTag(value: string): string {
  return value.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

function branchOf(c: TagContext): string | undefined {
  return c.ref.startsWith('refs/heads/') ? c.ref.slice('refs/heads/'.length) : undefined;
}
function tagOf(c: TagContext): string | undefined {
  return c.ref.startsWith('refs/tags/') ? c.ref.slice('refs/tags/'.length) : undefined;
}
function prOf(c: TagContext): string | undefined {
  return /^refs\/pull\/([^/]+)\//.exec(c.ref)?.[1];
}

/**
 * `{{is_default_branch}}` as metadata-action defines it: the ref's branch is the repository's default
 * branch; `create`, `discussion`, `issues` and `schedule` events always run on the default branch's last
 * commit, so any ref counts there.
 */
function isDefaultBranch(c: TagContext): boolean {
  const branch = c.ref.replace(/^refs\/heads\//, '');
  if (branch === '') return false;
  if (c.defaultBranch !== undefined && branch === c.defaultBranch) return true;
  return /create|discussion|issues|schedule/.test(c.eventName);
}

/**
 * The `{{…}}` expressions metadata-action allows in values, prefixes, suffixes and `enable`. Names of
 * expressions that were empty for this event are pushed onto `empty` (so a tag that only became invalid
 * because of them can be left out with a reason).
 */
export function expand(text: string, c: TagContext, empty: string[] = []): string {
  return text.replace(/\{\{\s*([a-z_]+)((?:\s+[^}]*)?)\s*\}\}/g, (whole, name: string, args: string) => {
    const value = evaluate(name, args, whole, c);
    if (value === '') empty.push(`{{${name}}}`);
    return value;
  });
}

function evaluate(name: string, args: string, whole: string, c: TagContext): string {
  switch (name) {
    case 'branch':
      return branchOf(c) ?? '';
    case 'tag':
      return tagOf(c) ?? '';
    case 'sha':
      return c.sha.slice(0, 7);
    case 'base_ref':
      return tagOf(c) !== undefined || prOf(c) !== undefined
        ? (c.baseRef ?? '').replace(/^refs\/heads\//, '')
        : '';
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
}

interface SemVer {
  raw: string;
  version: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

/** node-semver's strict `valid()`: an optional leading `v`, no leading zeros; build metadata dropped. */
export function parseSemver(text: string): SemVer | undefined {
  const m =
    /^\s*v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?\s*$/.exec(
      text,
    );
  if (!m) return undefined;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const version = `${major}.${minor}.${patch}${m[4] ? `-${m[4]}` : ''}`;
  return { raw: text, version, major, minor, patch, prerelease: m[4] };
}

function fill(pattern: string, v: Record<string, string | number>): string {
  return pattern.replace(VERSION_TOKENS, (_, k: string) => String(v[k] ?? ''));
}

/** A pattern that is exactly `{{raw}}` (metadata-action's isRawStatement). */
function isRaw(pattern: string): boolean {
  return /^\{\{\s*raw\s*\}\}$/.test(pattern);
}

interface Produced {
  value: string;
  latest: boolean;
}

/** The tag name (semver, pep440) or value= a version rule reads; `/` becomes `-` as in metadata-action. */
function versionSource(a: Record<string, string>, c: TagContext, empty: string[]): string | undefined {
  if (a.value !== undefined && a.value !== '') return expand(a.value, c, empty);
  return tagOf(c)?.replace(/\//g, '-');
}

/** What a rule yields for this event: a value (before flavor), or undefined when it does not fire. */
function produce(rule: Rule, c: TagContext, empty: string[]): Produced | undefined {
  const a = rule.attrs;
  switch (rule.type) {
    case 'schedule':
      return /schedule/.test(c.eventName)
        ? { value: expand(a.pattern ?? 'nightly', c, empty), latest: false }
        : undefined;
    case 'semver': {
      const source = versionSource(a, c, empty);
      if (!source) return undefined;
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
      if (v.prerelease) return { value: isRaw(pattern) ? v.raw : v.version, latest: false };
      return {
        value: fill(pattern, {
          raw: v.raw,
          version: v.version,
          major: v.major,
          minor: v.minor,
          patch: v.patch,
        }),
        latest: true,
      };
    }
    case 'pep440': {
      const source = versionSource(a, c, empty);
      if (!source) return undefined;
      const v = parsePep440(source);
      if (!v) return undefined;
      const pattern = a.pattern ?? '{{version}}';
      // Pre-, post- and dev releases only get their full (normalised) version, or {{raw}}.
      if (v.pre || v.post || v.dev) return { value: isRaw(pattern) ? source : v.version, latest: false };
      const [major = 0, minor = 0, patch = 0] = v.release;
      return { value: fill(pattern, { raw: source, version: v.version, major, minor, patch }), latest: true };
    }
    case 'match': {
      const source = a.value !== undefined && a.value !== '' ? expand(a.value, c, empty) : tagOf(c);
      if (!source) return undefined;
      const m = matchRegExp(a.pattern as string).exec(source);
      if (!m) return undefined;
      const value = m[Number(a.group ?? '0')];
      return value === undefined ? undefined : { value, latest: true };
    }
    case 'edge': {
      const branch = branchOf(c);
      const want = a.branch || c.defaultBranch;
      return branch !== undefined && branch === want ? { value: 'edge', latest: false } : undefined;
    }
    case 'ref': {
      if (a.event === 'branch') {
        const b = branchOf(c);
        return b === undefined ? undefined : { value: b, latest: false };
      }
      if (a.event === 'tag') {
        const t = tagOf(c);
        return t === undefined ? undefined : { value: t, latest: true };
      }
      const n = prOf(c);
      return n === undefined ? undefined : { value: n, latest: false };
    }
    case 'raw':
      return { value: expand(a.value as string, c, empty), latest: false };
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
  /** Rules that fired but were left out, with why. */
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
    if (enable !== 'true' && enable !== 'false')
      throw new Error(`${rule.source}: enable must be true or false, got "${enable}"`);
    if (enable === 'false') continue;
    const empty: string[] = [];
    const p = produce(rule, c, empty);
    if (!p) continue;
    if (p.value === '') {
      dropped.push({
        rule: rule.source,
        reason: empty.length
          ? `${[...new Set(empty)].join(', ')} is empty for this event`
          : 'its value is empty for this event',
      });
      continue;
    }
    // A rule's own prefix (sha- and pr- by default, as in metadata-action) wins over the flavor's.
    const ownPrefix =
      rule.attrs.prefix ?? DEFAULT_PREFIX[rule.type === 'ref' ? `ref-${rule.attrs.event}` : rule.type];
    const prefix = expand(ownPrefix ?? flavor.prefix, c, empty);
    const suffix = expand(rule.attrs.suffix ?? flavor.suffix, c, empty);
    const value = sanitizeTag(`${prefix}${p.value}${suffix}`);
    const problem = tagProblem(value);
    if (problem && empty.length) {
      dropped.push({
        rule: rule.source,
        reason: `${[...new Set(empty)].join(', ')} is empty for this event, which would give the invalid tag "${value}" (${problem})`,
      });
      continue;
    }
    if (version === undefined) {
      version = value;
      versionLatest = p.latest;
    }
    if (!values.includes(value)) values.push(value);
  }
  const latest =
    version !== undefined && (flavor.latest === 'auto' ? versionLatest : flavor.latest === 'true');
  if (latest) {
    const v = sanitizeTag(
      `${flavor.prefixOnLatest ? expand(flavor.prefix, c) : ''}latest${flavor.suffixOnLatest ? expand(flavor.suffix, c) : ''}`,
    );
    if (!values.includes(v)) values.push(v);
  }
  return { version, values, latest, dropped };
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
