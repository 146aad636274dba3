import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINISHED_MARK, PAST_WORK_WORD, isDatedRecord, isPastSection } from '../../src/parse/past-work.js';
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

  // A word may qualify the section or its projects: Graphite's `## Successful past projects` (regression-9) and
  // Libreswan's `## Previous Student projects` (regression-5).
  it('knows a past section qualified by a word before it or before its projects', () => {
    for (const title of ['Successful past projects', 'Previous Student projects', 'Our accepted GSoC projects'])
      expect(isPastSection(title), title).toBe(true);
    for (const title of ['Successful projects', 'Past and future projects', 'Projects of the past year'])
      expect(isPastSection(title), title).toBe(false);
  });

  it('knows a title dated by a year before its name', () => {
    for (const title of ['2023: Bezier-rs library', '2022 – Path boolean operations', '2019-Data export'])
      expect(isDatedRecord(title), title).toBe(true);
    for (const title of ['Bezier-rs library 2023', '2023 roadmap', 'Support HTTP/2: push'])
      expect(isDatedRecord(title), title).toBe(false);
  });

  // General rule: under a section of past work, a heading dated by a year is the record of that year's project, not an
  // idea offered now. Real list: Graphite's `## Successful past projects` ⏎ `### 2023: Bezier-rs library` ⏎
  // `Duration: 9 months` (regression-9).
  it('reads headings dated by a year under a past section as past work, its undated ideas still ideas', () => {
    const text = `# Projects\n\n## Project idea list\n\n${idea('### Node graph auto layout')}${idea('### Animation system')}## Successful past projects\n\n${idea('### 2023: Bezier-rs library')}${idea('### 2022: Backend layout system')}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title)).toEqual([
      'Node graph auto layout',
      'Animation system',
    ]);
    const undated = `# Org\n\n## Successful past projects\n\n${idea('### Old parser')}${idea('### Old docs')}`;
    expect(parseIdeaFile('ideas.md', undated).ideas.map((entry) => entry.title)).toEqual(['Old parser', 'Old docs']);
  });

  it('keeps ideas dated by a year outside any past section', () => {
    const text = `# Org\n\n## Ideas\n\n${idea('### 2025: Faster parser')}${idea('### 2025: Better docs')}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title)).toEqual([
      '2025: Faster parser',
      '2025: Better docs',
    ]);
  });

  it("reads none of Graphite's successful past projects as ideas (regression-9)", () => {
    const path =
      'test/fixtures/regression-9/GraphiteEditor__Graphite__website__content__volunteer__guide__projects__student-projects.md';
    const titles = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title);
    expect(titles.filter((title) => /^20\d\d:/.test(title))).toEqual([]);
    expect(titles).toContain('Animation system');
  });

  it('keeps the ideas under a past section as ideas of that section, the section none', () => {
    const text = `# Org\n\n## Previous projects\n\n${idea('### Old parser')}${idea('### Old docs')}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => [entry.title, entry.section])).toEqual([
      ['Old parser', ['Previous projects']],
      ['Old docs', ['Previous projects']],
    ]);
  });
});

// General rule: a report on the work once done, as a whole (`Case study`: the report every Google Season of Docs
// organisation publishes at the end of its project; `Final report`, `Retrospective`), is past work, no idea. Real list:
// ExpressLRS's GSoD page, whose `## Case study` gives the finished project's budget and timeline (regression-6).
describe('a report on work done', () => {
  it('knows a case study, a final or project report and a retrospective as past work', () => {
    for (const title of [
      'Case study',
      'Case Studies',
      'GSoD 2022 case study',
      'Final report',
      'Project Report:',
      'Retrospective',
    ])
      expect(isPastSection(title), title).toBe(true);
    for (const title of ['Crash report', 'Improve the bug report form', 'Case study generator', 'Reporting dashboard'])
      expect(isPastSection(title), title).toBe(false);
  });

  it('makes no idea of a case study after the ideas', () => {
    const text = `# Ideas\n\n${idea('## Better docs')}## Case study\n\nOrganization description:\n\nWe build radios.\n\n**Budget**\n\n$3000 was invoiced.\n\n- Mentors: Jane Doe\n- Difficulty: Easy\n`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title)).toEqual(['Better docs']);
  });

  it("reads no idea in ExpressLRS's case study (regression-6)", () => {
    const path = 'test/fixtures/regression-6/ExpressLRS__Docs__docs__gsod.md';
    expect(parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title)).not.toContain(
      'Case study',
    );
  });
});
