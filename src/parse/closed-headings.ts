// Parse stage: closed headings written without a space after the opening marks (`###Title###`), read as headings.
import { rewriteLinesOutsideFences } from './code-fences.js';

/**
 * A line that is a closed heading without the space after its marks: up to three spaces, one to six `#`, a title
 * that starts with neither `#` nor a space and holds a letter, then as many `#` as opened it (`###Internationalization
 * features###`). A line left open (`#hashtag`, `#include <x>`) or closed by another number of marks (`##Title#`)
 * stays text.
 */
const CLOSED_HEADING_LINE = /^([ \t]{0,3})(#{1,6})([^#\s](?:[^\n]*?[^#\s])?)[ \t]*\2[ \t]*(\r?)$/u;

/**
 * The text with each closed heading written without the space after its opening marks (`###Title###`, outside code
 * fences) rewritten as the ATX heading it is to a reader (`### Title #`), every line keeping its length. CommonMark
 * needs a space after the opening `#`s, so it reads such a line as a paragraph; Markdown before it (Markdown.pl,
 * and the renderer of GitHub's pages and wikis until 2017) read it as a heading, and the pages written then still
 * show it as one. The rewrite inserts the space after the opening marks and one before a closing run shortened by
 * two (dropped when the heading had one `#` on each side), so the title moves right by one column.
 */
export function closedHeadingsAsMarkdown(text: string): string {
  if (!/^[ \t]{0,3}#{1,6}[^#\s]/m.test(text)) return text;
  return rewriteLinesOutsideFences(text, (line) => {
    const match = CLOSED_HEADING_LINE.exec(line);
    if (!match || !/\p{L}/u.test(match[3])) return undefined;
    const [whole, indent, marks, title, cr] = match;
    const closing = marks.length >= 2 ? ` ${'#'.repeat(marks.length - 2)}` : '';
    const rewritten = `${indent}${marks} ${title}${closing}`;
    return rewritten.padEnd(whole.length - cr.length, ' ') + cr;
  });
}
