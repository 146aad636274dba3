// Parse stage: one linear pass that flattens the mdast tree into units (lines, headings, blocks) with labels found.
import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import { findFieldHeadings } from './label-headings.js';
import { continuesSentence, readLineLabels, readWholeLabel, type LabelHit } from './label-line.js';
import { statesQuantity } from './raw-field.js';
import { lineIndexAt, markdownToText } from './text.js';
import type { ParseOptions } from './types.js';

/** What a unit is: a line of a paragraph, a top-level heading, an opaque block, a rule, a table or a comment. */
export type UnitKind = 'line' | 'heading' | 'block' | 'break' | 'table' | 'comment';

/** One line or block of the document, in document order, with the labels it starts with. */
export interface Unit {
  kind: UnitKind;
  /** Offset where the unit's content starts (after list and quote markers). */
  start: number;
  /** Offset just after the unit's content (end of line for lines). */
  end: number;
  /** Index of the enclosing child of the root. */
  top: number;
  node: Nodes;
  /** Heading depth for headings, else 0. */
  depth: number;
  /** Number of enclosing list items. */
  listLevel: number;
  /** End offset of the innermost enclosing list item, or Infinity. */
  itemEnd: number;
  /** Whether this is the first line of a list item. */
  itemStart: boolean;
  /** The innermost enclosing list item. */
  item?: ListItem;
  quoted: boolean;
  /** Whether this is the first line of its paragraph. */
  firstLine: boolean;
  /** Known labels the unit starts with (several when separated by `;`). */
  hits: LabelHit[];
  /** Starts like `Label:` although the label is not a known alias. */
  labelLike: boolean;
}

interface WalkState {
  item?: ListItem;
  top: number;
  listLevel: number;
  itemEnd: number;
  quoted: boolean;
  itemStartPending: boolean;
}

/** Flattens the tree into units; code is opaque, so templates inside fences never yield labels. */
export function collectUnits(tree: Root, text: string, starts: number[], options: ParseOptions): Unit[] {
  const units: Unit[] = [];
  const state: WalkState = { top: 0, listLevel: 0, itemEnd: Infinity, quoted: false, itemStartPending: false };

  // Each unit is built as one literal of one shape (no spread of a partial unit): collectUnits makes one per line
  // of every list, and the spread copy cost 2% of a lint's CPU.
  const push = (
    kind: UnitKind,
    start: number,
    end: number,
    node: Nodes,
    depth: number,
    firstLine: boolean,
    hits: LabelHit[],
    labelLike: boolean,
  ): Unit => {
    const unit: Unit = {
      kind,
      start,
      end,
      node,
      depth,
      firstLine,
      hits,
      labelLike,
      item: state.item,
      top: state.top,
      listLevel: state.listLevel,
      itemEnd: state.itemEnd,
      quoted: state.quoted,
      itemStart: state.itemStartPending,
    };
    units.push(unit);
    state.itemStartPending = false;
    return unit;
  };

  const lines = (node: Nodes, start: number, end: number): void => {
    let lineIndex = lineIndexAt(starts, start);
    let lineStart = start;
    let first = true;
    let previous: Unit | undefined;
    let labelsAbove = false;
    while (lineStart < end) {
      const nextStart = lineIndex + 1 < starts.length ? starts[lineIndex + 1] : text.length;
      let lineEnd = Math.min(end, nextStart);
      while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
      let contentStart = lineStart;
      if (!first) while (contentStart < lineEnd && /[ \t>]/.test(text[contentStart])) contentStart++;
      // A line after a label never continues its sentence: asked first, it spares slicing that line.
      const continuation =
        previous !== undefined &&
        previous.hits.length === 0 &&
        !previous.labelLike &&
        continuesSentence(text.slice(previous.start, previous.end), false);
      const carried = previous?.hits[previous.hits.length - 1]?.valueStart;
      const read = readLineLabels(text, contentStart, lineEnd, options, {
        quoted: state.quoted,
        first,
        node,
        continuation,
        item: state.listLevel > 0,
        labelsFrom: previous && carried !== undefined && carried > previous.end ? carried : undefined,
        labelsAbove,
      });
      previous = push('line', contentStart, lineEnd, node, 0, first, read.hits, read.labelLike);
      if (read.hits.length > 0) labelsAbove = true;
      first = false;
      lineIndex++;
      lineStart = nextStart;
    }
  };

  const visit = (node: Nodes): void => {
    const position = node.position;
    if (!position || position.start.offset === undefined || position.end.offset === undefined) return;
    const start = position.start.offset;
    const end = position.end.offset;
    switch (node.type) {
      case 'paragraph':
        lines(node, start, end);
        return;
      case 'heading': {
        const inner = headingContent(node, start, end);
        if (state.listLevel > 0 || state.quoted) {
          lines(node, inner[0], inner[1]);
          return;
        }
        const hits = readWholeLabel(text, inner[0], inner[1], options);
        push('heading', inner[0], inner[1], node, node.depth, true, hits, false);
        return;
      }
      case 'list':
        for (const item of node.children) visit(item);
        return;
      case 'listItem': {
        // Saved and restored field by field (no copies of the state). Outside every list item, a unit has none.
        const { item: savedItem, listLevel: savedLevel, itemEnd: savedEnd } = state;
        state.listLevel++;
        state.itemEnd = end;
        state.item = node;
        state.itemStartPending = true;
        for (const child of node.children) visit(child);
        if (state.itemStartPending) push('block', start, end, node, 0, true, [], false);
        state.item = savedItem;
        state.listLevel = savedLevel;
        state.itemEnd = savedEnd;
        state.itemStartPending = false;
        return;
      }
      case 'blockquote': {
        const savedQuoted = state.quoted;
        state.quoted = true;
        for (const child of node.children) visit(child);
        state.quoted = savedQuoted;
        return;
      }
      case 'table':
        push('table', start, end, node, 0, true, [], false);
        return;
      case 'thematicBreak':
        push('break', start, end, node, 0, true, [], false);
        return;
      case 'html':
        push(/^\s*<!--[\s\S]*-->\s*$/.test(node.value) ? 'comment' : 'block', start, end, node, 0, true, [], false);
        return;
      case 'yaml':
      case 'definition':
        push('comment', start, end, node, 0, true, [], false);
        return;
      default:
        push('block', start, end, node, 0, true, [], false);
    }
  };

  tree.children.forEach((child: RootContent, index: number) => {
    state.top = index;
    visit(child);
  });
  unlabelTitledHeadings(units, findFieldHeadings(units, text, options));
  dropPlanLabels(units, text);
  return units;
}

/**
 * `### Timeline` over `- Week 1: …`, `## Timeline` over a programme's dates: a label naming a field only through a
 * size quantity (`quantityOnly`, src/parse/label-words.ts TIME_PLAN_HEADS) is none when its value — on its line, or
 * else the first line after it — states no size, so nothing after this pass (ideas, one-idea pages) takes it for one.
 */
function dropPlanLabels(units: Unit[], text: string): void {
  units.forEach((unit, index) => {
    if (!unit.hits.some((hit) => hit.quantityOnly)) return;
    unit.hits = unit.hits.filter((hit) => {
      if (!hit.quantityOnly) return true;
      const inline = markdownToText(text.slice(hit.valueStart, hit.valueEnd));
      if (inline !== '') return statesQuantity(inline);
      const next = units.slice(index + 1).find((other) => other.kind !== 'comment');
      return (
        next !== undefined &&
        next.kind !== 'heading' &&
        statesQuantity(markdownToText(text.slice(next.start, next.end)))
      );
    });
  });
}

/**
 * `## Summary: Improve the docs` with `- Mentors: Jane` under it names an idea, not a field: a heading that
 * carries its value inline holds no labels in its own section. A field line written as a heading (`fieldLines`,
 * label-headings.ts: `#### Difficulty: Hard` among label headings, or stating a level) keeps its label: the labels
 * after it are its section's.
 */
function unlabelTitledHeadings(units: Unit[], fieldLines: Set<Unit>): void {
  const open: Unit[] = [];
  const unlabelAll = (): void => {
    for (const heading of open) heading.hits = [];
    open.length = 0;
  };
  for (const unit of units) {
    if (unit.kind === 'heading') {
      while (open.length > 0 && open[open.length - 1].depth >= unit.depth) open.pop();
      if (unit.hits.length > 0) unlabelAll();
      const hit = unit.hits[0];
      if (hit && hit.valueStart < unit.end && !fieldLines.has(unit)) open.push(unit);
    } else if (unit.hits.length > 0 && open.length > 0) unlabelAll();
  }
}

/** The offsets of a heading's text (after `#`s, before closing `#`s or a setext underline). */
export function headingContent(node: Nodes, start: number, end: number): [number, number] {
  const children = 'children' in node ? node.children : [];
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  if (first !== undefined && last !== undefined) return [first, last];
  return [Math.min(end, start + 1), Math.min(end, start + 1)];
}
