// Parse stage: label lines written as headings — which headings of the form `Label: value` are field lines of the
// section they sit in rather than titles of sections of their own.
import { readWholeLabel, type LabelHit } from './label-line.js';
import { markdownToText } from './text.js';
import type { FieldName, ParseOptions } from './types.js';
import { parseDifficulty } from './values/difficulty.js';
import { parseSize } from './values/size.js';

/** What this reading needs of a unit of the document (units.ts' Unit, whose collectUnits calls it). */
interface LabelledUnit {
  kind: string;
  start: number;
  end: number;
  depth: number;
  hits: LabelHit[];
}

/**
 * The fields a heading may give on its own line without naming a project: a level, a size, people, skills. A
 * description's or an outcome's label before a colon (`## Summary: Improve the docs`, `### Goal: faster builds`) may
 * open a title, so those never make a run.
 */
const FIELD_LINE_FIELDS: ReadonlySet<FieldName> = new Set(['difficulty', 'size', 'mentors', 'skills']);

/**
 * Grammar (field lines written as headings): a heading whose text is a label line — a known label of an idea's
 * metadata (FIELD_LINE_FIELDS), a colon, a value on the heading's own line — is a field line of the section it sits
 * in, never the title of a section of its own, whatever its level, when
 *  - it is one of a run of such headings: the heading next to it in the outline (before or after, only text between)
 *    is one too, at the same level (Homebrew's `### Optimise formula…` ⏎ `#### Skills Required: Ruby, Homebrew
 *    usage, basic HTTP download knowledge` ⏎ `#### Mentor: @MikeMcQuaid` ⏎ `#### Difficulty: Hard` ⏎ prose ⏎
 *    `Expected outcome: …`, regression-13; Waycrate's `### Difficulty: Hard` ⏎ `### Project Size: Large (350 hours)`
 *    ⏎ `### Skills: Rust`, regression-10). In a run a value may be as long as a line: a list of skills is not a
 *    heading's few words, and its neighbours show the heading is a label; or
 *  - its value is one no title has: a difficulty level (`#### Difficulty: Medium`) or a project size (`#### Size: 175
 *    hours`), a few words without a sentence.
 * Such a heading keeps its label when labels follow in its text (the prose and `Expected outcome:` after
 * `#### Difficulty: Hard` are the idea's, units.ts unlabelTitledHeadings), so the heading holding it is the idea. A lone
 * heading starting with another label (`## Summary: Improve the docs` ⏎ `- Mentors: Jane`) may still be a title.
 */
export function findFieldHeadings<Unit extends LabelledUnit>(
  units: Unit[],
  text: string,
  options: ParseOptions,
): Set<Unit> {
  const fieldLines = findFieldLines(units, text, options);
  for (const unit of fieldLines) FIELD_LINE_HEADINGS.add(unit);
  return fieldLines;
}

/** The headings findFieldHeadings read as field lines, for the field reader (find-fields.ts): their value is their line. */
const FIELD_LINE_HEADINGS = new WeakSet<object>();

/** Whether a heading unit is a field line (findFieldHeadings): its value ends with its line. */
export function isFieldLineHeading(unit: object): boolean {
  return FIELD_LINE_HEADINGS.has(unit);
}

function findFieldLines<Unit extends LabelledUnit>(units: Unit[], text: string, options: ParseOptions): Set<Unit> {
  const headings = units.filter((unit) => unit.kind === 'heading');
  const inline = headings.map((heading) => inlineLabel(heading, text, options));
  const fieldLines = new Set<Unit>();
  headings.forEach((heading, index) => {
    const hits = inline[index];
    if (hits === undefined) return;
    const next = (at: number): boolean =>
      at >= 0 && at < headings.length && headings[at].depth === heading.depth && inline[at] !== undefined;
    if (next(index - 1) || next(index + 1)) {
      heading.hits = hits;
      fieldLines.add(heading);
    } else if (heading.hits.length > 0 && statesFieldValue(hits[0], text)) fieldLines.add(heading);
  });
  return fieldLines;
}

/**
 * A heading's label with its value on the heading's line, for the fields of FIELD_LINE_FIELDS (a specific label, not a
 * vague one): the hits it has, or those read again with a value of any length (a run may hold a long one).
 */
function inlineLabel(heading: LabelledUnit, text: string, options: ParseOptions): LabelHit[] | undefined {
  let hits = heading.hits;
  if (hits.length === 0) {
    const colon = text.indexOf(':', heading.start);
    const fullWidth = text.indexOf('：', heading.start);
    if ((colon < 0 || colon >= heading.end) && (fullWidth < 0 || fullWidth >= heading.end)) return undefined;
    hits = readWholeLabel(text, heading.start, heading.end, options, true);
  }
  const first = hits[0];
  if (first === undefined || first.weak || !FIELD_LINE_FIELDS.has(first.name)) return undefined;
  if (first.valueStart >= heading.end || markdownToText(text.slice(first.valueStart, first.valueEnd)) === '')
    return undefined;
  return hits;
}

/**
 * Whether a heading's value is a difficulty level or a project size without a sentence (its few words are a heading
 * label's, HEADING_VALUE_MAX_WORDS, label-line.ts).
 */
function statesFieldValue(hit: LabelHit, text: string): boolean {
  const value = markdownToText(text.slice(hit.valueStart, hit.valueEnd));
  if (/[.!?]$/.test(value)) return false;
  if (hit.name === 'difficulty') {
    const reading = parseDifficulty(value);
    return reading.recognised && !reading.placeholder;
  }
  if (hit.name === 'size') {
    const reading = parseSize(value);
    return reading.recognised && !reading.placeholder && reading.byLetter !== true;
  }
  return false;
}
