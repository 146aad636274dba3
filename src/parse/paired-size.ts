// Parse stage: a size stated in the difficulty's value (`Difficulty: Medium (175 hours)`, `### Difficulty` over
// `**Hard**. This project is suitable for a 350-hour duration.`): a reader takes it as the idea's size too.
import type { Field, FieldName } from './types.js';
import { isQuantity } from './raw-field.js';
import { parseDifficulty } from './values/difficulty.js';
import { parseSize, TIME_UNIT } from './values/size.js';

/** A figure with its unit of time: `175 hours`, `350h`, `175-hour`, `12 weeks`, `3 months`. */
const SIZE_FIGURE = new RegExp(`\\d\\s*-?\\s*${TIME_UNIT}`, 'i');

/**
 * When an idea has no size field and its difficulty's value states a figure of hours, weeks or months (a size word
 * alone, `Medium`, is the difficulty's and gives no size), or is a short size that names no level (`Full time`), the
 * size is that value, read from the same label.
 */
export function addPairedSize(fields: Partial<Record<FieldName, Field>>): void {
  const difficulty = fields.difficulty;
  if (fields.size || !difficulty?.valuePosition) return;
  const value = difficulty.value;
  const reading = parseSize(value);
  // `Difficulty: M` or `L`: letters of the T-shirt scale under a difficulty's label are its levels, not a size.
  if (!reading.recognised || reading.byLetter === true) return;
  // `Complexity: Full time`: a short value that names no level but a size is the size written under that label.
  if (!SIZE_FIGURE.test(value) && !(isQuantity(value) && !parseDifficulty(value).recognised)) return;
  fields.size = { ...difficulty, name: 'size' };
}
