// unresolved-review: an idea still carries reviewers' comments. Peer Review Goal: review comments
// are deleted as they are addressed (Xen template), so a left-over Review field means open questions.
import { z } from 'zod';
import { defineRule, docsUrl, isPlaceholder, quote } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

export default defineRule({
  id: 'unresolved-review',
  description: 'Ideas carry no unresolved review comments.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('unresolved-review'),
  messages: {
    open: 'Review comment {{value}} is still open: address it, then delete the Review field.',
  },
  create() {
    return {
      idea(idea) {
        const review = idea.fields.review;
        if (!review || !review.valuePosition || isPlaceholder(review.value)) return [];
        return [
          {
            messageId: 'open',
            data: { value: quote(review.value) },
            position: review.valuePosition,
            subject: 'review',
          },
        ];
      },
    };
  },
});
