// min-mentors: an idea names fewer mentors than the program asks for (GSoC, Season of Docs and
// Wikimedia ask for two). Peer Review Goal: is a mentor named, willing to mentor it, with a backup.
import { z } from 'zod';
import { defineRule, docsUrl, peopleOf } from '../src/lint/rule-kit.js';

export const options = z
  .object({
    min: z
      .number()
      .int()
      .min(1)
      .default(2)
      .describe('The fewest mentors an idea may name; placeholders such as TBD do not count.'),
  })
  .strict();

export default defineRule({
  id: 'min-mentors',
  description: 'Ideas name enough mentors for the program.',
  defaultSeverity: 'off',
  options,
  docs: docsUrl('min-mentors'),
  messages: {
    one: 'Only 1 mentor is named: add {{more}} so the intern always has someone to ask.',
    few: 'Only {{count}} mentors are named: add {{more}} so the intern always has someone to ask.',
  },
  create({ options: { min } }) {
    return {
      idea(idea) {
        const mentors = idea.fields.mentors;
        if (!mentors?.valuePosition) return [];
        const count = peopleOf(mentors).filter((person) => !person.placeholder).length;
        // No mentor at all is missing-mentor's finding; one finding per problem.
        if (count === 0 || count >= min) return [];
        // "add another", "add 2 more".
        const more = min - count === 1 ? 'another' : `${min - count} more`;
        return [
          {
            messageId: count === 1 ? 'one' : 'few',
            data: { count, more },
            position: mentors.valuePosition,
            subject: 'mentors',
          },
        ];
      },
    };
  },
});
