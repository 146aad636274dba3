/**
 * Test-support stage (GitHub emulator): what GitHub derives from a pull request's two trees — the
 * changed-file list of `GET /pulls/{n}/files` (added, modified, removed, renamed, with patches) —
 * and where a review comment may go: its line (and start line) must be in a hunk of the file's
 * diff on the requested side, unless it is a file-level comment.
 */
import { gitBlobSha, type ChangedFile } from './github-objects.js';
import { commentableLines, diffHunkUpTo, lineAtPosition, positionOf, unifiedDiff, type FileDiff } from './line-diff.js';

/** GitHub's 422 message when a comment's line is outside the diff. */
export const LINE_NOT_IN_DIFF = 'Pull request review thread line must be part of the diff';

/** A changed file plus its parsed diff. */
export interface ChangedFileDiff extends ChangedFile {
  diff: FileDiff;
}

/** A review comment as a client asks for it (REST body fields). */
export interface CommentRequest {
  path: string;
  body: string;
  line?: number;
  side?: 'LEFT' | 'RIGHT';
  start_line?: number;
  start_side?: 'LEFT' | 'RIGHT';
  position?: number;
  subject_type?: 'line' | 'file';
}

/** Where a comment sits: the location fields of a stored review comment. */
export interface Placement {
  path: string;
  commitId: string;
  originalCommitId: string;
  subjectType: 'line' | 'file';
  side: 'LEFT' | 'RIGHT';
  startSide: 'LEFT' | 'RIGHT' | null;
  line: number | null;
  startLine: number | null;
  originalLine: number | null;
  originalStartLine: number | null;
  position: number | null;
  originalPosition: number | null;
  diffHunk: string;
}

/** Computes GitHub's changed-file list between two trees. */
export function changedFiles(
  base: Record<string, string>,
  head: Record<string, string>,
  renames: Record<string, string> = {},
): ChangedFileDiff[] {
  const renamedOld = new Set(
    Object.entries(renames)
      .filter(([to, from]) => to in head && from in base && !(from in head))
      .map(([, from]) => from),
  );
  const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const files: ChangedFileDiff[] = [];
  for (const path of paths) {
    const from = renames[path];
    let oldPath: string | undefined = path in base ? path : undefined;
    let status: ChangedFile['status'];
    if (!(path in head)) {
      if (renamedOld.has(path)) continue;
      status = 'removed';
    } else if (from !== undefined && renamedOld.has(from)) {
      status = 'renamed';
      oldPath = from;
    } else if (!(path in base)) status = 'added';
    else if (base[path] !== head[path]) status = 'modified';
    else continue;
    const diff = unifiedDiff(oldPath === undefined ? undefined : base[oldPath], head[path]);
    files.push({
      filename: path,
      status,
      ...(status === 'renamed' ? { previous_filename: oldPath } : {}),
      additions: diff.additions,
      deletions: diff.deletions,
      changes: diff.additions + diff.deletions,
      sha: gitBlobSha(status === 'removed' ? base[path] : head[path]),
      ...(diff.patch ? { patch: diff.patch } : {}),
      diff,
    });
  }
  return files;
}

/** Checks where a requested comment goes in a revision: GitHub's 422 message, or the comment's placement. */
export function placeComment(
  request: CommentRequest,
  revision: { sha: string; changed: ChangedFileDiff[] },
): string | Placement {
  const file = revision.changed.find((f) => f.filename === request.path);
  if (!file) return 'Path could not be resolved';
  const base = { path: request.path, commitId: revision.sha, originalCommitId: revision.sha };
  if (request.subject_type === 'file') {
    return {
      ...base,
      subjectType: 'file',
      side: 'RIGHT',
      startSide: null,
      line: null,
      startLine: null,
      originalLine: 1,
      originalStartLine: null,
      position: null,
      originalPosition: null,
      diffHunk: file.diff.hunks[0]?.header ?? '',
    };
  }
  let line = request.line;
  let side = request.side ?? 'RIGHT';
  if (line === undefined && request.position !== undefined) {
    const at = lineAtPosition(file.diff, request.position);
    if (!at) return LINE_NOT_IN_DIFF;
    ({ line, side } = at);
  }
  if (line === undefined) return "Pull request review thread diff hunk can't be blank";
  const hunk = commentableLines(file.diff, side).get(line);
  if (hunk === undefined) return LINE_NOT_IN_DIFF;
  const startSide = request.start_line === undefined ? null : (request.start_side ?? side);
  if (request.start_line !== undefined) {
    if (request.start_line >= line && startSide === side)
      return 'Pull request review thread start line must precede the end line';
    if (commentableLines(file.diff, startSide!).get(request.start_line) !== hunk)
      return 'Pull request review thread start line must be part of the same hunk as the line';
  }
  const position = positionOf(file.diff, line, side) ?? null;
  return {
    ...base,
    subjectType: 'line',
    side,
    startSide,
    line,
    startLine: request.start_line ?? null,
    originalLine: line,
    originalStartLine: request.start_line ?? null,
    position,
    originalPosition: position,
    diffHunk: diffHunkUpTo(file.diff, line, side) ?? '',
  };
}
