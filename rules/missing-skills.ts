// missing-skills: an idea does not say what an applicant needs to know. Peer Review Goal: can an
// intern get going with the information in the project description.
import { z } from 'zod';
import { defineRule, docsUrl, quote, requireField } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

const HOW = 'name the languages, tools and knowledge an applicant needs';

export default defineRule({
  id: 'missing-skills',
  description: 'Ideas name the skills an applicant needs.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('missing-skills'),
  create() {
    return {
      idea(idea) {
        const check = requireField(idea, 'skills');
        if (!check.problem) return [];
        const message = {
          missing:
            'No skills listed: add a "Skills" field naming the languages, tools and knowledge an applicant needs.',
          empty: `Skills are empty: ${HOW}.`,
          placeholder: `Skills are ${quote(check.field?.value ?? '')}: ${HOW}.`,
        }[check.problem];
        return [{ message, position: check.position, subject: 'skills' }];
      },
    };
  },
});
