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
  create({ options: { scale, allowRange } }) {
    const how = `state ${levelNames(scale)} so applicants can choose`;
    return {
      idea(idea) {
        const check = requireField(idea, 'difficulty', (field) => parseDifficulty(field.value, scale).placeholder);
        const value = quote(check.field?.value ?? '');
        let message: string | undefined;
        if (check.problem === 'missing') message = `No difficulty: add a "Difficulty" field and ${how}.`;
        else if (check.problem === 'empty') message = `Difficulty is empty: ${how}.`;
        else if (check.problem === 'placeholder') message = `Difficulty is ${value}: ${how}.`;
        else {
          const reading = parseDifficulty(check.field.value, scale);
          if (!reading.recognised) message = `Difficulty ${value} is not a level on the scale: ${how}.`;
          else if (reading.range && !allowRange) {
            message = `Difficulty ${value} is a range: pick one of ${levelNames(scale)} so applicants can choose.`;
          }
        }
        return message ? [{ message, position: check.position, subject: 'difficulty' }] : [];
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
