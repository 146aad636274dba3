// Lint stage (rule kit): the absent / empty / placeholder check that field rules share. Pure.
import type { Field, FieldName, Idea, Position } from '../parse/types.js';
import { isPlaceholder } from '../parse/values/placeholder.js';
import type { RuleReport } from './types.js';
import { quote } from './words.js';

/** What is wrong with a required field, or the field with a real value to check further. */
export type FieldCheck =
  /** No such field: points at the idea's title. */
  | { problem: 'missing'; position: Position; field?: undefined }
  /** A label without a value: points at the label. */
  | { problem: 'empty'; position: Position; field: Field }
  /** `TBD`, `N/A`…: points at the value. */
  | { problem: 'placeholder'; position: Position; field: Field }
  /** A real value: `position` is the value's. */
  | { problem: undefined; position: Position; field: Field };

/**
 * Checks that `idea` has the field `name` with a value that is not a placeholder. `placeholder` decides what
 * counts as one (default: the shared placeholder words); it only sees non-empty values.
 */
export function requireField(
  idea: Idea,
  name: FieldName,
  placeholder: (field: Field) => boolean = (field) => isPlaceholder(field.value),
): FieldCheck {
  const field = idea.fields[name];
  if (!field) return { problem: 'missing', position: idea.titlePosition };
  if (!field.valuePosition || field.value.trim() === '') {
    return { problem: 'empty', position: field.labelPosition, field };
  }
  if (placeholder(field)) return { problem: 'placeholder', position: field.valuePosition, field };
  return { problem: undefined, position: field.valuePosition, field };
}

/**
 * The finding of a field problem: messageId `missing`, `empty` or `placeholder` (the rule's messages name them),
 * `{{value}}` the quoted value, the field as subject; none when the field has a real value.
 */
export function fieldProblemReport(check: FieldCheck, subject: string): RuleReport[] {
  if (!check.problem) return [];
  return [
    { messageId: check.problem, data: { value: quote(check.field?.value ?? '') }, position: check.position, subject },
  ];
}
