// missing-skills: an idea does not say what an applicant needs to know. Peer Review Goal: can an
// intern get going with the information in the project description.
import { z } from 'zod';
import { defineRule, docsUrl, isPlaceholder, quote } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

const HOW = 'name the languages, tools and knowledge an applicant needs';

export default defineRule({
  id: 'missing-skills',
  description: 'Ideas name the skills an applicant needs.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('missing-skills'),
  check(idea) {
    const skills = idea.fields.skills;
    if (!skills) {
      return [
        {
          message:
            'No skills listed: add a "Skills" field naming the languages, tools and knowledge an applicant needs.',
          position: idea.titlePosition,
          subject: 'skills',
        },
      ];
    }
    if (!skills.valuePosition || skills.value.trim() === '') {
      return [{ message: `Skills are empty: ${HOW}.`, position: skills.labelPosition, subject: 'skills' }];
    }
    if (isPlaceholder(skills.value)) {
      return [
        { message: `Skills are ${quote(skills.value)}: ${HOW}.`, position: skills.valuePosition, subject: 'skills' },
      ];
    }
    return [];
  },
});
