// Lint stage (rule kit): the people a field names, read once per field. missing-mentor, missing-mentor-email and
// min-mentors each read the mentors of every idea; parsing the same value three times was 2% of a program audit.
import type { Field } from '../parse/types.js';
import { parsePeople, type Person } from '../parse/values/people.js';

// Keyed by the field itself: one parse of a file shares its Field objects among the rules, and an entry goes when
// its file's tree does (no size bound, nothing kept between files).
const peopleByField = new WeakMap<Field, readonly Person[]>();

/** The people `field` names: parsePeople of its raw text, shared by every rule that asks (do not change it). */
export function peopleOf(field: Field): readonly Person[] {
  let people = peopleByField.get(field);
  if (people === undefined) {
    people = parsePeople(field.raw);
    peopleByField.set(field, people);
  }
  return people;
}
