// GitHub stage: decides where each finding of a pull request goes — an inline comment, a file-level
// comment, or the summary — from the diff and the filter mode. Pure, and never drops a finding
// (reviewdog's filter annotates rather than drops; we do the same).
import { lineStarts, pointAt } from '../parse/text.js';
import { type ChangedLines, inOneHunk } from './diff.js';
import { FILE_FINDING_IDS } from '../lint/file-findings.js';
import type { Finding, IdeaSummary } from '../lint/types.js';

/** reviewdog's filter modes. */
export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

/** One changed idea file of the pull request, linted at the head commit. */
export interface PlacementInput {
  path: string;
  /** The file's text at the head commit (for suggestion blocks). */
  text: string;
  findings: Finding[];
  ideas: IdeaSummary[];
  changed: ChangedLines;
}

/** A finding with its destination. */
export interface PlacedFinding {
  path: string;
  finding: Finding;
  where: 'inline' | 'file' | 'summary';
  /**
   * Whether the finding belongs to what the pull request changed. Under `added` and `diff_context`,
   * findings in ideas the pull request does not touch are listed but do not count for the gate, so an
   * old problem elsewhere in a long list never fails a mentor's unrelated change.
   */
  inScope: boolean;
  /** The RIGHT-side line of an inline comment (the last line of a suggestion). */
  line?: number;
  /** First line of a multi-line suggestion; only when less than `line` (GitHub rejects equal). */
  startLine?: number;
  /** Replacement text for lines `startLine..line` as a ```suggestion block. */
  suggestion?: string;
}

/** Places every finding of every changed file. */
export function placeFindings(files: PlacementInput[], mode: FilterMode): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  for (const file of files) {
    const starts = lineStarts(file.text);
    const commentable = mode === 'added' ? file.changed.added : file.changed.inHunk;
    for (const finding of file.findings) {
      const inScope = isInScope(file, finding, mode);
      const base = { path: file.path, finding, inScope };
      const suggestion = finding.fix ? suggestionFor(file.text, starts, finding) : undefined;
      if (
        suggestion &&
        allIn(commentable, suggestion.startLine, suggestion.line) &&
        inOneHunk(file.changed, suggestion.startLine, suggestion.line)
      ) {
        placed.push({
          ...base,
          where: 'inline',
          line: suggestion.line,
          ...(suggestion.startLine < suggestion.line ? { startLine: suggestion.startLine } : {}),
          suggestion: suggestion.text,
        });
      } else if (commentable.has(finding.line)) {
        placed.push({ ...base, where: 'inline', line: finding.line });
      } else if (mode === 'file') {
        placed.push({ ...base, where: 'file' });
      } else {
        placed.push({ ...base, where: 'summary' });
      }
    }
  }
  return placed;
}

/** Ideas (by line range) that the diff touches: an added line under `added`, a hunk line otherwise. */
function isInScope(file: PlacementInput, finding: Finding, mode: FilterMode): boolean {
  if (mode === 'file' || mode === 'nofilter') return true;
  // A reserved file-level finding (`no-ideas`, `unread-ideas` at a line inside a misread idea) is about the whole file.
  if (FILE_FINDING_IDS.includes(finding.ruleId)) return true;
  const lines = mode === 'added' ? file.changed.added : file.changed.inHunk;
  const idea = file.ideas.find((i) => finding.line >= i.line && finding.line <= i.endLine);
  if (!idea) return true; // file-level findings (duplicate titles, outdated years) always count
  for (const line of lines) if (line >= idea.line && line <= idea.endLine) return true;
  return false;
}

function allIn(lines: Set<number>, from: number, to: number): boolean {
  for (let line = from; line <= to; line++) if (!lines.has(line)) return false;
  return true;
}

/** The whole lines a fix touches, rewritten with the fix applied. */
function suggestionFor(
  text: string,
  starts: number[],
  finding: Finding,
): { startLine: number; line: number; text: string } | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  const [from, to] = fix.range;
  const startLine = pointAt(starts, from).line;
  // A range ending right after a newline ends on the previous line.
  const endLine = pointAt(starts, to > from && text[to - 1] === '\n' ? to - 1 : to).line;
  const lineStart = starts[startLine - 1];
  const nextLine = starts[endLine] ?? text.length;
  const original = text.slice(lineStart, nextLine).replace(/\r?\n$/, '');
  const rewritten = original.slice(0, from - lineStart) + fix.text + original.slice(to - lineStart);
  return { startLine, line: endLine, text: rewritten };
}
