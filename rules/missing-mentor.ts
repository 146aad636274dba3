// missing-mentor: an idea names nobody to mentor it. Peer Review Goal: is a mentor named, with an
// email, willing to mentor it ("Don't propose projects that neither you nor anyone else wants to mentor").
import { z } from 'zod';
import {
  defineRule,
  docsUrl,
  fieldProblemReport,
  isPlaceholder,
  peopleOf,
  requireField,
} from '../src/lint/rule-kit.js';
import type { Field } from '../src/parse/types.js';

export const options = z.object({}).strict();

export default defineRule({
  id: 'missing-mentor',
  description: 'Ideas name at least one mentor.',
  defaultSeverity: 'error',
  options,
  docs: docsUrl('missing-mentor'),
  messages: {
    missing: 'No mentor named: add a "Mentors" field naming who will mentor this idea, with an email address.',
    empty: 'Mentors are empty: name who will mentor this idea, with an email address.',
    placeholder: 'Mentors are {{value}}: name who will mentor this idea, with an email address.',
    nobody: 'Mentors name nobody ({{value}}): name who will mentor this idea, with an email address.',
  },
  create() {
    const placeholder = (field: Field): boolean => isPlaceholder(field.value) || onlyPlaceholders(field);
    return {
      idea(idea) {
        const reports = fieldProblemReport(requireField(idea, 'mentors', placeholder), 'mentors');
        const field = idea.fields.mentors;
        // A value that is no stand-in but names no person (a channel, a team, a sentence): say so.
        if (reports[0]?.messageId === 'placeholder' && field && namesNoOne(field)) reports[0].messageId = 'nobody';
        return reports;
      },
    };
  },
});

/** `We will provide a dedicated Slack channel`, `the community`: text, but no entry, not even a stand-in. */
function namesNoOne(field: Field): boolean {
  return !isPlaceholder(field.value) && peopleOf(field).length === 0;
}

/** `TBD`, `Unknown, TBD`, `archivers.slack.com, #next-steps`: entries, but none of them a person. */
function onlyPlaceholders(field: Field): boolean {
  return field.raw.trim() !== '' && peopleOf(field).every((person) => person.placeholder);
}
