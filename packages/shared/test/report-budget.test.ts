import { describe, expect, it } from '@jest/globals';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  itemsSection,
  renderDocument,
  utf8Bytes,
  type DocumentParts,
} from '../src/report/document.ts';
import { escapeMarkdown, codeBlock, details, htmlCode } from '../src/report/escape.ts';
import {
  detailsTags,
  liveImages,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';

interface Change {
  address: string;
  diff: string;
}

const HOSTILE = ['<img src=x onerror=alert(1)>', '@org/team', '[x](javascript:alert(1))', '</details>'];

function bigReport(n: number, diffSize: number): DocumentParts {
  const changes: Change[] = Array.from({ length: n }, (_, i) => ({
    address: `aws_instance.web["${HOSTILE[i % HOSTILE.length]}-${i}"]`,
    diff: `~ tags.Name = "${'x'.repeat(diffSize)}"\n</details>\n@org/team`,
  }));
  return {
    header: '## Plan: 3 to add',
    sections: [
      itemsSection<Change>({
        heading: '### Changes',
        items: changes,
        what: 'resource changes',
        counts: () => `${changes.length.toLocaleString('en-US')} resources change.`,
        renderItem: (c, level) =>
          level === 'full'
            ? details(htmlCode(c.address), codeBlock(c.diff, 'diff'))
            : level === 'condensed'
              ? `- ${escapeMarkdown(c.address)}: tags.Name`
              : `- ${escapeMarkdown(c.address)}`,
      }),
    ],
    omittedNote: (o) => `_Left out: ${o.join('; ')}. The full plan is in the job summary._`,
  };
}

describe('renderDocument', () => {
  it('keeps a small report whole', () => {
    const r = renderDocument(bigReport(3, 10), COMMENT_LIMIT);
    expect(r.levels).toEqual(['full']);
    expect(r.omitted).toEqual([]);
    expect(r.text.match(/<details>/g)).toHaveLength(3);
  });

  it('renders 10 MB of content within 65,536 characters as a comment, saying what was left out', () => {
    const doc = bigReport(10_000, 1000); // ~10 MB of diff text
    const r = renderDocument(doc, COMMENT_LIMIT);
    expect(r.text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(r.levels).toEqual(['list']);
    const listed = (r.text.match(/^- /gm) ?? []).length;
    expect(listed).toBeGreaterThan(100);
    expect(r.omitted).toEqual([
      `details of resource changes, and ${(10_000 - listed).toLocaleString('en-US')} resource changes`,
    ]);
    expect(r.text).toContain(`…and ${(10_000 - listed).toLocaleString('en-US')} more`);
    expect(r.text).toContain('The full plan is in the job summary.');
  });

  it('renders the same report within 1 MiB as a summary', () => {
    const r = renderDocument(bigReport(10_000, 1000), SUMMARY_LIMIT, utf8Bytes);
    expect(utf8Bytes(r.text)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(r.levels).toEqual(['condensed']);
    expect(r.omitted).toEqual(['details of resource changes']);
    expect((r.text.match(/^- /gm) ?? []).length).toBe(10_000);
  });

  it('falls back to counts when even the list does not fit', () => {
    const r = renderDocument(bigReport(10_000, 10), 300);
    expect(r.levels).toEqual(['list']);
    expect(r.text.length).toBeLessThanOrEqual(300 + 200);
  });

  it('keeps hostile names inert at every level', () => {
    for (const limit of [COMMENT_LIMIT, 20_000, 3_000]) {
      const r = renderDocument(bigReport(500, 50), limit);
      // what GitHub shows (cmark-gfm + GitHub's sanitizer): nothing live, every address exactly, <details> balanced
      const shown = renderLikeGitHub(r.text);
      expect([liveLinks(shown.html), liveImages(shown.html), liveMentions(shown.html)]).toEqual([[], [], []]);
      const { opened, closed } = detailsTags(shown.rawHtml);
      expect(closed).toBe(opened);
      const lines = withoutInvisible(shown.text).split('\n');
      expect(lines).toContain(
        `aws_instance.web["${HOSTILE[0]}-0"]${r.levels[0] === 'condensed' ? ': tags.Name' : ''}`,
      );
      expect(lines).toContain(
        `aws_instance.web["${HOSTILE[2]}-2"]${r.levels[0] === 'condensed' ? ': tags.Name' : ''}`,
      );
    }
  });
});
