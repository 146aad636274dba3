// Lint stage (rule kit): an idea's prose as plain-text blocks (title, headings, paragraphs, table rows)
// that remember where each character came from. Reads the mdast tree only; code, HTML and URLs are not prose.
import type { Heading, Link, PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Idea, IdeaFile } from '../parse/types.js';

/** Where a stretch of a block's text comes from in the file. */
export interface TextRun {
  /** Start and end (exclusive) in the block's text. */
  start: number;
  end: number;
  /** File offset of `text[start]` when the run is the source verbatim; null when escapes or entities differ. */
  offset: number | null;
  /** The source range of the node the run came from. */
  sourceStart: number;
  sourceEnd: number;
}

/** One block of prose: the idea's title, a heading, a paragraph or a table row (cells joined by ` | `). */
export interface TextBlock {
  kind: 'title' | 'heading' | 'text';
  text: string;
  runs: TextRun[];
  /** Ranges of `text` that are link text, or `<abbr title>` text: a term there is explained by the link. */
  links: [number, number][];
  /** Ranges of `text` that are not prose: code spans, URLs, emails, `@handles`. */
  skip: [number, number][];
  /** Ranges of `text` where terms are not looked for (a mentors field: names, not terminology). */
  quiet: [number, number][];
}

const NOT_PROSE = /(?:https?|ftp):\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w-]+|\b[\w-]+(?:\.[\w-]+)+\/\S*/g;
const WEB_ONLY = /(?:https?|ftp):\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// The same alternatives one at a time, for long tokens (see notProseRanges).
const WEB_ADDRESS_AT = /(?:https?|ftp):\/\/\S+|www\.\S+/y;
const EMAIL_AT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/y;
const HANDLE_AT = /@[\w-]+/y;
const PATH_AT = /\b[\w-]+(?:\.[\w-]+)+\/\S*/y;
/** A run of `[\w.+-]` this long could make the email and path alternatives rescan it from every character. */
const LONG_RUN = 128;

/**
 * The idea's title block (when its title can be found) followed by the blocks of its body. Only what lies inside
 * the idea counts: an idea that is a table row gets that row, not the table's other rows.
 */
export function ideaBlocks(idea: Idea, file: IdeaFile): TextBlock[] {
  // A mentors field joined from two labels is quiet on each label's own value, not on the prose between them.
  const mentors = idea.fields.mentors;
  const ranges = mentors?.parts ?? (mentors?.valuePosition ? [mentors.valuePosition] : []);
  const quiet = ranges.map((range): [number, number] => [range.start.offset, range.end.offset]);
  const builder = new BlockBuilder(file.text, quiet);
  const blocks: TextBlock[] = [titleBlock(idea, file, builder)];
  const inside: Span = [idea.position.start.offset, idea.position.end.offset];
  collectBlocks(idea.body, builder, blocks, inside);
  return blocks;
}

/** A range of file offsets, end exclusive. */
type Span = [number, number];

/** Whether a node lies (at least partly) inside `span`; a node without a position is kept. */
function within(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, span: Span): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return true;
  return start < span[1] && end > span[0];
}

/**
 * Blocks of the page's introduction: its top-level heading, paragraphs and the links of its lists, before the
 * file's first idea.
 */
export function introBlocks(file: IdeaFile): TextBlock[] {
  const first = Math.min(...file.ideas.map((idea) => idea.titlePosition.start.offset));
  const builder = new BlockBuilder(file.text, []);
  const blocks: TextBlock[] = [];
  for (const node of file.tree.children) {
    const end = node.position?.end.offset ?? Infinity;
    if (end > first) break;
    if ((node.type === 'heading' && node.depth === 1) || node.type === 'paragraph')
      blocks.push(builder.block('text', node.children));
    // A list of linked names (an umbrella page's sub-organisations): each link's text, the link explaining it. A
    // table of contents links inside the page (`#…`) and names only ideas, so it is left out.
    else if (node.type === 'list')
      for (const link of linksIn(node)) if (!link.url.startsWith('#')) blocks.push(builder.block('text', [link]));
  }
  return blocks;
}

/**
 * Paragraphs after the first idea that lie in no idea: the introductions of groups of ideas (`# Image Processing
 * Portal set of projects` and the paragraphs before its first idea).
 */
export function groupBlocks(file: IdeaFile): TextBlock[] {
  const spans: Span[] = file.ideas.map((idea) => [idea.position.start.offset, idea.position.end.offset]);
  const first = Math.min(...spans.map(([start]) => start));
  const builder = new BlockBuilder(file.text, []);
  const blocks: TextBlock[] = [];
  for (const node of file.tree.children) {
    const start = node.position?.start.offset;
    if (node.type !== 'paragraph' || start === undefined || start < first) continue;
    if (!spans.some((span) => within(node, span))) blocks.push(builder.block('text', node.children));
  }
  return blocks;
}

/**
 * Headings of any level that lie in no idea: the page's sections and the headings of groups of ideas (`### Symbolic
 * Pathfinder (SPF)` over a summary of SPF's ideas).
 */
export function outsideHeadingBlocks(file: IdeaFile): TextBlock[] {
  const spans: Span[] = file.ideas.map((idea) => [idea.position.start.offset, idea.position.end.offset]);
  const builder = new BlockBuilder(file.text, []);
  const blocks: TextBlock[] = [];
  for (const node of file.tree.children) {
    if (node.type === 'heading' && !spans.some((span) => within(node, span)))
      blocks.push(builder.block('heading', node.children));
  }
  return blocks;
}

function linksIn(node: RootContent | PhrasingContent): Link[] {
  if (node.type === 'link') return [node];
  return 'children' in node ? (node.children as RootContent[]).flatMap(linksIn) : [];
}

function titleBlock(idea: Idea, file: IdeaFile, builder: BlockBuilder): TextBlock {
  const start = idea.titlePosition.start.offset;
  const heading = file.tree.children.find(
    (node): node is Heading =>
      node.type === 'heading' &&
      (node.position?.start.offset ?? -1) <= start &&
      start < (node.position?.end.offset ?? -1),
  );
  if (heading) return builder.block('title', heading.children);
  // A title from a table row or front matter: find its text in the source when it is there verbatim.
  const end = idea.titlePosition.end.offset;
  const at = file.text.slice(start, end).indexOf(idea.title);
  const block = emptyBlock('title');
  block.text = idea.title;
  block.runs.push({
    start: 0,
    end: idea.title.length,
    offset: at >= 0 ? start + at : null,
    sourceStart: start,
    sourceEnd: end,
  });
  markNotProse(block);
  return block;
}

function collectBlocks(nodes: RootContent[], builder: BlockBuilder, out: TextBlock[], inside: Span): void {
  for (const node of nodes) {
    if (!within(node, inside)) continue;
    if (node.type === 'paragraph') out.push(builder.block('text', node.children));
    else if (node.type === 'heading') out.push(builder.block('heading', node.children));
    else if (node.type === 'table') out.push(...tableBlocks(node, builder, inside));
    else if (node.type === 'code' || node.type === 'html' || node.type === 'definition') continue;
    else if ('children' in node) collectBlocks(node.children as RootContent[], builder, out, inside);
  }
}

function tableBlocks(table: Table, builder: BlockBuilder, inside: Span): TextBlock[] {
  return table.children
    .filter((row) => within(row, inside))
    .map((row) => {
      const cells: PhrasingContent[] = [];
      row.children.forEach((cell, index) => {
        if (index > 0) cells.push({ type: 'text', value: ' | ' });
        cells.push(...cell.children);
      });
      return builder.block('text', cells);
    });
}

function emptyBlock(kind: TextBlock['kind']): TextBlock {
  return { kind, text: '', runs: [], links: [], skip: [], quiet: [] };
}

function markNotProse(block: TextBlock): void {
  // A match inside a code span or a URL link (skips already there, in text order) adds nothing. Matches never
  // overlap each other, so only those earlier skips are checked: a sweep with the farthest end reached so far.
  const earlier = [...block.skip].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -1;
  for (const range of notProseRanges(block.text)) {
    while (next < earlier.length && earlier[next][0] <= range[0]) reach = Math.max(reach, earlier[next++][1]);
    if (reach < range[1]) block.skip.push(range);
  }
}

/**
 * Where `text` is not prose, as `text.matchAll(NOT_PROSE)` finds it (with `webOnly`, only URLs and emails, as
 * WEB_ONLY), in linear time. The regular expression is fast on ordinary text; where a long run of email
 * characters could make it rescan the run from every character, the text is scanned by hand instead: an email
 * or path attempt that fails from one character of a run fails from every later one (the run ends in the same
 * place), so the rest of the run is not retried.
 */
export function notProseRanges(text: string, webOnly = false): [number, number][] {
  if (!hasLongRun(text)) {
    // Each match is dropped once its range is read: a list of every match object first kept them all alive at once,
    // and on a long run of matches (`@a@a@a…`, the handles pathological case) the collector's work grew with the
    // square of the text (undefined-terms 16× at 10× the text; 42× in this function alone).
    const ranges: [number, number][] = [];
    for (const match of text.matchAll(webOnly ? WEB_ONLY : NOT_PROSE))
      ranges.push([match.index, match.index + match[0].length]);
    return ranges;
  }
  const ranges: [number, number][] = [];
  let emailFailsBefore = 0;
  let pathFailsBefore = 0;
  let at = 0;
  while (at < text.length) {
    let end = stickyEnd(WEB_ADDRESS_AT, text, at);
    if (end < 0 && at >= emailFailsBefore && isEmailChar(text.charCodeAt(at))) {
      end = stickyEnd(EMAIL_AT, text, at);
      if (end < 0) emailFailsBefore = runEnd(text, at, isEmailChar);
    }
    if (!webOnly && end < 0) end = stickyEnd(HANDLE_AT, text, at);
    if (
      !webOnly &&
      end < 0 &&
      at >= pathFailsBefore &&
      isWordChar(text.charCodeAt(at - 1)) !== isWordChar(text.charCodeAt(at))
    ) {
      end = stickyEnd(PATH_AT, text, at);
      if (end < 0) pathFailsBefore = chainEnd(text, at);
    }
    if (end < 0) at++;
    else {
      ranges.push([at, end]);
      at = end;
    }
  }
  return ranges;
}

/** Whether `text` has LONG_RUN email characters in a row (only such runs are rescanned; URLs are consumed). */
function hasLongRun(text: string): boolean {
  if (text.length < LONG_RUN) return false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isEmailChar(text.charCodeAt(i))) run = 0;
    else if (++run >= LONG_RUN) return true;
  }
  return false;
}

function stickyEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** `\w` of a non-Unicode regular expression; NaN (outside the text) is not one. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isEmailChar(code: number): boolean {
  return isWordChar(code) || code === 46 || code === 43 || code === 45;
}

function isPathChar(code: number): boolean {
  return isWordChar(code) || code === 45;
}

function runEnd(text: string, from: number, inRun: (code: number) => boolean): number {
  let end = from;
  while (end < text.length && inRun(text.charCodeAt(end))) end++;
  return end;
}

/** End of the longest `[\w-]+(?:\.[\w-]+)*` from `from`. */
function chainEnd(text: string, from: number): number {
  let end = runEnd(text, from, isPathChar);
  if (end === from) return from;
  while (text.charCodeAt(end) === 46 && isPathChar(text.charCodeAt(end + 1))) end = runEnd(text, end + 1, isPathChar);
  return end;
}

class BlockBuilder {
  private current = emptyBlock('text');
  private abbrStart = -1;

  constructor(
    private readonly source: string,
    /** Source ranges where terms are not looked for (the mentors field's values). */
    private readonly quietRanges: readonly [number, number][],
  ) {}

  block(kind: TextBlock['kind'], children: PhrasingContent[]): TextBlock {
    this.current = emptyBlock(kind);
    this.abbrStart = -1;
    for (const child of children) this.inline(child);
    markNotProse(this.current);
    return this.current;
  }

  private inline(node: PhrasingContent): void {
    const block = this.current;
    switch (node.type) {
      case 'text':
        this.append(node.value, node.position?.start.offset, node.position?.end.offset);
        return;
      case 'inlineCode': {
        const start = block.text.length;
        this.append(node.value, undefined, undefined, node.position?.start.offset, node.position?.end.offset);
        block.skip.push([start, block.text.length]);
        return;
      }
      case 'link':
      case 'linkReference': {
        const start = block.text.length;
        const label = toString(node);
        const url = node.type === 'link' ? node.url.replace(/^mailto:/, '') : '';
        if (node.type === 'link' && (label === url || label === node.url || /^(?:https?:|www\.)/.test(label))) {
          this.append(label, undefined, undefined, node.position?.start.offset, node.position?.end.offset);
          block.skip.push([start, block.text.length]);
          return;
        }
        for (const child of node.children) this.inline(child);
        block.links.push([start, block.text.length]);
        return;
      }
      case 'html':
        if (/^<abbr\b[^>]*\btitle\s*=/i.test(node.value)) this.abbrStart = block.text.length;
        else if (/^<\/abbr\s*>/i.test(node.value) && this.abbrStart >= 0) {
          block.links.push([this.abbrStart, block.text.length]);
          this.abbrStart = -1;
        } else this.append(' ');
        return;
      case 'break':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        this.append(' ');
        return;
      default:
        if ('children' in node) for (const child of node.children as PhrasingContent[]) this.inline(child);
    }
  }

  /** Appends text; with a verbatim source range the run maps back character by character. */
  private append(value: string, from?: number, to?: number, nodeFrom?: number, nodeTo?: number): void {
    const block = this.current;
    const start = block.text.length;
    block.text += value;
    const sourceStart = from ?? nodeFrom;
    const sourceEnd = to ?? nodeTo;
    if (sourceStart === undefined || sourceEnd === undefined) return;
    const verbatim = from !== undefined && this.source.slice(from, to) === value;
    block.runs.push({ start, end: block.text.length, offset: verbatim ? from : null, sourceStart, sourceEnd });
    for (const [quietFrom, quietTo] of this.quietRanges)
      if (sourceStart < quietTo && sourceEnd > quietFrom) {
        block.quiet.push([start, block.text.length]);
        break;
      }
  }
}
