// Parse stage: codes a list explains once and then writes after each idea — `difficulty (**D0** - easy, **D1** -
// medium, **D2** - hard)` above items ending in `[**D1**, **P1**]` — read as the fields they stand for.
import { readLabel } from './labels.js';
import type { RawField } from './raw-field.js';
import { inlineToText } from './text.js';
import type { Unit } from './units.js';
import type { ParseOptions } from './types.js';

/** One explained code: the field it gives, its meaning, where the legend names the field. */
interface CodeMeaning {
  field: RawField['name'];
  label: string;
  meaning: string;
}

/** The codes a document explains, from the offset of the explanation on. */
export interface CodeLegend {
  start: number;
  codes: Map<string, CodeMeaning>;
}

/** A code as written in a legend or after an idea: a short capital token, marked (`**D1**`, `` `M` ``, `[H]`). */
const CODE = String.raw`[A-Z][A-Z0-9]{0,3}`;
const MARKED_CODE = new RegExp(String.raw`(?:\*\*|__|\x60)(${CODE})(?:\*\*|__|\x60)`, 'g');
/** The codes after an idea's title, with the brackets around them: `[**D1**, **P1**] `. */
const CODE_GROUP = new RegExp(String.raw`^(?:[\s,;/]*(?:\*\*|__|\x60)${CODE}(?:\*\*|__|\x60))+[\s\]),]*`);
/** `**D1** - medium`, `**S**: 90 hours`, `**H** = hard` — a marked code, a separator, a meaning of a few words. */
const PAIR = new RegExp(
  String.raw`(?:\*\*|__|\x60)(${CODE})(?:\*\*|__|\x60)\s*(?:[-–—:=]|means)\s*([^,;()*\x60\n]{1,40}?)\s*(?=[,;)]|\s+and\s|$)`,
  'g',
);
/** The field a legend explains: a label phrase just before its opening parenthesis (`an estimated difficulty (`). */
const LEAD = /([\p{L}][\p{L}\s'’-]{0,60})\(\s*$/u;
/**
 * How far before a parenthesis a LEAD match can start, in UTF-16 units: 61 code points of up to two units each,
 * rounded up. LEAD runs on that much of the line only, so a long line with many parentheses stays linear.
 */
const LEAD_REACH = 130;

/** Reads every legend of the document: a field named in prose, then at least two code–meaning pairs. */
export function findCodeLegends(units: Unit[], text: string, options: ParseOptions): CodeLegend[] {
  const legends: CodeLegend[] = [];
  for (const unit of units) {
    if (unit.kind !== 'line') continue;
    const line = text.slice(unit.start, unit.end);
    if (!line.includes('(')) continue;
    const codes = new Map<string, CodeMeaning>();
    for (const group of line.matchAll(/\(([^()]{4,300})\)/g)) {
      // The pairs first: most parentheses hold none, and they cost less to rule out than the field's name.
      const pairs = [...group[1].matchAll(PAIR)];
      if (pairs.length < 2) continue;
      const lead = LEAD.exec(line.slice(Math.max(0, group.index + 1 - LEAD_REACH), group.index + 1));
      if (!lead) continue;
      // The last one to four words before the parenthesis name the field: `an estimated difficulty`.
      const words = lead[1].trim().split(/\s+/);
      let found: ReturnType<typeof readLabel>;
      let label = '';
      for (let take = Math.min(4, words.length); take >= 1 && !found; take--) {
        label = words.slice(words.length - take).join(' ');
        found = readLabel(label, options.fields);
      }
      if (!found) continue;
      for (const pair of pairs) codes.set(pair[1], { field: found.name, label, meaning: inlineToText(pair[2]).trim() });
    }
    if (codes.size > 0) legends.push({ start: unit.start, codes });
  }
  return legends;
}

/**
 * The fields the codes of one line give (`[**D1**, **P1**]` → difficulty "medium"), with where the codes are:
 * `first` is the offset of the first explained code. Codes no legend before the line explains are left alone.
 */
export function readCodes(
  legends: CodeLegend[],
  text: string,
  start: number,
  end: number,
): { fields: RawField[]; first: number; after: number } | undefined {
  const fields: RawField[] = [];
  let first = -1;
  const line = text.slice(start, end);
  for (const match of line.matchAll(MARKED_CODE)) {
    const at = start + (match.index ?? 0);
    const legend = [...legends].reverse().find((candidate) => candidate.start < at && candidate.codes.has(match[1]));
    const meaning = legend?.codes.get(match[1]);
    if (!meaning || fields.some((field) => field.name === meaning.field)) continue;
    if (first < 0) first = at;
    fields.push({
      name: meaning.field,
      label: meaning.label,
      labelStart: at,
      labelEnd: at + match[0].length,
      valueStart: at,
      valueEnd: at + match[0].length,
      weak: false,
      source: meaning.meaning,
    });
  }
  if (fields.length === 0) return undefined;
  // The group the codes stand in (`[**D1**, **P1**]`) ends where the text after them starts.
  const group = CODE_GROUP.exec(text.slice(first, end));
  return { fields, first, after: first + (group ? group[0].length : 0) };
}
