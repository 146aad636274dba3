// program-unknown: an idea's program field (`GSoC: Unknown`) does not say whether the idea is offered.
// Peer Review Goal: does the project meet the program's goals (admins cannot tell from "Unknown").
import { z } from 'zod';
import { defineRule, docsUrl, isPlaceholder, quote } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

export default defineRule({
  id: 'program-unknown',
  description: 'Ideas say whether they are offered in the program.',
  defaultSeverity: 'notice',
  options,
  docs: docsUrl('program-unknown'),
  messages: {
    placeholder: '{{label}} is {{value}}: say whether this idea is offered in the program (Yes or No).',
  },
  create() {
    return {
      idea(idea) {
        const program = idea.fields.program;
        if (!program || !program.valuePosition || !isPlaceholder(program.value)) return [];
        return [
          {
            messageId: 'placeholder',
            data: { label: program.label, value: quote(program.value) },
            position: program.valuePosition,
            subject: 'program',
          },
        ];
      },
    };
  },
});
