// Report stage: counting and wording helpers shared by the renderers. Pure.
import type { Finding, Report, Severity } from '../lint/types.js';

/** Findings per severity, and in total. */
export interface Counts {
  error: number;
  warning: number;
  notice: number;
  total: number;
}

/** Counts a report's findings by severity. */
export function countFindings(report: Report): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0, total: 0 };
  for (const file of report.files) {
    for (const finding of file.findings) {
      counts[finding.severity]++;
      counts.total++;
    }
  }
  return counts;
}

/** `1 error`, `3 warnings`, `0 notices`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Severities from most to least severe. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** Sorts findings by position, then by severity, without changing the input. */
export function byPosition(findings: readonly Finding[]): Finding[] {
  const rank = (s: Severity): number => SEVERITIES.indexOf(s);
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column || rank(a.severity) - rank(b.severity));
}
