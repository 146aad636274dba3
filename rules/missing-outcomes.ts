// missing-outcomes: an idea does not say what it will deliver. Peer Review Goal: can an intern get
// going with the information in the description (GSoC asks every idea for its expected outcomes).
import { z } from 'zod';
import { defineRule, docsUrl, quote, requireField } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

const WHY = 'so applicants know what done looks like';

export default defineRule({
  id: 'missing-outcomes',
  description: 'Ideas say what they are expected to deliver.',
  defaultSeverity: 'error',
  options,
  docs: docsUrl('missing-outcomes'),
  create() {
    return {
      idea(idea) {
        const check = requireField(idea, 'outcomes');
        if (!check.problem) return [];
        const value = quote(check.field?.value ?? '');
        const message = {
          missing: 'No expected outcomes: add an "Expected outcomes" field that says what will be delivered.',
          empty: `Expected outcomes are empty: say what will be delivered, ${WHY}.`,
          placeholder: `Expected outcomes are ${value}: say what will be delivered, ${WHY}.`,
        }[check.problem];
        return [{ message, position: check.position, subject: 'outcomes' }];
      },
    };
  },
});
