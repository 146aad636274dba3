// missing-outcomes: an idea does not say what it will deliver. Peer Review Goal: can an intern get
// going with the information in the description (GSoC asks every idea for its expected outcomes).
import { z } from 'zod';
import { defineRule, docsUrl, fieldProblemReport, requireField } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

export default defineRule({
  id: 'missing-outcomes',
  description: 'Ideas say what they are expected to deliver.',
  defaultSeverity: 'error',
  options,
  docs: docsUrl('missing-outcomes'),
  messages: {
    missing: 'No expected outcomes: add an "Expected outcomes" field that says what will be delivered.',
    empty: 'Expected outcomes are empty: say what will be delivered, so applicants know what done looks like.',
    placeholder:
      'Expected outcomes are {{value}}: say what will be delivered, so applicants know what done looks like.',
  },
  create() {
    return { idea: (idea) => fieldProblemReport(requireField(idea, 'outcomes'), 'outcomes') };
  },
});
