import { describe, expect, it } from '@jest/globals';
import {
  code,
  codeBlock,
  details,
  escapeHtml,
  escapeMarkdown,
  htmlCode,
  htmlText,
  inline,
  inlineCode,
  link,
  plural,
  strong,
  table,
  tableCell,
} from '../src/report/index.ts';
import {
  detailsTags,
  liveImages,
  liveIssueRefs,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';

// The oracle is GitHub's renderer (cmark-gfm + GitHub's sanitizer, see testkit/render-like-github): each
// context is checked on what a reader sees, never on the markdown we write.

/** Untrusted text that tries every way to become markup, a link, a mention or a reference. */
const HOSTILE = [
  'terraform_data.db',
  '-/+',
  "it's <b>bold</b> & 'quoted'",
  '**not bold** _nor_ ~~struck~~ `tick` $x$',
  '@org/team and @octocat',
  '#12, GH-1, octo/repo#3',
  'https://x.y www.evil.test a@b.co',
  'javascript:alert(1) [x](javascript:alert(1)) ![i](https://x.y/i.png)',
  'a | b \\| c \\',
  '<img src=x onerror=alert(1)> <script>alert(1)</script> </details> <!-- c -->',
  '&amp; &#39; &lt;',
  '[link](https://x.y) <https://x.y>',
];

function expectInert(md: string) {
  const r = renderLikeGitHub(md);
  expect(liveLinks(r.html)).toEqual([]);
  expect(liveImages(r.html)).toEqual([]);
  expect(liveMentions(r.html)).toEqual([]);
  expect(liveIssueRefs(r.html)).toEqual([]);
  return r;
}

describe('markdown inline text (escapeMarkdown)', () => {
  it.each(HOSTILE)('%j is shown exactly and inert', (s) => {
    const r = expectInert(`Before ${escapeMarkdown(s)} after`);
    expect(withoutInvisible(r.text)).toBe(`Before ${s} after`);
  });

  it('turns newlines into spaces: inline text never starts a block', () => {
    expect(expectInert(escapeMarkdown('a\n# b\n- c')).text).toBe('a # b - c');
  });

  it('in a list item and a heading too', () => {
    const s = HOSTILE.join(' ');
    const r = expectInert(`### ${escapeMarkdown(s)}\n\n- ${escapeMarkdown(s)}\n`);
    expect(withoutInvisible(r.text)).toBe(`${s}\n${s}`);
  });
});

describe('code span (inlineCode): copyable exactly, no invisible characters', () => {
  it.each([...HOSTILE, '`', '``a`', 'x ``` y'])('%j', (s) => {
    const r = expectInert(`Value: ${inlineCode(s)}`);
    expect(r.text).toBe(`Value: ${s}`);
  });

  it('keeps spaces at both ends (CommonMark strips one pair of them)', () => {
    expect(renderLikeGitHub(`x ${inlineCode(' padded ')}`).html).toBe('<p>x <code> padded </code></p>');
  });
});

describe('table cells (table)', () => {
  it('keeps the column count and shows text and code exactly', () => {
    const rows = HOSTILE.map((s) => [escapeMarkdown(s), inlineCode(s), tableCell(s)]);
    const r = expectInert(table(['text', 'code', 'cell'], rows));
    const [t] = renderedTables(r.html);
    expect(t?.header).toEqual(['text', 'code', 'cell']);
    expect(t?.rows.map((row) => row.map(withoutInvisible))).toEqual(HOSTILE.map((s) => [s, s, s]));
    // code cells carry no invisible character
    expect(t?.rows.map((row) => row[1])).toEqual(HOSTILE);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => table(['a', 'b'], [['1']])).toThrow('a row has 1 cells for 2 columns');
  });
});

describe('HTML block content (<details><summary>)', () => {
  it.each(HOSTILE)('%j as htmlText and htmlCode is shown exactly, with no backslash or entity', (s) => {
    const r = expectInert(details(`${htmlCode(s)} ${htmlText(s)}`, 'body'));
    expect(withoutInvisible(r.text)).toBe(`${s} ${s}\nbody`);
    expect(detailsTags(r.rawHtml)).toEqual({ opened: 1, closed: 1 });
  });

  it('escapeHtml alone is entities only', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('Inline fragments render right in markdown and in HTML', () => {
  const title = inline`${code('-/+')} ${code('terraform_data.db')} must be ${strong('replaced')} — ${"it's #1 @org/x"}`;
  const shown = "-/+ terraform_data.db must be replaced — it's #1 @org/x";

  it('in a list item', () => {
    expect(withoutInvisible(expectInert(`- ${title.md}`).text)).toBe(shown);
  });

  it('in a <summary>', () => {
    const r = expectInert(details(title, codeBlock('+ a = 1', 'diff')));
    expect(withoutInvisible(r.text)).toBe(`${shown}\n+ a = 1`);
    expect(r.html).toContain('<strong>replaced</strong>');
  });

  it('in a table cell', () => {
    const r = expectInert(table(['what'], [[title]]));
    expect(renderedTables(r.html)[0]?.rows.map((x) => x.map(withoutInvisible))).toEqual([[shown]]);
  });
});

describe('links (link)', () => {
  it('an http(s) target with markdown-special characters stays one link, in markdown and HTML', () => {
    const url = 'https://github.com/o/r/blob/abc/src/a (b)|c.py#L3';
    const l = link('src/a (b)|c.py:3', url);
    const encoded = 'https://github.com/o/r/blob/abc/src/a%20%28b%29%7Cc.py#L3';
    expect(liveLinks(renderLikeGitHub(`see ${l.md}`).html)).toEqual([
      { href: encoded, text: 'src/a (b)|c.py:3' },
    ]);
    expect(liveLinks(renderLikeGitHub(details(l, 'x')).html)).toEqual([
      { href: encoded, text: 'src/a (b)|c.py:3' },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '/relative', 'not a url'])(
    '%j is shown as text only',
    (u) => {
      const r = expectInert(`see ${link('label', u).md}`);
      expect(r.text).toBe('see label');
    },
  );
});

describe('codeBlock', () => {
  it('a fence outlasts any backtick run inside, content shown exactly', () => {
    const s = 'x ```` y\n@org/team #1 <b>';
    const r = expectInert(codeBlock(s));
    expect(r.text).toBe(s);
  });
});

describe('plural', () => {
  it.each([
    [0, 'finding', undefined, '0 findings'],
    [1, 'finding', undefined, '1 finding'],
    [1204, 'finding', undefined, '1,204 findings'],
    [1, 'output change', undefined, '1 output change'],
    [2, 'check or warning', 'checks or warnings', '2 checks or warnings'],
  ])('%d %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });
});
