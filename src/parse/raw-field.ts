// Parse stage: the one raw-field type every field reader produces (label lines, table cells, front matter keys),
// and the one converter from it to the idea model's Field.
import type { LabelMatch } from './labels.js';
import { markdownToText, rangeAt } from './text.js';
import { QUANTITY_VALUE_MAX_WORDS } from './thresholds.js';
import { parseSize, TIME_UNIT } from './values/size.js';
import type { Field, FieldName } from './types.js';

/** A field as found, before its value is read: the label's fields, and the label and value ranges (offsets). */
export interface RawField {
  name: FieldName;
  /** Further fields a combined label names (`Difficulty & Requirements`): the value feeds each of them. */
  also?: FieldName[];
  /** The label as written, without markup or trailing colon. */
  label: string;
  labelStart: number;
  labelEnd: number;
  /** The value's range; empty when the value is blank. */
  valueStart: number;
  valueEnd: number;
  /** A vague label (`Involves`) or a loose plain one: a specific label of the same field elsewhere wins. */
  weak: boolean;
  /** The value's Markdown when it is not the file's text at the value range (a YAML list rendered as text). */
  source?: string;
  /** The field named instead when the value is a size quantity (`**Scope:** 350 hours`). */
  quantity?: FieldName;
  /** No field is named unless the value is a size quantity (`**Timeline:** Approximately 175 hours`). */
  quantityOnly?: boolean;
}

/** The parts of a raw field that come from how its label reads. */
export function fromLabel(found: LabelMatch): Pick<RawField, 'name' | 'also' | 'weak' | 'quantity' | 'quantityOnly'> {
  return {
    name: found.name,
    ...(found.also ? { also: found.also } : {}),
    weak: found.demoted,
    ...(found.quantity ? { quantity: found.quantity } : {}),
    ...(found.quantityOnly ? { quantityOnly: true } : {}),
  };
}

/** Every field a raw field names, its first one first. */
export function fieldNames(raw: Pick<RawField, 'name' | 'also'>): FieldName[] {
  return raw.also ? [raw.name, ...raw.also] : [raw.name];
}

/** Where and how to read values: the file's text and line starts. */
export interface ValueContext {
  text: string;
  starts: number[];
}

/**
 * Converts a raw field to a Field named `name` (one of its names), or its `quantity` field when the value is a size
 * quantity: the value as plain text and its source, the label's and value's positions. `read` overrides how the
 * value's Markdown becomes text (a cut template comment, a value starting mid-line). Undefined when the label names a
 * field only through a quantity (`Timeline`) and its value is none.
 */
export function toField(
  raw: RawField,
  context: ValueContext,
  name: FieldName = raw.name,
  read: (source: string) => string = (source) => markdownToText(source),
): Field | undefined {
  const labelPosition = rangeAt(context.starts, raw.labelStart, raw.labelEnd);
  const source = raw.source ?? context.text.slice(raw.valueStart, raw.valueEnd);
  const value = raw.valueEnd > raw.valueStart || raw.source ? read(source) : '';
  // A time-plan label (`Timeline`) names the size also through prose stating the project's length; another label
  // naming the size through a quantity (`Scope`) only through a quantity its value is or opens with.
  const states = raw.quantityOnly ? statesQuantity : opensWithQuantity;
  const quantity = raw.quantity !== undefined && name === raw.name && value !== '' && states(value);
  if (raw.quantityOnly && !quantity) return undefined;
  if (!value) return { name, label: raw.label, value: '', raw: '', labelPosition };
  return {
    name: quantity && raw.quantity ? raw.quantity : name,
    label: raw.label,
    value,
    raw: raw.source ?? source,
    labelPosition,
    valuePosition: rangeAt(context.starts, raw.valueStart, raw.valueEnd),
  };
}

/** Whether a value is a size quantity and no more: `350 hours`, `12 weeks`, `Medium (175h)`. */
export function isQuantity(value: string): boolean {
  return piecesAtMost(value, QUANTITY_VALUE_MAX_WORDS) && parseSize(value).recognised;
}

/**
 * An approximation before a figure. The grammar of a range (issue 11, test/fixtures/VARIANTS.md gap 4):
 * RANGE := APPROX? N (`to` | `-` | `–` | `or`) APPROX? M UNIT, so each bound may carry its own (`175 to ~350 hours`,
 * `about 4 to about 6 months`).
 */
const APPROX = '(?:approx(?:imately|\\.)?|about|around|roughly|circa|ca\\.|~|≈)';

/**
 * A value that opens with a figure of time, or a range of them, after an approximation (`175 to 350 hours (depending
 * on …)`, `Approximately 175 hours for the basic engine, extending to 350 hours …`): what follows qualifies the size.
 * A plan names its weeks first (`Week 1: …`), so it opens with no figure.
 */
const OPENING_QUANTITY = new RegExp(
  `^(?:${APPROX}\\s*){0,2}\\d+(?:\\s*(?:-|–|to|or)\\s*(?:${APPROX}\\s*)?\\d+)?\\s*-?\\s*${TIME_UNIT}`,
  'i',
);

/** Whether a value is a size quantity (`isQuantity`), or opens with one (`OPENING_QUANTITY`). */
function opensWithQuantity(value: string): boolean {
  return isQuantity(value) || (OPENING_QUANTITY.test(value.trim()) && parseSize(value).recognised);
}

/**
 * Whether a time plan's value (`Timeline`) states the project's size: it is a size quantity or opens with one, or its
 * prose states how long the whole project is (`statesProjectLength`).
 */
export function statesQuantity(value: string): boolean {
  return opensWithQuantity(value) || statesProjectLength(value);
}

const AMOUNT_NUMBER = '(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** A figure of time, or a range of them, after an approximation: `approximately six months`, `4 to 6 months`, `175-hour`. */
const TIME_AMOUNT =
  `(?:(?:${APPROX}|up to|at least|at most)\\s*)?` +
  `${AMOUNT_NUMBER}(?:\\s*(?:-|–|to|or)\\s*(?:${APPROX}\\s*)?${AMOUNT_NUMBER})?\\s*-?\\s*${TIME_UNIT}`;
const PROJECT_NOUN = '(?:project|internship)';
/**
 * A sentence that states how long the whole project is, as a timeline's prose does (issue 11; Google Season of Docs
 * pages: Mautic's `The project itself will take approximately six months` and SciML's `3 tutorials for a 6 month
 * project`, regression-5; ExpressLRS's `The documentation project will take approximately four to six months`,
 * regression-6). The grammar: the project as subject of a verb of duration (`the project (itself) (will) take / last /
 * run / span / require N units`), a figure of time as the project's adjective (`a 6 month project`, `a 175-hour
 * internship`), or the project's duration stated (`the duration of the project is estimated at N units`). A part of
 * the project (`the first phase of the project will take 2 weeks`) is none, nor is a plan's week (`Week 1: …`).
 */
const PROJECT_LENGTH = new RegExp(
  [
    `\\b(?=${PROJECT_NOUN})(?<!\\bof\\s+(?:the|this|our)\\s+(?:\\w+\\s+)?)${PROJECT_NOUN}(?:\\s+itself)?\\s+` +
      `(?:(?:will|would|should|shall|can|is expected to|is estimated to|is planned to)\\s+)?` +
      `(?:takes?|lasts?|runs?(?:\\s+for)?|spans?|requires?)\\s+${TIME_AMOUNT}`,
    `\\ban?\\s+${TIME_AMOUNT}\\s+(?:long\\s+)?${PROJECT_NOUN}\\b`,
    `\\b(?:duration|length)\\s+of\\s+(?:the|this)\\s+${PROJECT_NOUN}\\s+(?:is|will be)\\s+` +
      `(?:(?:estimated|expected|planned)\\s+(?:at|to be)\\s+)?${TIME_AMOUNT}`,
  ].join('|'),
  'i',
);

/**
 * Whether a value's prose states how long the whole project is (PROJECT_LENGTH): the size a timeline section gives
 * when it opens with no figure (`### Timeline` over `The project will take approximately six months …`).
 */
function statesProjectLength(value: string): boolean {
  return PROJECT_LENGTH.test(value) && parseSize(value).recognised;
}

/** Whether `value.split(/\s+/)` has at most `limit` pieces, counted up to the limit only (a long value is not split). */
function piecesAtMost(value: string, limit: number): boolean {
  const gaps = /\s+/g;
  let pieces = 1;
  while (gaps.exec(value) !== null) if (++pieces > limit) return false;
  return true;
}

/** One Field per name a raw field gives (`Size and difficulty` → size and difficulty, same value). */
export function toFields(raw: RawField, context: ValueContext): Field[] {
  return fieldNames(raw)
    .map((name) => toField(raw, context, name))
    .filter((field): field is Field => field !== undefined);
}
