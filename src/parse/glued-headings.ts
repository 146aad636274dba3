// Parse stage: a heading a scraper glued to the end of the line before it (`…(https://github.com/openzim/wp1)## Hermetic
// Test Suite for MWoffliner`), read as the heading a reader sees there.
import type { Heading, Nodes, Root } from 'mdast';
import { FenceTracker } from './code-fences.js';
import { lineStarts, pointAt } from './text.js';

/**
 * A heading glued to the end of a line: a character that is neither space nor `#` nor a character of a URL, an entity
 * or a comment before the marks (`)`, `]`, a letter, `!`, `?`, `.`), two to six `#`, a space, then a title running to
 * the line's end that reads as one: it starts with a capital or a digit, and holds no markup, link, HTML, table pipe or
 * further `#`. One `#` is never a heading's (`C# `, `issue #12`).
 */
const GLUED_HEADING = /([^\s#\-&/=:\\`<])(#{2,6})[ \t]+([\p{Lu}\p{N}][^#*_`|<>[\]\n\r]{0,118})(\r?)$/u;
/** A title is a few words: a longer run after the marks is prose. */
const GLUED_TITLE_MAX_WORDS = 12;

/** The text to parse, with glued headings on lines of their own, and where those headings start and how deep they are. */
export interface GluedHeadings {
  text: string;
  /** The offset where each glued heading's marks start in `text` (after the line break written for it), and its depth. */
  headings: Map<number, number>;
}

/**
 * The text with each glued heading (GLUED_HEADING, outside code fences and HTML comments) moved onto a line of its own,
 * in a file that has headings of the same depth at the start of their lines: a scraped page whose HTML-to-Markdown
 * conversion dropped the line breaks before some headings (Kiwix's `## Hermetic Test Suite for MWoffliner` after the
 * previous idea's last field, regression-11), where the other ideas show the depth ideas have. Every offset is kept:
 * the heading's first `#` becomes the line break, so the parse sees one `#` fewer, and `restoreGluedHeadings` gives the
 * heading node its depth back and the tree the source's lines.
 */
export function gluedHeadingsAsLines(text: string): GluedHeadings {
  const none: GluedHeadings = { text, headings: new Map() };
  if (!/[^\s#]#{2,6}[ \t]+\S/.test(text)) return none;
  const depths = new Set<number>();
  for (const match of text.matchAll(/^[ \t]{0,3}(#{1,6})[ \t]+\S/gm)) depths.add(match[1].length);
  if (depths.size === 0) return none;
  const lines = text.split('\n');
  const fences = new FenceTracker();
  const headings = new Map<number, number>();
  let comment = false;
  let offset = 0;
  for (let index = 0; index < lines.length; offset += lines[index].length + 1, index++) {
    const line = lines[index];
    if (fences.inFence(line)) continue;
    const inComment = comment || line.includes('<!--');
    comment = (comment && !line.includes('-->')) || line.lastIndexOf('<!--') > line.lastIndexOf('-->');
    if (inComment) continue;
    const match = GLUED_HEADING.exec(line);
    if (!match || !depths.has(match[2].length) || !/^[ \t]{0,3}\S/.test(line) || /^[ \t]{0,3}#/.test(line)) continue;
    if (match[3].trim().split(/\s+/).length > GLUED_TITLE_MAX_WORDS) continue;
    const marks = match.index + match[1].length;
    // A bare URL runs into its anchor (`https://example.org/page## Anchor`); a link's closing bracket ends it.
    const word = /\S*$/.exec(line.slice(0, marks))?.[0] ?? '';
    if (/:\/\/|www\./i.test(word) && !/[)\]>]$/.test(word)) continue;
    lines[index] = `${line.slice(0, marks)}\n${line.slice(marks + 1)}`;
    headings.set(offset + marks + 1, match[2].length);
  }
  return headings.size === 0 ? none : { text: lines.join('\n'), headings };
}

/**
 * The tree parsed from `glued.text`, as the source reads: each glued heading's node at its depth, and every node's
 * lines and columns those of `source` (the offsets are the same; the line breaks written before glued headings are
 * not the source's).
 */
export function restoreGluedHeadings(tree: Root, glued: GluedHeadings, source: string): void {
  if (glued.headings.size === 0) return;
  const starts = lineStarts(source);
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const position = node.position;
    if (position?.start.offset !== undefined && position.end.offset !== undefined) {
      if (node.type === 'heading') {
        const depth = glued.headings.get(position.start.offset);
        if (depth !== undefined) (node as Heading).depth = depth as Heading['depth'];
      }
      position.start = pointAt(starts, position.start.offset);
      position.end = pointAt(starts, position.end.offset);
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}
