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

/** No indented code: in HTML, indentation is only space (see `parseMarkdown`'s `indentedCode`). */
function withoutIndentedCode(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

/** The processor for the text of HTML blocks (html-layout.ts), created on first use. */
let htmlTextProcessor: typeof processor | undefined;

/**
 * Parses Markdown once into an mdast tree whose positions index `text` (a leading BOM included). Throws a
 * NestingError for a tree deeper than MAX_DEPTH, and whatever remark throws (a stack overflow on deeper input).
 * `indentedCode: false` reads a line indented four spaces as text, not code: for the text of an HTML block, whose
 * tags html-layout.ts writes as spaces (`<blockquote>Skill level: Novice` is a line of text in a browser).
 */
export function parseMarkdown(text: string, { indentedCode = true }: { indentedCode?: boolean } = {}): Root {
  const bom = text.charCodeAt(0) === 0xfeff;
  // micromark skips a BOM without counting it; shift every position so offsets index the original text.
  // micromark's cost grows with the square of the nesting depth: refuse hopeless input before parsing it.
  if (nestingBoundOver(text, MAX_DEPTH)) throw new NestingError();
  parsing = bom ? text.slice(1) : text;
  let tree: Root;
  try {
    const chosen = indentedCode ? processor : (htmlTextProcessor ??= processor().use(withoutIndentedCode).freeze());
    tree = chosen.parse(parsing);
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
