// Parse stage: a numeric scale a page explains once (`Difficulty on a scale 1-5`) and then writes after each idea's
// title (`### MPEG-4 decoder (4) ###`, `Internet of things project (1-2)`), read as the field it measures.
import { readLabel } from './labels.js';
import type { RawField } from './raw-field.js';
import type { ParseOptions } from './types.js';

/** A scale the page explains: the field it measures and its bounds, from the offset of the explanation on. */
export interface ScaleLegend {
  start: number;
  field: RawField['name'];
  label: string;
  min: number;
  max: number;
}

/** `Difficulty on a scale 1-5`, `Difficulty (on a scale of 1 to 5)`, `Difficulty, on a scale from 1 to 3`. */
const LEGEND =
  /([\p{L}][\p{L} ]{1,40}?)[\s,(]+(?:rated\s+)?(?:on|in)\s+a\s+scale\s+(?:of\s+|from\s+)?(\d)\s*(?:-|–|to)\s*(\d{1,2})\b/iu;
/** A number or a range of numbers in parentheses closing a title: `(4)`, `(1-2)`. */
/** What every LEGEND match contains: a page without it explains no scale, and the costly LEGEND scan is skipped. */
const LEGEND_CORE = /(?:on|in)\s+a\s+scale/iu;
const TITLE_CODE = /\((\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\)[\s#*_]*$/u;
const LEVELS = ['Easy', 'Medium', 'Hard'] as const;

/** The first numeric scale the page explains for a field, if any. */
export function findScaleLegend(text: string, options: ParseOptions): ScaleLegend | undefined {
  if (!LEGEND_CORE.test(text)) return undefined;
  for (const match of text.matchAll(new RegExp(LEGEND.source, 'giu'))) {
    const min = Number(match[2]);
    const max = Number(match[3]);
    if (max - min < 2) continue;
    // The last one to three words before `on a scale` name the field.
    const words = match[1].trim().split(/\s+/);
    for (let take = Math.min(3, words.length); take >= 1; take--) {
      const label = words.slice(words.length - take).join(' ');
      const found = readLabel(label, options.fields);
      if (found?.exact) return { start: match.index, field: found.name, label, min, max };
    }
  }
  return undefined;
}

/** The level a point of the scale stands for, by its share of the scale: up to 40% easy, up to 70% medium. */
function levelOf(value: number, legend: ScaleLegend): string {
  const share = value / legend.max;
  return LEVELS[share <= 0.4 ? 0 : share <= 0.7 ? 1 : 2];
}

/** The field a title's closing code gives (`MPEG-4 decoder (4)` → difficulty "Hard (4 on a scale of 1-5)"). */
export function readScaleCode(
  legend: ScaleLegend | undefined,
  text: string,
  titleStart: number,
  titleEnd: number,
): RawField | undefined {
  if (!legend || legend.start >= titleStart) return undefined;
  const title = text.slice(titleStart, titleEnd);
  const code = TITLE_CODE.exec(title);
  if (!code) return undefined;
  const low = Number(code[1]);
  const high = code[2] === undefined ? low : Number(code[2]);
  if (low < legend.min || high > legend.max || high < low) return undefined;
  const levels = [...new Set([levelOf(low, legend), levelOf(high, legend)])];
  const at = titleStart + code.index;
  const written = code[0].replace(/[\s#*_]+$/u, '');
  return {
    name: legend.field,
    label: legend.label,
    labelStart: at,
    labelEnd: at + written.length,
    valueStart: at + 1,
    valueEnd: at + written.length - 1,
    weak: false,
    source: `${levels.join(' to ').replace(/ to (\w)/, (_, first: string) => ` to ${first.toLowerCase()}`)} (${written.slice(1, -1)} on a scale of ${legend.min}-${legend.max})`,
  };
}
