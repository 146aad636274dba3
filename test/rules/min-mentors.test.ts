import { describe, expect, it } from 'vitest';
import { findRule } from '../../rules/index.js';
import { describeFindings, lintWith } from '../support/lint.js';

const lint = (text: string, options: Record<string, unknown> = {}) =>
  describeFindings(lintWith('min-mentors', text, options));
const idea = (mentors: string) => `## Case split plugin\n\nMentors: ${mentors}\nDifficulty: Hard\n`;

describe('min-mentors', () => {
  it('is off unless a config or preset turns it on', () => {
    expect(findRule('min-mentors')?.defaultSeverity).toBe('off');
  });

  it('flags an idea with one mentor, at the mentors value', () => {
    expect(lint(idea('Jane Doe <jane@example.org>'))).toEqual([
      '3:10 Only 1 mentor is named: add another so the intern always has someone to ask.',
    ]);
  });

  it('does not count placeholders', () => {
    expect(lint(idea('fendor, TBD'))).toEqual([
      '3:10 Only 1 mentor is named: add another so the intern always has someone to ask.',
    ]);
  });

  it('counts the mentors of a list, one per item', () => {
    const text =
      '## One\n\n- Mentor(s):\n  - David Martin (@david-martin, davmarti@example.com)\n  - TBD (@tbd, tbd@email)\n- Difficulty: Medium\n';
    expect(lint(text)).toEqual(['4:5 Only 1 mentor is named: add another so the intern always has someone to ask.']);
  });

  it('accepts two mentors or more', () => {
    expect(lint(idea('Sean Goggins, Andrew Brain'))).toEqual([]);
    expect(lint(idea('Kevin Lumbard, Matt Germonprez, Ritik Malik, and Elizabeth Barron'))).toEqual([]);
  });

  it('leaves ideas with no mentor at all to missing-mentor', () => {
    expect(lint('## One\n\nDifficulty: Easy\n\n## Two\n\nMentors: TBD\n\n## Three\n\nMentors:\n')).toEqual([]);
  });

  it('asks for as many more mentors as `min` needs', () => {
    expect(lint(idea('Jane Doe'), { min: 3 })).toEqual([
      '3:10 Only 1 mentor is named: add 2 more so the intern always has someone to ask.',
    ]);
    expect(lint(idea('Jane Doe, John Roe'), { min: 3 })).toEqual([
      '3:10 Only 2 mentors are named: add another so the intern always has someone to ask.',
    ]);
    expect(lint(idea('Jane Doe'), { min: 1 })).toEqual([]);
  });

  it('rejects a minimum below one', () => {
    expect(() => lintWith('min-mentors', idea('Jane Doe'), { min: 0 })).toThrow();
  });
});
