// Report stage: the stable JSON report (DESIGN.md "Command line"). Pure: returns text, writes nothing.
import type { FileReport, Finding, Report } from '../lint/types.js';
import { FIELD_NAMES, type Idea } from '../parse/types.js';

/** Renders the report as 2-space indented JSON with a fixed key order, ending in a newline. */
export default function renderJson(report: Report): string {
  const files = report.files.map((file, index) => jsonPieces.file(file, index));
  return `${jsonPieces.head(report.version, report.today)}${files.join('')}${jsonPieces.tail(files.length)}`;
}

/**
 * The JSON report in pieces, for a report written file by file as the files are linted (a program audit holds no
 * report in memory): `head`, then `file` for each file in order, then `tail`; renderJson joins them.
 */
export const jsonPieces = {
  head(version: string, today: string): string {
    return `{\n  "version": ${JSON.stringify(version)},\n  "today": ${JSON.stringify(today)},\n  "files": [`;
  },
  /** One file's entry; `index` is its place in the report (0 for the first). */
  file(file: FileReport, index: number): string {
    // JSON text has no raw line break inside a string: indenting every line nests the entry two levels deep.
    return `${index === 0 ? '' : ','}\n    ${JSON.stringify(stableFile(file), null, 2).replace(/\n/g, '\n    ')}`;
  },
  /** The end, after `count` files. */
  tail(count: number): string {
    return count === 0 ? ']\n}\n' : '\n  ]\n}\n';
  },
};

function stableFile(file: FileReport) {
  return {
    path: file.path,
    ideas: file.ideas.map(({ title, line, section, fields }) => ({
      title,
      line,
      section,
      fields: stableFields(fields),
    })),
    findings: file.findings.map(stableFinding),
    notices: file.notices.map(({ message, line, column }) => ({ message, line, column })),
  };
}

/** The fields in FIELD_NAMES order, whichever order the parser found them in. */
function stableFields(fields: Idea['fields']): Idea['fields'] {
  const ordered: Idea['fields'] = {};
  for (const name of FIELD_NAMES) if (fields[name]) ordered[name] = fields[name];
  return ordered;
}

function stableFinding(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    offset: finding.offset,
    endOffset: finding.endOffset,
    idea: finding.idea,
    ...(finding.subject !== undefined ? { subject: finding.subject } : {}),
    ...(finding.fix ? { fix: { range: finding.fix.range, text: finding.fix.text } } : {}),
    fingerprint: finding.fingerprint,
    docs: finding.docs,
  };
}
