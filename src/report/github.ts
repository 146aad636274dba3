// Report stage: GitHub Actions workflow commands (`::error file=…::message`), so the CLI run in a
// workflow step shows annotations without the action. Pure: returns text for stdout.
import type { Report, Severity } from '../lint/types.js';
import { byPosition } from './counts.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** Renders one workflow command per finding (and per file notice), one per line. */
export default function renderGithub(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const notice of file.notices) {
      lines.push(
        command(
          'notice',
          { file: file.path, line: notice.line, col: notice.column, title: 'idea-lint' },
          notice.message,
        ),
      );
    }
    for (const finding of byPosition(file.findings)) {
      const properties = {
        file: file.path,
        line: finding.line,
        col: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        title: finding.ruleId,
      };
      lines.push(command(COMMAND[finding.severity], properties, finding.message));
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

// The runner's own escaping (@actions/core command.ts): `%`, CR and LF in data; also `:` and `,` in properties.
/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
