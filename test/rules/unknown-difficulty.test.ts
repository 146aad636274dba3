import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

const lint = (text: string, options: Record<string, unknown> = {}) =>
  describeFindings(lintWith('unknown-difficulty', text, options));
const idea = (difficulty: string) => `## Add PVSCSI support\n\nDifficulty: ${difficulty}\nSkills: C\n`;
const HOW = 'state Easy, Medium or Hard so applicants can choose.';

describe('unknown-difficulty', () => {
  it('points at the title when an idea has no difficulty field', () => {
    expect(lint('## Add PVSCSI support\n\nSkills: C\nMentors: Jane Doe <jane@example.org>\n')).toEqual([
      `1:4 No difficulty: add a "Difficulty" field and ${HOW}`,
    ]);
  });

  it('points at the label when the field is empty', () => {
    expect(lint('## Add PVSCSI support\n\nSkills: C\nDifficulty:\n')).toEqual([`4:1 Difficulty is empty: ${HOW}`]);
  });

  it.each([['Unknown'], ['TBD'], ['?'], ['N/A']])('points at the placeholder %j', (value) => {
    expect(lint(idea(value))).toEqual([`3:13 Difficulty is "${value}": ${HOW}`]);
  });

  it.each([['Major'], ['Minor'], ['Critical'], ['It depends']])('flags %j, which is not a level', (value) => {
    expect(lint(idea(value))).toEqual([`3:13 Difficulty "${value}" is not a level on the scale: ${HOW}`]);
  });

  it('quotes a long value cut at about 60 characters', () => {
    const value = 'Depends entirely on which parts of the problem the applicant decides to take on';
    expect(lint(idea(value))).toEqual([
      `3:13 Difficulty "Depends entirely on which parts of the problem the applican…" is not a level on the scale: ${HOW}`,
    ]);
  });

  it.each([
    ['Easy'],
    ['medium'],
    ['Medium.'],
    ['High'],
    ['low'],
    ['Beginner'],
    ['Moderate'],
    ['intermediate'],
    ['Advanced'],
    ['Expert'],
    ['very high'],
    ['Low hanging fruit'],
    ['Medium-High'],
    ['Beginner-Intermediate'],
    ['Easy/medium'],
    ['Medium to hard, depending on choice'],
    ['Moderate, to Extremely Difficult (depending on which area of the problem you choose to tackle)'],
    ["Hard, because it's open ended and requires some research to find a good solution"],
    ['Easy – straightforward task, path for execution visible right now'],
    ['★★☆'],
    ['&#9733; &#9733; &#9733; &#9733; &#9734;'],
  ])('accepts %j', (value) => {
    expect(lint(idea(value))).toEqual([]);
  });

  it('reads the value of any difficulty label, as in "**Difficulty Level:** High" and "Complexity"', () => {
    expect(lint('## One\n\n**Difficulty Level:** High\n\n## Two\n\n> Complexity\n\nMedium\n')).toEqual([]);
  });

  // FISSURE's open `Roadmap Items/Other` idea (regression-14): every level alone says the idea suits any level, a range
  // over the whole scale; the template's hint (a sentence about the rating, the levels in brackets) is still no level.
  it.each([['Easy/Medium/Hard'], ['Easy, Medium or Hard'], ['Beginner / Intermediate / Advanced']])(
    'accepts %j, every level alone, as a range',
    (value) => {
      expect(lint(idea(value))).toEqual([]);
      expect(lint(idea(value), { allowRange: false })).toEqual([
        `3:13 Difficulty "${value}" is a range: pick one of Easy, Medium or Hard so applicants can choose.`,
      ]);
    },
  );

  it.each([['An easy, medium or hard rating'], ['(easy, medium or hard)']])(
    'flags %j, the template hint offering every level',
    (value) => {
      expect(lint(idea(value))).toEqual([`3:13 Difficulty is "${value}": ${HOW}`]);
    },
  );

  describe('allowRange: false', () => {
    it.each([
      ['Medium-High'],
      ['Easy to medium depending on choice'],
      ['Beginner-Intermediate'],
      ['★★☆ (medium/high)'],
    ])('flags the range %j', (value) => {
      expect(lint(idea(value), { allowRange: false })).toEqual([
        `3:13 Difficulty "${value}" is a range: pick one of Easy, Medium or Hard so applicants can choose.`,
      ]);
    });

    it('still accepts a single level, with or without an explanation', () => {
      expect(lint(idea('Medium'), { allowRange: false })).toEqual([]);
      expect(lint(idea("Hard, because it's open ended"), { allowRange: false })).toEqual([]);
    });
  });

  describe('scale', () => {
    const scale = { easy: ['starter'], medium: ['regular'], hard: ['tough'] };

    it('reads levels with the configured words only, and suggests their first words', () => {
      expect(lint(idea('Regular'), { scale })).toEqual([]);
      expect(lint(idea('Medium'), { scale })).toEqual([
        '3:13 Difficulty "Medium" is not a level on the scale: state Starter, Regular or Tough so applicants can choose.',
      ]);
    });

    it('keeps the default words of a level left out', () => {
      expect(lint(idea('Medium'), { scale: { hard: ['tough'] } })).toEqual([]);
      expect(lint(idea('Hard'), { scale: { hard: ['tough'] } })).toEqual([
        '3:13 Difficulty "Hard" is not a level on the scale: state Easy, Medium or Tough so applicants can choose.',
      ]);
    });
  });

  it('names the field as its subject', () => {
    const [finding] = lintWith('unknown-difficulty', idea('Unknown'));
    expect(finding.subject).toBe('difficulty');
    expect(finding.severity).toBe('error');
  });
});
