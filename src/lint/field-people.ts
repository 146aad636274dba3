// Lint stage (rule kit): the people a field names. missing-mentor, missing-mentor-email and min-mentors each read the
// mentors of every idea; parsePeople keeps its reading of a value for the file being linted, so they share one parse.
import type { Field } from '../parse/types.js';
import { parsePeople, type Person } from '../parse/values/people.js';

/** The people `field` names: parsePeople of its raw text, shared by every rule that asks (do not change it). */
export function peopleOf(field: Field): readonly Person[] {
  return parsePeople(field.raw);
}
