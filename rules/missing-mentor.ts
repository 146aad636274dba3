// missing-mentor: an idea names nobody to mentor it. Peer Review Goal: is a mentor named, with an
// email, willing to mentor it ("Don't propose projects that neither you nor anyone else wants to mentor").
import { z } from 'zod';
import { defineRule, docsUrl, isPlaceholder, parsePeople, quote } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

const HOW = 'name who will mentor this idea, with an email address';

export default defineRule({
  id: 'missing-mentor',
  description: 'Ideas name at least one mentor.',
  defaultSeverity: 'error',
  options,
  docs: docsUrl('missing-mentor'),
  check(idea) {
    const mentors = idea.fields.mentors;
    if (!mentors) {
      return [
        {
          message: 'No mentor named: add a "Mentors" field naming who will mentor this idea, with an email address.',
          position: idea.titlePosition,
          subject: 'mentors',
        },
      ];
    }
    if (!mentors.valuePosition || mentors.value.trim() === '') {
      return [{ message: `Mentors are empty: ${HOW}.`, position: mentors.labelPosition, subject: 'mentors' }];
    }
    if (isPlaceholder(mentors.value) || onlyPlaceholders(mentors.raw)) {
      return [
        {
          message: `Mentors are ${quote(mentors.value)}: ${HOW}.`,
          position: mentors.valuePosition,
          subject: 'mentors',
        },
      ];
    }
    return [];
  },
});

/** `TBD`, `Unknown, TBD`: entries, but none of them a person. */
function onlyPlaceholders(raw: string): boolean {
  const people = parsePeople(raw);
  return people.length > 0 && people.every((person) => person.placeholder);
}
