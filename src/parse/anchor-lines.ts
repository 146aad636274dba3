// Parse stage: HTML anchors alone on their line (`<a name="android">`, `<a id="tokio"></a>`), which display nothing.
import { rewriteBlockOpeningLines } from './block-opening-lines.js';

/**
 * A line of nothing but empty HTML anchors: `<a name="x">`, `<a id="x"></a>`, `<a name="x"/>`, `<a name="x"><a/>` (a
 * mistyped close), several in a row.
 */
export const ANCHOR_LINE = /^[ \t]{0,3}(?:<a\s+(?:name|id)\s*=[^<>]*>[ \t]*(?:<\/?a\s*\/?>)?[ \t]*)+\r?$/i;

/** A line after which the next line opens a block, for an anchor: blank, or an ATX heading. */
const OPENS_NEXT = /^(?:[ \t]*\r?$|[ \t]{0,3}#{1,6}(?:[ \t]|\r?$))/;

/**
 * The text with each anchor line that opens a block (after a blank line, a heading or the start of the text, outside
 * code fences and HTML comments) written as spaces, every other character kept at its offset. An anchor displays nothing, so it must not
 * change the page's structure; yet in CommonMark a line holding only an open tag (`<a name="android">`) starts an
 * HTML block that runs to the next blank line, and the heading under it (`# Android`, Cesium's wiki) would be read as
 * HTML. As spaces the line is blank and the heading is a heading. An anchor continuing a paragraph stays as written.
 */
export function anchorLinesAsBlank(text: string): string {
  if (!/<a\s+(?:name|id)\s*=/i.test(text)) return text;
  return rewriteBlockOpeningLines(text, OPENS_NEXT, (line, opensBlock) =>
    opensBlock && ANCHOR_LINE.test(line) ? line.replace(/[^\r]/g, ' ') : undefined,
  );
}
