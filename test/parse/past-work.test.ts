import { describe, expect, it } from 'vitest';
import { FINISHED_MARK, PAST_WORK_WORD, isPastSection } from '../../src/parse/past-work.js';
import { parseIdeaFile } from '../../src/parse/index.js';

const idea = (heading: string): string =>
  `${heading}\n\nSome text about it.\n\n- Difficulty: Medium\n- Mentors: Jane Doe\n\n`;

// One vocabulary of past work for headings.ts (finished groups, past sections) and lead-in-items.ts (a list of work
// done). Real lists: Wagtail's `## 2021 projects (done)` (regression-6), CNCF's `## Accepted Projects` (regression).
describe('the words of past work', () => {
  it('marks a finished group only by a mark in brackets for `done` and `closed`', () => {
    const mark = new RegExp(`${FINISHED_MARK}$`, 'i');
    for (const title of ['2021 projects (done)', 'Projects (completed)', 'Ideas (closed)', 'Ideas (finished)'])
      expect(mark.test(title), title).toBe(true);
    expect(PAST_WORK_WORD.test('Projects to be done')).toBe(false);
    expect(PAST_WORK_WORD.test('Closed-loop control projects')).toBe(false);
  });

  it('knows a word of past work anywhere in a title', () => {
    for (const title of ['Accepted projects 2023', 'Completed ideas', 'Former projects', 'Archived ideas', 'Archive'])
      expect(PAST_WORK_WORD.test(title), title).toBe(true);
    expect(PAST_WORK_WORD.test('Web projects')).toBe(false);
  });

  it('knows a section of past work as a whole, with the same words', () => {
    for (const title of ['Accepted projects', '2. Past projects:', 'Previous projects', 'Previous years', 'Archive'])
      expect(isPastSection(title), title).toBe(true);
    for (const title of ['Past projects of Jane', 'Project ideas', 'Archive format support'])
      expect(isPastSection(title), title).toBe(false);
  });

  it('keeps the ideas under a past section as ideas of that section, the section none', () => {
    const text = `# Org\n\n## Previous projects\n\n${idea('### Old parser')}${idea('### Old docs')}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => [entry.title, entry.section])).toEqual([
      ['Old parser', ['Previous projects']],
      ['Old docs', ['Previous projects']],
    ]);
  });
});
