// Parse stage: the one unified processor (CommonMark + GFM + YAML front matter) every file goes through.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown once into an mdast tree whose positions index `text` (a leading BOM included). */
export function parseMarkdown(text: string): Root {
  if (text.charCodeAt(0) !== 0xfeff) return processor.parse(text);
  // micromark skips a BOM without counting it; shift every position so offsets index the original text.
  const tree = processor.parse(text.slice(1));
  shiftForBom(tree);
  return tree;
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
