// missing-size: an idea does not say how big it is, or is bigger than the program allows. Peer Review
// Goal: can the project be completed in 3 months (assume one month of preparation).
import { z } from 'zod';
import {
  defineRule,
  docsUrl,
  fieldProblemReport,
  parseSize,
  quote,
  requireField,
  type RuleReport,
} from '../src/lint/rule-kit.js';
import type { Idea } from '../src/parse/types.js';

export const options = z
  .object({
    // A size stated is stated (issue 11, The Red Wood Lab's `Approximately 375 hours`, regression-9): whether it fits
    // depends on the program, so the limits are a program's settings (the gsoc preset sets maxHours), not defaults.
    maxHours: z
      .number()
      .positive()
      .optional()
      .describe('The most hours an idea may state, such as 350 for GSoC; unset accepts any figure.'),
    maxWeeks: z
      .number()
      .positive()
      .optional()
      .describe('The most weeks an idea may state, such as 13 for a three-month internship; unset accepts any.'),
    allowedHours: z
      .array(z.number().positive())
      .default([])
      .describe('The only hour figures an idea may state, such as 90, 175 and 350; empty accepts any figure.'),
  })
  .strict();

export default defineRule({
  id: 'missing-size',
  description: 'Ideas state a size that fits the program.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('missing-size'),
  messages: {
    missing:
      'No project size: add a "Project size" field and give the expected hours (for example 175) so applicants can plan their time.',
    empty: 'Project size is empty: give the expected hours (for example 175) so applicants can plan their time.',
    placeholder:
      'Project size is {{value}}: give the expected hours (for example 175) so applicants can plan their time.',
    unreadable:
      'Project size {{value}} does not state a size: give the expected hours (for example 175) so applicants can plan their time.',
    tooManyHours:
      'Project size {{value}} is over {{maxHours}} hours: cut the scope or split the idea so it fits the program.',
    tooManyWeeks:
      'Project size {{value}} is over {{maxWeeks}} weeks: cut the scope or split the idea so it fits the program.',
    notAllowed: 'Project size {{value}} is not {{allowed}}: pick the size closest to the work.',
  },
  create({ options: { maxHours, maxWeeks, allowedHours } }) {
    return { idea: (idea) => checkSize(idea, maxHours, maxWeeks, allowedHours) };
  },
});

function checkSize(
  idea: Idea,
  maxHours: number | undefined,
  maxWeeks: number | undefined,
  allowedHours: number[],
): RuleReport[] {
  // One reading of the value: the placeholder check reads it, and what is checked after is that reading.
  let read: ReturnType<typeof parseSize> | undefined;
  const check = requireField(idea, 'size', (field) => (read = parseSize(field.value)).placeholder);
  if (check.problem) return fieldProblemReport(check, 'size');
  const value = quote(check.field.value);
  const report = (messageId: string, data: Record<string, string | number> = {}): RuleReport[] => [
    { messageId, data: { value, ...data }, position: check.position, subject: 'size' },
  ];
  const reading = read ?? parseSize(check.field.value);
  if (!reading.recognised) return report('unreadable');
  if (maxHours !== undefined && reading.hours !== undefined && reading.hours > maxHours)
    return report('tooManyHours', { maxHours });
  if (maxWeeks !== undefined && reading.weeks !== undefined && reading.weeks > maxWeeks)
    return report('tooManyWeeks', { maxWeeks });
  const stated = [reading.minHours, reading.hours].filter((hours): hours is number => hours !== undefined);
  if (allowedHours.length > 0 && stated.some((hours) => !allowedHours.includes(hours))) {
    return report('notAllowed', { allowed: listHours(allowedHours) });
  }
  return [];
}

/** `90, 175 or 350 hours`. */
function listHours(hours: number[]): string {
  const sorted = [...hours].sort((a, b) => a - b);
  const head = sorted.slice(0, -1).join(', ');
  return `${head ? `${head} or ` : ''}${sorted[sorted.length - 1]} hours`;
}
