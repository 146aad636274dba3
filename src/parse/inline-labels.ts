// Parse stage: bold labels inside a line of text, after what comes before them — `Web Interface: Developing a Web
// interface - **Difficulty:** *medium*` — read as fields of an idea that is one list item.
import { readLabel } from './labels.js';
import { fromLabel, type RawField } from './raw-field.js';
import type { ParseOptions } from './types.js';
import { MARKED_LABEL_MAX_WORDS } from './thresholds.js';

/** A bold label closed by a colon inside or just after the bold: `**Difficulty:**`, `__Mentor__:`. */
const BOLD_LABEL = /(\*\*|__)(?=\S)([^*_\n]{1,80}?)(?<=\S)\1(?:[ \t]*:)?/g;
/** A value marked as emphasis right after its label (`*medium/high*`) is that emphasis only. */
const EMPHASIS = /^(\*|_)(?=\S)([^*_\n]{1,80}?)(?<=\S)\1(?![*_])/;

/**
 * The fields the bold labels of `text[start..end)` give, each label written after other text on its line and
 * before a separator (` - `, `;`, `,`, `(`, `|`) or the line's start; its value runs to the next such label or the
 * line's end. Labels at the start of a line are the label lines' reader's, so they are left alone.
 */
export function readInlineLabels(text: string, start: number, end: number, options: ParseOptions): RawField[] {
  const fields: RawField[] = [];
  const source = text.slice(start, end);
  const labels: { at: number; stop: number; label: string; found: NonNullable<ReturnType<typeof readLabel>> }[] = [];
  for (const match of source.matchAll(BOLD_LABEL)) {
    const at = match.index ?? 0;
    const inner = match[2].trim();
    const closed = inner.endsWith(':') || match[0].endsWith(':');
    const lineStart = source.lastIndexOf('\n', at - 1) + 1;
    const before = source.slice(lineStart, at);
    if (!closed || !/\S/.test(before) || !/(?:^|\s[-–—|]|[;,(])\s*$/.test(before)) continue;
    const label = inner.replace(/\s*:$/, '');
    if (label.split(/\s+/).length > MARKED_LABEL_MAX_WORDS) continue;
    const found = readLabel(label, options.fields);
    if (found) labels.push({ at, stop: at + match[0].length, label, found });
  }
  labels.forEach((entry, index) => {
    const lineEnd = source.indexOf('\n', entry.stop);
    let valueEnd = Math.min(lineEnd < 0 ? source.length : lineEnd, labels[index + 1]?.at ?? source.length);
    let valueStart = entry.stop;
    while (valueStart < valueEnd && /\s/.test(source[valueStart])) valueStart++;
    const emphasis = EMPHASIS.exec(source.slice(valueStart, valueEnd));
    if (emphasis) valueEnd = valueStart + emphasis[0].length;
    while (valueEnd > valueStart && /[\s,;|(–—-]/.test(source[valueEnd - 1])) valueEnd--;
    fields.push({
      ...fromLabel(entry.found),
      label: entry.label,
      labelStart: start + entry.at,
      labelEnd: start + entry.stop,
      valueStart: start + valueStart,
      valueEnd: start + valueEnd,
    });
  });
  return fields;
}
