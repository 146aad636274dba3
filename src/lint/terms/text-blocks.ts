// Lint stage (undefined-terms): an idea's prose as plain-text blocks (title, headings, paragraphs, table rows)
// that remember where each character came from. Reads the mdast tree only; code, HTML and URLs are not prose.
import type { Heading, PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Idea, IdeaFile } from '../../parse/types.js';

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

/** The idea's title block (when its title can be found) followed by the blocks of its body. */
export function ideaBlocks(idea: Idea, file: IdeaFile): TextBlock[] {
  const quietFrom = idea.fields.mentors?.valuePosition?.start.offset ?? -1;
  const quietTo = idea.fields.mentors?.valuePosition?.end.offset ?? -1;
  const builder = new BlockBuilder(file.text, quietFrom, quietTo);
  const blocks: TextBlock[] = [titleBlock(idea, file, builder)];
  collectBlocks(idea.body, builder, blocks);
  return blocks;
}

/** Blocks of the page's introduction: its top-level heading and paragraphs before the file's first idea. */
export function introBlocks(file: IdeaFile): TextBlock[] {
  const first = Math.min(...file.ideas.map((idea) => idea.titlePosition.start.offset));
  const builder = new BlockBuilder(file.text, -1, -1);
  const blocks: TextBlock[] = [];
  for (const node of file.tree.children) {
    const end = node.position?.end.offset ?? Infinity;
    if (end > first) break;
    if ((node.type === 'heading' && node.depth === 1) || node.type === 'paragraph')
      blocks.push(builder.block('text', node.children));
  }
  return blocks;
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

function collectBlocks(nodes: RootContent[], builder: BlockBuilder, out: TextBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(builder.block('text', node.children));
    else if (node.type === 'heading') out.push(builder.block('heading', node.children));
    else if (node.type === 'table') out.push(...tableBlocks(node, builder));
    else if (node.type === 'code' || node.type === 'html' || node.type === 'definition') continue;
    else if ('children' in node) collectBlocks(node.children as RootContent[], builder, out);
  }
}

function tableBlocks(table: Table, builder: BlockBuilder): TextBlock[] {
  return table.children.map((row) => {
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
  for (const match of block.text.matchAll(NOT_PROSE)) {
    const range: [number, number] = [match.index, match.index + match[0].length];
    if (!block.skip.some(([from, to]) => from <= range[0] && range[1] <= to)) block.skip.push(range);
  }
}

class BlockBuilder {
  private current = emptyBlock('text');
  private abbrStart = -1;

  constructor(
    private readonly source: string,
    private readonly quietFrom: number,
    private readonly quietTo: number,
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
    if (sourceStart < this.quietTo && sourceEnd > this.quietFrom) block.quiet.push([start, block.text.length]);
  }
}
