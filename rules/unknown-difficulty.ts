// unknown-difficulty: an idea does not say how hard it is on the list's scale. Peer Review Goal: be
// specific about size and complexity, so applicants can pick an idea that suits them.
import { z } from 'zod';
import {
  DEFAULT_DIFFICULTY_SCALE,
  defineRule,
  docsUrl,
  parseDifficulty,
  quote,
  requireField,
  type DifficultyScale,
  type RuleReport,
} from '../src/lint/rule-kit.js';

/** One level's words; a level left out of a custom scale keeps its default words. */
const levelWords = (level: keyof DifficultyScale) =>
  z
    .array(z.string().min(1))
    .min(1)
    .default([...DEFAULT_DIFFICULTY_SCALE[level]]);

export const options = z
  .object({
    scale: z
      .object({ easy: levelWords('easy'), medium: levelWords('medium'), hard: levelWords('hard') })
      .strict()
      .default({
        easy: [...DEFAULT_DIFFICULTY_SCALE.easy],
        medium: [...DEFAULT_DIFFICULTY_SCALE.medium],
        hard: [...DEFAULT_DIFFICULTY_SCALE.hard],
      })
      .describe('The words that name each level, compared case-insensitively; the first word of each is suggested.'),
    allowRange: z
      .boolean()
      .default(true)
      .describe('Accept a range of two levels such as "Medium-High" or "Medium to hard, depending on the approach".'),
  })
  .strict();

export default defineRule({
  id: 'unknown-difficulty',
  description: "Ideas state their difficulty on the list's scale.",
  defaultSeverity: 'error',
  options,
  docs: docsUrl('unknown-difficulty'),
  messages: {
    missing: 'No difficulty: add a "Difficulty" field and state {{levels}} so applicants can choose.',
    empty: 'Difficulty is empty: state {{levels}} so applicants can choose.',
    placeholder: 'Difficulty is {{value}}: state {{levels}} so applicants can choose.',
    notOnScale: 'Difficulty {{value}} is not a level on the scale: state {{levels}} so applicants can choose.',
    range: 'Difficulty {{value}} is a range: pick one of {{levels}} so applicants can choose.',
  },
  create({ options: { scale, allowRange } }) {
    const levels = levelNames(scale);
    return {
      idea(idea) {
        // One reading of the value: the placeholder check reads it, and what is checked after is that reading.
        let read: ReturnType<typeof parseDifficulty> | undefined;
        const check = requireField(
          idea,
          'difficulty',
          (field) => (read = parseDifficulty(field.value, scale)).placeholder,
        );
        const report = (messageId: string): RuleReport[] => [
          {
            messageId,
            data: { value: quote(check.field?.value ?? ''), levels },
            position: check.position,
            subject: 'difficulty',
          },
        ];
        if (check.problem) return report(check.problem);
        const reading = read ?? parseDifficulty(check.field.value, scale);
        if (!reading.recognised) return report('notOnScale');
        if (reading.range && !allowRange) return report('range');
        return [];
      },
    };
  },
});

/** `Easy, Medium or Hard`: the first word of each level, capitalised. */
function levelNames(scale: DifficultyScale): string {
  const [easy, medium, hard] = [scale.easy[0], scale.medium[0], scale.hard[0]].map(
    (word) => word.charAt(0).toUpperCase() + word.slice(1),
  );
  return `${easy}, ${medium} or ${hard}`;
}
