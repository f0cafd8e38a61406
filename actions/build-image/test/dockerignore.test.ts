import { describe, expect, it } from '@jest/globals';
import { parseIgnoreFile, PatternMatcher } from '../src/dockerignore.ts';

// moby/patternmatcher's TestMatches table (MatchesOrParentMatches on a single pattern).
const single: [string, string, boolean][] = [
  ['**', 'file', true],
  ['**', 'file/', true],
  ['**/', 'file', true],
  ['**/', 'file/', true],
  ['**', '/', true],
  ['**/', '/', true],
  ['**', 'dir/file', true],
  ['**/', 'dir/file', true],
  ['**', 'dir/file/', true],
  ['**/', 'dir/file/', true],
  ['**/**', 'dir/file', true],
  ['**/**', 'dir/file/', true],
  ['dir/**', 'dir/file', true],
  ['dir/**', 'dir/file/', true],
  ['dir/**', 'dir/dir2/file', true],
  ['dir/**', 'dir/dir2/file/', true],
  ['**/dir', 'dir', true],
  ['**/dir', 'dir/file', true],
  ['**/dir2/*', 'dir/dir2/file', true],
  ['**/dir2/*', 'dir/dir2/file/', true],
  ['**/dir2/**', 'dir/dir2/dir3/file', true],
  ['**/dir2/**', 'dir/dir2/dir3/file/', true],
  ['**file', 'file', true],
  ['**file', 'dir/file', true],
  ['**/file', 'dir/file', true],
  ['**file', 'dir/dir/file', true],
  ['**/file', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file.txt', true],
  ['**/file*txt', 'dir/dir/file.txt', true],
  ['**/file*.txt', 'dir/dir/file.txt', true],
  ['**/file*.txt*', 'dir/dir/file.txt', true],
  ['**/**/*.txt', 'dir/dir/file.txt', true],
  ['**/**/*.txt2', 'dir/dir/file.txt', false],
  ['**/*.txt', 'file.txt', true],
  ['**/**/*.txt', 'file.txt', true],
  ['a**/*.txt', 'a/file.txt', true],
  ['a**/*.txt', 'a/dir/file.txt', true],
  ['a**/*.txt', 'a/dir/dir/file.txt', true],
  ['a/*.txt', 'a/dir/file.txt', false],
  ['a/*.txt', 'a/file.txt', true],
  ['a/*.txt**', 'a/file.txt', true],
  ['a[b-d]e', 'ae', false],
  ['a[b-d]e', 'ace', true],
  ['a[b-d]e', 'aae', false],
  ['a[^b-d]e', 'aze', true],
  ['.*', '.foo', true],
  ['.*', 'foo', false],
  ['abc.def', 'abcdef', false],
  ['abc.def', 'abc.def', true],
  ['abc.def', 'abcZdef', false],
  ['abc?def', 'abcZdef', true],
  ['abc?def', 'abcdef', false],
  ['a\\\\', 'a\\', true],
  ['**/foo/bar', 'foo/bar', true],
  ['**/foo/bar', 'dir/foo/bar', true],
  ['**/foo/bar', 'dir/dir2/foo/bar', true],
  ['abc/**', 'abc', false],
  ['abc/**', 'abc/def', true],
  ['abc/**', 'abc/def/ghi', true],
  ['**/.foo', '.foo', true],
  ['**/.foo', 'bar.foo', false],
  ['a(b)c/def', 'a(b)c/def', true],
  ['a(b)c/def', 'a(b)c/xyz', false],
  ['a.|)$(}+{bc', 'a.|)$(}+{bc', true],
  [
    'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
    'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
    true,
  ],
  ['dist/*.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', true],
  // Regex metacharacters are literal (where npm ports go wrong).
  ['c++', 'c++', true],
  ['a+b', 'aab', false],
  ['a+b', 'a+b', true],
  ['(x|y)', 'x', false],
  ['file{1}', 'file{1}', true],
  ['file{1}', 'file', false],
  // Not case-insensitive.
  ['README.md', 'readme.md', false],
  // No gitignore floating: a root pattern does not match deeper.
  ['*.go', 'a/c.go', false],
  ['*.go', 'c.go', true],
  ['**/*.go', 'a/b/c.go', true],
  // A parent directory match excludes what is inside.
  ['node_modules', 'node_modules/x/index.js', true],
  ['a/b', 'a/b/c/d', true],
  ['a/b', 'a/bc', false],
];

describe('PatternMatcher: moby patternmatcher cases', () => {
  it.each(single)('%j on %j -> %j', (pattern, file, want) => {
    expect(new PatternMatcher([pattern]).matches(file)).toBe(want);
  });
});

// Docker's documented .dockerignore examples and patternmatcher's multi-pattern cases.
const multi: [string[], string, boolean][] = [
  [['**', '!util/docker/web'], 'util/docker/web/foo', false],
  [['**', '!util/docker/web', 'util/docker/web/foo'], 'util/docker/web/foo', true],
  [['**', '!dist/*.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false],
  [['*/temp*'], 'somedir/temporary.txt', true],
  [['*/temp*'], 'somedir/temp', true],
  [['*/temp*'], 'temp', false],
  [['*/*/temp*'], 'somedir/subdir/temporary.txt', true],
  [['*/*/temp*'], 'somedir/temporary.txt', false],
  [['temp?'], 'tempa', true],
  [['temp?'], 'tempab', false],
  [['temp?'], 'dir/tempa', false],
  [['*.md', '!README.md'], 'README.md', false],
  [['*.md', '!README.md'], 'CHANGES.md', true],
  [['*.md', '!README*.md', 'README-secret.md'], 'README-secret.md', true],
  [['*.md', '!README*.md', 'README-secret.md'], 'README-public.md', false],
  [['*.md', 'README-secret.md', '!README*.md'], 'README-secret.md', false],
  // Last match wins, in both directions.
  [['docs', '!docs/keep.md'], 'docs/keep.md', false],
  [['docs', '!docs/keep.md'], 'docs/other.md', true],
  [['!docs/keep.md', 'docs'], 'docs/keep.md', true],
];

describe('PatternMatcher: several patterns, last match wins', () => {
  it.each(multi)('%j on %j -> %j', (patterns, file, want) => {
    expect(new PatternMatcher(patterns).matches(file)).toBe(want);
  });
});

describe('parseIgnoreFile', () => {
  it.each([
    ['# comment\nfoo', ['foo']],
    ['  # not a comment', ['# not a comment']],
    ['/foo', ['foo']],
    ['foo/', ['foo']],
    ['/foo/bar/', ['foo/bar']],
    ['./foo', ['foo']],
    ['foo//bar/../baz', ['foo/baz']],
    ['!  /keep', ['!keep']],
    ['\uFEFFfoo\n\n  \nbar\r\n', ['foo', 'bar']],
    ['!', ['!']],
    ['/', ['/']],
  ])('%j -> %j', (text, want) => {
    expect(parseIgnoreFile(text)).toEqual(want);
  });

  it('treats a leading slash as relative to the context root', () => {
    const m = new PatternMatcher(parseIgnoreFile('/secret\n'));
    expect([m.matches('secret'), m.matches('a/secret')]).toEqual([true, false]);
  });
});

describe('PatternMatcher: invalid patterns fail like Docker', () => {
  it.each([
    [['!'], 'illegal exclusion pattern'],
    [['a['], 'malformed character class'],
    [['[]a'], 'malformed character class'],
    [['a[b-'], 'malformed character range'],
    [['a\\'], 'trailing backslash'],
  ])('%j -> %s', (patterns, message) => {
    expect(() => new PatternMatcher(patterns)).toThrow(message);
  });
});

describe('walker rules', () => {
  it.each([
    [['dir', '!dir/keep'], 'dir', true],
    [['dir', '!dir/sub/keep'], 'dir', true],
    [['dir', '!dirx/keep'], 'dir', false],
    // The classic walker cannot reach into an excluded directory for a wildcard exception.
    [['dir', '!**/*.go'], 'dir', false],
    [['dir'], 'dir', false],
  ])('%j: walk into excluded %s -> %j', (patterns, dir, want) => {
    expect(new PatternMatcher(patterns).mustWalkExcludedDir(dir)).toBe(want);
  });

  it.each([
    [['dir', '!**/*.go'], 'dir', true],
    [['dir', '!keep?.txt'], 'dir', true],
    [['dir', '!other/keep'], 'dir', false],
    [['dir', '!dir/keep'], 'dir', true],
  ])('BuildKit walker, %j: walk into excluded %s -> %j', (patterns, dir, want) => {
    expect(new PatternMatcher(patterns).mustWalkExcludedDir(dir, 'buildkit')).toBe(want);
  });
});
