// missing-skills: an idea does not say what an applicant needs to know. Peer Review Goal: can an
// intern get going with the information in the project description.
import { z } from 'zod';
import { defineRule, docsUrl, fieldProblemReport, requireField } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

export default defineRule({
  id: 'missing-skills',
  description: 'Ideas name the skills an applicant needs.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('missing-skills'),
  messages: {
    missing: 'No skills listed: add a "Skills" field naming the languages, tools and knowledge an applicant needs.',
    empty: 'Skills are empty: name the languages, tools and knowledge an applicant needs.',
    placeholder: 'Skills are {{value}}: name the languages, tools and knowledge an applicant needs.',
  },
  create() {
    return { idea: (idea) => fieldProblemReport(requireField(idea, 'skills'), 'skills') };
  },
});
