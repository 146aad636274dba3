// Parse stage: MkDocs Material content tabs (`=== "Title"` with the tab's content indented four spaces below) read as
// the titled sections they display as.
import { FenceTracker } from './code-fences.js';

/** A tab's opening line: `=== "Title"`, `===! "Title"` (a new tab group), `===+ "Title"` (the tab shown first). */
const TAB_LINE = /^( {0,3})===[!+]{0,2}[ \t]+"(.*)"[ \t]*\r?$/;

/** An ATX heading line, for the level of the section the tabs are in. */
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|\r?$)/;

/** How far each tab's content is indented: MkDocs Material (pymdownx.tabbed) indents it four spaces. */
const TAB_INDENT = 4;

/**
 * The text with MkDocs Material's content tabs written as the sections they display as: each `=== "Title"` line
 * becomes a heading one level below the heading the tabs are in (`## Topics` → `### Title`; a tab inside a tab one
 * level deeper, up to `######`), and the tab's content, indented four spaces per tab level, is de-indented (the
 * leading spaces move to the line's end) so that it reads as Markdown rather than as indented code. Every line keeps
 * its length, so offsets still land on the line they came from; only the columns of a de-indented line shift. Lines in
 * code fences outside the tabs are left as written; a line indented less than a tab's content (and not blank) closes
 * that tab, as in MkDocs.
 */
export function contentTabsAsMarkdown(text: string): string {
  if (!/===[!+]{0,2}[ \t]+"/.test(text)) return text;
  const lines = text.split('\n');
  const outer = new FenceTracker();
  let inner = new FenceTracker();
  // The content indent of each open tab, outermost first.
  const tabs: number[] = [];
  let base = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (tabs.length === 0) {
      if (outer.inFence(line)) continue;
      const heading = ATX_HEADING.exec(line);
      if (heading) base = heading[1].length;
      const tab = TAB_LINE.exec(line);
      if (tab) lines[index] = openTab(line, tab, 0, base, tabs);
      continue;
    }
    if (!line.trim()) continue;
    const indent = leadingColumns(line);
    if (!inner.open) while (tabs.length > 0 && indent < tabs[tabs.length - 1]) tabs.pop();
    if (tabs.length === 0) {
      inner = new FenceTracker();
      index--; // Read again as a line outside the tabs.
      continue;
    }
    const content = tabs[tabs.length - 1];
    const cut = charsForColumns(line, content);
    const rest = line.slice(cut);
    const moved = `${rest.replace(/\r$/, '')}${line.slice(0, cut)}${rest.endsWith('\r') ? '\r' : ''}`;
    if (inner.inFence(rest)) {
      lines[index] = moved;
      continue;
    }
    const tab = TAB_LINE.exec(rest);
    lines[index] = tab ? openTab(rest, tab, content, base, tabs, line.slice(0, cut)) : moved;
  }
  return lines.join('\n');
}

/**
 * The heading a tab's line is written as (same length as `line` plus `lead`, the indentation cut from it, which moves
 * to the end), and the tab's content indent pushed on `tabs`. The level is one below `base` per tab level, at most 6;
 * a tab whose heading would not fit in its line stays as written but still opens its content.
 */
function openTab(
  line: string,
  tab: RegExpExecArray,
  outerIndent: number,
  base: number,
  tabs: number[],
  lead = '',
): string {
  const level = Math.min(6, base + 1 + tabs.length);
  tabs.push(outerIndent + tab[1].length + TAB_INDENT);
  const title = tab[2].trim();
  const length = line.length + lead.length;
  const cr = line.endsWith('\r') ? '\r' : '';
  // The title keeps its column when the marks fit before it (`=== "` is five characters, `#### ` too).
  const column = Math.max(line.indexOf('"') + 1 + (tab[2].length - tab[2].trimStart().length), level + 1);
  const heading = `${'#'.repeat(level)} `.padEnd(column, ' ') + title;
  if (!title || heading.length + cr.length > length) return line + lead;
  return heading.padEnd(length - cr.length, ' ') + cr;
}

/** The columns of a line's leading whitespace (a tab reaches the next multiple of four). */
function leadingColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += TAB_INDENT - (columns % TAB_INDENT);
    else break;
  }
  return columns;
}

/** How many leading characters of a line make up at most `columns` columns of its indentation. */
function charsForColumns(line: string, columns: number): number {
  let reached = 0;
  let index = 0;
  while (index < line.length && reached < columns) {
    const char = line[index];
    const next = char === ' ' ? reached + 1 : char === '\t' ? reached + TAB_INDENT - (reached % TAB_INDENT) : -1;
    if (next < 0 || next > columns) break;
    reached = next;
    index++;
  }
  return index;
}
