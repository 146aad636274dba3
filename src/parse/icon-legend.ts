// Parse stage: icons a page explains once (`rated according to effort (:material-timer-sand-empty:, …)`) and then
// writes at the start of a line in each idea, as a label (`:material-timer-sand-empty: 175h`), read as that label.
import { rewriteLinesOutsideFences } from './code-fences.js';
import { readLabel } from './labels.js';

/** An icon shortcode (MkDocs Material, GitHub): `:material-timer-sand-empty:`, `:hourglass:`. */
const SHORTCODE = String.raw`:[a-z0-9][a-z0-9_+-]{0,60}:`;
/** A legend entry: a phrase, then a parenthesis opening with an icon (`effort (:material-timer-sand-empty:,`). */
const LEGEND_ENTRY = new RegExp(String.raw`([\p{L}][\p{L} \t/&'’-]{0,40})\(\s*(${SHORTCODE})`, 'giu');
/** A line opening with an icon, then a space. */
const ICON_LINE = new RegExp(String.raw`^([ \t]{0,3})(${SHORTCODE})(?=[ \t])`, 'i');
/** How many words before the parenthesis may name the field (`difficulty / complexity`). */
const PHRASE_MAX_WORDS = 3;

/**
 * The text with each line that opens with an icon the page's legend names a field with (`… effort
 * (:material-timer-sand-empty:, either 175h or 350h)`) written with that name as a bold label in the icon's place
 * (`:material-timer-sand-empty: 175h` → `**effort:**                 175h`), every line keeping its length. The rule is
 * the legend's: a page that says what an icon stands for uses it as that word, as it does codes (see
 * `code-legend.ts`). The name is the shortest run of the last words before the parenthesis that reads as a field's
 * label; an icon whose name does not fit in its place, or that no legend names, stays as written.
 */
export function iconLabelsAsMarkdown(text: string): string {
  if (!/\(\s*:[a-z0-9]/i.test(text)) return text;
  const names = new Map<string, string>();
  for (const match of text.matchAll(LEGEND_ENTRY)) {
    const icon = match[2].toLowerCase();
    if (names.has(icon)) continue;
    const words = match[1].trim().split(/\s+/);
    for (let count = 1; count <= Math.min(PHRASE_MAX_WORDS, words.length); count++) {
      const phrase = words.slice(-count).join(' ');
      if (/^\p{L}/u.test(phrase) && readLabel(phrase)) {
        names.set(icon, phrase);
        break;
      }
    }
  }
  if (names.size === 0) return text;
  return rewriteLinesOutsideFences(text, (line) => {
    const match = ICON_LINE.exec(line);
    const name = match && names.get(match[2].toLowerCase());
    if (!match || !name) return undefined;
    const label = `**${name}:**`;
    if (label.length > match[2].length) return undefined;
    return match[1] + label.padEnd(match[2].length, ' ') + line.slice(match[0].length);
  });
}
