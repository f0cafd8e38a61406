/**
 * Untrusted text that tries every way to become markup, a link, a mention or an issue reference in a GitHub
 * comment: emphasis and code markers, a heading/issue `#`, a team mention, HTML, an autolink, a javascript: URL,
 * a table pipe, a backslash, an apostrophe (HTML-escaped then markdown-escaped it used to show as &#39;).
 */
export const HOSTILE =
  "it's_a *b* #12 @org/team <b>x</b> https://x.y javascript:alert(1) | \\ GH-1 o/r#3 ~~s~~ `t`";
