// Parse stage: lines of nothing but HTML line breaks, paragraph tags or rules (`<br />`, `<p>`, `</p>`, `<hr/>`), which
// lay out space and hide no text, read so that the Markdown lines under them stay Markdown.
import { rewriteBlockOpeningLines } from './block-opening-lines.js';

/** One void or layout tag: `<br>`, `<br/>`, `<br />`, `</br>` (a common misspelling), `<wbr>`, `<p>`, `</p>`, `<hr>`. */
const LAYOUT_TAG = String.raw`<(?:\/?br|wbr|\/?p|hr)(?:\s[^<>]*)?\s*\/?>`;

/**
 * A line of nothing but layout tags, after up to three spaces: `<br />`, `<br/><br/>`, `<p>`, `</p>`, `<hr/>`,
 * `</p><p>`, `<br clear="all">`.
 */
export const BREAK_LINE = new RegExp(String.raw`^[ \t]{0,3}(?:${LAYOUT_TAG}[ \t]*)+\r?$`, 'i');

/** A line whose first tag interrupts a paragraph in CommonMark (an HTML block of kind 6: `<p>`, `</p>`, `<hr>`). */
const INTERRUPTS = /^[ \t]{0,3}<(?:\/?p|hr)[\s/>]/i;

/** A line after which the next line opens a block: blank, an ATX heading, a rule or a setext underline. */
const ENDS_BLOCK =
  /^(?:[ \t]*\r?$|[ \t]{0,3}#{1,6}(?:[ \t]|\r?$)|[ \t]{0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*\r?$)/;

/**
 * The text with each line of layout tags alone (`<br />`, `<p>`, `</p>`, `<hr/>`, several in a row) that opens an
 * HTML block over the Markdown lines below it written as what it displays: space (a blank line), or for a line with
 * an `<hr>` a rule (`***`); every other character keeps its offset.
 *
 * Grammar: in CommonMark a line holding only a tag opens an HTML block that runs to the next blank line, so every
 * line below it up to a blank one is raw HTML. A page that puts `<br />` before each heading (Google Code wiki
 * exports: `<br />` ⏎ `## Visualization improvements ##`) or `<p>` before a label line would show its headings and
 * labels in the source's renderer, yet parse as opaque HTML, and its ideas would vanish. A line break, a paragraph
 * tag or a rule holds no text and closes nothing a Markdown line depends on, so the lines below are read as the
 * Markdown they are. The line is rewritten only where it opens a block (after a blank line, a heading, a rule, the
 * start of the text, or, for `<p>`, `</p>` and `<hr>`, which interrupt a paragraph, anywhere) and where a line that
 * is not blank follows it (alone, it hides nothing and stays as written). A `<br>` continuing a paragraph is inline
 * and stays; lines in code fences and HTML comments stay.
 */
export function breakLinesAsBlank(text: string): string {
  if (!/<(?:\/?br|wbr|\/?p|hr)[\s/>]/i.test(text)) return text;
  return rewriteBlockOpeningLines(text, ENDS_BLOCK, (line, opensBlock, next) => {
    if (!(opensBlock || INTERRUPTS.test(line)) || !BREAK_LINE.test(line) || next === undefined || next.trim() === '')
      return undefined;
    const bare = line.replace(/\r$/, '');
    const rule = /<hr[\s/>]/i.test(bare) ? '***' : '';
    return rule.padEnd(bare.length, ' ') + line.slice(bare.length);
  });
}
