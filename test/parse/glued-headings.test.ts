import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gluedHeadingsAsLines } from '../../src/parse/glued-headings.js';
import { parseIdeaFile } from '../../src/parse/index.js';

// A heading glued to the end of the line before it by a scraper's HTML-to-Markdown conversion (Kiwix, regression-11:
// `…(https://github.com/openzim/wp1)## Hermetic Test Suite for MWoffliner`). The grammar: a character that is neither
// space nor `#` (nor part of a URL, an entity or a comment), two to six `#`, a space and a title-like run (capital or
// digit first, no markup, links or HTML, at most twelve words) to the line's end, outside code and comments, in a file
// with headings of that depth at the start of their lines.
const page = (glued: string) =>
  [
    '# Ideas',
    '',
    '## First idea',
    '',
    'A description of the first idea, long enough to read as one.',
    '',
    `**Mentors:** Jane Doe (jane@example.org)${glued}`,
    '',
    'A description of the second idea, long enough to read as one.',
    '',
    '**Mentors:** Bob Stone (bob@example.org)',
    '',
  ].join('\n');

describe('a heading glued to the end of a line', () => {
  it('reads it as a heading on that line, its depth and the lines kept', () => {
    const file = parseIdeaFile('ideas.md', page('## Second idea'));
    expect(file.ideas.map((idea) => [idea.title, idea.titlePosition.start.line])).toEqual([
      ['First idea', 3],
      ['Second idea', 7],
    ]);
    expect(file.ideas.map((idea) => idea.fields.mentors?.value)).toEqual([
      'Jane Doe (jane@example.org)',
      'Bob Stone (bob@example.org)',
    ]);
    // The tree keeps the source's lines: the paragraph after the heading is on line 9, as in the file.
    const heading = file.tree.children.find((node) => node.type === 'heading' && node.position?.start.line === 7);
    expect(heading).toMatchObject({ depth: 2 });
    expect(file.text).toContain(')## Second idea');
  });

  it.each([
    ['after a closing bracket', ']## Second idea'],
    ['after a letter', 'x## Second idea'],
    ['after a full stop', '.## Second idea'],
  ])('reads it %s', (_, glued) => {
    expect(parseIdeaFile('ideas.md', page(glued)).ideas.map((idea) => idea.title)).toEqual([
      'First idea',
      'Second idea',
    ]);
  });

  it.each([
    ['one `#`', 'C# Second idea', 'Second idea'],
    ['a depth no heading of the file has', '#### Second idea', 'Second idea'],
    ['a lower-case run', '## second idea', 'second idea'],
    [
      'a long run of prose',
      '## Second idea that goes on and on for far more words than any title has at all',
      'Second',
    ],
    ['a link in the run', '## Second [idea](https://example.org)', 'Second'],
    ['a space before the marks', ' ## Second idea', 'Second idea'],
  ])('leaves %s as text', (_, glued, title) => {
    const file = parseIdeaFile('ideas.md', page(glued));
    expect(file.ideas.map((idea) => idea.title)).toEqual(['First idea']);
    expect(file.ideas[0].fields.mentors?.value).toContain(title);
  });

  it('leaves code, comments and URLs alone', () => {
    const text = [
      '## A',
      '',
      '```',
      'x## Not a heading',
      '```',
      '<!---### Hybrid Fuzzing-->',
      'See https://example.org/page## Anchor',
      '`a## B`',
    ].join('\n');
    expect(gluedHeadingsAsLines(text).headings.size).toBe(0);
  });

  it("reads Kiwix's four ideas, three of them glued to the line before (regression-11)", () => {
    const path = 'test/fixtures/regression-11/VincenzoImp__gsoc-2026-explorer__ideas__kiwix.md';
    const file = parseIdeaFile(path, readFileSync(path, 'utf8'));
    expect(file.ideas.map((idea) => [idea.title, idea.titlePosition.start.line])).toEqual([
      ['WP1 Combinator Builder', 15],
      ['Hermetic Test Suite for MWoffliner', 29],
      ['Refactor MWoffliner Core Architecture', 33],
      ['Testing and Reliability Engineering for Kiwix-Android', 37],
    ]);
    expect(file.ideas.map((idea) => idea.fields.size?.value)).toEqual([
      'Small (about 90 hours of work)',
      'Medium (150-175 hrs in total)',
      'Long (350 hours)',
      'Long (350 hours)',
    ]);
  });
});
