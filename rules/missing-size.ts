// missing-size: an idea does not say how big it is, or is bigger than the program allows. Peer Review
// Goal: can the project be completed in 3 months (assume one month of preparation).
import { z } from 'zod';
import { defineRule, docsUrl, parseSize, quote, requireField, type RuleReport } from '../src/lint/rule-kit.js';
import type { Idea } from '../src/parse/types.js';

export const options = z
  .object({
    maxHours: z
      .number()
      .positive()
      .default(350)
      .describe('The most hours an idea may state (GSoC large projects are 350).'),
    maxWeeks: z
      .number()
      .positive()
      .default(13)
      .describe('The most weeks an idea may state; three months count as 13 weeks.'),
    allowedHours: z
      .array(z.number().positive())
      .default([])
      .describe('The only hour figures an idea may state, such as 90, 175 and 350; empty accepts any figure.'),
  })
  .strict();

const HOW = 'give the expected hours (for example 175) so applicants can plan their time';

export default defineRule({
  id: 'missing-size',
  description: 'Ideas state a size that fits the program.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('missing-size'),
  create({ options: { maxHours, maxWeeks, allowedHours } }) {
    return { idea: (idea) => checkSize(idea, maxHours, maxWeeks, allowedHours) };
  },
});

function checkSize(idea: Idea, maxHours: number, maxWeeks: number, allowedHours: number[]): RuleReport[] {
  const check = requireField(idea, 'size', (field) => parseSize(field.value).placeholder);
  const { position } = check;
  const report = (message: string) => [{ message, position, subject: 'size' }];
  const value = quote(check.field?.value ?? '');
  if (check.problem === 'missing') return report(`No project size: add a "Project size" field and ${HOW}.`);
  if (check.problem === 'empty') return report(`Project size is empty: ${HOW}.`);
  if (check.problem === 'placeholder') return report(`Project size is ${value}: ${HOW}.`);
  const reading = parseSize(check.field.value);
  if (!reading.recognised) return report(`Project size ${value} does not state a size: ${HOW}.`);
  if (reading.hours !== undefined && reading.hours > maxHours) {
    return report(
      `Project size ${value} is over ${maxHours} hours: cut the scope or split the idea so it fits the program.`,
    );
  }
  if (reading.weeks !== undefined && reading.weeks > maxWeeks) {
    return report(
      `Project size ${value} is over ${maxWeeks} weeks: cut the scope or split the idea so it fits the program.`,
    );
  }
  const stated = [reading.minHours, reading.hours].filter((hours): hours is number => hours !== undefined);
  if (allowedHours.length > 0 && stated.some((hours) => !allowedHours.includes(hours))) {
    return report(`Project size ${value} is not ${listHours(allowedHours)}: pick the size closest to the work.`);
  }
  return [];
}

/** `90, 175 or 350 hours`. */
function listHours(hours: number[]): string {
  const sorted = [...hours].sort((a, b) => a - b);
  const head = sorted.slice(0, -1).join(', ');
  return `${head ? `${head} or ` : ''}${sorted[sorted.length - 1]} hours`;
}
