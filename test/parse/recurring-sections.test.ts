import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

const table = (complexity: string, mentors: string): string =>
  `|  | Details |\n| :---: | :---: |\n| Complexity | ${complexity} |\n| Required Skills | Python, Django |\n| Mentors | ${mentors} |\n| Project Size | 175 Hours |\n`;

/** An idea whose sections are headings `depth` deep (`sections` names them: background, labels, outcomes). */
const idea = (title: string, depth: number, [background, labels, outcomes]: string[], mentors: string): string => {
  const mark = '#'.repeat(depth);
  return `## ${title}\n\n**Labels:** GSoC\n\n${mark} ${background}\n\nCARE is a capacity management system used by hospitals across the country.\n\n${mark} ${labels}\n\n${table('Medium', mentors)}\n${mark} ${outcomes}\n\n- Code is structured for long-term sustainability.\n- Tests cover the new feature.\n\n---\n\n`;
};

// General rule (src/parse/recurring-sections.ts): a run of two or more sibling headings at the ideas' level whose
// titles are titles of sub-sections of other ideas are the sections of the heading before the run, which is the idea:
// their labels are its fields, none of them an idea. Real list: Open HealthCare Network's first issue writes `##
// Project Detail` … `## Learning Path` (a table of labels) … `## Milestone` at its own title's level, where the next
// two issues write `####` (regression-13).
describe("an idea's sections written at the ideas' level", () => {
  it('joins the sections to the idea before them when other ideas write them one level down', () => {
    for (const sections of [
      ['Project Detail', 'Learning Path', 'Acceptance Criteria'],
      ['Background', 'Details', 'Deliverables'],
      ['Overview', 'Project info', 'What we expect'],
    ]) {
      const text = `# Org — Project Ideas\n\n---\n\n${idea('#10599: Whatsapp bot', 2, sections, '@jane')}${idea('#10534: SSO Support', 4, sections, '@john')}${idea('#10508: HR Module', 3, sections, '@ann')}`;
      const ideas = parseIdeaFile('ideas.md', text).ideas;
      expect(
        ideas.map((entry) => entry.title),
        sections.join(', '),
      ).toEqual(['#10599: Whatsapp bot', '#10534: SSO Support', '#10508: HR Module']);
      expect(ideas[0].fields.mentors?.value, sections.join(', ')).toBe('@jane');
      expect(Object.keys(ideas[0].fields), sections.join(', ')).toEqual(
        expect.arrayContaining(['difficulty', 'skills', 'mentors', 'size']),
      );
    }
  });

  it('matches the titles whatever their case, spacing and punctuation', () => {
    const text = `# Ideas\n\n${idea('Whatsapp bot', 2, ['Project detail:', 'LEARNING PATH', 'Acceptance  criteria'], '@jane')}${idea('SSO Support', 4, ['Project Detail', 'Learning Path', 'Acceptance Criteria'], '@john')}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title)).toEqual(['Whatsapp bot', 'SSO Support']);
  });

  it('keeps an idea titled as one section of another idea', () => {
    const labels = '- Difficulty: Easy\n- Mentors: Jane Doe\n\n';
    const text = `# Ideas\n\n## Faster parser\n\nThe parser is slow.\n\n### Documentation\n\nWrite the docs of the parser.\n\n${labels}## Documentation\n\nA new documentation site for the whole project.\n\n${labels}## Better tests\n\nMore tests.\n\n${labels}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title)).toEqual([
      'Faster parser',
      'Documentation',
      'Better tests',
    ]);
  });

  it("reads Open HealthCare Network's three issues as its ideas (regression-13)", () => {
    const path = 'test/fixtures/regression-13/VincenzoImp__gsoc-2026-explorer__ideas__open_healthcare_network.md';
    const ideas = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas;
    expect(ideas.map((entry) => entry.title)).toEqual([
      '#10599: Whatsapp bot for CARE',
      '#10534: SSO Support',
      '#10508: HR Management Module',
    ]);
    expect(Object.keys(ideas[0].fields)).toEqual(
      expect.arrayContaining(['difficulty', 'skills', 'mentors', 'size', 'outcomes']),
    );
  });
});
