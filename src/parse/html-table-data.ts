// Parse stage: what a table read from HTML (html-tables.ts) carries on its node for the table reader (tables.ts). A
// module of its own: html-tables.ts reads cells with findFields, which reads tables, so neither may import the other.
import type { Table, TableCell } from 'mdast';
import type { RawField } from './raw-field.js';
import type { ParseOptions } from './types.js';

/** What an HTML table's node carries for the table reader: the fields labelled inside one of its cells. */
export interface HtmlTableData {
  cellFields: (cell: TableCell, options: ParseOptions) => RawField[];
}

/** The cell-field reader of a table read from HTML (see `htmlTablesAsMarkdown`); undefined for a Markdown table. */
export function htmlCellFields(table: Table): HtmlTableData['cellFields'] | undefined {
  return (table.data as Partial<HtmlTableData> | undefined)?.cellFields;
}
