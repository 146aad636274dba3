// Parse stage: HTML tables of data (`<table>` with `<th>` header cells) read as the tables they display as.
import type { Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { findFields } from './find-fields.js';
import { quoteText, type Layout } from './html-layout.js';
import { NestingError, parseMarkdown } from './markdown.js';
import type { RawField } from './raw-field.js';
import { lineStarts, pointAt } from './text.js';
import type { ParseOptions, Position } from './types.js';
import type { HtmlTableData } from './html-table-data.js';
import { collectUnits } from './units.js';

/** A top-level HTML block opening with a table. */
const TABLE_BLOCK = /^[ \t]{0,3}<table(?=[\s>])/i;

/** The tags that make a table's structure. */
const TABLE_TAG = /<(\/?)(table|thead|tbody|tfoot|tr|th|td)(?=[\s/>])[^<>]*>/gi;

interface CellRange {
  header: boolean;
  start: number;
  end: number;
}

interface RowRange {
  start: number;
  end: number;
  cells: CellRange[];
}

/**
 * The tree and text with each top-level HTML table of data read as the table it displays as. A table is of data when
 * it marks header cells (`<th>`), as HTML tells tables of data from tables that only lay a page out (DesignSafe's logo
 * beside its text, left as written); its first row is its header row, as in a GFM table, and the table reader
 * (`readTable`) reads it as it reads a GFM table's rows, or its `<th>`-labelled rows as label/value rows. CommonMark
 * ends an HTML block at a blank line, so the table's source runs from its `<table>` line to its `</table>`, whatever
 * nodes the parse made of it; they are replaced by one table node. In the text, table and layout tags become spaces
 * and labels in HTML emphasis Markdown emphasis, every line keeping its length; a cell's own label lines
 * (`<b>Mentor:</b> …` after a `<br />`) are read as fields of its row (see `HtmlTableData`).
 */
export function htmlTablesAsMarkdown({ text, tree }: Layout): Layout {
  if (!/<table[\s>]/i.test(text)) return { text, tree };
  const tables: { start: number; end: number; rows: RowRange[] }[] = [];
  let after = 0;
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    if (node.type !== 'html' || start === undefined || start < after || !TABLE_BLOCK.test(node.value)) continue;
    const read = readTableTags(text, start);
    if (!read) continue;
    after = read.end;
    if (read.rows.some((row) => row.cells.some((cell) => cell.header))) tables.push(read);
  }
  if (tables.length === 0) return { text, tree };
  let layout = text;
  for (const table of tables)
    layout =
      layout.slice(0, table.start) +
      quoteText(layout.slice(table.start, table.end).replace(TABLE_TAG, blank)) +
      layout.slice(table.end);
  const starts = lineStarts(layout);
  const position = (start: number, end: number): Position => ({
    start: pointAt(starts, start),
    end: pointAt(starts, end),
  });
  const cellFields = (cell: TableCell, options: ParseOptions): RawField[] => {
    const from = cell.position?.start.offset ?? 0;
    const to = cell.position?.end.offset ?? 0;
    return readCellFields(layout, from, to, options);
  };
  const children: RootContent[] = [];
  let next = 0;
  let placed = -1;
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? -1;
    const end = node.position?.end.offset ?? -1;
    while (next < tables.length && tables[next].end <= start) next++;
    const table = tables[next];
    // A node running past the table's end (text after `</table>` in the same HTML block) stays.
    if (!table || start < table.start || end > table.end) {
      children.push(node);
      continue;
    }
    if (placed === next) continue;
    placed = next;
    const rows: TableRow[] = table.rows.map((row) => ({
      type: 'tableRow',
      position: position(row.start, row.end),
      children: row.cells.map((cell): TableCell => {
        const [from, to] = trimmed(layout, cell.start, cell.end);
        return {
          type: 'tableCell',
          position: position(Math.max(0, from - 1), to),
          children: from < to ? [{ type: 'text', value: layout.slice(from, to), position: position(from, to) }] : [],
        };
      }),
    }));
    const data: HtmlTableData = { cellFields };
    children.push({ type: 'table', position: position(table.start, table.end), children: rows, data } as Table);
  }
  tree.children = children;
  return { text: layout, tree: tree as Root };
}

/**
 * The rows and cells of the HTML table whose `<table>` tag is the first at or after `start`, up to its matching
 * `</table>` (tables nested in a cell are part of that cell), and where it ends: the end of the `</table>` line when
 * nothing but spaces follows it. Undefined when the table is not closed. Each cell's range is its content, between
 * its tag and the next tag of the table's structure at its level.
 */
function readTableTags(text: string, start: number): { start: number; end: number; rows: RowRange[] } | undefined {
  const rows: RowRange[] = [];
  let depth = 0;
  let row: RowRange | undefined;
  let cell: CellRange | undefined;
  const closeCell = (at: number): void => {
    if (cell) cell.end = at;
    cell = undefined;
  };
  const tags = new RegExp(TABLE_TAG.source, 'gi');
  tags.lastIndex = start;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    const [tag, closing, nameCase] = match;
    const name = nameCase.toLowerCase();
    const at = match.index;
    if (name === 'table') depth += closing ? -1 : 1;
    if (depth > 1 || (name === 'table' && depth === 1)) continue;
    if (depth === 0) {
      closeCell(at);
      const lineEnd = text.indexOf('\n', at);
      const stop = lineEnd === -1 ? text.length : lineEnd;
      const end = text.slice(at + tag.length, stop).trim() ? at + tag.length : stop;
      return { start, end, rows: rows.filter((entry) => entry.cells.length > 0) };
    }
    if (name === 'tr' || name === 'thead' || name === 'tbody' || name === 'tfoot') {
      closeCell(at);
      if (row) row.end = closing && name === 'tr' ? at + tag.length : at;
      if (name === 'tr' && !closing) rows.push((row = { start: at, end: at, cells: [] }));
      else row = undefined;
      continue;
    }
    // `<th>`, `<td>` and their closing tags.
    closeCell(at);
    if (closing) continue;
    if (!row) rows.push((row = { start: at, end: at, cells: [] }));
    row.cells.push((cell = { header: name === 'th', start: at + tag.length, end: at + tag.length }));
    row.end = at + tag.length;
  }
  return undefined;
}

/**
 * The fields labelled inside a cell (`**Mentor:** …`, `**Required skills:**` ⏎ a list): the cell's text parsed alone,
 * as HTML's text is (no indented code), and read as an idea's body is; offsets are the file's.
 */
function readCellFields(text: string, from: number, to: number, options: ParseOptions): RawField[] {
  const source = text.slice(from, to);
  // A label ends at a colon or is emphasis (`**Mentor**`): a cell with neither holds none.
  if (!/[:*_]/.test(source)) return [];
  let tree: Root;
  try {
    tree = parseMarkdown(source, { indentedCode: false });
  } catch (error) {
    if (error instanceof NestingError) return [];
    throw error;
  }
  const starts = lineStarts(source);
  const units = collectUnits(tree, source, starts, options);
  const found = findFields(units, 0, units.length, { text: source, starts, options });
  return Object.values(found).flatMap((field) => {
    if (!field) return [];
    const valueStart = (field.valuePosition?.start.offset ?? field.labelPosition.end.offset) + from;
    const valueEnd = (field.valuePosition?.end.offset ?? field.labelPosition.end.offset) + from;
    return [
      {
        name: field.name,
        label: field.label,
        labelStart: field.labelPosition.start.offset + from,
        labelEnd: field.labelPosition.end.offset + from,
        valueStart,
        valueEnd,
        weak: false,
        source: field.raw,
      },
    ];
  });
}

/** The range without the spaces at its ends. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** The text with every character but line endings written as a space. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
