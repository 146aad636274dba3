import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

/** One idea (today is 2026-11-25 in these tests) with `fields` after its Difficulty line. */
function idea(fields: string, title = 'Add PVSCSI support to xl'): string {
  return `## ${title}\n\nDifficulty: Medium\n${fields}\n`;
}

const stale = (text: string, options: Record<string, unknown> = {}, extra = {}) =>
  describeFindings(lintWith('stale-verification', text, options, extra));

const AGAIN = 'check that the idea still holds, then set the date to today in ISO form (2026-11-25).';

describe('stale-verification', () => {
  it('flags a Verified date more than a year old, at its value, saying how old it is', () => {
    expect(stale(idea('Verified: 2024-06-30'))).toEqual([`4:11 Verified "2024-06-30" is over 2 years old: ${AGAIN}`]);
    expect(stale(idea('Verified: 2025-09-01'))).toEqual([`4:11 Verified "2025-09-01" is 14 months old: ${AGAIN}`]);
  });

  it('accepts a date within maxAgeDays, today, and a date in the future', () => {
    expect(stale(idea('Verified: 2025-11-25'))).toEqual([]);
    expect(stale(idea('Verified: 2026-11-25'))).toEqual([]);
    expect(stale(idea('Verified: 2027-01-01'))).toEqual([]);
  });

  it("counts words with a year, and a year alone, as that year's last day", () => {
    expect(stale(idea('Verified: Not updated in 2016'))).toEqual([
      `4:11 Verified "Not updated in 2016" is over 9 years old: ${AGAIN}`,
    ]);
    expect(stale(idea('Verified: 2024'))).toEqual([`4:11 Verified "2024" is 22 months old: ${AGAIN}`]);
    expect(stale(idea('Verified: 2025'))).toEqual([]);
  });

  it('reads dates with month names', () => {
    expect(stale(idea('Verified: 15 March 2023'))).toEqual([
      `4:11 Verified "15 March 2023" is over 3 years old: ${AGAIN}`,
    ]);
  });

  it("gives an ambiguous date its later reading, unless the file's order decides", () => {
    // 12/11/2025 is 12 November 2025 (378 days ago) day-first, 11 December 2025 (349 days ago) month-first.
    expect(stale(idea('Verified: 12/11/2025'))).toEqual([]);
    expect(stale(idea('Verified: 12/11/2025'), {}, { dateOrder: 'dmy' })).toEqual([
      `4:11 Verified "12/11/2025" is 12 months old: ${AGAIN}`,
    ]);
  });

  it('names the label as written', () => {
    expect(stale(idea('Last reviewed: 2020-01-01'))).toEqual([
      `4:16 Last reviewed "2020-01-01" is over 6 years old: ${AGAIN}`,
    ]);
  });

  it('leaves values that are not dates to invalid-date', () => {
    expect(stale(idea('Verified: soon'))).toEqual([]);
  });

  it('uses maxAgeDays', () => {
    expect(stale(idea('Verified: 2026-10-16'), { maxAgeDays: 30 })).toEqual([
      `4:11 Verified "2026-10-16" is 40 days old: ${AGAIN}`,
    ]);
    expect(stale(idea('Verified: 2024-06-30'), { maxAgeDays: 1000 })).toEqual([]);
  });

  describe('required', () => {
    const missing = 'This idea has no Verified date: check that it still holds, then add "Verified: 2026-11-25".';

    it('does not flag ideas without a Verified date by default', () => {
      expect(stale(idea('Size: 175 hours'))).toEqual([]);
      expect(stale(idea('Verified: Unknown'))).toEqual([]);
    });

    it('flags an idea without one at its title, and a placeholder at its label', () => {
      expect(stale(idea('Size: 175 hours'), { required: true })).toEqual([`1:4 ${missing}`]);
      expect(stale(idea('Verified: Unknown'), { required: true })).toEqual([`4:1 ${missing}`]);
    });
  });

  it('rejects unknown and invalid options', () => {
    expect(() => lintWith('stale-verification', idea(''), { maxAge: 10 })).toThrow();
    expect(() => lintWith('stale-verification', idea(''), { maxAgeDays: 0 })).toThrow();
  });
});
