import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

const lint = (text: string, options: Record<string, unknown> = {}) =>
  describeFindings(lintWith('missing-size', text, options));
const idea = (size: string) => `## Add PVSCSI support\n\nProject size: ${size}\nDifficulty: Medium\n`;
const HOW = 'give the expected hours (for example 175) so applicants can plan their time.';
const CUT = 'cut the scope or split the idea so it fits the program.';

describe('missing-size', () => {
  it('points at the title when an idea has no size field', () => {
    expect(lint('## Add PVSCSI support\n\nDifficulty: Medium\nSkills: C\n')).toEqual([
      `1:4 No project size: add a "Project size" field and ${HOW}`,
    ]);
  });

  it('points at the label when the field is empty', () => {
    expect(lint('## Add PVSCSI support\n\nDifficulty: Medium\n**Project size:**\n')).toEqual([
      `4:1 Project size is empty: ${HOW}`,
    ]);
  });

  it.each([['TBD'], ['Unknown'], ['-']])('points at the placeholder %j', (value) => {
    expect(lint(idea(value))).toEqual([`3:15 Project size is "${value}": ${HOW}`]);
  });

  it.each([['Scaleable'], ['Depends on the number of platforms'], ['10 hours per week']])(
    'flags %j, which states no size',
    (value) => {
      expect(lint(idea(value))).toEqual([`3:15 Project size "${value}" does not state a size: ${HOW}`]);
    },
  );

  it.each([
    ['350 hours'],
    ['175h (Medium)'],
    ['~350 hour (large)'],
    ['Large (~350 hour projects)'],
    ['Medium project – 175 hours'],
    ['Small (90 hours) - Large (350 hours)'],
    ['175 or 350 hours depending on intern'],
    ['Medium/Large'],
    ['Small to Medium.'],
    ['Long (~350hr)'],
    ['150'],
    ['12 weeks'],
    ['3 months'],
    ['three months'],
  ])('accepts %j', (value) => {
    expect(lint(idea(value))).toEqual([]);
  });

  it('reads sizes under the other size labels', () => {
    const text =
      '## One\n\nEffort: Small (90 hours)\n\n## Two\n\n**Hours: 350**\n\n## Three\n\n> Project Length\n\n175 hours\n';
    expect(lint(text)).toEqual([]);
  });

  // A size stated is stated: The Red Wood Lab's `Approximately 375 hours` (regression-9) states its size, and by
  // default no program's limit applies; a program's preset or the options set one (gsoc: maxHours 350).
  it.each([
    ['Approximately 375 hours'],
    ['Approximately 250 hours for core functionalities, with extended scope up to 375 hours for advanced features.'],
    ['1000 hours'],
    ['16 weeks'],
    ['6 months'],
  ])('accepts %j by default: a size stated is stated', (value) => {
    expect(lint(idea(value))).toEqual([]);
  });

  it('flags a size over maxHours, by the largest figure of a range', () => {
    const maxHours = 350;
    expect(lint(idea('400 hours'), { maxHours })).toEqual([`3:15 Project size "400 hours" is over 350 hours: ${CUT}`]);
    expect(lint(idea('175 to 400 hours'), { maxHours })).toEqual([
      `3:15 Project size "175 to 400 hours" is over 350 hours: ${CUT}`,
    ]);
    expect(lint(idea('350 hours'), { maxHours: 175 })).toEqual([
      `3:15 Project size "350 hours" is over 175 hours: ${CUT}`,
    ]);
    expect(lint(idea('Large'), { maxHours: 175 })).toEqual([`3:15 Project size "Large" is over 175 hours: ${CUT}`]);
  });

  it('flags a duration over maxWeeks, counting three months as 13 weeks', () => {
    const maxWeeks = 13;
    expect(lint(idea('16 weeks'), { maxWeeks })).toEqual([`3:15 Project size "16 weeks" is over 13 weeks: ${CUT}`]);
    expect(lint(idea('4 months'), { maxWeeks })).toEqual([`3:15 Project size "4 months" is over 13 weeks: ${CUT}`]);
    expect(lint(idea('3 months'), { maxWeeks })).toEqual([]);
    expect(lint(idea('3 months'), { maxWeeks: 12 })).toEqual([`3:15 Project size "3 months" is over 12 weeks: ${CUT}`]);
  });

  describe('allowedHours', () => {
    const allowedHours = [90, 175, 350];

    it('flags an hours figure that is not allowed', () => {
      expect(lint(idea('150 hours'), { allowedHours })).toEqual([
        '3:15 Project size "150 hours" is not 90, 175 or 350 hours: pick the size closest to the work.',
      ]);
    });

    it('checks both ends of a range', () => {
      expect(lint(idea('100-350 hours'), { allowedHours })).toEqual([
        '3:15 Project size "100-350 hours" is not 90, 175 or 350 hours: pick the size closest to the work.',
      ]);
      expect(lint(idea('Small (90 hours) - Large (350 hours)'), { allowedHours })).toEqual([]);
    });

    it('accepts allowed figures, size words and durations', () => {
      for (const value of ['175 hours', '~90h', 'Medium', 'Large.', '12 weeks']) {
        expect(lint(idea(value), { allowedHours })).toEqual([]);
      }
    });

    it('accepts any figure when empty, the default', () => {
      expect(lint(idea('150 hours'))).toEqual([]);
    });
  });

  it('names the field as its subject, at warning severity', () => {
    const [finding] = lintWith('missing-size', idea('TBD'));
    expect(finding.subject).toBe('size');
    expect(finding.severity).toBe('warning');
  });
});
