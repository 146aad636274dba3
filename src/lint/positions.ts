// Lint stage: turning offsets into positions, for rules that point inside a field's value. Pure.
import type { Point, Position } from '../parse/types.js';

/**
 * The position of `text[startOffset..endOffset)` (1-based line and column, end exclusive). `from`, a
 * known point at or before `startOffset` (such as a field's start), saves scanning from the top.
 */
export function positionAt(text: string, startOffset: number, endOffset: number, from?: Point): Position {
  const origin = from && from.offset <= startOffset ? from : { line: 1, column: 1, offset: 0 };
  const start = pointAt(text, startOffset, origin);
  const end = pointAt(text, endOffset, start);
  return { start, end };
}

/** Walks from a known point `from` (at or before `offset`) to `offset`. */
function pointAt(text: string, offset: number, from: Point): Point {
  let { line, column } = from;
  const target = Math.max(from.offset, Math.min(offset, text.length));
  for (let i = from.offset; i < target; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column, offset: target };
}
