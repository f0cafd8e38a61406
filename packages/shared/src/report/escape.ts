/**
 * Escaping of untrusted text (resource names, branch names, tool output) by the context it lands in. GitHub
 * renders comments and job summaries with cmark-gfm (table, strikethrough, autolink, tagfilter) and then links
 * @mentions and issue references (#1, GH-1, owner/repo#1) in text outside <pre>, <code> and <a>. Each context
 * needs its own escaping, and only that:
 *
 * | context                                   | builder                         | type       |
 * |-------------------------------------------|---------------------------------|------------|
 * | markdown inline text (paragraph, list)    | escapeMarkdown                  | MdInline   |
 * | code span in markdown (copyable values)   | inlineCode                      | MdInline   |
 * | table cell                                | table() escapes the pipes       | MdBlock    |
 * | HTML block (`<summary>`, `<code>` in HTML)| htmlText, htmlCode              | HtmlText   |
 * | fenced code block                         | codeBlock                       | MdBlock    |
 * | link target                               | link                            | Inline     |
 *
 * Markdown is not parsed inside an HTML block (CommonMark "HTML blocks"), so a backslash escape there shows
 * literally: HTML text gets entities only. Text meant to be copied (addresses, output values, digests) goes in
 * code (inlineCode/htmlCode), where no mention, issue reference or autolink forms, so it is shown and copied
 * exactly. In prose, a U+2060 WORD JOINER (invisible) after `@`, `#` or `GH-` keeps mentions and references
 * from forming.
 *
 * `Inline` fragments render in both contexts, so a title used both in a list (markdown) and in a `<summary>`
 * (HTML) is built once and each container picks the right rendering.
 */

declare const context: unique symbol;
/** Inline markdown: safe in a paragraph, list item, heading or (through table()) a table cell. Never a newline. */
export type MdInline = string & { readonly [context]: 'md-inline' };
/** One or more markdown blocks (a table, a fenced code block, a <details> block). */
export type MdBlock = string & { readonly [context]: 'md-block' };
/** Content for inside an HTML element in an HTML block, where markdown is not parsed. */
export type HtmlText = string & { readonly [context]: 'html' };

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const WJ = '\u2060';

/** HTML entities for `& < > " '` (text or attribute value in HTML). Nothing else: see htmlText for prose. */
export function escapeHtml(text: string): HtmlText {
  return text.replace(/[&<>"']/g, (c) => HTML[c] as string) as HtmlText;
}

/**
 * Keeps GitHub's mention and issue-reference filters from linking: a word joiner after `@` before a name,
 * after `#` before a digit, after `GH-` before a digit. Invisible; only prose gets it, never code.
 */
function breakReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${WJ}`)
    .replace(/#(?=\d)/g, `#${WJ}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${WJ}`);
}

const oneLine = (text: string) => text.replace(/\r\n?|\n/g, ' ');

/**
 * Markdown inline text: a backslash before every ASCII punctuation character that markdown, HTML, entities,
 * tables or autolinks could use (CommonMark lets any ASCII punctuation be escaped; the reader sees the character
 * alone), references kept from linking, and newlines turned into spaces (inline text never starts a block).
 */
export function escapeMarkdown(text: string): MdInline {
  return breakReferences(oneLine(text)).replace(/[\\`*_{}[\]()#+\-.!|~<>&:$]/g, (c) => `\\${c}`) as MdInline;
}

/** A table cell's text (the same as inline text: table() escapes pipes in every cell). */
export function tableCell(text: string): MdInline {
  return escapeMarkdown(text);
}

/**
 * A code span: shown and copied exactly (no mention, reference or autolink forms in code). The backtick fence is
 * longer than any backtick run inside; a space pads content that starts or ends with a backtick or with spaces
 * at both ends (CommonMark strips one such pair). Newlines become spaces, as in any code span.
 */
export function inlineCode(text: string): MdInline {
  const body = oneLine(text);
  if (body === '') return '<code></code>' as MdInline;
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .*[^ ].* $/.test(body);
  return `${fence}${pad ? ' ' : ''}${body}${pad ? ' ' : ''}${fence}` as MdInline;
}

/** Text for inside an HTML block (`<summary>…</summary>`): entities only, references kept from linking. */
export function htmlText(text: string): HtmlText {
  return escapeHtml(breakReferences(oneLine(text)));
}

/** `<code>` for inside an HTML block: entities only, shown and copied exactly. */
export function htmlCode(text: string): HtmlText {
  return `<code>${escapeHtml(oneLine(text))}</code>` as HtmlText;
}

/** A fenced block whose fence is longer than any backtick run in the content, so it cannot be closed early. */
export function codeBlock(text: string, lang = ''): MdBlock {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  return `${fence}${lang.replace(/[^\w+-]/g, '')}\n${body}\n${fence}` as MdBlock;
}

/**
 * A GFM table. Cells are inline markdown (escapeMarkdown, inlineCode, Inline fragments, or trusted literals);
 * every `|` in them is escaped here, which GFM undoes before parsing the cell, inside code spans too (GFM spec,
 * tables: "include a pipe in a cell's content by escaping it, including inside other inline spans"). Header
 * cells must say what the column is: GitHub shows an empty header row as a blank first row.
 */
export function table(
  headers: readonly (string | Inline)[],
  rows: readonly (readonly (string | Inline)[])[],
): MdBlock {
  const cell = (c: string | Inline) => oneLine(typeof c === 'string' ? c : c.md).replace(/\|/g, '\\|');
  for (const r of rows) {
    if (r.length !== headers.length)
      throw new Error(`table: a row has ${r.length} cells for ${headers.length} columns`);
  }
  const head = `| ${headers.map(cell).join(' | ')} |\n|${headers.map(() => '---').join('|')}|`;
  return [head, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') as MdBlock;
}

/**
 * `<details>` with a summary and a markdown body. The summary is in an HTML block, where markdown is not parsed:
 * pass an Inline fragment (rendered as HTML here) or HtmlText/trusted plain text — never escapeMarkdown output.
 */
export function details(summaryHtml: string | Inline, body: string, open = false): MdBlock {
  const summary = typeof summaryHtml === 'string' ? summaryHtml : summaryHtml.html;
  return `<details${open ? ' open' : ''}><summary>${oneLine(summary)}</summary>\n\n${body}\n\n</details>` as MdBlock;
}

/** A hidden marker for finding our own comments; the key is restricted so it cannot close the comment. */
export function hiddenMarker(text: string): string {
  return `<!-- ${text.replace(/--/g, '−−').replace(/[<>]/g, '')} -->`;
}

// ---------------------------------------------------------------------------------------------------------
// Inline fragments: one piece of inline content, rendered for whichever context it ends up in.

type Part =
  | { text: string }
  | { code: string }
  | { trusted: string }
  | { strong: Inline }
  | { link: Inline; target: string }
  | Inline;

/** Inline content that knows its markdown and its HTML rendering (each computed once, on first use). */
export class Inline {
  #md: MdInline | undefined;
  #html: HtmlText | undefined;
  readonly #parts: readonly Part[];
  constructor(parts: readonly Part[]) {
    this.#parts = parts;
  }
  /** For a paragraph, list item, heading or table cell. */
  get md(): MdInline {
    return (this.#md ??= this.#parts.map(partMd).join('') as MdInline);
  }
  /** For inside an HTML block (`<summary>`). */
  get html(): HtmlText {
    return (this.#html ??= this.#parts.map(partHtml).join('') as HtmlText);
  }
  toString(): string {
    return this.md;
  }
}

function partMd(p: Part): string {
  if (p instanceof Inline) return p.md;
  if ('text' in p) return escapeMarkdown(p.text);
  if ('code' in p) return inlineCode(p.code);
  if ('strong' in p) return `**${p.strong.md}**`;
  if ('link' in p) return `[${p.link.md}](${p.target})`;
  return p.trusted;
}

function partHtml(p: Part): string {
  if (p instanceof Inline) return p.html;
  if ('text' in p) return htmlText(p.text);
  if ('code' in p) return htmlCode(p.code);
  if ('strong' in p) return `<strong>${p.strong.html}</strong>`;
  if ('link' in p) return `<a href="${escapeHtml(p.target)}">${p.link.html}</a>`;
  return p.trusted;
}

/**
 * Builds an Inline fragment: the template's literal parts are trusted plain text written in our code (no markup
 * and no `& < > * _ [ ] \` characters, so they read the same in markdown and HTML); interpolated strings are
 * untrusted text and escaped for the context; interpolated fragments (code(), strong(), link()) are inserted.
 *
 *     inline`${code(address)} will be ${verb} — ${reason}`
 */
export function inline(strings: TemplateStringsArray, ...values: (string | number | Inline)[]): Inline {
  const parts: Part[] = [];
  strings.forEach((s, i) => {
    if (s) parts.push({ trusted: s });
    if (i < values.length) {
      const v = values[i] as string | number | Inline;
      parts.push(v instanceof Inline ? v : { text: String(v) });
    }
  });
  return new Inline(parts);
}

/** Untrusted text as an Inline fragment. */
export function text(s: string): Inline {
  return new Inline([{ text: s }]);
}

/** Untrusted text shown as code (copyable exactly): a code span in markdown, `<code>` in HTML. */
export function code(s: string): Inline {
  return new Inline([{ code: s }]);
}

/** Bold. */
export function strong(x: string | Inline): Inline {
  return new Inline([{ strong: typeof x === 'string' ? text(x) : x }]);
}

/**
 * A link to an http(s) URL; any other URL (javascript:, data:, relative) is shown as text, never linked. The target
 * is percent-encoded where markdown or HTML could read a character as syntax.
 */
export function link(label: string | Inline, url: string): Inline {
  const l = typeof label === 'string' ? text(label) : label;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return l;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return l;
  const target = u.href.replace(
    /[()<>"'`\\|[\]\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return new Inline([{ link: l, target }]);
}
