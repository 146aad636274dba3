// GitHub stage (linting a run): lints the source files with the engine and, on a pull request, places
// each finding (inline, file comment or summary) and narrows the report to what the pull request
// touches — the view the gate, the outputs and the summaries use. No API calls here.
import { buildReport, lintText } from '../lint/engine.js';
import { type FilterMode, type PlacedFinding, placeFindings } from './placement.js';
import type { FileReport, IdeaSummary, Report, ResolvedConfig } from '../lint/types.js';
import type { ChangedLines } from './diff.js';
import type { SourceFile } from './file-source.js';
import { rules } from '../../rules/index.js';
import { unreadableFileReport } from './file-problems.js';

/** The outcome of linting a run. */
export interface LintedRun {
  /** Every linted file with every finding: the JSON report and SARIF. */
  report: Report;
  /** What counts: on a pull request the ideas it touches and their findings, otherwise everything. */
  counted: Report;
  /** On a pull request: every finding with its destination (none dropped). */
  placed?: PlacedFinding[];
  /** File texts by path, for suggestions. */
  texts: Map<string, string>;
}

/** Lints `files`; with `filterMode` (a pull request) also places the findings against each file's diff. */
export function lintRun(files: SourceFile[], config: ResolvedConfig, filterMode?: FilterMode): LintedRun {
  const fileReports = files.map((file) =>
    file.readError !== undefined
      ? unreadableFileReport(file.path, file.readError)
      : lintText(file.path, file.text, config, rules),
  );
  const report = buildReport(fileReports, config.today);
  const texts = new Map(files.map((file) => [file.path, file.text]));
  if (filterMode === undefined) return { report, counted: report, texts };

  const changedByPath = new Map(files.map((file) => [file.path, file.changed ?? emptyChange()]));
  const placed = placeFindings(
    fileReports.map((fileReport) => ({
      path: fileReport.path,
      text: texts.get(fileReport.path) ?? '',
      findings: fileReport.findings,
      ideas: fileReport.ideas,
      changed: changedByPath.get(fileReport.path) ?? emptyChange(),
    })),
    filterMode,
  );
  const inScope = new Set(placed.filter((p) => p.inScope).map((p) => p.finding));
  const counted: Report = {
    ...report,
    files: fileReports.map((file): FileReport => ({
      ...file,
      ideas: file.ideas.filter((idea) => isTouched(idea, changedByPath.get(file.path) ?? emptyChange(), filterMode)),
      findings: file.findings.filter((finding) => inScope.has(finding)),
    })),
  };
  return { report, counted, placed, texts };
}

/** The findings of `report` that are not in `counted` (listed, but they do not count). */
export function uncountedReport(report: Report, counted: Report): Report {
  const kept = new Set(counted.files.flatMap((file) => file.findings));
  return {
    ...report,
    files: report.files.map((file) => ({
      ...file,
      ideas: [],
      notices: [],
      findings: file.findings.filter((f) => !kept.has(f)),
    })),
  };
}

/** Whether the diff touches an idea: as placement.ts decides a finding's scope, per idea. */
function isTouched(idea: IdeaSummary, changed: ChangedLines, mode: FilterMode): boolean {
  if (mode === 'file' || mode === 'nofilter') return true;
  const lines = mode === 'added' ? changed.added : changed.inHunk;
  for (const line of lines) if (line >= idea.line && line <= idea.endLine) return true;
  return false;
}

function emptyChange(): ChangedLines {
  return { added: new Set(), inHunk: new Set(), hunks: [] };
}
