// Rule undefined-terms, its machinery: the acronyms a block of prose uses. Pure string work over TextBlocks.
import { NOT_TERMS, isRomanNumeral } from './well-known.js';
import type { TextBlock } from '../../src/lint/rule-kit.js';

/** One use of an acronym in a block. */
export interface AcronymUse {
  /** As written, without a plural `s` (`VDI` for `VDIs`, `PCIe`, `SR-IOV`). */
  term: string;
  /** The lookup key: `term` in capitals. */
  key: string;
  /** The word as written (`VDIs`). */
  word: string;
  plural: boolean;
  /** Keys of the hyphenated parts when the term is a compound (`SR-IOV` → SR, IOV); else [key]. */
  parts: string[];
  /** Start and end of `word` in the block's text. */
  start: number;
  end: number;
}

/** Length limits of what counts as an acronym (letters and digits, without the plural `s`). */
export interface AcronymLimits {
  minLength: number;
  maxLength: number;
}

const NOT_A_TERM = new Set(NOT_TERMS);

/**
 * Words: letters and digits, joined by `-`, `_` or `.` inside the word (`SR-IOV`, `GSoC_2013`, `README.md`).
 * Stateful (its lastIndex): only findAcronyms' loop uses it.
 */
const WORD_STEP = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;

// The tests below are built once: a regular expression literal makes a new object each time it is evaluated, and
// these are asked of every word read.
const IDENTIFIER_JOIN = /[_.]/;
const TITLE_CASE_START = /^[A-Z][a-z]/;
const CAPITALS_ONLY = /^[A-Z]+$/;
const SHOUTED_ENDING = /(?:ING|TION|MENT|NESS|ED)$/;
const SIGIL = /[@$#\\]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** An acronym-shaped word part: capitals and digits, two capitals or more, then `s`/`es` (plural) or `e` (`PCIe`). */
const ACRONYM_PART = /^([A-Z][A-Z0-9]*)(s|es|e)?$/;

/**
 * Reads the acronyms in one word. Words with `_` or `.` are identifiers, file names or versions; a hyphenated
 * word is read part by part (`PCI-based` → PCI), adjacent acronym parts forming one term (`SR-IOV`), and a
 * part in Title case makes the whole word a name (`NV-Switch`).
 */
export function readAcronyms(
  word: string,
  limits: AcronymLimits,
): (Omit<AcronymUse, 'start' | 'end'> & { offset: number })[] {
  // Every acronym part has two capitals A–Z (readPart): a word without two has none. Most words asked about are
  // ordinary words; this answers them without the split, the closure and the lists below (6% of all the memory a
  // lint allocated on the corpus, most of it for such words).
  if (!hasTwoCapitals(word, 0, word.length)) return [];
  if (IDENTIFIER_JOIN.test(word)) return [];
  const pieces = word.split('-');
  if (pieces.length > 1 && pieces.some((piece) => TITLE_CASE_START.test(piece))) return [];
  const found: (Omit<AcronymUse, 'start' | 'end'> & { offset: number })[] = [];
  let run: { text: string; plural: boolean }[] = [];
  let first = -1;
  const close = (): void => {
    if (run.length === 0) return;
    const term = run.map((part) => part.text).join('-');
    found.push({
      term,
      key: term.toUpperCase(),
      word: pieces.slice(first, first + run.length).join('-'),
      plural: run[run.length - 1].plural,
      parts: run.map((part) => part.text.toUpperCase()),
      offset: pieces.slice(0, first).reduce((length, piece) => length + piece.length + 1, 0),
    });
    run = [];
  };
  for (const [index, piece] of pieces.entries()) {
    const part = readPart(piece, limits);
    if (!part) close();
    else {
      if (run.length === 0) first = index;
      run.push(part);
      if (part.plural) close();
    }
  }
  close();
  return found;
}

function readPart(piece: string, limits: AcronymLimits): { text: string; plural: boolean } | undefined {
  const match = ACRONYM_PART.exec(piece);
  if (!match) return undefined;
  const [, core, suffix] = match;
  if (!hasTwoCapitals(core, 0, core.length)) return undefined;
  if (core.length < limits.minLength || core.length > limits.maxLength) return undefined;
  if (NOT_A_TERM.has(core) || isRomanNumeral(core) || isShoutedWord(core)) return undefined;
  if (suffix === 'e') return { text: `${core}e`, plural: false };
  return { text: core, plural: suffix !== undefined };
}

/**
 * An English word in capitals, told by its ending: six letters or more ending in -ING, -TION, -MENT, -NESS or -ED
 * (`CODING`, `COMPLETED`, `DEPLOYMENT`). Acronyms this long with these endings are rare; status words are common.
 */
function isShoutedWord(core: string): boolean {
  return core.length >= 6 && CAPITALS_ONLY.test(core) && SHOUTED_ENDING.test(core);
}

/** The acronyms a block uses, in order, outside code, URLs, emails, handles and shouted phrases. */
export function findAcronyms(block: TextBlock, limits: AcronymLimits): AcronymUse[] {
  const uses: AcronymUse[] = [];
  const inSkip = overlapsInOrder(block.skip);
  const inQuiet = overlapsInOrder(block.quiet);
  const inShouted = overlapsInOrder(shoutedRanges(block.text));
  // Words are stepped over with `test`, which builds no match; only a word with two capitals, as every acronym has,
  // is read again with `exec` (the same match, from where the last word ended). Between two words there are no
  // letters, so the capitals counted from the last word's end are the word's own.
  const text = block.text;
  let from = 0;
  WORD_STEP.lastIndex = 0;
  while (WORD_STEP.test(text)) {
    const to = WORD_STEP.lastIndex;
    const twoCapitals = hasTwoCapitals(text, from, to);
    WORD_STEP.lastIndex = from;
    const match = twoCapitals ? WORD_STEP.exec(text)! : null;
    WORD_STEP.lastIndex = from = to;
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (SIGIL.test(block.text[start - 1] ?? '')) continue;
    // A word led by a dot is a name or a file extension (`.NET`, `CIL/.NET`, `.EXE`), as a word with a dot inside
    // is (`ASP.NET`): never an acronym.
    if (block.text[start - 1] === '.' && !LETTER_OR_DIGIT.test(block.text[start - 2] ?? '')) continue;
    if (inSkip(start, end) || inQuiet(start, end) || inShouted(start, end)) continue;
    for (const { offset, ...use } of readAcronyms(match[0], limits)) {
      uses.push({ ...use, start: start + offset, end: start + offset + use.word.length });
    }
  }
  return uses;
}

/** Whether `text` has two capitals A–Z or more in `[from, to)` (a word without two has no acronym). */
function hasTwoCapitals(text: string, from: number, to: number): boolean {
  let capitals = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code >= 65 && code <= 90 && ++capitals === 2) return true;
  }
  return false;
}

/** Whether `[start, end)` overlaps any of `ranges`. */
export function inAny(ranges: [number, number][], start: number, end: number): boolean {
  return ranges.some(([from, to]) => start < to && end > from);
}

/**
 * `inAny(ranges, …)` for ranges asked about in text order (each start and end at or after the last ones): one
 * pass over the ranges in all, where `inAny` for every word of a block is words × ranges.
 */
export function overlapsInOrder(ranges: [number, number][]): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -Infinity;
  return (start, end) => {
    // Every range that starts before `end` has been seen; one of them overlaps when the farthest reaches past `start`.
    while (next < sorted.length && sorted[next][0] < end) reach = Math.max(reach, sorted[next++][1]);
    return reach > start;
  };
}

/**
 * Runs of three or more capitalised words, one of them an English word (`DO NOT EDIT THIS PAGE`): shouting,
 * not terminology.
 */
function shoutedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/\b[A-Z][A-Z0-9']*(?:[ \t]+[A-Z][A-Z0-9']*){2,}\b/g)) {
    const words = match[0].split(/[ \t]+/);
    if (words.some((word) => NOT_A_TERM.has(word) && word.length > 1)) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}
