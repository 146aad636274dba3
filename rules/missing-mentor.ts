// missing-mentor: an idea names nobody to mentor it. Peer Review Goal: is a mentor named, with an
// email, willing to mentor it ("Don't propose projects that neither you nor anyone else wants to mentor").
import { z } from 'zod';
import { defineRule, docsUrl, isPlaceholder, parsePeople, quote, requireField } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

const HOW = 'name who will mentor this idea, with an email address';

export default defineRule({
  id: 'missing-mentor',
  description: 'Ideas name at least one mentor.',
  defaultSeverity: 'error',
  options,
  docs: docsUrl('missing-mentor'),
  create() {
    return {
      idea(idea) {
        const check = requireField(
          idea,
          'mentors',
          (field) => isPlaceholder(field.value) || onlyPlaceholders(field.raw),
        );
        if (!check.problem) return [];
        const message = {
          missing: 'No mentor named: add a "Mentors" field naming who will mentor this idea, with an email address.',
          empty: `Mentors are empty: ${HOW}.`,
          placeholder: `Mentors are ${quote(check.field?.value ?? '')}: ${HOW}.`,
        }[check.problem];
        return [{ message, position: check.position, subject: 'mentors' }];
      },
    };
  },
});

/** `TBD`, `Unknown, TBD`: entries, but none of them a person. */
function onlyPlaceholders(raw: string): boolean {
  const people = parsePeople(raw);
  return people.length > 0 && people.every((person) => person.placeholder);
}
