import { describe, expect, it } from '@jest/globals';
import { parseSemver } from '../src/semver.ts';
import type { TagContext } from '../src/tag-expressions.ts';
import { computeTags } from '../src/tag-rules.ts';
import { parseFlavor, parseRule } from '../src/tag-syntax.ts';
import { formatDate } from '../src/dates.ts';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const base: TagContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: SHA,
  defaultBranch: 'main',
  baseRef: undefined,
  commitDate: new Date('2026-11-20T10:00:00Z'),
  now: new Date('2026-11-21T23:30:00Z'),
};
const tag = (t: string): TagContext => ({ ...base, ref: `refs/tags/${t}` });
const branch = (b: string): TagContext => ({ ...base, ref: `refs/heads/${b}` });
const pr: TagContext = {
  ...base,
  eventName: 'pull_request',
  ref: 'refs/pull/15/merge',
  baseRef: 'main',
};
const schedule: TagContext = { ...base, eventName: 'schedule' };

const DEFAULT = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

// Cases from docker/metadata-action's README and tests: [rules, flavor, context, tags, version].
const cases: [string, string[], string[], TagContext, string[], string | undefined][] = [
  ['default rules on main', DEFAULT, [], base, ['main'], 'main'],
  ['default rules on a tag: latest', DEFAULT, [], tag('v1.2.3'), ['v1.2.3', 'latest'], 'v1.2.3'],
  [
    'default rules on a prerelease tag: still latest (ref event=tag)',
    DEFAULT,
    [],
    tag('v2.0.0-rc.1'),
    ['v2.0.0-rc.1', 'latest'],
    'v2.0.0-rc.1',
  ],
  ['default rules on a PR', DEFAULT, [], pr, ['pr-15'], 'pr-15'],
  ['default rules on schedule', DEFAULT, [], schedule, ['nightly', 'main'], 'nightly'],
  ['branch names are sanitised', DEFAULT, [], branch('feature/new UI'), ['feature-new-UI'], 'feature-new-UI'],
  // metadata-action README, Global expressions: {{branch}} values are sanitised like every tag.
  [
    '{{branch}} is sanitised',
    ['type=raw,value={{branch}}'],
    [],
    branch('feature/new-ui'),
    ['feature-new-ui'],
    'feature-new-ui',
  ],
  [
    'pep440 normalises a pre-release',
    ['type=pep440,pattern={{version}}'],
    [],
    tag('1.0.0-RC.1'),
    ['1.0.0rc1'],
    '1.0.0rc1',
  ],
  [
    'semver patterns',
    [
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{major}}.{{minor}}',
      'type=semver,pattern={{major}}',
    ],
    [],
    tag('v1.2.3'),
    ['1.2.3', '1.2', '1', 'latest'],
    '1.2.3',
  ],
  [
    'semver prerelease: only the full version, no latest',
    ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'],
    [],
    tag('v2.0.0-beta.1'),
    ['2.0.0-beta.1'],
    '2.0.0-beta.1',
  ],
  ['semver {{raw}}', ['type=semver,pattern={{raw}}'], [], tag('v1.2.3'), ['v1.2.3', 'latest'], 'v1.2.3'],
  ['semver on a branch does not fire', ['type=semver,pattern={{version}}'], [], base, [], undefined],
  [
    'semver on a non-semver tag does not fire',
    ['type=semver,pattern={{version}}'],
    [],
    tag('release-7'),
    [],
    undefined,
  ],
  [
    'semver value= overrides the ref',
    ['type=semver,pattern={{version}},value=v3.4.5'],
    [],
    base,
    ['3.4.5', 'latest'],
    '3.4.5',
  ],
  [
    'match with a group',
    ['type=match,pattern=v(\\d+\\.\\d+),group=1'],
    [],
    tag('v1.2.3'),
    ['1.2', 'latest'],
    '1.2',
  ],
  ['edge on the default branch', ['type=edge'], [], base, ['edge'], 'edge'],
  ['edge on another branch', ['type=edge'], [], branch('dev'), [], undefined],
  ['edge branch=dev', ['type=edge,branch=dev'], [], branch('dev'), ['edge'], 'edge'],
  ['sha short with default prefix', ['type=sha'], [], base, ['sha-860c190'], 'sha-860c190'],
  ['sha long, no prefix', ['type=sha,format=long,prefix='], [], base, [SHA], SHA],
  ['raw with expressions', ['type=raw,value={{branch}}-{{sha}}'], [], base, ['main-860c190'], 'main-860c190'],
  [
    'raw latest only on the default branch',
    ['type=raw,value=latest,enable={{is_default_branch}}', 'type=ref,event=branch'],
    [],
    branch('dev'),
    ['dev'],
    'dev',
  ],
  [
    'raw latest on the default branch',
    ['type=raw,value=latest,enable={{is_default_branch}}', 'type=ref,event=branch'],
    [],
    base,
    ['main', 'latest'],
    'main',
  ],
  [
    'priorities decide the version',
    ['type=sha', 'type=raw,value=first,priority=2000', 'type=ref,event=branch'],
    [],
    base,
    ['first', 'main', 'sha-860c190'],
    'first',
  ],
  [
    'enable=false',
    ['type=ref,event=branch,enable=false', 'type=sha'],
    [],
    base,
    ['sha-860c190'],
    'sha-860c190',
  ],
  [
    'schedule with a date pattern',
    ["type=schedule,pattern={{date 'YYYYMMDD'}}"],
    [],
    schedule,
    ['20261121'],
    '20261121',
  ],
  [
    'schedule with a time zone',
    ["type=schedule,pattern={{date 'YYYYMMDD-HHmm' tz='Asia/Tokyo'}}"],
    [],
    schedule,
    ['20261122-0830'],
    '20261122-0830',
  ],
  ['commit_date', ["type=raw,value={{commit_date 'YYYY.MM.DD'}}"], [], base, ['2026.11.20'], '2026.11.20'],
  ['flavor latest=true', ['type=ref,event=branch'], ['latest=true'], base, ['main', 'latest'], 'main'],
  [
    'flavor latest=false',
    ['type=semver,pattern={{version}}'],
    ['latest=false'],
    tag('v1.0.0'),
    ['1.0.0'],
    '1.0.0',
  ],
  [
    'flavor prefix/suffix, not on latest',
    ['type=semver,pattern={{version}}'],
    ['prefix=app-', 'suffix=-alpine'],
    tag('v1.0.0'),
    ['app-1.0.0-alpine', 'latest'],
    'app-1.0.0-alpine',
  ],
  [
    'flavor prefix onlatest',
    ['type=semver,pattern={{version}}'],
    ['prefix=app-,onlatest=true'],
    tag('v1.0.0'),
    ['app-1.0.0', 'app-latest'],
    'app-1.0.0',
  ],
  [
    'a rule prefix wins over the flavor',
    ['type=sha', 'type=ref,event=branch,prefix=br-'],
    ['prefix=x-'],
    base,
    ['br-main', 'sha-860c190'],
    'br-main',
  ],
  [
    'the PR head SHA, not the merge SHA, is what sha tags use',
    ['type=sha'],
    [],
    { ...pr, sha: 'abcdef0123456789' },
    ['sha-abcdef0'],
    'sha-abcdef0',
  ],
  // metadata-action README {{branch}} table: empty on pull_request (refs/pull/N/merge is no branch).
  ['{{branch}} on a PR is empty: the rule is left out', ['type=raw,value={{branch}}'], [], pr, [], undefined],
  ['{{base_ref}}', ['type=raw,value=into-{{base_ref}}'], [], pr, ['into-main'], 'into-main'],
  [
    'duplicates removed',
    ['type=raw,value=same', 'type=raw,value=same', 'type=sha'],
    [],
    base,
    ['same', 'sha-860c190'],
    'same',
  ],
];

describe('computeTags (metadata-action syntax)', () => {
  it.each(cases)('%s', (_name, rules, flavor, ctx, want, version) => {
    const out = computeTags(rules.map(parseRule), parseFlavor(flavor), ctx);
    expect(out.values).toEqual(want);
    expect(out.version).toBe(version);
  });

  it('drops and reports a rule whose value is empty', () => {
    const out = computeTags(
      [parseRule('type=raw,value={{tag}}'), parseRule('type=sha')],
      parseFlavor([]),
      base,
    );
    expect(out.values).toEqual(['sha-860c190']);
    expect(out.dropped).toEqual([
      { rule: 'type=raw,value={{tag}}', reason: '{{tag}} is empty for this event' },
    ]);
  });
});

describe('parseRule rejects what metadata-action would not understand', () => {
  it.each([
    ['type=pip,pattern={{version}}', 'type=pip is not supported'],
    ['type=semver,pattern={{build}}', '{{build}} is not a semver expression'],
    ['type=match,pattern=x,group=one', 'group must be a capture group number'],
    ['type=ref', 'type=ref needs event=branch, event=tag or event=pr'],
    ['type=raw', 'type=raw needs value='],
    ['type=sha,format=medium', 'format must be short or long'],
    ['type=sha,colour=red', 'type=sha has no attribute "colour"'],
    ['type=match,pattern=(', 'pattern is not a valid regular expression'],
    ['type=raw,value=x,priority=high', 'priority must be a whole number'],
    ['type=raw,value="a,b', 'unclosed quote'],
  ])('%s', (line, message) => {
    expect(() => parseRule(line)).toThrow(message);
  });

  it('reads the type=raw,foo shorthand (metadata-action README, type=raw)', () => {
    expect(parseRule('type=raw,foo').attrs.value).toBe('foo');
  });

  it('reads quoted values with commas', () => {
    expect(parseRule('type=raw,value="a,b"').attrs.value).toBe('a,b');
  });
});

describe('parseFlavor', () => {
  it.each([
    [['latest=maybe'], 'latest=maybe: use auto, true or false'],
    [['colour=red'], 'flavor "colour" is not supported'],
    [['prefix=x,sometimes=true'], 'flavor "sometimes" is not supported'],
    [['onlatest=true'], 'onlatest goes after prefix= or suffix='],
  ])('%j', (lines, message) => {
    expect(() => parseFlavor(lines)).toThrow(message);
  });
});

describe('parseSemver', () => {
  it.each([
    ['v1.2.3', '1.2.3', undefined],
    ['1.2.3-rc.1', '1.2.3-rc.1', 'rc.1'],
    ['v1.2.3+build.5', '1.2.3', undefined],
    ['v0.0.1', '0.0.1', undefined],
  ])('%s -> %s', (text, version, pre) => {
    expect(parseSemver(text)).toMatchObject({ version, prerelease: pre });
  });
  // node-semver's strict valid(): no leading "=" (that is the loose form).
  it.each(['1.2', 'v01.2.3', 'release-1', '1.2.3.4', '=v0.0.1'])('%s is not semver', (text) => {
    expect(parseSemver(text)).toBeUndefined();
  });
});

describe('formatDate', () => {
  it.each([
    ['YYYYMMDD', 'UTC', '20261121'],
    ['YYYY-MM-DD HH:mm:ss', 'UTC', '2026-11-21 23:30:05'],
    ['YYYYMMDD', 'Asia/Tokyo', '20261122'],
    ['[v]YY.M.D', 'UTC', 'v26.11.21'],
    // moment.js: hh is the 12-hour clock (metadata-action README's 'YYYYMMDD-hhmmss' example).
    ['hhmm A', 'UTC', '1130 PM'],
  ])('%s in %s', (fmt, tz, want) => {
    expect(formatDate(new Date('2026-11-21T23:30:05Z'), fmt, tz)).toBe(want);
  });
});
