// GitHub stage (annotations): findings as workflow annotations on the files' lines. GitHub shows at
// most 10 errors, 10 warnings and 10 notices per step and silently drops the rest from the UI
// (actions/toolkit#734, community discussion 26680), so the most severe go first, at most 10 of each
// kind are emitted, and the caller says in the job summary how many more there are.
import type { Report, Severity } from '../lint/types.js';
import type { ActionIO, AnnotationKind } from './runtime.js';

/** GitHub's per-step display limit for each annotation kind. */
export const ANNOTATIONS_PER_KIND = 10;

/** How many annotations of each kind were emitted and how many did not fit. */
export interface AnnotationTally {
  shown: Record<AnnotationKind, number>;
  hidden: Record<AnnotationKind, number>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Emits the report's findings (and its files' notices) as annotations, most severe first, then by
 * file and line; `reserved` keeps room for annotations the caller emits itself (a failed step's
 * reason is an error annotation too).
 */
export function emitAnnotations(
  io: ActionIO,
  report: Report,
  reserved: Partial<Record<AnnotationKind, number>> = {},
): AnnotationTally {
  const tally: AnnotationTally = {
    shown: { error: 0, warning: 0, notice: 0 },
    hidden: { error: 0, warning: 0, notice: 0 },
  };
  const room = (kind: AnnotationKind) => Math.max(0, ANNOTATIONS_PER_KIND - (reserved[kind] ?? 0));
  const limit: Record<AnnotationKind, number> = {
    error: room('error'),
    warning: room('warning'),
    notice: room('notice'),
  };
  const findings = report.files
    .flatMap((file) => file.findings.map((finding) => ({ path: file.path, finding })))
    .sort(
      (a, b) =>
        RANK[a.finding.severity] - RANK[b.finding.severity] ||
        a.path.localeCompare(b.path) ||
        a.finding.line - b.finding.line ||
        a.finding.column - b.finding.column,
    );
  for (const { path, finding } of findings) {
    const kind = finding.severity;
    if (tally.shown[kind] >= limit[kind]) {
      tally.hidden[kind]++;
      continue;
    }
    tally.shown[kind]++;
    const sameLine = finding.endLine === finding.line;
    io.annotate(kind, finding.message, {
      title: finding.ruleId,
      file: path,
      startLine: finding.line,
      endLine: Math.max(finding.line, finding.endLine),
      // Columns are allowed on one-line annotations only; ours are end-exclusive, GitHub's inclusive.
      ...(sameLine ? { startColumn: finding.column, endColumn: Math.max(finding.column, finding.endColumn - 1) } : {}),
    });
  }
  for (const file of report.files) {
    for (const notice of file.notices) {
      if (tally.shown.notice >= limit.notice) {
        tally.hidden.notice++;
        continue;
      }
      tally.shown.notice++;
      io.annotate('notice', notice.message, { title: 'idea-lint', file: file.path, startLine: notice.line });
    }
  }
  return tally;
}

/** A sentence for the job summary when annotations were left out; '' when none were. */
export function describeHiddenAnnotations(tally: AnnotationTally): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((kind) => tally.hidden[kind] > 0)
    .map((kind) => `${tally.hidden[kind]} more ${kind}${tally.hidden[kind] === 1 ? '' : 's'}`);
  if (parts.length === 0) return '';
  return `GitHub shows at most ${ANNOTATIONS_PER_KIND} annotations of each kind per step, so ${joinList(parts)} are listed here only.`;
}

function joinList(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
