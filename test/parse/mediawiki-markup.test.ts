import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { isMediaWikiMarkup, mediaWikiAsMarkdown } from '../../src/parse/mediawiki-markup.js';

// General rule: a page whose headings are MediaWiki's (`== Title ==`, several, more than Markdown's) is a wiki page
// copied into a `.md` file, and reads as MediaWiki shows it: `={n} t ={n}` a heading of depth n, `'''x'''` bold (a
// label when it opens an item), `''x''` italic, `[[target|text]]` a link. Every line keeps its length. Real list: the
// Coq wiki's GSoC page (regression-15); the rewrite of other lists into that markup (below) is the second.

const FIXTURES = new URL('../fixtures/', import.meta.url);

describe('MediaWiki markup in a Markdown file', () => {
  it('rewrites headings of each depth, bold, italic and links, keeping every line length', () => {
    const text = [
      '= Ideas =',
      '== Mentors ==',
      '===Compact===',
      '====== Six ======  \r',
      "* '''Difficulty''': ''Medium''",
      "'''Mentor:''' Jane [[https://example.org/jane|Jane's page]] and [[Main Page]]",
      "# first step with '''''both'''''",
      "** nested '''bold''' text",
      '',
    ].join('\n');
    const read = mediaWikiAsMarkdown(text);
    expect(read.split('\n')).toEqual([
      '# Ideas  ',
      '## Mentors   ',
      '### Compact  ',
      '###### Six         \r',
      '*  **Difficulty**:   *Medium* ',
      " **Mentor:**  Jane [Jane's page](https://example.org/jane)  and   Main Page  ",
      '- first step with   ***both***  ',
      ' - nested  **bold**  text',
      '',
    ]);
    expect(read.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
  });

  it('leaves a page that is not in MediaWiki markup as written', () => {
    for (const text of [
      '# Title\n\n## One ==\n\n== Only one ==\n',
      "# A\n## B\n### C\n== D ==\n== E ==\n\n* '''x'''\n",
      '=== "Tab one"\n\n    text\n\n=== "Tab two"\n',
      '```\n== Code ==\n== More ==\n```\n',
      'Title\n=====\n\nOther\n=====\n',
      "== A ===\n=== B ==\n* '''x'''\n",
    ])
      expect(mediaWikiAsMarkdown(text), text).toBe(text);
    expect(isMediaWikiMarkup('== One ==\n\n== Two ==\n')).toBe(true);
    expect(isMediaWikiMarkup('== One ==\n\n# Two\n')).toBe(false);
  });

  it('keeps unpaired quotes, apostrophes and code as written', () => {
    const text = "== A ==\n== B ==\nIt's Ruby''s open, '''x\n```\n'''code'''\n```\n";
    expect(mediaWikiAsMarkdown(text)).toBe("## A   \n## B   \nIt's Ruby''s open, '''x\n```\n'''code'''\n```\n");
  });

  it('reads hostile lines in linear time', () => {
    const long = `${'== A ==\n'.repeat(3)}=${'a='.repeat(100_000)}x\n${"''a".repeat(100_000)}\n${'[[a'.repeat(100_000)}\n`;
    const started = performance.now();
    const read = mediaWikiAsMarkdown(long);
    expect(read.length).toBe(long.length);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads ideas under wiki headings with their bold labels, on the lines they stand on', () => {
    const text = [
      '= Ideas for Summer of Code =',
      '',
      '== Mentors ==',
      '',
      'People who will mentor: Jane Doe, John Roe',
      '',
      '== Ideas ==',
      '',
      '=== Faster parser ===',
      '',
      "* '''Description''': Rewrite the parser so that it streams input and uses far less memory on large files.",
      '',
      "* '''Requisites''': OCaml: ''High''",
      '',
      "* '''Difficulty''': Medium",
      '',
      "* '''Mentor''': Jane Doe <jane@example.org>",
      '',
      '===Web playground===',
      '',
      "* '''Description''': A page where people try the language in the browser, with examples and sharing.",
      '',
      "* '''Requisites''': JavaScript",
      '',
      "* '''Difficulty''': Hard",
      '',
      "* '''Possible Mentor''': John Roe",
      '',
    ].join('\r\n');
    const file = parseIdeaFile('GoogleSummerOfCode.md', text);
    expect(file.ideas.map((idea) => [idea.title, idea.titlePosition.start.line, idea.section])).toEqual([
      ['Faster parser', 9, ['Ideas']],
      ['Web playground', 19, ['Ideas']],
    ]);
    const [first, second] = file.ideas;
    expect(first.fields.difficulty?.value).toBe('Medium');
    // The label's words keep their columns; its `**` stands where the third quote did (`'''` → ` **`).
    expect(first.fields.difficulty?.labelPosition.start).toMatchObject({ line: 15, column: 4 });
    expect(first.fields.skills?.value).toContain('OCaml');
    expect(first.fields.mentors?.value).toBe('Jane Doe <jane@example.org>');
    expect(second.fields.difficulty?.value).toBe('Hard');
    expect(second.fields.mentors?.value).toBe('John Roe');
    // Titles keep their columns (a spaced heading) or move right by one (`===Title===`).
    expect(first.titlePosition.start.column).toBe(5);
    expect(second.titlePosition.start.column).toBe(5);
  });

  it('reads the Coq wiki page (regression-15): its ten ideas, not its template', () => {
    const path = 'regression-15/mullr__wiki__GoogleSummerOfCode.md';
    const file = parseIdeaFile(path, readFileSync(new URL(path, FIXTURES), 'utf8'));
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([
      25, 35, 45, 56, 67, 77, 90, 103, 113, 123,
    ]);
    expect(file.ideas[0].title).toBe('JsCoq library and option management');
    expect(file.ideas[0].fields.difficulty?.value).toBe('Medium');
    expect(file.ideas[0].fields.mentors?.value).toBe('Emilio J. Gallego');
  });

  // Other lists, their Markdown headings written as MediaWiki's and their bold labels as `'''Label'''`: the same ideas
  // on the same lines, with the same fields.
  it.each([
    'regression-11/invesalius__gsoc__gsoc_2025_ideas.md',
    'regression-10/camicroscope__GSOC__README.md',
    'regression-11/VincenzoImp__gsoc-2026-explorer__ideas__kornia.md',
  ])('reads %s written in MediaWiki markup as its Markdown', (path) => {
    const text = readFileSync(new URL(path, FIXTURES), 'utf8');
    const wiki = asWikiMarkup(text);
    expect(wiki).not.toBe(text);
    expect(isMediaWikiMarkup(wiki)).toBe(true);
    const summary = (source: string) =>
      parseIdeaFile('ideas.md', source).ideas.map((idea) => ({
        title: idea.title,
        line: idea.titlePosition.start.line,
        fields: Object.keys(idea.fields).sort(),
        difficulty: idea.fields.difficulty?.value,
      }));
    const original = summary(text);
    expect(original.length).toBeGreaterThan(1);
    expect(summary(wiki)).toEqual(original);
  });
});

/** `text`'s ATX headings written as MediaWiki's (`## T` → `== T ==`) and its bold (`**x**` → `'''x'''`), outside code. */
function asWikiMarkup(text: string): string {
  let fence = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fence = !fence;
      if (fence || /^\s*(```|~~~)/.test(line)) return line;
      const heading = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*(\r?)$/.exec(line);
      if (heading)
        return `${'='.repeat(heading[1].length)} ${heading[2]} ${'='.repeat(heading[1].length)}${heading[3]}`;
      return line.replace(/\*\*([^*\n]+?)\*\*/g, "'''$1'''");
    })
    .join('\n');
}
