// Report stage: the stable JSON report (DESIGN.md "Command line"). Pure: returns text, writes nothing.
import type { Finding, Report } from '../lint/types.js';

/** Renders the report as 2-space indented JSON with a fixed key order, ending in a newline. */
export default function renderJson(report: Report): string {
  const stable = {
    version: report.version,
    today: report.today,
    files: report.files.map((file) => ({
      path: file.path,
      ideas: file.ideas.map(({ title, line, section, fields }) => ({ title, line, section, fields })),
      findings: file.findings.map(stableFinding),
      notices: file.notices.map(({ message, line, column }) => ({ message, line, column })),
    })),
  };
  return `${JSON.stringify(stable, null, 2)}\n`;
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
