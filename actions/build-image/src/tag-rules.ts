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
 * The lines are read by tag-syntax.ts; `{{…}}` expressions and sanitising are tag-expressions.ts.
 */
import { parsePep440 } from './pep440.ts';
import { tagProblem } from './reference.ts';
import { parseSemver } from './semver.ts';
import { branchOf, expand, prOf, sanitizeTag, tagOf, type TagContext } from './tag-expressions.ts';
import { matchRegExp, VERSION_TOKENS, type Flavor, type Rule } from './tag-syntax.ts';

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
