// GitHub stage: reads a pull request file's unified-diff `patch` into the lines a review may comment on.
// Pure; the GitHub layer fetches the patch, this only reads it.

/** One hunk's RIGHT-side (new file) line range, inclusive. */
export interface Hunk {
  start: number;
  end: number;
}

/** The commentable lines of one changed file, on the RIGHT (new) side. */
export interface ChangedLines {
  /** Lines added by the pull request (`+`). */
  added: Set<number>;
  /** Every RIGHT-side line shown in a hunk (added or context); GitHub accepts comments on these. */
  inHunk: Set<number>;
  hunks: Hunk[];
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Parses a GitHub `patch` (hunks only, no file headers). An absent patch (binary, too large) has no lines. */
export function parsePatch(patch: string | undefined | null): ChangedLines {
  const result: ChangedLines = { added: new Set(), inHunk: new Set(), hunks: [] };
  if (!patch) return result;
  let line = 0;
  let hunk: Hunk | undefined;
  for (const row of patch.replace(/\n$/, '').split('\n')) {
    const header = HUNK_HEADER.exec(row);
    if (header) {
      line = Number(header[1]);
      hunk = { start: line, end: line - 1 };
      result.hunks.push(hunk);
      continue;
    }
    if (!hunk) continue;
    const marker = row[0];
    if (marker === '+') {
      result.added.add(line);
      result.inHunk.add(line);
      hunk.end = line++;
    } else if (marker === ' ' || (marker === undefined && row === '')) {
      // An empty row inside a hunk is a context line whose leading space was trimmed.
      result.inHunk.add(line);
      hunk.end = line++;
    }
    // '-' rows exist only on the LEFT side; '\' is "No newline at end of file".
  }
  return result;
}

/** Whether lines `from..to` all sit in one hunk (GitHub requires a multi-line comment to stay in a hunk). */
export function inOneHunk(changed: ChangedLines, from: number, to: number): boolean {
  return changed.hunks.some((h) => from >= h.start && to <= h.end);
}
