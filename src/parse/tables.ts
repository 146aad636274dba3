// Parse stage: GFM tables as fields (key/value or header/row) or as whole ideas (a `Title` row or column).
import type { Table, TableCell } from 'mdast';
import { htmlCellFields } from './html-table-data.js';
import { normalizeLabel, readLabel, type LabelMatch } from './labels.js';
import { fromLabel, type RawField } from './raw-field.js';
import { inlineToText } from './text.js';
import type { ParseOptions } from './types.js';

/** A field read from a table: the label cell and the value cell (value range empty when blank). */
export type TableField = RawField;

/** An idea read from a table: its title cell and its fields. */
export interface TableIdea {
  title: string;
  titleStart: number;
  titleEnd: number;
  start: number;
  end: number;
  fields: TableField[];
}

/** How a table reads: no fields, fields of the enclosing idea, or ideas of its own. */
export type TableReading =
  { kind: 'none' } | { kind: 'fields'; fields: TableField[] } | { kind: 'ideas'; ideas: TableIdea[]; single: boolean };

const TITLE_LABELS = new Set([
  'title',
  'project title',
  'idea',
  'idea title',
  'project',
  'project name',
  'name',
  'project idea',
  'topic',
  'project topic',
]);

/** Whether a label names an idea's title rather than a field. */
export function isTitleLabel(label: string): boolean {
  return TITLE_LABELS.has(normalizeLabel(label));
}

const readings = new WeakMap<Table, { options: ParseOptions; reading: TableReading }>();

/** Reads a table once (cached per node): cells are never re-parsed, only their source ranges are used. */
export function readTable(table: Table, text: string, options: ParseOptions): TableReading {
  const cached = readings.get(table);
  if (cached && cached.options === options) return cached.reading;
  const reading = classifyTable(table, text, options);
  readings.set(table, { options, reading });
  return reading;
}

function classifyTable(table: Table, text: string, options: ParseOptions): TableReading {
  const rows = table.children.map((row) => row.children.map((cell) => cellRange(cell)));
  if (rows.length === 0 || rows[0].length < 2) return { kind: 'none' };
  const cellText = (range: [number, number]): string => inlineToText(text.slice(range[0], range[1]));

  // Key/value: the first column names fields (`| Expected Difficulty | Medium |`).
  let titleRow = -1;
  const keyFields: TableField[] = [];
  rows.forEach((cells, index) => {
    const label = cellText(cells[0]);
    if (titleRow < 0 && isTitleLabel(label)) titleRow = index;
    const found = readLabel(label, options.fields);
    if (found && cells.length >= 2) keyFields.push(field(found, label, cells[0], cells[1]));
  });
  // Header/row: the header row names fields (`| **Intensity** | **Involves** | **Mentors** |`).
  const header = rows[0].map(cellText);
  const headerNames = header.map((label) => readLabel(label, options.fields));
  const headerScore = headerNames.filter(Boolean).length;
  const titleColumn = header.findIndex((label) => isTitleLabel(label));

  if (keyFields.length >= 1 && keyFields.length >= headerScore) {
    if (titleRow >= 0 && rows[titleRow].length >= 2) {
      const titleCell = rows[titleRow][1];
      const title = cellText(titleCell);
      if (title) {
        const idea = {
          title,
          titleStart: titleCell[0],
          titleEnd: titleCell[1],
          start: offsets(table)[0],
          end: offsets(table)[1],
          fields: keyFields,
        };
        return { kind: 'ideas', ideas: [idea], single: true };
      }
    }
    return { kind: 'fields', fields: keyFields };
  }
  const dataRows = rows.slice(1);
  if (titleColumn >= 0 && headerScore >= 1 && dataRows.length >= 1) {
    const cellFields = htmlCellFields(table);
    const ideas: TableIdea[] = [];
    table.children.slice(1).forEach((row, index) => {
      const cells = dataRows[index];
      const titleCell = cells[titleColumn];
      const title = titleCell ? cellText(titleCell) : '';
      if (!title) return;
      const fields: TableField[] = [];
      headerNames.forEach((name, column) => {
        if (name && cells[column]) fields.push(field(name, header[column], rows[0][column], cells[column]));
      });
      // An HTML table's cell may hold label lines of its own (`<b>Mentor:</b> …<br />`): fields of its row.
      if (cellFields)
        row.children.forEach((cell, column) => column !== titleColumn && fields.push(...cellFields(cell, options)));
      const [start, end] = offsets(row);
      ideas.push({ title, titleStart: titleCell[0], titleEnd: titleCell[1], start, end, fields });
    });
    return ideas.length > 0 ? { kind: 'ideas', ideas, single: false } : { kind: 'none' };
  }
  if (headerScore >= 2 && dataRows.length === 1) {
    const fields: TableField[] = [];
    headerNames.forEach((name, column) => {
      const cell = dataRows[0][column];
      if (name && cell) fields.push(field(name, header[column], rows[0][column], cell));
    });
    return { kind: 'fields', fields };
  }
  return { kind: 'none' };
}

function field(found: LabelMatch, label: string, labelCell: [number, number], valueCell: [number, number]): TableField {
  return {
    ...fromLabel(found),
    label,
    labelStart: labelCell[0],
    labelEnd: labelCell[1],
    valueStart: valueCell[0],
    valueEnd: valueCell[1],
  };
}

/** The source range of a cell's content (inside the pipes); an empty range just after the pipe when blank. */
function cellRange(cell: TableCell): [number, number] {
  const first = cell.children[0]?.position?.start.offset;
  const last = cell.children[cell.children.length - 1]?.position?.end.offset;
  if (first !== undefined && last !== undefined) return [first, last];
  const start = (cell.position?.start.offset ?? 0) + 1;
  return [start, start];
}

function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}
