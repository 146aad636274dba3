// Parse stage: reads date field values (`28/11/2013`, `2014-01-30`, `Nov 2016`, `Not updated in 2016`)
// and infers a file's day/month order from its unambiguous dates (GUIDELINES.md §6.2).
import { isPlaceholder } from './placeholder.js';
import { plainValue, trimPunctuation } from './plain-text.js';

/** What a date value says. */
export interface DateReading {
  /** The value as given. */
  raw: string;
  /** `date` a calendar day; `year` a bare year; `text` words with a year in them; `invalid` unreadable or impossible; `empty` nothing or a placeholder. */
  kind: 'date' | 'year' | 'text' | 'invalid' | 'empty';
  /** The day as ISO `YYYY-MM-DD` (kind `date` only; a month and year alone reads as the first of that month). */
  date?: string;
  /** The year (kinds `date`, `year`, and `text`, where it is the latest year mentioned). */
  year?: number;
  /** True when day and month could be swapped (`03/04/2014`) and no order was given; the date is then read day-first. */
  ambiguous: boolean;
  /** True when the year has two digits (`15/11/12`): expanded with the pivot 00–69 → 20xx, 70–99 → 19xx. */
  twoDigitYear: boolean;
  /** Present and true when the date cannot be read in the given order but can in another (`01/22/2013` under `dmy`). */
  contradictsOrder?: boolean;
}

/** Date order used to read `01/02/2014`-style dates in a file. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

const MONTHS = new Map<string, number>(
  Object.entries({
    jan: 1,
    january: 1,
    feb: 2,
    february: 2,
    mar: 3,
    march: 3,
    apr: 4,
    april: 4,
    may: 5,
    jun: 6,
    june: 6,
    jul: 7,
    july: 7,
    aug: 8,
    august: 8,
    sep: 9,
    sept: 9,
    september: 9,
    oct: 10,
    october: 10,
    nov: 11,
    november: 11,
    dec: 12,
    december: 12,
  }),
);
const WEEKDAYS = new Set(
  'mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(
    ' ',
  ),
);

// All anchored, so each is tried once; the value has single spaces and lower case by then.
const YEAR_FIRST =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTH_NAME = /^(?:([a-z]+)\.?,? )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4}|\d{2})$/;
const MONTH_NAME_DAY = /^(?:([a-z]+)\.?,? )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4}|\d{2})$/;
const MONTH_NAME_YEAR = /^([a-z]+)\.?,? (\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;
const YEAR_IN_TEXT = /(?<!\d)(\d{4})(?!\d)/g;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` when the day exists (leap years included), else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day > days ? undefined : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n <= 69 ? 2000 + n : 1900 + n;
}

/** The last day of a year, `YYYY-12-31` (how `Not updated in 2016` counts for staleness). */
export function lastDayOfYear(year: number): string {
  const whole = Number.isFinite(year) ? Math.trunc(year) : 0;
  return `${pad(Math.max(0, whole), 4)}-12-31`;
}

function normalise(raw: string): string {
  return trimPunctuation(plainValue(raw)).toLowerCase();
}

function readNumeric(match: RegExpExecArray, raw: string, order: DateOrder | undefined): DateReading {
  const [, first, , second, yearDigits] = match;
  const a = Number(first);
  const b = Number(second);
  const twoDigitYear = yearDigits.length === 2;
  const year = expandYear(yearDigits);
  const base = { raw, ambiguous: false, twoDigitYear };
  const found = (date: string | undefined, extra: Partial<DateReading> = {}): DateReading =>
    date === undefined
      ? { ...base, kind: 'invalid' }
      : { ...base, kind: 'date', date, year: Number(date.slice(0, 4)), ...extra };

  if (order === 'ymd' && twoDigitYear && first.length === 2) {
    const yearFirst = isoDate(expandYear(first), b, Number(yearDigits));
    if (yearFirst !== undefined) return found(yearFirst);
  }
  const dayFirst = isoDate(year, b, a);
  const monthFirst = isoDate(year, a, b);
  if (order === 'dmy' || order === 'mdy') {
    const [wanted, other] = order === 'dmy' ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
    if (wanted !== undefined) return found(wanted);
    return other === undefined ? found(undefined) : found(other, { contradictsOrder: true });
  }
  const extra: Partial<DateReading> = order === 'ymd' ? { contradictsOrder: true } : {};
  if (dayFirst !== undefined && monthFirst !== undefined) return found(dayFirst, { ...extra, ambiguous: a !== b });
  return found(dayFirst ?? monthFirst, extra);
}

/** A date with a month name; undefined when the words are not a month (and weekday), so other readings are tried. */
function readMonthName(
  weekday: string | undefined,
  month: string,
  day: number,
  yearDigits: string,
  raw: string,
): DateReading | undefined {
  const monthNumber = MONTHS.get(month);
  if (monthNumber === undefined || (weekday !== undefined && !WEEKDAYS.has(weekday))) return undefined;
  const twoDigitYear = yearDigits.length === 2;
  const date = isoDate(expandYear(yearDigits), monthNumber, day);
  if (date === undefined) return { raw, kind: 'invalid', ambiguous: false, twoDigitYear };
  return { raw, kind: 'date', date, year: Number(date.slice(0, 4)), ambiguous: false, twoDigitYear };
}

/**
 * Reads a date value. Numeric `a/b/yyyy` (also `.` and `-`) is read by `order` when given; otherwise by
 * whichever part is over 12, and day-first (with `ambiguous`) when both could be the month. Never throws.
 */
export function parseDate(raw: string, order?: DateOrder): DateReading {
  const given = typeof raw === 'string' ? raw : '';
  const text = normalise(given);
  if (text === '' || isPlaceholder(text)) return { raw: given, kind: 'empty', ambiguous: false, twoDigitYear: false };

  let m = YEAR_FIRST.exec(text);
  if (m !== null) {
    const date = isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    return date === undefined
      ? { raw: given, kind: 'invalid', ambiguous: false, twoDigitYear: false }
      : { raw: given, kind: 'date', date, year: Number(m[1]), ambiguous: false, twoDigitYear: false };
  }
  if ((m = NUMERIC.exec(text)) !== null) return readNumeric(m, given, order);
  const named =
    ((m = DAY_MONTH_NAME.exec(text)) !== null ? readMonthName(m[1], m[3], Number(m[2]), m[4], given) : undefined) ??
    ((m = MONTH_NAME_DAY.exec(text)) !== null ? readMonthName(m[1], m[2], Number(m[3]), m[4], given) : undefined) ??
    ((m = MONTH_NAME_YEAR.exec(text)) !== null ? readMonthName(undefined, m[1], 1, m[2], given) : undefined);
  if (named !== undefined) return named;
  if ((m = YEAR_ONLY.exec(text)) !== null) {
    const year = Number(m[1]);
    return year >= MIN_YEAR && year <= MAX_YEAR
      ? { raw: given, kind: 'year', year, ambiguous: false, twoDigitYear: false }
      : { raw: given, kind: 'invalid', ambiguous: false, twoDigitYear: false };
  }
  let latest: number | undefined;
  for (const found of text.matchAll(YEAR_IN_TEXT)) {
    const year = Number(found[1]);
    if (year >= MIN_YEAR && year <= MAX_YEAR && (latest === undefined || year > latest)) latest = year;
  }
  if (latest !== undefined && /\p{L}/u.test(text)) {
    return { raw: given, kind: 'text', year: latest, ambiguous: false, twoDigitYear: false };
  }
  return { raw: given, kind: 'invalid', ambiguous: false, twoDigitYear: false };
}

/**
 * The day/month order a file's dates show: `dmy` when some `a/b/yyyy` has a > 12 and none has b > 12,
 * `mdy` the reverse; undefined when there is no such evidence or it conflicts.
 */
export function inferDateOrder(raws: string[]): DateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const raw of Array.isArray(raws) ? raws : []) {
    const m = NUMERIC.exec(normalise(typeof raw === 'string' ? raw : ''));
    if (m === null || m[4].length !== 4) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    if (a > 12 && b <= 12 && isoDate(year, b, a) !== undefined) dayFirst = true;
    if (b > 12 && a <= 12 && isoDate(year, a, b) !== undefined) monthFirst = true;
  }
  if (dayFirst === monthFirst) return undefined;
  return dayFirst ? 'dmy' : 'mdy';
}
