// Parse stage: the one unified processor (CommonMark + GFM + YAML front matter) every file goes through.
// GFM is registered construct by construct, without autolink literals: a bare URL or email stays text (the rules
// that care about URLs find them in the text), and remark-gfm's literal-autolink pass cost 7% of a program audit.
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { unified, type Processor } from 'unified';

/**
 * Deepest tree accepted: far beyond any idea list (100 nested list levels are 200 nodes deep), and shallow enough
 * for every recursive walk over the tree (unist-util-visit, the rules) to stay inside Node's default stack.
 */
export const MAX_DEPTH = 1_000;

/** Thrown for a tree deeper than MAX_DEPTH; parseIdeaFile turns it into a notice. */
export class NestingError extends Error {
  constructor() {
    super(`lists or quotes are nested over ${MAX_DEPTH.toLocaleString('en-US')} levels deep`);
    this.name = 'NestingError';
  }
}

/** GFM tables, footnotes, strikethrough and task lists (remark-gfm's set without autolink literals). */
function gfmWithoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), tableWithLookahead(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

/** The text micromark is parsing (set by parseMarkdown for the length of one parse): the table's look-ahead reads it. */
let parsing = '';

/**
 * GFM tables, with a look-ahead that turns away at once a line that cannot start a table. micromark tries the table
 * construct at the start of every paragraph line (as a block, or as one interrupting the paragraph), and the
 * construct reads the whole line as a head row before it looks at the next line for the delimiter row (`| --- |`);
 * that read cost a tenth of the parse. A delimiter row holds only `-`, `:`, `|`, spaces and tabs, and starts with one
 * of the first three; the next line's content is the end of the next line of the text (after quote markers and
 * indentation), so when that line cannot be one the construct would fail: it fails here without reading. A row after
 * a table's head or rows goes to the construct.
 */
function tableWithLookahead(): Extension {
  const table = gfmTable().flow?.null as Construct;
  const tokenizeTable = table.tokenize;
  return {
    flow: {
      null: {
        ...table,
        tokenize(this: TokenizeContext, effects, ok, nok): State {
          return (code) => {
            if (!continuesTable(this) && !delimiterRowMayFollow(parsing, this.now().offset)) return nok(code);
            return tokenizeTable.call(this, effects, ok, nok)(code);
          };
        },
      },
    },
  };
}

/** Whether the construct would read a body row: the last event, past line endings and prefixes, is a table's. */
function continuesTable(context: TokenizeContext): boolean {
  const events = context.events;
  let index = events.length - 1;
  while (index > -1 && (events[index][1].type === 'lineEnding' || events[index][1].type === 'linePrefix')) index--;
  const tail = index > -1 ? events[index][1].type : null;
  return tail === 'tableHead' || tail === 'tableRow';
}

/**
 * Whether the line after the one holding `offset` could be a delimiter row: past its quote markers and indentation
 * (`[ \t>]`), it starts with `-`, `:` or `|` and holds nothing but those and spaces or tabs.
 */
export function delimiterRowMayFollow(text: string, offset: number): boolean {
  let at = offset;
  while (at < text.length && text.charCodeAt(at) !== 0x0a && text.charCodeAt(at) !== 0x0d) at++;
  if (at >= text.length) return false;
  at += text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
  let code = text.charCodeAt(at);
  while (code === 0x20 || code === 0x09 || code === 0x3e) code = text.charCodeAt(++at);
  if (code !== 0x2d && code !== 0x3a && code !== 0x7c) return false;
  for (; at < text.length; at++) {
    code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return true;
    if (code !== 0x2d && code !== 0x3a && code !== 0x7c && code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

const processor = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Parses Markdown once into an mdast tree whose positions index `text` (a leading BOM included). Throws a
 * NestingError for a tree deeper than MAX_DEPTH, and whatever remark throws (a stack overflow on deeper input).
 */
export function parseMarkdown(text: string): Root {
  const bom = text.charCodeAt(0) === 0xfeff;
  // micromark skips a BOM without counting it; shift every position so offsets index the original text.
  // micromark's cost grows with the square of the nesting depth: refuse hopeless input before parsing it.
  if (nestingBoundOver(text, MAX_DEPTH)) throw new NestingError();
  parsing = bom ? text.slice(1) : text;
  let tree: Root;
  try {
    tree = processor.parse(parsing);
  } finally {
    parsing = '';
  }
  if (depthOver(tree, MAX_DEPTH)) throw new NestingError();
  if (bom) shiftForBom(tree);
  return tree;
}

/**
 * Whether some line could open more than `limit` nested containers: an upper bound on the depth of lists and
 * quotes, from the line's leading run of quote and list markers (one level each) and indentation (a list item
 * its content continues needs at least two columns of it). Linear in the text.
 */
export function nestingBoundOver(text: string, limit: number): boolean {
  let at = 0;
  while (at < text.length) {
    let columns = 0;
    let markers = 0;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 0x20) {
        columns += 1;
        at += 1;
      } else if (code === 0x09) {
        columns += 4 - (columns % 4);
        at += 1;
      } else if (code === 0x3e) {
        markers += 1; // >
        at += 1;
      } else if ((code === 0x2d || code === 0x2a || code === 0x2b) && isBlank(text.charCodeAt(at + 1))) {
        markers += 1; // - * +
        at += 1;
      } else if (code >= 0x30 && code <= 0x39) {
        let end = at;
        while (end - at < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end += 1;
        const delimiter = text.charCodeAt(end);
        if ((delimiter !== 0x2e && delimiter !== 0x29) || !isBlank(text.charCodeAt(end + 1))) break;
        markers += 1; // 1. 1)
        at = end + 1;
      } else break;
      if (markers + Math.floor(columns / 2) > limit) return true;
    }
    const next = text.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
  }
  return false;
}

/** Space, tab, line ending or the end of the text (NaN). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || Number.isNaN(code);
}

/** Whether any node of the tree lies more than `limit` levels below the root (iterative: any depth). */
function depthOver(root: Positioned, limit: number): boolean {
  const stack: [Positioned, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Positioned, number];
    if (depth > limit) return true;
    if (node.children) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return false;
}

interface Positioned {
  position?: {
    start: { line: number; column: number; offset?: number };
    end: { line: number; column: number; offset?: number };
  };
  children?: Positioned[];
}

function shiftForBom(node: Positioned): void {
  const stack: Positioned[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Positioned;
    const position = current.position;
    if (position) {
      for (const point of [position.start, position.end]) {
        if (point.offset !== undefined) point.offset += 1;
        if (point.line === 1) point.column += 1;
      }
    }
    if (current.children) for (const child of current.children) stack.push(child);
  }
}

/** A line that is one HTML heading: `<h3>Title (2)</h3>`, `<h2 id="x">Title</h2>`. */
const HTML_HEADING_LINE = /^([ \t]{0,3})<h([1-6])(?:\s[^<>]{0,200})?>(.*?)<\/h\2\s*>[ \t]*$/i;

/**
 * The text with each HTML heading alone on its line (`<h3>Title (2)</h3>`, outside code fences and comments) written
 * as the Markdown heading it displays as (`### Title (2)`), every other character kept at its offset so that
 * positions still index the original text. In CommonMark an `<h3>` line opens an HTML block that runs to the next
 * blank line, so a page writing its ideas as `<h3>` headings with `<br>`-separated lines (9front) would otherwise be
 * one opaque block. For `<h4>`–`<h6>`, whose `#` marks outgrow the tag, the title moves right by up to three columns.
 * On such a page, a `<br>` opening a line that continues a paragraph (`<br>Potential mentors: jpm`) becomes spaces.
 * On any page, a label in HTML emphasis opening a line becomes Markdown emphasis (see `htmlEmphasisLabel`).
 */
export function htmlHeadingsAsMarkdown(text: string): string {
  const headings = /<h[1-6][\s>]/i.test(text);
  if (!headings && !HTML_EMPHASIS_TAG.test(text)) return text;
  const lines = text.split('\n');
  let fence: string | undefined;
  let comment = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const opening = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = line.lastIndexOf('<!--') > line.lastIndexOf('-->');
      continue;
    }
    if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) {
      comment = true;
      continue;
    }
    lines[index] = htmlEmphasisLabel(line);
    if (!headings) continue;
    // `<br>Potential mentors: jpm` continuing a paragraph: the break starts a line, as the line ending already does.
    const previous = index > 0 ? lines[index - 1] : '';
    const leadingBreak = /^<br\s*\/?>(?=\S)/i.exec(line);
    if (leadingBreak && previous.trim() && !/^[ \t]{0,3}#/.test(previous)) {
      lines[index] = ' '.repeat(leadingBreak[0].length) + lines[index].slice(leadingBreak[0].length);
      continue;
    }
    const match = HTML_HEADING_LINE.exec(line.replace(/\r$/, ''));
    if (!match || !match[3].trim()) continue;
    const [whole, indent, level, title] = match;
    const marks = `${indent}${'#'.repeat(Number(level))} `;
    const open = whole.indexOf('>') + 1;
    const rewritten = `${marks.padEnd(open, ' ')}${title}`;
    // Same length as the original line: the closing tag becomes spaces (or room for a longer `#` run).
    if (rewritten.length > whole.length) continue;
    lines[index] = rewritten.padEnd(whole.length, ' ') + line.slice(whole.length);
  }
  return lines.join('\n');
}

/** An HTML emphasis tag (`<i>`, `<b>`, `<em>`, `<strong>`). */
const HTML_EMPHASIS_TAG = /<(?:i|b|em|strong)>/i;

/**
 * A label in HTML emphasis opening a line, after up to three spaces and any `<br>`s: `<i>Languages:</i> Java`,
 * `<b>Mentor</b>: Jane`. The text is short, has no markup, and the colon ends it inside or right after the tag.
 */
const HTML_EMPHASIS_LABEL =
  /^([ \t]{0,3}(?:<br\s*\/?>[ \t]*)*)<(i|b|em|strong)>([^<>\n]{1,60}?:|[^<>\n]{1,60}?)[ \t]*<\/\2\s*>(:?)/i;

/**
 * The line with a label in HTML emphasis at its start written as the Markdown emphasis it displays as
 * (`<i>Languages:</i>` → `*Languages:*`, `<b>…</b>` → `**…**`), padded with spaces to its length so that offsets are
 * unchanged. HTML's `<em>`/`<i>` and `<strong>`/`<b>` are the same emphasis CommonMark renders `*…*` and `**…**` as, so
 * a label marked either way is read alike (Open Data Kit's `<br><i>Languages:</i>  Java<br>`). Only a label ending at
 * a colon is rewritten; emphasis elsewhere in a line is text and stays as written.
 */
export function htmlEmphasisLabel(line: string): string {
  const match = HTML_EMPHASIS_LABEL.exec(line);
  if (!match) return line;
  const [whole, lead, tag, inner, colon] = match;
  if (!inner.endsWith(':') && !colon) return line;
  if (inner.endsWith(':') && colon) return line;
  if (!/\p{L}/u.test(inner)) return line;
  const mark = /^(?:b|strong)$/i.test(tag) ? '**' : '*';
  const rewritten = `${lead}${mark}${inner.trim()}${mark}${colon}`;
  return rewritten.padEnd(whole.length, ' ') + line.slice(whole.length);
}
