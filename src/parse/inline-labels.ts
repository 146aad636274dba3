// Parse stage: bold labels inside a line — after a sentence (`… hours. **Skills required**: Python`) or broken
// over two lines of a paragraph (`**Skills` ⏎ `required**: Python`).
import type { LabelHit, LineLabels } from './label-line.js';
import { readLabel } from './labels.js';
import { stripEmoji } from './text.js';
import type { ParseOptions } from './types.js';

const INLINE_BOLD = /(^|[.!?;)][ \t]+)(\*\*|__)([^*_\n]{1,40}?)(?:[ \t]*:[ \t]*\2|\2[ \t]*:)[ \t]*/g;

/**
 * Adds bold labels that follow a sentence on the same line (`175 or 350 hours. **Skills required**: Python`);
 * the text before such a label is not part of it.
 */
export function withInlineBold(
  text: string,
  start: number,
  end: number,
  found: LineLabels,
  options: ParseOptions,
): LineLabels {
  const from = found.hits.length > 0 ? found.hits[found.hits.length - 1].valueStart : start;
  if (end - from < 6) return found;
  const segment = text.slice(from, Math.min(end, from + 2000));
  if (!segment.includes('**') && !segment.includes('__')) return found;
  const hits = [...found.hits];
  INLINE_BOLD.lastIndex = 0;
  for (let match = INLINE_BOLD.exec(segment); match; match = INLINE_BOLD.exec(segment)) {
    if (match[1] === '') continue;
    const found = readLabel(match[3], options.fields);
    if (!found) continue;
    const labelStart = from + match.index + match[1].length;
    const previous = hits[hits.length - 1];
    if (previous && previous.valueEnd > labelStart)
      previous.valueEnd = trimEndAt(text, previous.valueStart, labelStart);
    hits.push({
      name: found.name,
      label: cleanLabel(match[3]),
      labelStart,
      labelEnd: from + match.index + match[0].trimEnd().length,
      valueStart: from + match.index + match[0].length,
      valueEnd: end,
      closed: false,
      weak: found.demoted,
    });
  }
  const wrapped = wrappedBoldLabel(text, from, end, segment, options);
  if (wrapped) {
    const previous = hits[hits.length - 1];
    if (previous && previous.valueEnd > wrapped.labelStart)
      previous.valueEnd = trimEndAt(text, previous.valueStart, wrapped.labelStart);
    hits.push(wrapped);
  }
  return hits.length === found.hits.length ? found : { hits, labelLike: found.labelLike };
}

const WRAPPED_OPEN = /(^|[.!?;)][ \t]+)(\*\*|__)([^*_\n]{1,30})$/;
const WRAPPED_CLOSE = /^[ \t>]*([^*_\n:]{1,30}?)(?:[ \t]*:[ \t]*(\*\*|__)|(\*\*|__)[ \t]*:)[ \t]*/;

/**
 * A bold label broken over two lines of a paragraph (`… medium. **Skills` ⏎ `required**: Python`): the hit
 * belongs to the line where the label starts, its value to the next line.
 */
function wrappedBoldLabel(
  text: string,
  from: number,
  end: number,
  segment: string,
  options: ParseOptions,
): LabelHit | undefined {
  if (end - from > 2000) return undefined;
  const open = WRAPPED_OPEN.exec(segment);
  if (!open) return undefined;
  let next = end;
  if (text[next] === '\r') next++;
  if (text[next] === '\n') next++;
  if (next === end) return undefined;
  const close = WRAPPED_CLOSE.exec(text.slice(next, next + 200));
  if (!close || (close[2] ?? close[3]) !== open[2]) return undefined;
  const label = `${open[3]} ${close[1]}`;
  const found = readLabel(label, options.fields);
  if (!found) return undefined;
  let lineEnd = text.indexOf('\n', next);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  return {
    name: found.name,
    label: cleanLabel(label),
    labelStart: from + open.index + open[1].length,
    labelEnd: next + close[0].trimEnd().length,
    valueStart: next + close[0].length,
    valueEnd: lineEnd,
    closed: false,
    weak: found.demoted,
  };
}

function trimEndAt(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return at;
}

/** A label as written, without markup, emoji or trailing colon. */
export function cleanLabel(label: string): string {
  return stripEmoji(label).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
}
