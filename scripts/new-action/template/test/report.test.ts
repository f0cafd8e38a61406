/** The pure parts: the cross-checks of the inputs, and the report as GitHub shows it. */
import { describe, expect, it } from '@jest/globals';
import { HOSTILE } from '@pipewright/testkit';
import { renderedProblems, renderedTables, renderLikeGitHub } from '@pipewright/testkit/render-like-github';
import { crossCheck, type ActionInputs } from '../src/config.ts';
import { renderReport } from '../src/report.ts';

const inputs = (url: string): ActionInputs => ({
  url,
  expectStatus: 200,
  timeout: 10_000,
  comment: true,
  githubToken: undefined,
});

describe('crossCheck', () => {
  it('accepts a plain URL', () => {
    expect(crossCheck(inputs('https://example.com/health'))).toEqual([]);
  });

  it('refuses credentials in the URL, which the report would show', () => {
    expect(crossCheck(inputs('https://user:pw@example.com/'))).toEqual([
      '`url` must not carry a user name or password: they would be shown in the report.',
    ]);
  });
});

describe('the report as GitHub shows it', () => {
  it('is one table: the URL, the expected status and the answer', () => {
    const md = renderReport({
      url: 'https://example.com/health',
      expected: 200,
      status: 503,
      statusText: 'Service Unavailable',
      ok: false,
    });
    // cmark-gfm with GitHub's table extension (renderLikeGitHub) turns the GFM table into one header and one row.
    expect(renderedTables(renderLikeGitHub(md).html)).toEqual([
      {
        header: ['URL', 'expected status', 'answer'],
        rows: [['https://example.com/health', '200', '503 Service Unavailable']],
      },
    ]);
  });

  it('shows untrusted text exactly and inert: no link, mention, issue reference or image', () => {
    const md = renderReport({
      url: `https://example.com/?q=${encodeURIComponent(HOSTILE)}`,
      expected: 200,
      status: 200,
      statusText: HOSTILE,
      ok: true,
    });
    expect(renderedProblems(md, { untrusted: [HOSTILE] })).toEqual([]);
  });
});
