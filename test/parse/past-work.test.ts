import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FINISHED_MARK,
  PAST_WORK_WORD,
  isDatedRecord,
  isOverSection,
  isPastSection,
} from '../../src/parse/past-work.js';
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

  it('knows a title dated by a year before its name, or after it in brackets or after a dash', () => {
    for (const title of [
      '2023: Bezier-rs library',
      '2022 – Path boolean operations',
      '2019-Data export',
      'Support for OpenSSH certificates (2024)',
      'async SFTP client [GSoC 2023]',
      'Plugin API – 2021',
    ])
      expect(isDatedRecord(title), title).toBe(true);
    for (const title of ['Bezier-rs library 2023', '2023 roadmap', 'Support HTTP/2: push', 'Port to C++ (C++20)'])
      expect(isDatedRecord(title), title).toBe(false);
  });

  // General rule: under a section of past work, a heading dated by a year is the record of that year's project, not an
  // idea offered now. Real list: Graphite's `## Successful past projects` ⏎ `### 2023: Bezier-rs library` ⏎
  // `Duration: 9 months` (regression-9).
  it('reads headings dated by a year under a past section as past work', () => {
    const text = `# Projects\n\n## Project idea list\n\n${idea('### Node graph auto layout')}${idea('### Animation system')}## Successful past projects\n\n${idea('### 2023: Bezier-rs library')}${idea('### 2022: Backend layout system')}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title)).toEqual([
      'Node graph auto layout',
      'Animation system',
    ]);
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

  // `Accepted` names last year's record on one page and this term's selection on another (CNCF's LFX `## Accepted
  // Projects`, regression): its undated headings stay ideas, of that section.
  it('keeps the undated ideas under accepted projects as ideas of that section, the section none', () => {
    const text = `# Org\n\n## Accepted projects\n\n${idea('### Faster parser')}${idea('### Better docs')}${idea('### Old parser (2023)')}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => [entry.title, entry.section])).toEqual([
      ['Faster parser', ['Accepted projects']],
      ['Better docs', ['Accepted projects']],
    ]);
  });
});

// General rule: a section whose title says its work is over (past, previous, former, archived, completed, finished
// projects; completed or finished ideas; projects from previous years; last year's projects; an archive) holds no idea
// offered now, dated
// or not: each heading under it records a project done. Real lists: libssh's `## Completed projects` ⏎ `### Support for
// OpenSSH certificates (2024)` ⏎ labels and `- Student: …` (regression-13); Graphite's `## Successful past projects`
// (regression-9).
describe('a section of work that is over', () => {
  it('knows such a section in several spellings, not a section of accepted projects or of ideas', () => {
    for (const title of [
      'Completed projects',
      'Completed GSoC projects',
      'Finished projects:',
      'Completed ideas',
      'Previous GSoC projects',
      'Former student projects',
      'Earlier projects',
      'Projects from previous years',
      "Last year's projects",
      'Past GSoC 2023 projects',
      'Previous years',
      'Archive',
    ])
      expect(isOverSection(title), title).toBe(true);
    for (const title of [
      'Accepted projects',
      'Accepted Project Ideas',
      'Project ideas',
      'Past and future projects',
      'Projects of the past year',
      'Completed ideas are marked done',
      'Past ideas',
      'Archived ideas',
      'Ideas of past editions',
      "Last Year's Ideas",
      'Archive format support',
      'Improve completed downloads',
    ])
      expect(isOverSection(title), title).toBe(false);
  });

  it('reads no heading under it as an idea, dated or not, whatever its level', () => {
    const ideas = `${idea('### Faster parser')}${idea('### Better docs')}`;
    for (const [section, records] of [
      ['## Completed projects', ['### Support for FIDO keys (2025)', '### async SFTP client (2023)']],
      ['## Completed ideas', ['### Old parser', '### Old docs']],
      ['## Projects from previous years', ['### 2022 – Plugin API', '### Theme engine [GSoC 2021]']],
      ['# Former projects', ['## Old parser', '### Old docs']],
    ] as const) {
      const text = `# Org\n\n## Project ideas\n\n${ideas}${section}\n\nWork done by our contributors.\n\n${records.map((record) => `${idea(record)}- Student: Jane Roe\n\n`).join('')}`;
      expect(
        parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title),
        section,
      ).toEqual(['Faster parser', 'Better docs']);
    }
  });

  it("reads none of libssh's completed projects as ideas (regression-13)", () => {
    const path = 'test/fixtures/regression-13/VincenzoImp__gsoc-2026-explorer__ideas__libssh.md';
    expect(parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title)).toEqual([
      'Introduce Rust into libssh',
      'OpenSSH-compatible CLI',
      'Improve configuration compatibility with OpenSSH',
      'Design and implement API to communicate with SSH-Agent',
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

// Connexions (regression-16): `# Last Year's Ideas` over four `## Title` ⏎ `### Skills Needed` ideas written as the three
// above it was read as past work, its ideas missed silently. Grammar: a heading naming the ideas of another year,
// edition or group is a group heading, no idea itself, and its sub-headings are ideas as the page's others are; ideas
// are proposals, so only a finished word (`Completed ideas`) makes them work done. Projects of past years stay past work.
describe('a group of ideas of another year', () => {
  const idea = (heading: string): string => `${heading}\n\nSome text about the idea, what it builds and why.\n\n`;
  const skills = (depth: number) => `${'#'.repeat(depth)} Skills Needed\n\n- Python\n- CSS\n\n`;
  it.each([
    "Last Year's Ideas",
    'Last year’s ideas',
    'Past ideas',
    'Previous Ideas',
    'Older ideas',
    'Archived ideas',
    'Ideas from 2019',
    'Ideas from previous years',
    'Ideas of past editions',
    'Ideen',
    'Ältere Ideen',
    'Ideas anteriores',
    'Ideias anteriores',
    'Idées précédentes',
    'Идеи прошлых лет',
    '往年的想法',
  ])('%j groups ideas read as the others are', (group) => {
    for (const [top, sub] of [
      [1, 2],
      [2, 3],
    ]) {
      const h = '#'.repeat(sub);
      const text =
        (top === 2 ? '# Our ideas\n\n' : '') +
        `${idea(`${h} Faster parser`)}${skills(sub + 1)}${idea(`${h} Better docs`)}${skills(sub + 1)}` +
        `${'#'.repeat(top)} ${group}\n\n` +
        `${idea(`${h} Old parser`)}${skills(sub + 1)}${idea(`${h} Old docs`)}${skills(sub + 1)}`;
      expect(
        parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title),
        `${group} at ${top}`,
      ).toEqual(['Faster parser', 'Better docs', 'Old parser', 'Old docs']);
    }
  });

  it.each(['Completed ideas', 'Past projects', "Last year's projects", 'Previous years'])(
    '%j stays past work',
    (group) => {
      const text =
        `${idea('## Faster parser')}${skills(3)}${idea('## Better docs')}${skills(3)}# ${group}\n\n` +
        `${idea('## Old parser')}${skills(3)}${idea('## Old docs')}${skills(3)}`;
      expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title)).toEqual([
        'Faster parser',
        'Better docs',
      ]);
    },
  );

  it("reads Connexions' ideas under `# Last Year's Ideas`, the one with a part before its skills too", () => {
    const path = 'test/fixtures/regression-16/Connexions__GSoC__README.md';
    const ideas = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas;
    const titles = ideas.map((entry) => entry.title);
    for (const title of [
      'Create new services for content transformation',
      'Enhance HTML5 Editor For Editing of OpenStax College Textbooks',
      'Book Editing on Github',
      'Offline editing in the editor',
    ])
      expect(titles).toContain(title);
    expect(ideas.find((entry) => entry.title.startsWith('Create new'))?.fields.skills?.value).toContain('Python');
  });
});
