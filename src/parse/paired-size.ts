// Parse stage: a size stated in the difficulty's value (`Difficulty: Medium (175 hours)`, `### Difficulty` over
// `**Hard**. This project is suitable for a 350-hour duration.`): a reader takes it as the idea's size too.
import type { Field, FieldName } from './types.js';
import { parseSize } from './values/size.js';

/** A figure with its unit of time: `175 hours`, `350h`, `175-hour`, `12 weeks`, `3 months`. */
const SIZE_FIGURE = /\d\s*-?\s*(?:h|hrs?|hours?|wks?|weeks?|months?)\b/i;

/**
 * When an idea has no size field and its difficulty's value states a figure of hours, weeks or months (a size word
 * alone, `Medium`, is the difficulty's and gives no size), the size is that value, read from the same label.
 */
export function addPairedSize(fields: Partial<Record<FieldName, Field>>): void {
  const difficulty = fields.difficulty;
  if (fields.size || !difficulty?.valuePosition) return;
  if (!SIZE_FIGURE.test(difficulty.value) || !parseSize(difficulty.value).recognised) return;
  fields.size = { ...difficulty, name: 'size' };
}
