// missing-mentor-email: a mentor is named without a way to email them. Peer Review Goal: is a mentor
// named, with an email, willing to mentor it (applicants must be able to reach the mentor).
import { z } from 'zod';
import { defineRule, docsUrl, peopleOf, quote, rangeAt, type Person } from '../src/lint/rule-kit.js';
import type { Field, IdeaFile, Position } from '../src/parse/types.js';

export const options = z
  .object({
    acceptObfuscated: z
      .boolean()
      .default(true)
      .describe('Accept a spelled-out address such as "jane at example dot org" as an email.'),
    acceptHandles: z
      .boolean()
      .default(false)
      .describe('Accept a GitHub handle (@jane) or GitHub profile link instead of an email.'),
  })
  .strict();

export default defineRule({
  id: 'missing-mentor-email',
  description: 'Every mentor is named with an email address.',
  defaultSeverity: 'error',
  options,
  docs: docsUrl('missing-mentor-email'),
  messages: {
    spelledOut: 'Mentor {{name}} gives a spelled-out email address: write it out in full so applicants can copy it.',
    spelledOutMany:
      'Mentors {{names}} give spelled-out email addresses: write them out in full so applicants can copy them.',
    noEmail: 'Mentor {{name}} has no email address: add one so applicants can reach them.',
    noEmailMany: 'Mentors {{names}} have no email address: add one for each so applicants can reach them.',
  },
  create({ options: settings, file, lineStarts }) {
    return {
      idea(idea) {
        const mentors = idea.fields.mentors;
        if (!mentors?.valuePosition) return [];
        const locate = locator(file, mentors, lineStarts);
        const unreachable = peopleOf(mentors).filter((person) => !person.placeholder && !isReachable(person, settings));
        if (unreachable.length === 0) return [];
        // One finding per idea, naming every mentor at fault: a `@a @b @c` cell is one thing to fix, not three.
        const names = unreachable.map((person) => person.name);
        const spelledOut = unreachable.every((person) => person.obfuscated) && !settings.acceptObfuscated;
        const positions = names.map(locate);
        const many = names.length > 1;
        return [
          {
            messageId: spelledOut ? (many ? 'spelledOutMany' : 'spelledOut') : many ? 'noEmailMany' : 'noEmail',
            data: many ? { names: list(names) } : ({ name: quote(names[0]) } as Record<string, string>),
            position: { start: positions[0].start, end: positions[positions.length - 1].end },
            subject: names.join(', '),
          },
        ];
      },
    };
  },
});

/** `"A", "B" and "C"`. */
function list(names: string[]): string {
  const quoted = names.map((name) => quote(name));
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** Whether applicants can write to this person under the rule's options. */
function isReachable(person: Person, settings: z.output<typeof options>): boolean {
  // An obfuscated address (`jane at example dot org`) is read into `email` too, flagged `obfuscated`.
  if (person.email && (!person.obfuscated || settings.acceptObfuscated)) return true;
  return Boolean(person.handle) && settings.acceptHandles;
}

/**
 * Finds each mentor's name in the field's source text, in order, so a finding points at that mentor;
 * falls back to the whole value when the name is not written as parsed (entities, markup inside it).
 */
function locator(file: IdeaFile, field: Field, starts: readonly number[]): (name: string) => Position {
  const value = field.valuePosition as Position;
  // Searched within the value from the last name found: linear in the value, however many mentors.
  const source = file.text.slice(value.start.offset, value.end.offset);
  let from = 0;
  return (name) => {
    const found = name ? source.indexOf(name, from) : -1;
    if (found === -1) return value;
    from = found + name.length;
    const at = value.start.offset + found;
    return rangeAt(starts, at, at + name.length);
  };
}
