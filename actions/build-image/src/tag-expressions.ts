/**
 * The event facts a tag rule reads, and the `{{…}}` expressions metadata-action allows in values,
 * prefixes, suffixes and `enable`; metadata-action's sanitising of a generated tag.
 */
import { formatDate } from './dates.ts';

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

/** metadata-action's tag sanitising: each run of characters a tag cannot hold becomes one `-`. */
export function sanitizeTag(value: string): string {
  return value.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

export function branchOf(c: TagContext): string | undefined {
  return c.ref.startsWith('refs/heads/') ? c.ref.slice('refs/heads/'.length) : undefined;
}
export function tagOf(c: TagContext): string | undefined {
  return c.ref.startsWith('refs/tags/') ? c.ref.slice('refs/tags/'.length) : undefined;
}
export function prOf(c: TagContext): string | undefined {
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
