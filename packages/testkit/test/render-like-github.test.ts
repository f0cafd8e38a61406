import { describe, expect, it } from '@jest/globals';
import {
  detailsTags,
  liveImages,
  liveIssueRefs,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';

// Expected values come from the GFM spec (https://github.github.com/gfm/, the cmark-gfm test suite) and from
// html-pipeline's SanitizationFilter and its tests (the sanitizer GitHub's markdown pipeline is built on).

describe('renderLikeGitHub: cmark-gfm with GitHub extensions', () => {
  it('renders a table (GFM spec example 198) with its header and cells', () => {
    const r = renderLikeGitHub('| foo | bar |\n| --- | --- |\n| baz | bim |\n');
    expect(renderedTables(r.html)).toEqual([{ header: ['foo', 'bar'], rows: [['baz', 'bim']] }]);
    expect(r.text).toBe('foo\tbar\nbaz\tbim');
  });

  it('unescapes \\| inside a code span in a table cell (GFM spec example 200)', () => {
    const r = renderLikeGitHub('| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n');
    expect(renderedTables(r.html)).toEqual([{ header: ['f|oo'], rows: [['b | az'], ['b | im']] }]);
  });

  it('autolinks www. and https:// (GFM spec examples 621 and 623)', () => {
    const r = renderLikeGitHub('www.commonmark.org and https://example.com/a\n');
    expect(liveLinks(r.html)).toEqual([
      { href: 'http://www.commonmark.org', text: 'www.commonmark.org' },
      { href: 'https://example.com/a', text: 'https://example.com/a' },
    ]);
  });

  it('applies the tagfilter extension (GFM spec example 652): <title> and <style> show as text', () => {
    const r = renderLikeGitHub('<strong> <title> <style> <em>\n');
    expect(r.text).toBe('<title> <style>');
  });

  it('renders strikethrough (GFM spec example 491)', () => {
    expect(renderLikeGitHub('~~Hi~~ Hello, world!\n').html).toBe('<p><del>Hi</del> Hello, world!</p>');
  });

  it('does not parse markdown inside an HTML block: escapes inside <summary> show literally', () => {
    // CommonMark spec, HTML blocks: the block's text is passed through as is until a blank line.
    const r = renderLikeGitHub('<details><summary>a\\_b &#39;</summary>\n\n*x*\n\n</details>\n');
    expect(r.text).toBe("a\\_b '\nx");
    expect(detailsTags(r.rawHtml)).toEqual({ opened: 1, closed: 1 });
  });
});

describe('renderLikeGitHub: GitHub sanitizing (html-pipeline SanitizationFilter)', () => {
  it('removes <script> with its content and strips on* attributes', () => {
    // The tagfilter escapes a raw <script>; a <script> nested in an allowed tag inside an HTML block too.
    const r = renderLikeGitHub('<div><img src="https://x.test/i.png" onerror="alert(1)"></div>\n');
    expect(r.html).toBe('<div><img src="https://x.test/i.png"></div>');
    expect(liveImages(r.html)).toEqual(['https://x.test/i.png']);
  });

  it('drops a javascript: href, keeping the text (ANCHOR_SCHEMES: http, https, mailto, relative)', () => {
    const r = renderLikeGitHub('[x](javascript:alert(1)) [y](https://ok.test/) [z](/rel)\n');
    expect(liveLinks(r.html)).toEqual([
      { href: 'https://ok.test/', text: 'y' },
      { href: '/rel', text: 'z' },
    ]);
    expect(r.text).toBe('x y z');
  });

  it('keeps the allowlisted tags GitHub keeps and unwraps the others', () => {
    const r = renderLikeGitHub(
      '<details open><summary>s</summary><sub>a</sub><span style="x">b</span><br></details>\n',
    );
    expect(r.html).toBe('<details open=""><summary>s</summary><sub>a</sub>b<br></details>');
  });

  it('drops <style> and <iframe> with their content when they survive the tagfilter', () => {
    // tagfilter escapes these tags in the markdown; a removed element's content never shows either.
    const r = renderLikeGitHub('<div>\n<svg><g>hidden</g></svg>seen\n</div>\n');
    expect(r.text).toBe('seen');
  });
});

describe('live mentions and issue references', () => {
  it.each([
    ['@octocat hi', ['@octocat']],
    ['cc @org/team.', ['@org/team']],
    ['mail a@b (no mention after a word character)', []],
    ['`@octocat` in code', []],
    ['@\u2060octocat with a word joiner', []],
  ])('mentions in %j', (md, expected) => {
    expect(liveMentions(renderLikeGitHub(md).html)).toEqual(expected);
  });

  it.each([
    ['see #12', ['#12']],
    ['GH-1 and octo/repo#3', ['GH-1', 'octo/repo#3']],
    ['`#12` in code', []],
    ['#\u206012 with a word joiner', []],
    ['&#39; is no reference', []],
  ])('issue references in %j', (md, expected) => {
    expect(liveIssueRefs(renderLikeGitHub(md).html)).toEqual(expected);
  });

  it('withoutInvisible removes the word joiner only', () => {
    expect(withoutInvisible('@\u2060a b')).toBe('@a b');
  });
});

describe('renderLikeGitHub without cmark-gfm', () => {
  it('fails naming the Debian package, never renders', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => renderLikeGitHub('x')).toThrow(/Install the Debian package "cmark-gfm"/);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('renderedProblems', () => {
  it('is empty for a clean report', () => {
    expect(
      renderedProblems('Plan for `a_b` and [run](https://x.test/r)', {
        untrusted: ['a_b'],
        links: ['https://x.test/r'],
      }),
    ).toEqual([]);
  });

  it('names every problem', () => {
    const md =
      '<details><summary>a\\_b &amp;#39;</summary>\n\n@octocat #12 ![i](https://x.test/i.png) https://evil.test\n';
    expect(renderedProblems(md, { untrusted: ['a_b'] })).toEqual([
      'live mention @octocat',
      'live issue reference #12',
      'live image https://x.test/i.png',
      'live link https://evil.test ("https://evil.test")',
      '<details> opened 1 times, closed 0 times',
      'not shown exactly: "a_b"',
      'stray escapes in the visible text: \\ &#39;',
    ]);
  });
});
