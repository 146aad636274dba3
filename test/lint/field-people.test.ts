// peopleOf: the people of a field, parsed once however many rules ask (parsePeople's reading per file) (missing-mentor, missing-mentor-email and
// min-mentors all read the mentors of every idea).
import { describe, expect, it } from 'vitest';
import { peopleOf } from '../../src/lint/rule-kit.js';
import type { Field } from '../../src/parse/types.js';
import { parsePeople } from '../../src/parse/values/people.js';

const at = { line: 1, column: 1, offset: 0 };
const mentors = (raw: string): Field => ({
  name: 'mentors',
  label: 'Mentors',
  value: raw,
  raw,
  labelPosition: { start: at, end: at },
  valuePosition: { start: at, end: at },
});

describe('peopleOf', () => {
  it('reads the people of the raw value, as parsePeople does', () => {
    const raw = 'Jane Doe <jane@example.org>, @octocat, TBD';
    expect(peopleOf(mentors(raw))).toEqual(parsePeople(raw));
    expect(peopleOf(mentors(raw)).map((person) => person.name)).toEqual(['Jane Doe', '@octocat', 'TBD']);
  });

  it('reads a field once: the same list for every rule that asks', () => {
    const field = mentors('Jane Doe <jane@example.org>');
    expect(peopleOf(field)).toBe(peopleOf(field));
  });
});
