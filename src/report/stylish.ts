// Report stage: the terminal format, grouped by file with aligned columns and a summary line.
// Pure: returns text; colour only when the caller asks for it (it knows whether stdout is a TTY).
import type { Report, Severity } from '../lint/types.js';
import { byPosition, countFindings, plural } from './counts.js';

/** Options of the stylish renderer. */
export interface StylishOptions {
  /** ANSI colours (the CLI passes true when stdout is a TTY and NO_COLOR is unset). */
  color?: boolean;
}

type Paint = (text: string) => string;

const ANSI = {
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
  underline: ['\u001b[4m', '\u001b[24m'],
} as const;

/** Renders findings grouped by file: `  line:col  severity  message  rule-id`, then a count line. */
export default function renderStylish(report: Report, options: StylishOptions = {}): string {
  const paint = (style: keyof typeof ANSI): Paint =>
    options.color ? (text) => `${ANSI[style][0]}${text}${ANSI[style][1]}` : (text) => text;
  const severityPaint: Record<Severity, Paint> = {
    error: paint('red'),
    warning: paint('yellow'),
    notice: paint('cyan'),
  };
  const blocks: string[] = [];

  for (const file of report.files) {
    const rows = [
      ...file.notices.map((n) => ({
        where: `${n.line}:${n.column}`,
        // A file notice (skipped file, unknown directive) prints as a notice: one scale of severities everywhere.
        severity: 'notice' as Severity,
        message: n.message,
        rule: '',
      })),
      ...byPosition(file.findings).map((f) => ({
        where: `${f.line}:${f.column}`,
        severity: f.severity,
        message: f.message,
        rule: f.ruleId,
      })),
    ];
    if (rows.length === 0) continue;
    const width = {
      where: Math.max(...rows.map((r) => r.where.length)),
      severity: Math.max(...rows.map((r) => r.severity.length)),
      message: Math.max(...rows.map((r) => r.message.length)),
    };
    const lines = rows.map((row) => {
      const cells = [
        paint('dim')(row.where.padEnd(width.where)),
        severityPaint[row.severity](row.severity.padEnd(width.severity)),
        row.rule === '' ? row.message : row.message.padEnd(width.message),
      ];
      if (row.rule !== '') cells.push(paint('dim')(row.rule));
      return `  ${cells.join('  ')}`.trimEnd();
    });
    blocks.push([paint('underline')(file.path), ...lines].join('\n'));
  }

  const counts = countFindings(report);
  const ideas = report.files.reduce((sum, file) => sum + file.ideas.length, 0);
  const summary =
    counts.total === 0
      ? paint('green')(`✔ No problems: ${plural(ideas, 'idea')} in ${plural(report.files.length, 'file')}.`)
      : (counts.error > 0 ? paint('red') : counts.warning > 0 ? paint('yellow') : paint('cyan'))(
          paint('bold')(
            `✖ ${plural(counts.total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')})`,
          ),
        );
  return `${[...blocks, summary].join('\n\n')}\n`;
}
