// stale-verification: an idea last verified too long ago, or never. Peer Review Goal: "Has the idea been
// verified recently (not 'Not updated in 2016')?" Code, people and plans move on within a program year.
import { z } from 'zod';
import { defineRule, docsUrl, lastDayOfYear, parseDate, quote, type RuleContext } from '../src/lint/rule-kit.js';

export const options = z
  .object({
    maxAgeDays: z.number().int().positive().default(365).describe('How many days a verification stays fresh.'),
    required: z
      .boolean()
      .default(false)
      .describe('Also flag ideas with no Verified date (or a placeholder such as "Unknown").'),
  })
  .strict();

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineRule({
  id: 'stale-verification',
  description: 'Ideas were verified within the last year.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('stale-verification'),
  messages: {
    missing: 'This idea has no Verified date: check that it still holds, then add "Verified: {{today}}".',
    stale:
      '{{label}} {{value}} is {{age}} old: check that the idea still holds, then set the date to today in ISO form ({{today}}).',
  },
  create(context) {
    return {
      idea(idea) {
        const field = idea.fields.verified;
        const reading = field ? parseDate(field.value, context.dateOrder) : undefined;
        if (!field || !field.valuePosition || !reading || reading.kind === 'empty') {
          if (!context.options.required) return [];
          return [
            {
              messageId: 'missing',
              data: { today: context.today },
              position: field?.labelPosition ?? idea.titlePosition,
              subject: 'verified',
            },
          ];
        }
        const verifiedOn = lastReading(reading, context);
        if (!verifiedOn) return [];
        const days = daysBetween(verifiedOn, context.today);
        if (days <= context.options.maxAgeDays) return [];
        return [
          {
            messageId: 'stale',
            data: { label: field.label, value: quote(field.value), age: describeAge(days), today: context.today },
            position: field.valuePosition,
            subject: 'verified',
          },
        ];
      },
    };
  },
});

/**
 * The day the idea was last verified, read generously: a year alone or words with a year (`Not updated in 2016`)
 * count as that year's last day, and of the two readings of an ambiguous date the later one counts.
 */
function lastReading(reading: ReturnType<typeof parseDate>, context: RuleContext): string | undefined {
  if (reading.kind === 'year' || reading.kind === 'text')
    return reading.year === undefined ? undefined : lastDayOfYear(reading.year);
  if (reading.kind !== 'date' || !reading.date) return undefined;
  if (!reading.ambiguous || context.dateOrder) return reading.date;
  const [year, month, day] = reading.date.split('-');
  const swapped = `${year}-${day}-${month}`;
  return swapped > reading.date ? swapped : reading.date;
}

function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "40 days", "14 months", "over 9 years". */
function describeAge(days: number): string {
  if (days < 61) return `${days} days`;
  if (days < 730) return `${Math.floor(days / 30.44)} months`;
  return `over ${Math.floor(days / 365.25)} years`;
}
