/**
 * .dockerignore with Docker's own semantics: a port of moby's `ignorefile.ReadAll` (parsing) and
 * `patternmatcher` (matching), including `MatchesUsingParentResults`, which the CLI's context walker uses.
 * No gitignore-style floating: `*.go` matches only at the root; `**` is needed to reach into directories.
 */
import path from 'node:path';
import { describeThrown } from '@pipewright/shared/action';

const BOM = '\uFEFF';

/** Parses .dockerignore text into moby's pattern list (`!`-prefixed for exceptions). */
export function parseIgnoreFile(text: string): string[] {
  const out: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    let line = i === 0 && raw.startsWith(BOM) ? raw.slice(1) : raw;
    // The comment check happens before trimming, as in moby: "  # x" is a pattern.
    if (line.startsWith('#')) return;
    line = line.trim();
    if (line === '') return;
    const invert = line.startsWith('!');
    if (invert) line = line.slice(1).trim();
    if (line.length > 0) {
      line = path.posix.normalize(line);
      if (line.length > 1 && line.endsWith('/')) line = line.slice(0, -1);
      if (line.length > 1 && line.startsWith('/')) line = line.slice(1);
    }
    out.push(invert ? `!${line}` : line);
  });
  return out;
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

export class IgnorePatternError extends Error {}

/** Go's filepath.Match syntax check (what moby runs against "." to reject bad patterns). */
export function validateGlob(p: string): string | undefined {
  const bad = (why: string) => `${why} in pattern "${p}"`;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 >= p.length) return bad('trailing backslash');
      i++;
    } else if (c === '[') {
      i++;
      if (p[i] === '^') i++;
      let ranges = 0;
      for (;;) {
        if (p[i] === ']' && ranges > 0) break;
        const lo = escAt(p, i);
        if (lo === undefined) return bad('malformed character class');
        i = lo;
        if (p[i] === '-') {
          const hi = escAt(p, i + 1);
          if (hi === undefined) return bad('malformed character range');
          i = hi;
        }
        ranges++;
      }
    }
  }
  return undefined;
}

/** Go's getEsc: reads one (possibly escaped) class character at i, returns the next index or undefined. */
function escAt(p: string, i: number): number | undefined {
  if (i >= p.length || p[i] === '-' || p[i] === ']') return undefined;
  if (p[i] === '\\') {
    i++;
    if (i >= p.length) return undefined;
  }
  const cp = p.codePointAt(i) as number;
  const next = i + (cp > 0xffff ? 2 : 1);
  return next >= p.length ? undefined : next;
}

const ESCAPE = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

export class Pattern {
  readonly exclusion: boolean;
  readonly cleaned: string;
  private type: MatchType = 'exact';
  private re: RegExp | undefined;

  constructor(cleaned: string, exclusion: boolean) {
    this.cleaned = cleaned;
    this.exclusion = exclusion;
    this.compile();
  }

  private compile(): void {
    const chars = [...this.cleaned];
    let re = '^';
    let type: MatchType = 'exact';
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] as string;
      const first = i === 0;
      if (ch === '*') {
        if (chars[i + 1] === '*') {
          i++;
          if (chars[i + 1] === '/') i++;
          if (i + 1 >= chars.length) {
            if (type === 'exact') type = 'prefix';
            else {
              re += '.*';
              type = 'regexp';
            }
          } else {
            re += '(.*/)?';
            type = 'regexp';
          }
          if (first) type = 'suffix';
        } else {
          re += '[^/]*';
          type = 'regexp';
        }
      } else if (ch === '?') {
        re += '[^/]';
        type = 'regexp';
      } else if (ESCAPE.has(ch)) {
        re += `\\${ch}`;
      } else if (ch === '\\') {
        if (i + 1 < chars.length) {
          re += `\\${chars[++i] as string}`;
          type = 'regexp';
        } else re += '\\\\';
      } else if (ch === '[' || ch === ']') {
        re += ch;
        type = 'regexp';
      } else {
        re += ch;
      }
    }
    this.type = type;
    if (type === 'regexp') {
      try {
        this.re = new RegExp(`${re}$`);
      } catch (e) {
        throw new IgnorePatternError(`invalid pattern "${this.cleaned}": ${describeThrown(e)}`);
      }
    }
  }

  match(p: string): boolean {
    switch (this.type) {
      case 'exact':
        return p === this.cleaned;
      case 'prefix':
        return p.startsWith(this.cleaned.slice(0, -2));
      case 'suffix': {
        const suffix = this.cleaned.slice(2);
        if (p.endsWith(suffix)) return true;
        // **/foo matches "foo"
        return suffix.startsWith('/') && p === suffix.slice(1);
      }
      case 'regexp':
        return (this.re as RegExp).test(p);
    }
  }
}

/** Go's filepath.Dir: everything before the last slash, cleaned ("a/b/" -> "a/b", "a" -> "."). */
function goDir(p: string): string {
  const dir = p.slice(0, p.lastIndexOf('/') + 1);
  if (dir === '') return '.';
  const clean = path.posix.normalize(dir);
  return clean.length > 1 && clean.endsWith('/') ? clean.slice(0, -1) : clean;
}

/** Per-pattern results for a directory, handed to its children (moby's MatchInfo). */
export type MatchInfo = readonly boolean[];

export class PatternMatcher {
  readonly patterns: readonly Pattern[];
  readonly hasExclusions: boolean;

  constructor(list: readonly string[]) {
    const patterns: Pattern[] = [];
    for (const raw of list) {
      let p = raw.trim();
      if (p === '') continue;
      p = path.posix.normalize(p);
      if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) throw new IgnorePatternError('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
      }
      const problem = validateGlob(p);
      if (problem) throw new IgnorePatternError(`syntax error: ${problem}`);
      patterns.push(new Pattern(p, exclusion));
    }
    this.patterns = patterns;
    this.hasExclusions = patterns.some((p) => p.exclusion);
  }

  /** True when the path or one of its parent directories is excluded (the last matching pattern wins). */
  matches(file: string): boolean {
    return this.matchesUsingParent(file, undefined).excluded;
  }

  /**
   * moby's MatchesUsingParentResults: a walker passes each directory's MatchInfo to its children,
   * so parents are not re-matched. Without parent info the parents are checked one by one.
   */
  matchesUsingParent(file: string, parent: MatchInfo | undefined): { excluded: boolean; info: MatchInfo } {
    let matched = false;
    const info: boolean[] = new Array<boolean>(this.patterns.length).fill(false);
    this.patterns.forEach((pattern, i) => {
      let match = parent ? (parent[i] as boolean) : false;
      if (!match) {
        if (pattern.exclusion !== matched) return;
        match = pattern.match(file);
        if (!match && !parent) {
          const dir = goDir(file);
          if (dir !== '.') {
            const parts = dir.split('/');
            for (let j = 0; j < parts.length && !match; j++)
              match = pattern.match(parts.slice(0, j + 1).join('/'));
          }
        }
      }
      info[i] = match;
      if (match) matched = !pattern.exclusion;
    });
    return { excluded: matched, info };
  }

  /**
   * The walkers' pruning rule: an excluded directory is still walked when an exception pattern starts
   * with `dir/` (so `!dir/keep` works); BuildKit's walker also walks it for any wildcard exception (so a
   * double-star exception for `.go` files re-includes them inside an excluded directory); otherwise it is
   * skipped whole.
   */
  mustWalkExcludedDir(dir: string, walker: 'classic' | 'buildkit' = 'classic'): boolean {
    if (!this.hasExclusions) return false;
    const slash = `${dir}/`;
    return this.patterns.some(
      (p) =>
        p.exclusion &&
        (`${p.cleaned}/`.startsWith(slash) ||
          // BuildKit's fsutil walker cannot rule out a wildcard exception matching inside the directory.
          (walker === 'buildkit' && /[*?[\\]/.test(p.cleaned))),
    );
  }
}
