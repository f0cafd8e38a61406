import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { codeBlock, escapeMarkdown, inlineCode } from '../src/report/escape.ts';

describe('escapeMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['@org/team', '@\u2060org/team'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript&#58;alert\\(1\\)\\)'],
    ['</details>', '&lt;/details&gt;'],
    ['a|b', 'a\\|b'],
    ['line1\nline2', 'line1 line2'],
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['https://evil.example/x', 'https&#58;//evil\\.example/x'],
  ])('makes %j inert', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('quotes and ampersands show as themselves once rendered (cmark-gfm, GitHub’s renderer)', () => {
    const text = `Value 'app!' at "x" & #1`;
    const html = execFileSync('cmark-gfm', ['--extension', 'table', '--extension', 'tagfilter'], {
      input: escapeMarkdown(text),
      encoding: 'utf8',
    });
    // cmark-gfm writes " and & as entities in its HTML output, and ' as is.
    expect(html).toBe(`<p>Value 'app!' at &quot;x&quot; &amp; #1</p>\n`);
  });

  it('inline code escapes inside <code>', () => {
    expect(inlineCode('a`b<c>')).toBe('<code>a\\`b&lt;c&gt;</code>');
  });

  it('code block fence outlasts any backtick run inside', () => {
    expect(codeBlock('x ```` y')).toBe('`````\nx ```` y\n`````');
  });
});
