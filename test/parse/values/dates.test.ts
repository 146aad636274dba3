import { describe, expect, it } from 'vitest';
import {
  inferDateOrder,
  lastDayOfYear,
  parseDate,
  type DateOrder,
  type DateReading,
} from '../../../src/parse/values/dates.js';

const day = (raw: string, date: string, extra: Partial<DateReading> = {}): DateReading => ({
  raw,
  kind: 'date',
  date,
  year: Number(date.slice(0, 4)),
  ambiguous: false,
  twoDigitYear: false,
  ...extra,
});
const invalid = (raw: string, extra: Partial<DateReading> = {}): DateReading => ({
  raw,
  kind: 'invalid',
  ambiguous: false,
  twoDigitYear: false,
  ...extra,
});

describe('parseDate', () => {
  it.each<[string, string]>([
    ['2014-01-30', '2014-01-30'],
    ['2014/01/30', '2014-01-30'],
    ['2014.1.3', '2014-01-03'],
    ['2026-03-10T16:58:40.289876', '2026-03-10'],
    ['2026-03-10 16:58', '2026-03-10'],
    ['2020-02-29', '2020-02-29'],
    ['**2014-01-30**', '2014-01-30'],
    ['2014-01-30.', '2014-01-30'],
  ])('reads the year-first date %j', (raw, date) => {
    expect(parseDate(raw)).toEqual(day(raw, date));
    expect(parseDate(raw, 'mdy')).toEqual(day(raw, date));
  });

  it.each<[string, string]>([
    ['28/11/2013', '2013-11-28'],
    ['19/01/2018', '2018-01-19'],
    ['28.11.2013', '2013-11-28'],
    ['28-11-2013', '2013-11-28'],
    ['01/22/2013', '2013-01-22'],
    ['01/30/2014', '2014-01-30'],
    ['05/05/2014', '2014-05-05'],
  ])('reads the unambiguous date %j without an order', (raw, date) => {
    expect(parseDate(raw)).toEqual(day(raw, date));
  });

  it('reads a month-first date in a day-first file, flagging the contradiction', () => {
    expect(parseDate('01/22/2013', 'dmy')).toEqual(day('01/22/2013', '2013-01-22', { contradictsOrder: true }));
    expect(parseDate('28/11/2013', 'mdy')).toEqual(day('28/11/2013', '2013-11-28', { contradictsOrder: true }));
    expect(parseDate('28/11/2013', 'dmy')).toEqual(day('28/11/2013', '2013-11-28'));
  });

  it('reads an ambiguous date day-first and says so when no order is given', () => {
    expect(parseDate('03/04/2014')).toEqual(day('03/04/2014', '2014-04-03', { ambiguous: true }));
  });

  it.each<[DateOrder, string]>([
    ['dmy', '2014-04-03'],
    ['mdy', '2014-03-04'],
  ])('reads an ambiguous date by the given order %s', (order, date) => {
    expect(parseDate('03/04/2014', order)).toEqual(day('03/04/2014', date));
  });

  it('reads a date in a year-first file as if no order were given, flagging the contradiction', () => {
    expect(parseDate('03/04/2014', 'ymd')).toEqual(
      day('03/04/2014', '2014-04-03', { ambiguous: true, contradictsOrder: true }),
    );
  });

  it.each<[string, DateOrder | undefined, string, Partial<DateReading>]>([
    ['15/11/12', undefined, '2012-11-15', {}],
    ['15/11/12', 'dmy', '2012-11-15', {}],
    ['01/02/69', 'dmy', '2069-02-01', {}],
    ['01/02/70', 'mdy', '1970-01-02', {}],
    ['15/11/12', 'ymd', '2015-11-12', {}],
    ['03/04/14', undefined, '2014-04-03', { ambiguous: true }],
  ])('expands the two-digit year in %j (order %s)', (raw, order, date, extra) => {
    expect(parseDate(raw, order)).toEqual(day(raw, date, { twoDigitYear: true, ...extra }));
  });

  it.each<[string, string]>([
    ['15 Nov 2012', '2012-11-15'],
    ['15 November 2012', '2012-11-15'],
    ['1st March 2014', '2014-03-01'],
    ['15 Nov. 2012', '2012-11-15'],
    ['November 15, 2012', '2012-11-15'],
    ['Nov 15 2012', '2012-11-15'],
    ['Sept. 3rd, 2019', '2019-09-03'],
    ['Mon, Jun 8, 2026', '2026-06-08'],
    ['Wednesday Jan 14, 2026', '2026-01-14'],
    ['Nov 2016', '2016-11-01'],
    ['November, 2016', '2016-11-01'],
    ['feb 2024', '2024-02-01'],
  ])('reads the month-name date %j (month and year alone: the first of the month)', (raw, date) => {
    expect(parseDate(raw)).toEqual(day(raw, date));
  });

  it('notes a two-digit year after a month name', () => {
    expect(parseDate('15 Nov 12')).toEqual(day('15 Nov 12', '2012-11-15', { twoDigitYear: true }));
  });

  it.each<[string, number]>([
    ['2016', 2016],
    [' 2026 ', 2026],
  ])('reads the bare year %j', (raw, year) => {
    expect(parseDate(raw)).toEqual({ raw, kind: 'year', year, ambiguous: false, twoDigitYear: false });
  });

  it.each<[string, number]>([
    ['Not updated in 2016', 2016],
    ['Last checked summer 2019, again in 2021', 2021],
    ['GSoC 2026', 2026],
    ['Jun 2016 maybe', 2016],
    ['15 Foo 2012', 2012],
    ['Funday, Jun 8, 2026', 2026],
    ['constructor 2016', 2016],
    ['Constructor 5, 2016', 2016],
  ])('reads %j as text with a year but no date', (raw, year) => {
    expect(parseDate(raw)).toEqual({ raw, kind: 'text', year, ambiguous: false, twoDigitYear: false });
  });

  it.each([
    '32/01/2014',
    '29/02/2015',
    '31/04/2014',
    '13/13/2014',
    '00/01/2014',
    '2014-13-01',
    '2015-02-29',
    '31 Feb 2014',
    'garbage',
    'Not updated',
    '0000',
    '12/2014',
    '2014-01',
    '1/2/3',
  ])('reads %j as invalid', (raw) => {
    expect(parseDate(raw)).toEqual(invalid(raw));
  });

  it('reads an impossible date as invalid whatever the order', () => {
    expect(parseDate('29/02/2015', 'dmy')).toEqual(invalid('29/02/2015'));
    expect(parseDate('32/01/14', 'mdy')).toEqual(invalid('32/01/14', { twoDigitYear: true }));
  });

  it.each(['', '   ', 'TBD', 'N/A', '-', '?', '**Unknown**'])('reads %j as empty', (raw) => {
    expect(parseDate(raw)).toEqual({ raw, kind: 'empty', ambiguous: false, twoDigitYear: false });
  });

  it('does not throw on non-string input', () => {
    expect(parseDate(undefined as unknown as string).kind).toBe('empty');
  });

  it.each<[string, string, DateReading['kind']]>([
    ['digits', '1'.repeat(100_000), 'invalid'],
    ['letters', 'a'.repeat(100_000), 'invalid'],
    ['separators', '1/'.repeat(50_000), 'invalid'],
    ['spaced words', 'nov '.repeat(25_000), 'invalid'],
    ['years in text', 'in 2016 '.repeat(12_500), 'text'],
    ['spaces around a date', `${' '.repeat(50_000)}2014-01-30${' '.repeat(50_000)}`, 'date'],
    ['dots', '.'.repeat(100_000), 'empty'],
  ])('finishes on a 100,000-character run of %s', (_name, raw, kind) => {
    expect(parseDate(raw).kind).toBe(kind);
  });
});

describe('inferDateOrder', () => {
  it.each<[string, string[], DateOrder | undefined]>([
    ['day over 12', ['28/11/2013', '19/01/2018', '03/04/2014'], 'dmy'],
    ['month-second over 12', ['01/22/2013', '01/30/2014', '03/04/2014'], 'mdy'],
    ['conflicting evidence (the Xen 2014 list)', ['01/22/2013', '28/11/2013', '03/04/2014'], undefined],
    ['only ambiguous dates', ['03/04/2014', '07/01/2013'], undefined],
    ['no numeric dates', ['2014-01-30', 'Not updated in 2016', ''], undefined],
    ['no dates at all', [], undefined],
    ['other separators', ['28.11.2013', '3-4-2014'], 'dmy'],
    ['two-digit years, which are not evidence', ['15/11/12'], undefined],
    ['impossible dates, which are not evidence', ['32/01/2014'], undefined],
  ])('infers from %s', (_name, raws, expected) => {
    expect(inferDateOrder(raws)).toBe(expected);
  });

  it('finishes on many pathological values', () => {
    expect(inferDateOrder(Array.from({ length: 1_000 }, () => '1/'.repeat(100)))).toBeUndefined();
    expect(inferDateOrder(['1/'.repeat(50_000), '13/1/2014'])).toBe('dmy');
  });
});

describe('lastDayOfYear', () => {
  it.each<[number, string]>([
    [2016, '2016-12-31'],
    [999, '0999-12-31'],
    [2016.7, '2016-12-31'],
  ])('gives the last day of %d', (year, expected) => {
    expect(lastDayOfYear(year)).toBe(expected);
  });

  it('does not throw on a non-finite year', () => {
    expect(lastDayOfYear(Number.NaN)).toBe('0000-12-31');
  });
});
