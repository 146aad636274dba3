// Parse stage: the page's own template (`### Project template name ###` ⏎ `* Possible mentor: each projects needs at
// least one possible mentor.`) and the ideas that keep its text as their values, never filled in.
import { findFields, type FieldContext } from './find-fields.js';
import { ideaTitle, isTemplateSlotTitle } from './headings.js';
import type { Unit } from './units.js';
import type { Field, FieldName, Idea } from './types.js';
import { COPIED_VALUE_MIN_WORDS } from './thresholds.js';

/**
 * The values of the page's template, normalised (see `normalise`): the fields under each heading titled as a template
 * slot (`Project template name`, up to the next heading of its level or above), and those of the sections set aside
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
    if (unit.kind !== 'heading' || unit.hits.length > 0) return;
    if (!isTemplateSlotTitle(ideaTitle(context.text, unit.start, unit.end)[0])) return;
    let end = index + 1;
    while (end < units.length && (units[end].kind !== 'heading' || units[end].depth > unit.depth)) end++;
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
    if (!field.value || !values.has(normalise(field.value))) continue;
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
