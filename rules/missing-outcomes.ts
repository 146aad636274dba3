// missing-outcomes: an idea does not say what it will deliver. Peer Review Goal: can an intern get
// going with the information in the description (GSoC asks every idea for its expected outcomes).
import { z } from 'zod';
import { defineRule, docsUrl, isPlaceholder, quote } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

const WHY = 'so applicants know what done looks like';

export default defineRule({
  id: 'missing-outcomes',
  description: 'Ideas say what they are expected to deliver.',
  defaultSeverity: 'error',
  options,
  docs: docsUrl('missing-outcomes'),
  check(idea) {
    const outcomes = idea.fields.outcomes;
    if (!outcomes) {
      return [
        {
          message: 'No expected outcomes: add an "Expected outcomes" field that says what will be delivered.',
          position: idea.titlePosition,
          subject: 'outcomes',
        },
      ];
    }
    if (!outcomes.valuePosition || outcomes.value.trim() === '') {
      return [
        {
          message: `Expected outcomes are empty: say what will be delivered, ${WHY}.`,
          position: outcomes.labelPosition,
          subject: 'outcomes',
        },
      ];
    }
    if (isPlaceholder(outcomes.value)) {
      return [
        {
          message: `Expected outcomes are ${quote(outcomes.value)}: say what will be delivered, ${WHY}.`,
          position: outcomes.valuePosition,
          subject: 'outcomes',
        },
      ];
    }
    return [];
  },
});
