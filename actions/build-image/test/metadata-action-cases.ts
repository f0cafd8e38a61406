/**
 * docker/metadata-action parity table: (event, images, tags, flavor) → tags and version.
 *
 * The expected values are facts taken from metadata-action's documentation (README.md at
 * github.com/docker/metadata-action: "tags input" sections, "Global expressions", "Latest tag", "flavor
 * input", "images input", "Image name and tag sanitization") and from its published test expectations
 * (__tests__/meta.test.ts: the case ids push01… and tag01… are theirs; src/context.ts for the
 * pull_request_target ref rewrite; src/meta.ts for is_default_branch, base_ref and the /re/flags match
 * form). The table and payloads are written here; nothing is copied. Where we differ on purpose the
 * `source` says `ours:` and why (PR head SHA instead of the merge SHA; an empty expression that would make
 * an invalid tag is left out instead of producing `-foo`).
 *
 * metadata-action's tests freeze time at 2020-01-10T00:30:00Z; the same instant is used for "now" and for
 * the commit time here, so `{{date}}` and `{{commit_date}}` give the values their tests expect.
 */
export interface EventSpec {
  name: string;
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
}

export interface Case {
  id: string;
  source: string;
  event: EventSpec;
  images: string[];
  tags?: string[];
  flavor?: string[];
  /** Full references, in order. */
  want: string[];
  version: string | undefined;
}

export const NOW = '2020-01-10T00:30:00Z';
export const DEV_SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
export const MASTER_SHA = '266574110acf203503badf966df2ea24b5d732d7';
export const PR_HEAD_SHA = '5e2d4b8f0c7a6e1d3b9f8a7c6d5e4f3a2b1c0d9e';
export const PR_MERGE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

const repository = {
  name: 'Hello-World',
  full_name: 'octocat/Hello-World',
  html_url: 'https://github.com/octocat/Hello-World',
  description: 'This your first repo!',
  default_branch: 'master',
  license: { spdx_id: 'MIT' },
};

function push(ref: string, sha = DEV_SHA, extra: Record<string, unknown> = {}): EventSpec {
  return {
    name: 'push',
    sha,
    ref,
    payload: {
      ref,
      after: sha,
      head_commit: { id: sha, timestamp: NOW },
      commits: [{ id: sha, timestamp: NOW }],
      repository,
      ...extra,
    },
  };
}

function pr(name: 'pull_request' | 'pull_request_target', headRef = 'feature/new-ui'): EventSpec {
  return {
    name,
    // pull_request: the merge commit on refs/pull/N/merge; pull_request_target: the base branch's head.
    sha: name === 'pull_request' ? PR_MERGE_SHA : MASTER_SHA,
    ref: name === 'pull_request' ? 'refs/pull/15/merge' : 'refs/heads/master',
    payload: {
      action: 'synchronize',
      number: 15,
      pull_request: {
        number: 15,
        head: { ref: headRef, sha: PR_HEAD_SHA, repo: { full_name: 'contributor/Hello-World' } },
        base: { ref: 'master', sha: MASTER_SHA, repo: repository },
      },
      repository,
    },
  };
}

function other(name: string, ref: string, sha = MASTER_SHA, extra: Record<string, unknown> = {}): EventSpec {
  return { name, sha, ref, payload: { repository, ...extra } };
}

export const EV = {
  dev: push('refs/heads/dev'),
  master: push('refs/heads/master', MASTER_SHA),
  slash: push('refs/heads/feature/new-ui'),
  dependabot: push('refs/heads/dependabot/npm/x'),
  myBranch: push('refs/heads/my/branch'),
  tag: (t: string, extra: Record<string, unknown> = {}) => push(`refs/tags/${t}`, DEV_SHA, extra),
  pr: pr('pull_request'),
  prt: pr('pull_request_target'),
  schedule: other('schedule', 'refs/heads/master', MASTER_SHA, { schedule: '0 0 * * *' }),
  release: other('release', 'refs/tags/v1.1.1', DEV_SHA, {
    action: 'published',
    release: { tag_name: 'v1.1.1' },
  }),
  dispatchMaster: other('workflow_dispatch', 'refs/heads/master', MASTER_SHA, { inputs: {} }),
  dispatchDev: other('workflow_dispatch', 'refs/heads/dev', DEV_SHA, { inputs: {} }),
  createTag: other('create', 'refs/tags/v1.1.1', DEV_SHA, { ref_type: 'tag' }),
};

const A = 'user/app';
const TWO = ['org/app', 'ghcr.io/user/app'];
const DEFAULT_RULES = undefined;
const R = 'README';
const on = (images: string[], tags: string[]) => images.flatMap((i) => tags.map((t) => `${i}:${t}`));

let n = 0;
function c(
  source: string,
  event: EventSpec,
  images: string[],
  tags: string[] | undefined,
  want: string[],
  version: string | undefined,
  flavor?: string[],
): Case {
  n += 1;
  return {
    id: `c${String(n).padStart(3, '0')}`,
    source,
    event,
    images,
    ...(tags ? { tags } : {}),
    ...(flavor ? { flavor } : {}),
    want: on(images.filter((i) => !i.includes('enable=false')).map(imageName), want),
    version,
  };
}
function imageName(line: string): string {
  const named = /(?:^|,)\s*name=([^,]+)/.exec(line);
  return (named ? (named[1] as string) : (line.split(',')[0] as string)).trim().toLowerCase();
}

const SEMVER_STD = ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'];

export const CASES: Case[] = [
  // --- Default rules (README "tags input": default entries; meta.test.ts push01, push03, push05, tag01, tag02)
  c('meta.test.ts push01', EV.dev, [A], DEFAULT_RULES, ['dev'], 'dev'),
  c('meta.test.ts push03', EV.master, [A], DEFAULT_RULES, ['master'], 'master'),
  c('meta.test.ts push05', EV.dev, TWO, DEFAULT_RULES, ['dev'], 'dev'),
  c('meta.test.ts tag01', EV.tag('release1'), [A], DEFAULT_RULES, ['release1', 'latest'], 'release1'),
  c(
    'meta.test.ts tag02',
    EV.tag('20200110-RC2'),
    [A],
    DEFAULT_RULES,
    ['20200110-RC2', 'latest'],
    '20200110-RC2',
  ),
  c(`${R} type=ref table (push tag)`, EV.tag('v1.2.3'), [A], DEFAULT_RULES, ['v1.2.3', 'latest'], 'v1.2.3'),
  c(
    `${R} type=ref table; Latest tag`,
    EV.tag('v2.0.8-beta.67'),
    [A],
    DEFAULT_RULES,
    ['v2.0.8-beta.67', 'latest'],
    'v2.0.8-beta.67',
  ),
  c(`${R} type=ref table (pull_request)`, EV.pr, [A], DEFAULT_RULES, ['pr-15'], 'pr-15'),
  c(
    'context.ts: pull_request_target ref is refs/pull/N/merge',
    EV.prt,
    [A],
    DEFAULT_RULES,
    ['pr-15'],
    'pr-15',
  ),
  c(
    `${R} type=schedule + type=ref (default entries)`,
    EV.schedule,
    [A],
    DEFAULT_RULES,
    ['nightly', 'master'],
    'nightly',
  ),
  c(
    `${R} type=ref: a release runs on its tag ref`,
    EV.release,
    [A],
    DEFAULT_RULES,
    ['v1.1.1', 'latest'],
    'v1.1.1',
  ),
  c(`${R} type=ref table (workflow_dispatch)`, EV.dispatchMaster, [A], DEFAULT_RULES, ['master'], 'master'),
  c(`${R} type=ref (workflow_dispatch on a branch)`, EV.dispatchDev, [A], DEFAULT_RULES, ['dev'], 'dev'),
  c(
    `${R} type=ref table: my/branch → my-branch`,
    EV.myBranch,
    [A],
    DEFAULT_RULES,
    ['my-branch'],
    'my-branch',
  ),
  c(
    `${R} Image name and tag sanitization`,
    EV.slash,
    [A],
    DEFAULT_RULES,
    ['feature-new-ui'],
    'feature-new-ui',
  ),
  c(
    `${R} Image name and tag sanitization`,
    EV.dependabot,
    [A],
    DEFAULT_RULES,
    ['dependabot-npm-x'],
    'dependabot-npm-x',
  ),

  // --- type=edge, type=sha, priorities, enable (meta.test.ts push02…push20)
  c('meta.test.ts push02', EV.master, [A], ['type=edge'], ['edge'], 'edge'),
  c('meta.test.ts push04', EV.dispatchMaster, [A], ['type=edge'], ['edge'], 'edge'),
  c('meta.test.ts push06', EV.master, TWO, ['type=edge'], ['edge'], 'edge'),
  c('meta.test.ts push07', EV.dev, TWO, ['type=ref,event=branch', 'type=sha'], ['dev', 'sha-860c190'], 'dev'),
  c('meta.test.ts push08', EV.master, TWO, ['type=edge', 'type=sha'], ['edge', 'sha-2665741'], 'edge'),
  c(
    'meta.test.ts push09',
    EV.dev,
    TWO,
    ['type=edge,branch=dev', 'type=sha'],
    ['edge', 'sha-860c190'],
    'edge',
  ),
  c(
    'meta.test.ts push10',
    EV.master,
    TWO,
    ['type=edge,branch=dev', 'type=sha'],
    ['sha-2665741'],
    'sha-2665741',
  ),
  c(
    'meta.test.ts push13',
    EV.master,
    [A],
    ['type=ref,priority=2000,event=branch', 'type=edge'],
    ['master', 'edge'],
    'master',
  ),
  c(
    'meta.test.ts push14',
    EV.master,
    [A],
    [
      'type=semver,pattern={{version}},value=v1.2.3',
      'type=pep440,pattern={{version}},value=v1.2.3',
      'type=edge',
    ],
    ['1.2.3', 'edge', 'latest'],
    '1.2.3',
  ),
  c(
    'meta.test.ts push15',
    EV.master,
    [A],
    ['type=match,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'],
    ['1.2.3', 'edge', 'latest'],
    '1.2.3',
  ),
  c(
    'meta.test.ts push16',
    EV.master,
    [A],
    ['type=match,enable=false,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'],
    ['edge'],
    'edge',
  ),
  c(
    'meta.test.ts push17',
    EV.master,
    [A],
    [
      'type=raw,value=mytag-{{branch}}',
      "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
      "type=raw,value=mytag-cd-{{commit_date 'YYYYMMDD'}}",
      "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
      'type=raw,value=mytag-tag-{{tag}}',
      'type=raw,value=mytag-baseref-{{base_ref}}',
      'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
    ],
    [
      'mytag-master',
      'mytag-20200110',
      'mytag-cd-20200110',
      'mytag-20200110-093000',
      'mytag-tag-',
      'mytag-baseref-',
      'mytag-defbranch',
    ],
    'mytag-master',
  ),
  c(
    'meta.test.ts push18',
    EV.dev,
    TWO,
    ['type=ref,event=branch', 'type=sha,format=long'],
    ['dev', `sha-${DEV_SHA}`],
    'dev',
  ),
  c(
    'meta.test.ts push19',
    EV.dev,
    TWO,
    [
      'type=edge,branch=master',
      'type=ref,event=branch,enable=false',
      'type=sha,format=long',
      'type=raw,value=defbranch,enable={{is_default_branch}}',
    ],
    [`sha-${DEV_SHA}`],
    `sha-${DEV_SHA}`,
  ),
  c(
    'meta.test.ts push20 (images enable=false)',
    EV.dev,
    ['org/app', 'ghcr.io/user/app,enable=false'],
    ['type=edge,branch=master', 'type=ref,event=branch,enable=false', 'type=sha,format=long'],
    [`sha-${DEV_SHA}`],
    `sha-${DEV_SHA}`,
  ),
  c(
    'meta.test.ts push12 (semver/pep440/edge on a non-default branch: nothing)',
    EV.dev,
    TWO,
    ['type=semver,pattern={{version}}', 'type=pep440,pattern={{version}}', 'type=edge'],
    [],
    undefined,
  ),

  // --- type=match (meta.test.ts tag03…tag06; README type=match table; meta.ts /re/flags form)
  c(
    'meta.test.ts tag03',
    EV.tag('20200110-RC2'),
    [A],
    ['type=match,pattern=\\d{8}'],
    ['20200110'],
    '20200110',
    ['latest=false'],
  ),
  c(
    'meta.test.ts tag04',
    EV.tag('20200110-RC2'),
    [A],
    ['type=match,pattern=(.*)-RC,group=1'],
    ['20200110'],
    '20200110',
    ['latest=false'],
  ),
  c(
    'meta.test.ts tag05',
    EV.tag('v1.1.1'),
    TWO,
    ['type=match,"pattern=\\d.\\d.\\d"'],
    ['1.1.1', 'latest'],
    '1.1.1',
  ),
  c(
    'meta.test.ts tag06',
    EV.tag('v1.1.1'),
    TWO,
    ['type=match,"pattern=^v(\\d.\\d.\\d)$",group=1'],
    ['1.1.1', 'latest'],
    '1.1.1',
  ),
  c(
    `${R} type=match table row 1`,
    EV.tag('v1.2.3'),
    [A],
    ['type=match,pattern=\\d.\\d.\\d'],
    ['1.2.3', 'latest'],
    '1.2.3',
  ),
  c(
    `${R} type=match table row 2`,
    EV.tag('v2.0.8-beta.67'),
    [A],
    ['type=match,pattern=v(.*),group=1'],
    ['2.0.8-beta.67', 'latest'],
    '2.0.8-beta.67',
  ),
  c(
    `${R} type=match table row 3`,
    EV.tag('v2.0.8-beta.67'),
    [A],
    ['type=match,pattern=v(\\d.\\d),group=1'],
    ['2.0', 'latest'],
    '2.0',
  ),
  c(
    `${R} type=match table row 4`,
    EV.tag('20200110-RC2'),
    [A],
    ['type=match,pattern=\\d+'],
    ['20200110', 'latest'],
    '20200110',
  ),
  c(
    `${R} type=match table row 5`,
    EV.tag('p1/v1.2.3'),
    [A],
    ['type=match,pattern=p1/v(\\d.\\d.\\d),group=1'],
    ['1.2.3', 'latest'],
    '1.2.3',
  ),
  c(
    'meta.ts procMatch: no match, no tag',
    EV.tag('release1'),
    [A],
    ['type=match,pattern=v(.*),group=1'],
    [],
    undefined,
  ),
  c(
    'meta.ts procMatch: only on tags without value=',
    EV.dev,
    [A],
    ['type=match,pattern=\\d+'],
    [],
    undefined,
  ),
  c(
    'meta.ts procMatch: /pattern/flags form',
    EV.tag('v1.2.3'),
    [A],
    ['type=match,pattern=/V(\\d)/i,group=1'],
    ['1', 'latest'],
    '1',
  ),

  // --- type=semver (README type=semver table)
  c(
    `${R} type=semver table {{raw}}`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{raw}}'],
    ['v1.2.3', 'latest'],
    'v1.2.3',
  ),
  c(
    `${R} type=semver table {{version}}`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{version}}'],
    ['1.2.3', 'latest'],
    '1.2.3',
  ),
  c(
    `${R} type=semver table {{major}}.{{minor}}`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{major}}.{{minor}}'],
    ['1.2', 'latest'],
    '1.2',
  ),
  c(
    `${R} type=semver table v{{major}}`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern=v{{major}}'],
    ['v1', 'latest'],
    'v1',
  ),
  c(
    `${R} type=semver table {{minor}}`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{minor}}'],
    ['2', 'latest'],
    '2',
  ),
  c(
    `${R} type=semver table {{patch}}`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{patch}}'],
    ['3', 'latest'],
    '3',
  ),
  c(
    `${R} type=semver table prerelease {{raw}}`,
    EV.tag('v2.0.8-beta.67'),
    [A],
    ['type=semver,pattern={{raw}}'],
    ['v2.0.8-beta.67'],
    'v2.0.8-beta.67',
  ),
  c(
    `${R} type=semver table prerelease {{version}}`,
    EV.tag('v2.0.8-beta.67'),
    [A],
    ['type=semver,pattern={{version}}'],
    ['2.0.8-beta.67'],
    '2.0.8-beta.67',
  ),
  c(
    `${R} type=semver table prerelease {{major}}.{{minor}}*`,
    EV.tag('v2.0.8-beta.67'),
    [A],
    ['type=semver,pattern={{major}}.{{minor}}'],
    ['2.0.8-beta.67'],
    '2.0.8-beta.67',
  ),
  c(
    `${R} type=semver: prerelease patterns collapse`,
    EV.tag('v2.0.8-beta.67'),
    [A],
    SEMVER_STD,
    ['2.0.8-beta.67'],
    '2.0.8-beta.67',
  ),
  c(
    `${R} type=semver (usage)`,
    EV.tag('v1.2.3'),
    [A],
    [...SEMVER_STD, 'type=semver,pattern={{major}}', 'type=sha'],
    ['1.2.3', '1.2', '1', 'sha-860c190', 'latest'],
    '1.2.3',
  ),
  c(
    `${R} type=semver: build metadata is not part of {{version}}`,
    EV.tag('v9.5.7-alpha.2+fork.3.1.8'),
    [A],
    ['type=semver,pattern={{version}}'],
    ['9.5.7-alpha.2'],
    '9.5.7-alpha.2',
  ),
  c(
    'meta.test.ts tag event_tag_v101.12.13',
    EV.tag('v101.12.13'),
    [A],
    [...SEMVER_STD, 'type=semver,pattern={{major}}'],
    ['101.12.13', '101.12', '101', 'latest'],
    '101.12.13',
  ),
  c(
    `${R} type=semver: needs a valid semver tag`,
    EV.tag('release1'),
    [A],
    ['type=semver,pattern={{version}}'],
    [],
    undefined,
  ),
  c(
    `${R} type=semver: 1.2 is not semver`,
    EV.tag('v1.2'),
    [A],
    ['type=semver,pattern={{version}}'],
    [],
    undefined,
  ),
  c(
    `${R} type=semver: value= instead of the Git tag`,
    EV.dev,
    [A],
    ['type=semver,pattern={{version}},value=v1.0.0'],
    ['1.0.0', 'latest'],
    '1.0.0',
  ),
  c(
    `${R} type=semver: a release event carries the tag ref`,
    EV.release,
    [A],
    SEMVER_STD,
    ['1.1.1', '1.1', 'latest'],
    '1.1.1',
  ),
  c(
    `${R} type=semver {{major}} of 0.x`,
    EV.tag('v0.4.1'),
    [A],
    ['type=semver,pattern={{major}}'],
    ['0', 'latest'],
    '0',
  ),

  // --- type=pep440 (README type=pep440 table)
  c(
    `${R} type=pep440 table 1.2.3 {{raw}}`,
    EV.tag('1.2.3'),
    [A],
    ['type=pep440,pattern={{raw}}'],
    ['1.2.3', 'latest'],
    '1.2.3',
  ),
  c(
    `${R} type=pep440 table 1.2.3 {{version}}`,
    EV.tag('1.2.3'),
    [A],
    ['type=pep440,pattern={{version}}'],
    ['1.2.3', 'latest'],
    '1.2.3',
  ),
  c(
    `${R} type=pep440 table v1.2.3 {{version}}`,
    EV.tag('v1.2.3'),
    [A],
    ['type=pep440,pattern={{version}}'],
    ['1.2.3', 'latest'],
    '1.2.3',
  ),
  c(
    `${R} type=pep440 table {{major}}.{{minor}}`,
    EV.tag('1.2.3'),
    [A],
    ['type=pep440,pattern={{major}}.{{minor}}'],
    ['1.2', 'latest'],
    '1.2',
  ),
  c(
    `${R} type=pep440 table v{{major}}`,
    EV.tag('1.2.3'),
    [A],
    ['type=pep440,pattern=v{{major}}'],
    ['v1', 'latest'],
    'v1',
  ),
  c(
    `${R} type=pep440 table v1.2.3rc2 {{raw}}`,
    EV.tag('v1.2.3rc2'),
    [A],
    ['type=pep440,pattern={{raw}}'],
    ['v1.2.3rc2'],
    'v1.2.3rc2',
  ),
  c(
    `${R} type=pep440 table 1.2.3rc2 {{version}}`,
    EV.tag('1.2.3rc2'),
    [A],
    ['type=pep440,pattern={{version}}'],
    ['1.2.3rc2'],
    '1.2.3rc2',
  ),
  c(
    `${R} type=pep440 table 1.2.3rc2 {{major}}.{{minor}}*`,
    EV.tag('1.2.3rc2'),
    [A],
    ['type=pep440,pattern={{major}}.{{minor}}'],
    ['1.2.3rc2'],
    '1.2.3rc2',
  ),
  c(
    `${R} type=pep440 table 1.2.3post1*`,
    EV.tag('1.2.3post1'),
    [A],
    ['type=pep440,pattern={{major}}.{{minor}}'],
    ['1.2.3.post1'],
    '1.2.3.post1',
  ),
  c(
    `${R} type=pep440 table 1.2.3beta2*`,
    EV.tag('1.2.3beta2'),
    [A],
    ['type=pep440,pattern={{major}}.{{minor}}'],
    ['1.2.3b2'],
    '1.2.3b2',
  ),
  c(
    `${R} type=pep440 table 1.0dev4*`,
    EV.tag('1.0dev4'),
    [A],
    ['type=pep440,pattern={{major}}.{{minor}}'],
    ['1.0.dev4'],
    '1.0.dev4',
  ),
  c(
    `${R} type=pep440: needs a PEP 440 tag`,
    EV.tag('release-one'),
    [A],
    ['type=pep440,pattern={{version}}'],
    [],
    undefined,
  ),
  c(
    `${R} type=pep440: value=`,
    EV.master,
    [A],
    ['type=pep440,pattern={{version}},value=1.0.0'],
    ['1.0.0', 'latest'],
    '1.0.0',
  ),
  c(
    `${R} type=pep440 + semver on a tag both valid`,
    EV.tag('1.1.1'),
    [A],
    ['type=pep440,pattern={{major}}', 'type=semver,pattern={{version}}'],
    ['1', '1.1.1', 'latest'],
    '1',
  ),

  // --- type=ref (README type=ref table) and the events a rule must not fire on
  c(`${R} type=ref event=pr on a push: nothing`, EV.dev, [A], ['type=ref,event=pr'], [], undefined),
  c(`${R} type=ref event=tag on a pull request: nothing`, EV.pr, [A], ['type=ref,event=tag'], [], undefined),
  c(
    `${R} type=ref event=branch on a pull request: nothing`,
    EV.pr,
    [A],
    ['type=ref,event=branch'],
    [],
    undefined,
  ),
  c(
    'context.ts: pull_request_target never tags the base branch',
    EV.prt,
    [A],
    ['type=ref,event=branch'],
    [],
    undefined,
  ),
  c('context.ts: pull_request_target, edge never fires', EV.prt, [A], ['type=edge'], [], undefined),
  c(
    'meta.ts is_default_branch: false on refs/pull',
    EV.prt,
    [A],
    ['type=raw,value=latest,enable={{is_default_branch}}', 'type=ref,event=pr'],
    ['pr-15'],
    'pr-15',
  ),
  c(
    'ours: the PR head SHA (metadata-action: merge SHA unless DOCKER_METADATA_PR_HEAD_SHA=true)',
    EV.prt,
    [A],
    [...['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'], 'type=sha'],
    ['pr-15', 'sha-5e2d4b8'],
    'pr-15',
  ),
  c(
    'ours: the PR head SHA (README DOCKER_METADATA_PR_HEAD_SHA)',
    EV.pr,
    [A],
    ['type=ref,event=pr', 'type=sha'],
    ['pr-15', 'sha-5e2d4b8'],
    'pr-15',
  ),
  c(`${R} type=ref event=pr prefix`, EV.pr, [A], ['type=ref,event=pr,prefix=pull-'], ['pull-15'], 'pull-15'),
  c(
    `${R} type=ref event=tag on a create event`,
    EV.createTag,
    [A],
    ['type=ref,event=tag'],
    ['v1.1.1', 'latest'],
    'v1.1.1',
  ),

  // --- type=raw (README type=raw: three spellings)
  c(`${R} type=raw value=`, EV.dev, [A], ['type=raw,value=foo', 'type=raw,value=bar'], ['foo', 'bar'], 'foo'),
  c(`${R} type=raw shorthand`, EV.dev, [A], ['type=raw,foo', 'type=raw,bar'], ['foo', 'bar'], 'foo'),
  c(
    `${R} {{branch}} table (sanitised)`,
    EV.slash,
    [A],
    ['type=raw,value={{branch}}'],
    ['feature-new-ui'],
    'feature-new-ui',
  ),
  c(
    `${R} {{branch}} in a prefix`,
    EV.dependabot,
    [A],
    ['type=raw,value=build,prefix={{branch}}-'],
    ['dependabot-npm-x-build'],
    'dependabot-npm-x-build',
  ),
  c(
    `${R} Global expressions: mytag-{{branch}}-{{sha}}`,
    EV.master,
    [A],
    ['type=raw,value=mytag-{{branch}}-{{sha}}'],
    ['mytag-master-2665741'],
    'mytag-master-2665741',
  ),
  c(
    `${R} Global expressions: type=sha,prefix={{branch}}-`,
    EV.master,
    [A],
    ['type=sha,prefix={{branch}}-'],
    ['master-2665741'],
    'master-2665741',
  ),
  c(
    `${R} Global expressions on a slash branch`,
    EV.slash,
    [A],
    ['type=sha,prefix={{branch}}-'],
    ['feature-new-ui-860c190'],
    'feature-new-ui-860c190',
  ),
  c(
    'ours: {{branch}} is empty on a PR (README {{branch}} table) and "-5e2d4b8" is no tag: left out',
    EV.pr,
    [A],
    ['type=sha,prefix={{branch}}-', 'type=ref,event=pr'],
    ['pr-15'],
    'pr-15',
  ),
  c(
    'ours: {{branch}} is empty on a tag push; "-860c190" left out (metadata-action#29)',
    EV.tag('v1.0.0'),
    [A],
    ['type=sha,prefix={{branch}}-', 'type=ref,event=tag'],
    ['v1.0.0', 'latest'],
    'v1.0.0',
  ),
  c(
    `${R} {{branch}} table: empty on a pull request`,
    EV.pr,
    [A],
    ['type=raw,value={{branch}}', 'type=ref,event=pr'],
    ['pr-15'],
    'pr-15',
  ),
  c(`${R} {{tag}} table`, EV.tag('v1.2.3'), [A], ['type=raw,value=t-{{tag}}'], ['t-v1.2.3'], 't-v1.2.3'),
  c(
    `${R} {{tag}} table: empty on a branch`,
    EV.dev,
    [A],
    ['type=raw,value={{tag}}', 'type=ref,event=branch'],
    ['dev'],
    'dev',
  ),
  c(`${R} {{sha}}`, EV.dev, [A], ['type=raw,value=build-{{sha}}'], ['build-860c190'], 'build-860c190'),
  c(
    `${R} {{base_ref}} table (pull_request)`,
    EV.pr,
    [A],
    ['type=raw,value=into-{{base_ref}}'],
    ['into-master'],
    'into-master',
  ),
  c(
    `${R} {{base_ref}} table (push tag*)`,
    EV.tag('v1.2.3', { base_ref: 'refs/heads/master' }),
    [A],
    ['type=raw,value={{base_ref}}-foo'],
    ['master-foo'],
    'master-foo',
  ),
  c(
    'ours: {{base_ref}} empty on a tag push without base_ref; "-foo" left out',
    EV.tag('v1.2.3'),
    [A],
    ['type=raw,value={{base_ref}}-foo', 'type=ref,event=tag'],
    ['v1.2.3', 'latest'],
    'v1.2.3',
  ),
  c(
    `${R} Latest tag: latest on the default branch`,
    EV.master,
    [A],
    ['type=ref,event=branch', 'type=raw,value=latest,enable={{is_default_branch}}'],
    ['master', 'latest'],
    'master',
  ),
  c(
    `${R} Latest tag: not on another branch`,
    EV.dev,
    [A],
    ['type=ref,event=branch', 'type=raw,value=latest,enable={{is_default_branch}}'],
    ['dev'],
    'dev',
  ),
  c(
    'meta.ts is_not_default_branch',
    EV.dev,
    [A],
    ['type=raw,value=preview,enable={{is_not_default_branch}}'],
    ['preview'],
    'preview',
  ),
  c(
    'meta.ts is_default_branch: schedule runs on the default branch',
    EV.schedule,
    [A],
    ['type=raw,value=cron,enable={{is_default_branch}}'],
    ['cron'],
    'cron',
  ),
  c(
    'meta.ts is_default_branch: create events count as the default branch',
    EV.createTag,
    [A],
    ['type=raw,value=created,enable={{is_default_branch}}'],
    ['created'],
    'created',
  ),
  c(
    'meta.test.ts push17: {{commit_date}}',
    EV.dev,
    [A],
    ["type=raw,value=src-{{commit_date 'YYYYMMDD'}}"],
    ['src-20200110'],
    'src-20200110',
  ),
  c(
    `${R} {{date}} with a time zone`,
    EV.dev,
    [A],
    ["type=raw,value={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}"],
    ['20200110-093000'],
    '20200110-093000',
  ),
  c(
    `${R} workflow_dispatch {{branch}}`,
    EV.dispatchDev,
    [A],
    ['type=raw,value={{branch}}', 'type=edge'],
    ['dev'],
    'dev',
  ),

  // --- type=sha (README type=sha)
  c(`${R} type=sha (short)`, EV.dev, [A], ['type=sha'], ['sha-860c190'], 'sha-860c190'),
  c(`${R} type=sha,format=long`, EV.dev, [A], ['type=sha,format=long'], [`sha-${DEV_SHA}`], `sha-${DEV_SHA}`),
  c(`${R} type=sha,prefix=`, EV.dev, [A], ['type=sha,prefix='], ['860c190'], '860c190'),
  c(
    `${R} type=sha,suffix=`,
    EV.dev,
    [A],
    ['type=sha,suffix=-amd64'],
    ['sha-860c190-amd64'],
    'sha-860c190-amd64',
  ),
  c(
    'meta.ts setValue: type=sha keeps its own sha- prefix over the flavor',
    EV.dev,
    [A],
    ['type=sha'],
    ['sha-860c190'],
    'sha-860c190',
    ['prefix=app-'],
  ),

  // --- type=schedule (README type=schedule table)
  c(`${R} type=schedule minimal`, EV.schedule, [A], ['type=schedule'], ['nightly'], 'nightly'),
  c(
    `${R} type=schedule {{date 'YYYYMMDD'}}`,
    EV.schedule,
    [A],
    ["type=schedule,pattern={{date 'YYYYMMDD'}}"],
    ['20200110'],
    '20200110',
  ),
  c(
    `${R} type=schedule with a time zone`,
    EV.schedule,
    [A],
    ["type=schedule,pattern={{date 'YYYYMMDD-hhmmss' tz='Asia/Tokyo'}}"],
    ['20200110-093000'],
    '20200110-093000',
  ),
  c(`${R} type=schedule: only on schedule`, EV.master, [A], ['type=schedule'], [], undefined),
  c(
    `${R} type=schedule + branch + sha`,
    EV.schedule,
    [A],
    ['type=schedule', 'type=ref,event=branch', 'type=sha'],
    ['nightly', 'master', 'sha-2665741'],
    'nightly',
  ),

  // --- flavor (README flavor input)
  c(
    `${R} flavor latest=false`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{version}}'],
    ['1.2.3'],
    '1.2.3',
    ['latest=false'],
  ),
  c(`${R} flavor latest=true`, EV.dev, [A], ['type=ref,event=branch'], ['dev', 'latest'], 'dev', [
    'latest=true',
  ]),
  c(`${R} flavor latest=auto: edge is not latest`, EV.master, [A], ['type=edge'], ['edge'], 'edge', [
    'latest=auto',
  ]),
  c(
    `${R} flavor prefix (not on latest)`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{version}}'],
    ['foo-1.2.3', 'latest'],
    'foo-1.2.3',
    ['prefix=foo-'],
  ),
  c(
    `${R} flavor prefix,onlatest=true`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{version}}'],
    ['foo-1.2.3', 'foo-latest'],
    'foo-1.2.3',
    ['prefix=foo-,onlatest=true'],
  ),
  c(
    `${R} flavor suffix`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{version}}'],
    ['1.2.3-bar', 'latest'],
    '1.2.3-bar',
    ['suffix=-bar'],
  ),
  c(
    `${R} flavor suffix,onlatest=true`,
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{version}}'],
    ['1.2.3-bar', 'latest-bar'],
    '1.2.3-bar',
    ['suffix=-bar,onlatest=true'],
  ),
  c(
    'meta.ts setValue: a rule prefix wins over the flavor',
    EV.dev,
    [A],
    ['type=ref,event=branch,prefix=br-'],
    ['br-dev'],
    'br-dev',
    ['prefix=x-'],
  ),
  c(
    'meta.ts setValue: an empty rule suffix wins over the flavor',
    EV.tag('v1.2.3'),
    [A],
    ['type=semver,pattern={{version}},suffix='],
    ['1.2.3', 'latest'],
    '1.2.3',
    ['suffix=-bar'],
  ),
  c(
    `${R} flavor: prefix and suffix together`,
    EV.dev,
    [A],
    ['type=ref,event=branch'],
    ['a-dev-z'],
    'a-dev-z',
    ['prefix=a-', 'suffix=-z'],
  ),

  // --- images (README images input)
  c(
    `${R} images: one line, comma-separated (old form)`,
    EV.dev,
    ['org/app,ghcr.io/user/app'],
    ['type=ref,event=branch'],
    [],
    'dev',
  ),
  c(
    `${R} images: name= attribute`,
    EV.dev,
    ['name=org/app', 'name=ghcr.io/user/app,enable=true'],
    ['type=ref,event=branch'],
    ['dev'],
    'dev',
  ),
  c(
    `${R} Image name sanitization: lower case`,
    EV.dev,
    ['Org/App'],
    ['type=ref,event=branch'],
    ['dev'],
    'dev',
  ),
];

// The old one-line form lists two images on one line: spell out the refs it expands to.
for (const k of CASES)
  if (
    k.images.length === 1 &&
    (k.images[0] as string).includes(',') &&
    !(k.images[0] as string).includes('=')
  )
    k.want = (k.images[0] as string).split(',').flatMap((i) => (k.version ? [`${i}:${k.version}`] : []));

// Not metadata-action: our `tags` lines without `type=` are full references, and one without a tag is
// `:latest`, as `docker build -t acme/app` and build-push-action's `tags: acme/app` are.
CASES.push({
  id: 'c900',
  source: 'docker CLI: a reference without a tag means :latest',
  event: EV.dev,
  images: [],
  tags: ['acme/app'],
  want: ['acme/app:latest'],
  version: 'latest',
});
