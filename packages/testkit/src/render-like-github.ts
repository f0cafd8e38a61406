/**
 * What GitHub shows for a comment or job summary: the markdown rendered by the real `cmark-gfm` (Debian
 * package `cmark-gfm`, GitHub's fork of cmark) with the extensions GitHub enables (table, strikethrough,
 * autolink, tagfilter) and raw HTML allowed, then sanitized the way GitHub's html-pipeline SanitizationFilter
 * does (its element/attribute/protocol allowlist), then the text a reader sees, and what in it is live: links,
 * images, @mentions and issue references (GitHub links those in text outside <pre>, <code> and <a>).
 *
 * Test-only: never imported by an action (nothing here reaches dist/).
 */
import { spawnSync } from 'node:child_process';

export interface RenderOptions {
  /** Issue and PR comments turn single newlines into <br> (GitHub's comment rendering); default false. */
  hardBreaks?: boolean;
}

export interface GitHubRendering {
  /** The sanitized HTML, as GitHub would serve it. */
  html: string;
  /** The text a reader sees: one line per block, table cells separated by a tab, comments and scripts gone. */
  text: string;
  /** The HTML cmark-gfm produced, before sanitizing (to check that <details> tags are balanced). */
  rawHtml: string;
}

const EXTENSIONS = ['table', 'strikethrough', 'autolink', 'tagfilter'];

/** Renders markdown as GitHub does. Throws, naming the package, when cmark-gfm is not installed. */
export function renderLikeGitHub(markdown: string, opts: RenderOptions = {}): GitHubRendering {
  const args = [
    '--unsafe',
    ...EXTENSIONS.flatMap((e) => ['-e', e]),
    ...(opts.hardBreaks ? ['--hardbreaks'] : []),
  ];
  const r = spawnSync('cmark-gfm', args, {
    input: markdown,
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? 'cmark-gfm is not installed: the rendered-text tests need GitHub\'s markdown renderer. Install the Debian package "cmark-gfm" (apt-get install cmark-gfm), or run scripts/provision.sh.'
        : `cmark-gfm could not run: ${r.error.message}`,
    );
  }
  if (r.status !== 0) throw new Error(`cmark-gfm exited with ${r.status}: ${r.stderr}`);
  const rawHtml = r.stdout;
  const tree = sanitize(parseHtml(rawHtml));
  return { html: serialize(tree).trim(), text: visibleText(tree), rawHtml };
}

// ---------------------------------------------------------------------------------------------------------
// A small, tolerant HTML parser: enough for cmark-gfm's output plus the raw HTML a report may carry.

export interface ElementNode {
  type: 'element';
  name: string;
  attrs: [string, string][];
  children: HtmlNode[];
}
export interface TextNode {
  type: 'text';
  /** Decoded text. */
  text: string;
}
export type HtmlNode = ElementNode | TextNode;

const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'link',
  'meta',
  'source',
]);
/** Elements whose content is raw text up to their end tag (HTML's raw-text and escapable raw-text elements). */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'iframe',
  'xmp',
  'noembed',
  'noframes',
  'noscript',
]);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  times: '×',
  rarr: '→',
  larr: '←',
};

/** Decodes character references as a browser does for the common cases (numeric, and the names above). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
    }
    return NAMED[ref] ?? m;
  });
}

function parseAttrs(src: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const m of src.matchAll(re)) {
    out.push([(m[1] as string).toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  }
  return out;
}

export function parseHtml(html: string): HtmlNode[] {
  const root: ElementNode = { type: 'element', name: '#root', attrs: [], children: [] };
  const stack: ElementNode[] = [root];
  const top = () => stack[stack.length - 1] as ElementNode;
  const addText = (raw: string, decode = true) => {
    if (!raw) return;
    const text = decode ? decodeEntities(raw) : raw;
    const last = top().children[top().children.length - 1];
    if (last?.type === 'text') last.text += text;
    else top().children.push({ type: 'text', text });
  };
  const tag =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/([A-Za-z][A-Za-z0-9-]*)\s*>|<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
  let pos = 0;
  for (;;) {
    tag.lastIndex = pos;
    const m = tag.exec(html);
    if (!m) break;
    addText(html.slice(pos, m.index));
    pos = m.index + m[0].length;
    const [, endName, startName, attrSrc = '', selfClose] = m;
    if (endName) {
      const name = endName.toLowerCase();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at; // a stray end tag is ignored, as a browser does
    } else if (startName) {
      const name = startName.toLowerCase();
      const el: ElementNode = { type: 'element', name, attrs: parseAttrs(attrSrc), children: [] };
      top().children.push(el);
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}\\s*>`, 'ig');
        close.lastIndex = pos;
        const c = close.exec(html);
        const end = c ? c.index : html.length;
        el.children.push({ type: 'text', text: html.slice(pos, end) });
        pos = c ? c.index + c[0].length : html.length;
      } else if (!VOID.has(name) && !selfClose) {
        stack.push(el);
      }
    }
    // comments, doctypes, processing instructions and CDATA show nothing
  }
  addText(html.slice(pos));
  return root.children;
}

// ---------------------------------------------------------------------------------------------------------
// GitHub's sanitizer: html-pipeline's SanitizationFilter allowlist (lib/html/pipeline/sanitization_filter.rb).

const ALLOWED_ELEMENTS = new Set(
  (
    'h1 h2 h3 h4 h5 h6 h7 h8 br b i strong em a pre code img tt div ins del sup sub p ol ul table thead tbody ' +
    'tfoot blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike summary details'
  ).split(' '),
);
/** Removed with everything inside (the Sanitize gem's default remove_contents set). */
const REMOVE_CONTENTS = new Set([
  'script',
  'style',
  'iframe',
  'math',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'svg',
  'xmp',
]);
const ALLOWED_ATTRS: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'longdesc'],
  div: ['itemscope', 'itemtype'],
  blockquote: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  q: ['cite'],
};
const ALL_ATTRS = new Set(
  (
    'abbr accept accept-charset accesskey action align alt axis border cellpadding cellspacing char charoff ' +
    'charset checked clear cols colspan color compact coords datetime dir disabled enctype for frame headers ' +
    'height hreflang hspace ismap label lang maxlength media method multiple name nohref noshade nowrap open ' +
    'prompt readonly rel rev rows rowspan rules scope selected shape size span start summary tabindex target ' +
    'title type usemap valign value vspace width itemprop'
  ).split(' '),
);
const URL_ATTRS: Record<string, string[]> = {
  href: ['http', 'https', 'mailto', 'github-windows', 'github-mac'],
  src: ['http', 'https'],
  longdesc: ['http', 'https'],
  cite: ['http', 'https'],
};

/** A URL's scheme as the Sanitize gem sees it (control characters and whitespace ignored), or 'relative'. */
function scheme(url: string): string {
  // eslint-disable-next-line no-control-regex
  const m = /^([^/?#]*?):/.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''));
  return m ? (m[1] as string).toLowerCase() : 'relative';
}

function sanitizeNodes(nodes: HtmlNode[], ancestors: string[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const n of nodes) {
    if (n.type === 'text') {
      out.push(n);
      continue;
    }
    if (REMOVE_CONTENTS.has(n.name)) continue;
    const children = sanitizeNodes(n.children, [...ancestors, n.name]);
    const inTable = ancestors.includes('table');
    const inList = ancestors.includes('ul') || ancestors.includes('ol');
    const unwrap =
      !ALLOWED_ELEMENTS.has(n.name) ||
      (['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'].includes(n.name) && !inTable) ||
      (n.name === 'li' && !inList);
    if (unwrap) {
      out.push(...children);
      continue;
    }
    const attrs = n.attrs.filter(([k, v]) => {
      if (!(ALLOWED_ATTRS[n.name]?.includes(k) || ALL_ATTRS.has(k))) return false;
      const schemes = URL_ATTRS[k];
      if (!schemes) return true;
      const s = scheme(v);
      return s === 'relative' || schemes.includes(s);
    });
    out.push({ type: 'element', name: n.name, attrs, children });
  }
  return out;
}

export function sanitize(nodes: HtmlNode[]): HtmlNode[] {
  return sanitizeNodes(nodes, []);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function serialize(nodes: HtmlNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return escapeText(n.text);
      const attrs = n.attrs.map(([k, v]) => ` ${k}="${escapeText(v).replace(/"/g, '&quot;')}"`).join('');
      if (VOID.has(n.name)) return `<${n.name}${attrs}>`;
      return `<${n.name}${attrs}>${serialize(n.children)}</${n.name}>`;
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------------------
// What a reader sees, and what in it is live.

const BLOCK = new Set(
  'p div h1 h2 h3 h4 h5 h6 h7 h8 ul ol li table thead tbody tfoot tr pre blockquote details summary hr dl dt dd'.split(
    ' ',
  ),
);

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** The visible text: blocks on lines of their own, whitespace collapsed outside <pre>, table cells tab-separated. */
export function visibleText(nodes: HtmlNode[]): string {
  let out = '';
  const newline = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const walk = (ns: HtmlNode[], pre: boolean, tableRow = false) => {
    for (const n of ns) {
      if (n.type === 'text') {
        if (tableRow && n.text.trim() === '') continue; // whitespace between table tags is not shown
        out += pre ? n.text : n.text.replace(/[ \t\n\r\f]+/g, ' ');
        continue;
      }
      if (n.name === 'br') {
        out += '\n';
        continue;
      }
      if (n.name === 'img') {
        out += n.attrs.find(([k]) => k === 'alt')?.[1] ?? '';
        continue;
      }
      if (n.name === 'td' || n.name === 'th') {
        if (!out.endsWith('\n') && out !== '') out += '\t';
        walk(n.children, pre);
        continue;
      }
      const block = BLOCK.has(n.name);
      if (block) newline();
      walk(n.children, pre || n.name === 'pre', TABLE_PARTS.has(n.name));
      if (block) newline();
    }
  };
  walk(nodes, false);
  return out
    .split('\n')
    .map((l) => l.replace(/^ +| +$/g, '').replace(/ *\t */g, '\t'))
    .filter((l) => l !== '')
    .join('\n');
}

function elements(nodes: HtmlNode[], name: string): ElementNode[] {
  const found: ElementNode[] = [];
  const walk = (ns: HtmlNode[]) => {
    for (const n of ns) {
      if (n.type !== 'element') continue;
      if (n.name === name) found.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return found;
}

const attr = (el: ElementNode, name: string) => el.attrs.find(([k]) => k === name)?.[1];

export interface LiveLink {
  href: string;
  text: string;
}

/** Links a reader can click: <a> elements that kept an href through sanitizing. */
export function liveLinks(html: string): LiveLink[] {
  return elements(parseHtml(html), 'a')
    .filter((a) => attr(a, 'href') !== undefined)
    .map((a) => ({ href: attr(a, 'href') as string, text: visibleText(a.children) }));
}

/** Images GitHub would load (through its camo proxy): <img> elements that kept a src. */
export function liveImages(html: string): string[] {
  return elements(parseHtml(html), 'img')
    .map((i) => attr(i, 'src'))
    .filter((s): s is string => s !== undefined);
}

/** Text nodes GitHub's mention and issue-reference filters look at: not inside pre, code or a. */
function linkableText(nodes: HtmlNode[]): string[] {
  const out: string[] = [];
  const walk = (ns: HtmlNode[]) => {
    for (const n of ns) {
      if (n.type === 'text') out.push(n.text);
      else if (!['pre', 'code', 'a', 'style', 'script'].includes(n.name)) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * @mentions GitHub would link: `@user` (html-pipeline's MentionFilter pattern) and `@org/team`, preceded by
 * the start of a text node or a non-word character, outside pre/code/a.
 */
export function liveMentions(html: string): string[] {
  const re = /(?:^|[^\w`])@([a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9_-]*)?)/gi;
  return linkableText(parseHtml(html)).flatMap((t) => [...t.matchAll(re)].map((m) => `@${m[1]}`));
}

/**
 * Issue and pull-request references GitHub would link outside pre/code/a ("Autolinked references and URLs" in
 * GitHub's docs): `#123`, `GH-123`, `owner/repo#123`.
 */
export function liveIssueRefs(html: string): string[] {
  const re = /(?:^|[^\w&])((?:[\w.-]+\/[\w.-]+)?#\d+|GH-\d+)\b/gi;
  return linkableText(parseHtml(html)).flatMap((t) => [...t.matchAll(re)].map((m) => m[1] as string));
}

export interface RenderedTable {
  header: string[];
  rows: string[][];
}

/** Every table's header and body cells, as visible text. */
export function renderedTables(html: string): RenderedTable[] {
  const cells = (tr: ElementNode) =>
    tr.children
      .filter((c): c is ElementNode => c.type === 'element' && (c.name === 'td' || c.name === 'th'))
      .map((c) => visibleText(c.children));
  return elements(parseHtml(html), 'table').map((t) => {
    const head = elements(t.children, 'thead')[0];
    const body = elements(t.children, 'tbody')[0];
    return {
      header: head ? cells(elements(head.children, 'tr')[0] as ElementNode) : [],
      rows: body ? elements(body.children, 'tr').map(cells) : [],
    };
  });
}

/** <details> start and end tags in cmark-gfm's output (raw HTML passes through as written). */
export function detailsTags(rawHtml: string): { opened: number; closed: number } {
  return {
    opened: (rawHtml.match(/<details[\s>]/gi) ?? []).length,
    closed: (rawHtml.match(/<\/details\s*>/gi) ?? []).length,
  };
}

/** Text with the invisible characters a renderer may add to keep text inert (U+2060 WORD JOINER, ZWSP, ZWJ). */
export function withoutInvisible(text: string): string {
  return text.replace(/[\u2060\u200b\u200d]/g, '');
}

export interface ReportCheck {
  /** Untrusted strings put into the report: each must be shown exactly (invisible joiners aside). */
  untrusted: readonly string[];
  /** The hrefs of links the report may have (run links, file links); any other live link is a problem. */
  links?: readonly (string | RegExp)[];
}

/**
 * Everything wrong with what GitHub shows for a report, as sentences (an empty list means clean):
 * a live mention, issue reference or image; a link not in `links`; unbalanced <details>; an untrusted string not
 * shown exactly; a backslash or character reference left in the visible text outside the untrusted strings.
 */
export function renderedProblems(markdown: string, check: ReportCheck): string[] {
  const r = renderLikeGitHub(markdown);
  const problems: string[] = [];
  for (const m of liveMentions(r.html)) problems.push(`live mention ${m}`);
  for (const ref of liveIssueRefs(r.html)) problems.push(`live issue reference ${ref}`);
  for (const src of liveImages(r.html)) problems.push(`live image ${src}`);
  for (const l of liveLinks(r.html))
    if (!(check.links ?? []).some((a) => (typeof a === 'string' ? a === l.href : a.test(l.href))))
      problems.push(`live link ${l.href} ("${l.text}")`);
  const d = detailsTags(r.rawHtml);
  if (d.opened !== d.closed) problems.push(`<details> opened ${d.opened} times, closed ${d.closed} times`);
  let text = withoutInvisible(r.text);
  const longestFirst = [...new Set(check.untrusted)].sort((a, b) => b.length - a.length);
  for (const u of longestFirst) {
    if (!text.includes(u)) problems.push(`not shown exactly: ${JSON.stringify(u)}`);
    text = text.split(u).join(' ');
  }
  const stray = text.match(/\\|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi);
  if (stray) problems.push(`stray escapes in the visible text: ${[...new Set(stray)].join(' ')}`);
  return problems;
}

/** The lines a reader sees for a report (invisible joiners removed): for assertions on what GitHub shows. */
export function shownLines(markdown: string): string[] {
  return withoutInvisible(renderLikeGitHub(markdown).text).split('\n');
}
