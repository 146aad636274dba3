import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

// General rule: an empty ATX heading (its marks alone on a line) directly followed by a one-line paragraph is that
// heading: same depth, the paragraph's text, on the paragraph's line. A scraper writing `<h2>` as `##` plus the
// element's line break produces it (UN OICT's GSoC page, regression-15).

const FIXTURES = new URL('../fixtures/', import.meta.url);

const body = (difficulty: string, mentor: string): string =>
  `Some words on what the project is and why it matters to the users of the tool.\n\n` +
  `**Difficulty:** ${difficulty}\n\n**Mentors:** ${mentor}\n\n`;

describe('heading marks alone on their line', () => {
  it.each([
    ['##', '###', 2],
    ['###', '####', 3],
    ['#', '##', 1],
  ])('reads `%s` ⏎ title as a heading of its depth, its fields under `%s` ⏎ label headings', (marks, inner, depth) => {
    const text =
      `${marks}\nFaster parser\n\n${body('Hard', 'Jane Doe')}` +
      `${marks}\nWeb playground: try it online\n\n${body('Easy', 'John Roe')}${inner}\nExpected outcomes\n\nA playground page.\n`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => [idea.title, idea.titlePosition.start.line])).toEqual([
      ['Faster parser', 2],
      ['Web playground: try it online', 11],
    ]);
    expect(file.ideas[1].fields.outcomes?.value).toBe('A playground page.');
    expect(file.ideas[1].fields.difficulty?.value).toBe('Easy');
    const heading = file.tree.children.find((node) => node.type === 'heading');
    expect(heading).toMatchObject({ depth });
  });

  it('keeps marks before a blank line, a paragraph of several lines or a list as CommonMark reads them', () => {
    for (const text of ['##\n\nTitle\n', '##\nTitle\nmore text\n', '##\n- item\n', '##\n### Title\n']) {
      const file = parseIdeaFile('ideas.md', text);
      const empty = file.tree.children[0];
      expect(empty.type, text).toBe('heading');
      expect('children' in empty && empty.children.length, text).toBe(0);
    }
  });

  it("reads UN OICT's two ideas (regression-15)", () => {
    const path =
      'regression-15/VincenzoImp__gsoc-2026-explorer__ideas__united_nations_office_of_information_communication_technology.md';
    const file = parseIdeaFile(path, readFileSync(new URL(path, FIXTURES), 'utf8'));
    const titles = file.ideas.map((idea) => idea.title);
    expect(titles).toContain('FireForm: An Open Source “Report Once, File Everywhere” System for First Responders');
    expect(titles).toContain(
      'OG–CLEWS: Integrating Open-Source Economic and Environmental Models for Sustainable Development',
    );
    const fireForm = file.ideas.find((idea) => idea.title.startsWith('FireForm'));
    expect(fireForm?.titlePosition.start.line).toBe(97);
    expect(fireForm?.fields.mentors?.value).toContain('Marc Verges');
  });
});

// General rule (headings.ts: ROLE_LINE, LINK_PHRASE): a line naming one of an idea's numbered contributor roles
// (`**Contributor 2: … Estimated effort: 175–350 hours**`) and a link's generic words alone (`[Learn more.](…)`) are
// never an idea's title, whatever the page's structure. UN OICT's page with its heading markers dropped (the titles
// left as plain lines, as another scraper writes them) shows both as the bold and link lines a headless page reads.
describe('role lines and link phrases on a page without headings', () => {
  it("reads neither UN OICT's `Learn more.` nor its `Contributor 2: …` line as an idea", () => {
    const path =
      'regression-15/VincenzoImp__gsoc-2026-explorer__ideas__united_nations_office_of_information_communication_technology.md';
    const text = readFileSync(new URL(path, FIXTURES), 'utf8').replace(/^#{1,6}$/gm, '');
    const titles = parseIdeaFile(path, text).ideas.map((idea) => idea.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((title) => /^(?:Learn more|Contributor \d)/.test(title))).toEqual([]);
  });
});
