// Parse stage: the page's own template (`### Project template name ###` ⏎ `* Possible mentor: each projects needs at
// least one possible mentor.`) and the ideas that keep its text as their values, never filled in.
import { findFields, type FieldContext } from './find-fields.js';
import { ideaTitle, isTemplateSlotTitle } from './headings.js';
import type { Unit } from './units.js';
import type { Field, FieldName, Idea } from './types.js';
import { COPIED_VALUE_MIN_WORDS } from './thresholds.js';
import { parseDifficulty } from './values/difficulty.js';
import { parseSize } from './values/size.js';

/**
 * The values of the page's template, normalised (see `normalise`): the fields under each heading titled as a template
 * slot (`Project template name`, up to the next heading of its level or above) or in each top-level list item so
 * titled, and those of the sections set aside
 * as templates by their fields (`templates`, index.ts' isTemplateSlotFields).
 */
export function templateValues(
  units: Unit[],
  context: FieldContext,
  templates: readonly Partial<Record<FieldName, Field>>[],
): Set<string> {
  const values = new Set<string>();
  const add = (fields: Partial<Record<FieldName, Field>>): void => {
    for (const field of Object.values(fields)) {
      const value = normalise(field.value);
      if (value.split(' ').length >= COPIED_VALUE_MIN_WORDS) values.add(value);
    }
  };
  for (const fields of templates) add(fields);
  units.forEach((unit, index) => {
    if (unit.hits.length > 0) return;
    // The template written as a top-level list item (`- Project template name` ⏎ `  * Possible mentor: …`) is read as
    // the same template under a heading is: its fields are those of the item.
    const item = unit.kind === 'line' && unit.itemStart && unit.listLevel === 1;
    if ((unit.kind !== 'heading' && !item) || !isTemplateSlotTitle(ideaTitle(context.text, unit.start, unit.end)[0]))
      return;
    let end = index + 1;
    if (item) while (end < units.length && units[end].start < unit.itemEnd) end++;
    else while (end < units.length && (units[end].kind !== 'heading' || units[end].depth > unit.depth)) end++;
    add(findFields(units, index + 1, end, context));
  });
  return values;
}

/**
 * Empties each field of an idea whose value is a template's value, word for word (`Possible mentor: each projects needs
 * at least one possible mentor.` under `### Video editing DSL`, copied from the template above it): the author kept the
 * template's text and gave no value.
 */
export function clearTemplateValues(idea: Idea, values: ReadonlySet<string>): void {
  if (values.size === 0) return;
  for (const [name, field] of Object.entries(idea.fields) as [FieldName, Field][]) {
    if (!field.value || !values.has(normalise(field.value)) || statesItsValue(name, field.value)) continue;
    const { valuePosition: _position, ...rest } = field;
    idea.fields[name] = { ...rest, value: '', raw: '' };
  }
}

/** A value as compared with the template's: lower case, words only. */
function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How many words a level stated as a value may have (`Medium to Hard`; `how hard is the project, …` is prose). */
const STATED_LEVEL_MAX_WORDS = 5;

/**
 * Whether a value states its field's value as the field's reader reads it: a size in hours or weeks, one figure or
 * several (`175 hours or 350 hours`, `175 hours (medium) or 350 hours (large)`, `90/175/350 hours`: size.ts reads a
 * list or a range of sizes as a size, the one that offers every size too, unless it is the program's hint wrapped
 * whole in brackets, `(90, 175 or 350 hour)`), or one level or a range of levels in a few words (`Medium to Hard`). A
 * template that gives such a value as its example gives a value, not an instruction, and an idea repeating it states
 * that value (Internet Health Report's `**Project size:** 175 hours or 350 hours` under `### IYP Browser`, the same
 * words as its `## Proposal template`, regression-11; ListenBrainz' `**Estimated Project Length:** 90/175/350 hours`,
 * the words of its closing `### Title` template, regression-12). Prose (a summary, skills, `how hard is the project,
 * beginner, intermediate, expert`, a mentor instruction) copied from the template is still its text.
 */
function statesItsValue(name: FieldName, value: string): boolean {
  if (name === 'size') {
    const size = parseSize(value);
    return size.recognised && !size.placeholder;
  }
  if (name === 'difficulty') {
    const level = parseDifficulty(value);
    return value.trim().split(/\s+/).length <= STATED_LEVEL_MAX_WORDS && level.recognised && !level.placeholder;
  }
  return false;
}
