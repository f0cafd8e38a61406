import { describe, expect, it } from '@jest/globals';
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

  it('inline code escapes inside <code>', () => {
    expect(inlineCode('a`b<c>')).toBe('<code>a\\`b&lt;c&gt;</code>');
  });

  it('code block fence outlasts any backtick run inside', () => {
    expect(codeBlock('x ```` y')).toBe('`````\nx ```` y\n`````');
  });
});
