import { describe, expect, it } from 'vitest';
import { applyFixes, describeFindings, lintWith } from '../support/lint.js';

/** Ideas whose first field line is `line`; each gets a Difficulty so the parser reads it as an idea. */
function ideas(...lines: string[]): string {
  return lines.map((line, index) => `## Idea number ${index + 1}\n\n${line}\nDifficulty: Medium\n`).join('\n');
}

const check = (text: string, extra = {}) => describeFindings(lintWith('invalid-date', text, {}, extra));

describe('invalid-date', () => {
  it('flags a value that is not a date, at the value', () => {
    expect(check(ideas('Date of insert: 30/02/2013', 'Verified: soon'))).toEqual([
      '3:17 Date of insert "30/02/2013" is not a date: write it in ISO form (YYYY-MM-DD).',
      '8:11 Verified "soon" is not a date: write it in ISO form (YYYY-MM-DD).',
    ]);
  });

  it('flags a date whose day and month could be swapped, with both readings and no fix', () => {
    const findings = lintWith('invalid-date', ideas('Date of insert: 03/04/2014'));
    expect(describeFindings(findings)).toEqual([
      '3:17 Date of insert "03/04/2014" could be 2014-04-03 or 2014-03-04: write it in ISO form (YYYY-MM-DD) so it reads one way.',
    ]);
    expect(findings[0].fix).toBeUndefined();
  });

  it("reads an ambiguous date by the file's other dates, or by the configured order", () => {
    expect(check(ideas('Date of insert: 03/04/2014', 'Date of insert: 28/11/2013'))).toEqual([]);
    expect(check(ideas('Date of insert: 03/04/2014'), { dateOrder: 'mdy' })).toEqual([]);
  });

  it('flags a two-digit year with a fix to the ISO date', () => {
    const text = ideas('Date of insert: 15/11/12');
    const findings = lintWith('invalid-date', text);
    expect(describeFindings(findings)).toEqual([
      '3:17 Date of insert "15/11/12" has a two-digit year: write it in ISO form (2012-11-15).',
    ]);
    expect(applyFixes(text, findings)).toBe(ideas('Date of insert: 2012-11-15'));
  });

  it('flags a date that contradicts the configured order, with a fix', () => {
    const text = ideas('Date of insert: 01/22/2013; Verified: 28/11/2013');
    const findings = lintWith('invalid-date', text, {}, { dateOrder: 'dmy' });
    expect(describeFindings(findings)).toEqual([
      '3:17 Date of insert "01/22/2013" is month-first, unlike this file\'s day-first dates: write it in ISO form (2013-01-22).',
    ]);
    expect(applyFixes(text, findings)).toBe(ideas('Date of insert: 2013-01-22; Verified: 28/11/2013'));
    expect(check(ideas('Date of insert: 28/11/2013'), { dateOrder: 'mdy' })).toEqual([
      '3:17 Date of insert "28/11/2013" is day-first, unlike this file\'s month-first dates: write it in ISO form (2013-11-28).',
    ]);
  });

  it('flags every date that shows its order when the file mixes day-first and month-first dates', () => {
    expect(
      check(ideas('Date of insert: 01/22/2013', 'Date of insert: 28/11/2013', 'Date of insert: 2014-01-30')),
    ).toEqual([
      '3:17 Date of insert "01/22/2013" is month-first, but other dates in this file are day-first: write it in ISO form (2013-01-22).',
      '8:17 Date of insert "28/11/2013" is day-first, but other dates in this file are month-first: write it in ISO form (2013-11-28).',
    ]);
  });

  it('is silenced by its fixes', () => {
    const text = ideas('Date of insert: 01/22/2013', 'Date of insert: 28/11/2013', 'Verified: 15/11/12');
    expect(check(applyFixes(text, lintWith('invalid-date', text)))).toEqual([]);
  });

  it.each([
    ['ISO dates', 'Date of insert: 2014-01-30'],
    ['year-first dates with slashes', 'Date of insert: 2014/01/30'],
    ['dates with month names', 'Date of insert: 30 January 2014'],
    ['a date with a part over 12', 'Date of insert: 28/11/2013'],
    ['a year alone', 'Verified: 2016'],
    ['words with a year (left to stale-verification)', 'Verified: Not updated in 2016'],
    ['placeholders', 'Verified: Unknown'],
    ['an empty field', 'Verified:'],
  ])('accepts %s', (_, line) => {
    expect(check(ideas(line))).toEqual([]);
  });

  it('looks only at date fields', () => {
    expect(check(ideas('Size: 03/04/2014'))).toEqual([]);
  });
});
