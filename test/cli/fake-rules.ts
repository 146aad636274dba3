// Small deterministic rules for the CLI scenarios, so they do not follow edits of the real rules' wording.
import { z } from 'zod';
import { defineRule } from '../../src/lint/define-rule.js';
import type { Rule } from '../../src/lint/types.js';

const noOptions = z.object({}).strict();

/** Flags ideas without the field, at the idea's title. */
function requireField(id: string, field: 'outcomes' | 'skills' | 'program', severity: Rule['defaultSeverity']) {
  return defineRule({
    id,
    description: `Ideas have ${field}.`,
    defaultSeverity: severity,
    options: noOptions,
    docs: `https://example.org/rules/${id}.md`,
    messages: { missing: `No ${field}: add a "${field}" field.` },
    create: () => ({
      idea: (idea) =>
        idea.fields[field] ? [] : [{ messageId: 'missing', position: idea.titlePosition, subject: field }],
    }),
  });
}

const verifiedOptions = z.object({ maxAgeDays: z.number().int().positive().default(30).describe('Days.') }).strict();

/** Rules in a fixed order: an error, a warning, a notice, and one that reads `today`. */
export const fakeRules: Rule[] = [
  requireField('fake-outcomes', 'outcomes', 'error'),
  requireField('fake-skills', 'skills', 'warning'),
  requireField('fake-program', 'program', 'notice'),
  defineRule({
    id: 'fake-verified',
    description: 'Ideas were verified recently.',
    defaultSeverity: 'warning',
    options: verifiedOptions,
    docs: 'https://example.org/rules/fake-verified.md',
    messages: { old: 'Verified {{value}} is over {{days}} days old.' },
    create: ({ today, options }) => ({
      idea: (idea) => {
        const field = idea.fields.verified;
        if (!field?.valuePosition) return [];
        const age = (Date.parse(today) - Date.parse(field.value)) / 86_400_000;
        return age > options.maxAgeDays
          ? [
              {
                messageId: 'old',
                data: { value: field.value, days: options.maxAgeDays },
                position: field.valuePosition,
                subject: 'verified',
              },
            ]
          : [];
      },
    }),
  }) as Rule,
];
