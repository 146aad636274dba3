import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closedHeadingsAsMarkdown } from '../../src/parse/closed-headings.js';
import { parseIdeaFile } from '../../src/parse/index.js';

const idea = (heading: string): string =>
  `${heading}\n\nSome text about it.\n\n**Technical Difficulty:** Hard\n\n**Potential Mentors:** Jane Doe\n\n`;

// General rule: a closed heading is a heading to a reader with or without the space after its opening marks.
// CommonMark needs the space; Markdown before it (Markdown.pl, and GitHub's renderer of pages and wikis until 2017)
// did not, and wiki pages written then keep the form. Real list: MIT App Inventor's GSoC 2026 wiki page
// (`###Internationalization features for applications###`, regression-9).
describe('closed headings without a space after the marks', () => {
  it('rewrites `###Title###` as `### Title #`, keeping every line length', () => {
    const text = '###Title###\n#One#\n ##Two words##  \r\nBody\n';
    const read = closedHeadingsAsMarkdown(text);
    expect(read).toBe('### Title #\n# One\n ## Two words   \r\nBody\n');
    expect(read.length).toBe(text.length);
  });

  it('leaves open lines, unmatched marks, marks without a letter and code as written', () => {
    for (const text of [
      '#hashtag\n',
      '#include <stdio.h>\n',
      '##Title#\n',
      '###Title####\n',
      '#123#\n',
      '    ###Indented code###\n',
      '```\n###Title###\n```\n',
      '### Title ###\n',
    ])
      expect(closedHeadingsAsMarkdown(text), text).toBe(text);
  });

  it('reads such a heading as an idea heading among spaced ones', () => {
    const text = `# Projects list\n\n${idea('### ListView Component Update')}${idea('###Internationalization features###')}${idea('### Learning Management System Integrations')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => [entry.title, entry.titlePosition.start.line])).toEqual([
      ['ListView Component Update', 3],
      ['Internationalization features', 11],
      ['Learning Management System Integrations', 19],
    ]);
    expect(file.ideas[1].fields.mentors?.value).toBe('Jane Doe');
  });

  it("reads MIT App Inventor's three `###Title###` ideas (regression-9)", () => {
    const path = 'test/fixtures/regression-9/VincenzoImp__gsoc-2026-explorer__ideas__mit_app_inventor.md';
    const titles = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Internationalization features for applications',
        'Image gallery for easy options of background images',
        'UI for tracking and managing permissions used by components',
      ]),
    );
  });
});
