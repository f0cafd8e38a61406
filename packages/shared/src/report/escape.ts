/**
 * Escaping of untrusted text (resource names, branch names, tool output) before it reaches GitHub markdown.
 * The goal is inert output: no HTML, no links or images, no @mentions, no table or <details> breakage.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const MARKUP = /[&<>"'\\`*_{}[\]()#+\-.!|~]/g;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] as string);
}

/**
 * Inline text: HTML entities for markup characters, backslashes for markdown punctuation, a zero-width
 * joiner after `@` so `@org/team` does not notify anyone, and `:` after a scheme broken so no autolink forms.
 * Newlines become spaces: inline text never starts a new block.
 */
export function escapeMarkdown(text: string): string {
  // One pass: an entity made here (`&#39;`) must not get its `#` backslashed, or `'` shows as "&#39;".
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(MARKUP, (c) => HTML[c] ?? `\\${c}`)
    .replace(/@/g, '@\u2060')
    .replace(/\b(https?|ftp|javascript|data|vbscript|file|mailto):/gi, '$1&#58;')
    .replace(/\bwww\./gi, 'www&#46;');
}

/** Inline code that stays inert: `<code>` with escaped content (backtick spans cannot escape their content). */
export function inlineCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/** A fenced block whose fence is longer than any backtick or tilde run in the content, so it cannot be closed early. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  return `${fence}${lang.replace(/[^\w+-]/g, '')}\n${body}\n${fence}`;
}

/** A table cell: inline-escaped, pipes escaped (done by escapeMarkdown). */
export function tableCell(text: string): string {
  return escapeMarkdown(text);
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|`;
  return [head, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** `<details>` whose summary is already-safe markdown/HTML (escape untrusted parts before passing them). */
export function details(summaryHtml: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}

/** A hidden marker for finding our own comments; the key is restricted so it cannot close the comment. */
export function hiddenMarker(text: string): string {
  return `<!-- ${text.replace(/--/g, '−−').replace(/[<>]/g, '')} -->`;
}
