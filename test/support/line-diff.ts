/**
 * Test-support stage (GitHub emulator): a line diff that renders unified hunks the way `git diff`
 * does, which is what GitHub shows as a file's `patch` in `GET /pulls/{n}/files`: 3 lines of context,
 * hunks closer than 2×context merged, `@@ -a,b +c,d @@ funcname` headers (a count of 1 is left out,
 * an empty side starts at the line before), and `\ No newline at end of file` markers. It also
 * answers which lines can carry a review comment and maps a line across two versions of a file.
 */

/** One line of a unified diff: context (' '), deleted ('-') or added ('+'). */
export interface DiffLine {
  kind: ' ' | '-' | '+';
  text: string;
  /** 1-based line number in the old file (context and deleted lines). */
  oldLine?: number;
  /** 1-based line number in the new file (context and added lines). */
  newLine?: number;
}

/** One `@@` hunk of a unified diff. */
export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  /** The full header line, e.g. `@@ -3,7 +3,8 @@ Intro text`. */
  header: string;
  lines: DiffLine[];
  /** The hunk's text as it appears in the patch, header included. */
  text: string[];
}

/** A file's diff: its hunks, the patch text and the added/deleted line counts. */
export interface FileDiff {
  hunks: Hunk[];
  /** The patch exactly as GitHub shows it; '' when nothing differs line-wise. */
  patch: string;
  additions: number;
  deletions: number;
}

const NO_NEWLINE = '\\ No newline at end of file';
const FUNCNAME_MAX = 80;

interface SplitContent {
  lines: string[];
  /** True when the content is non-empty and its last line has no `\n`. */
  noFinalNewline: boolean;
}

/** Splits file content into lines (without their `\n`), remembering a missing final newline. */
export function splitLines(content: string): SplitContent {
  if (content === '') return { lines: [], noFinalNewline: false };
  const lines = content.split('\n');
  const noFinalNewline = !content.endsWith('\n');
  if (!noFinalNewline) lines.pop();
  return { lines, noFinalNewline };
}

type Op = { kind: ' ' | '-' | '+'; a: number; b: number };

/** Myers' O((N+M)D) shortest edit script over line keys; each op carries 0-based indexes. */
function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const snapshot = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && snapshot[offset + k - 1] < snapshot[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : snapshot[offset + prevK];
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: ' ', a: --x, b: --y });
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', a: x, b: --y });
      else ops.push({ kind: '-', a: --x, b: y });
    }
  }
  ops.reverse();
  // git prints every deletion of a change block before its additions.
  const ordered: Op[] = [];
  for (let i = 0; i < ops.length;) {
    if (ops[i].kind === ' ') {
      ordered.push(ops[i++]);
      continue;
    }
    const block: Op[] = [];
    while (i < ops.length && ops[i].kind !== ' ') block.push(ops[i++]);
    ordered.push(...block.filter((op) => op.kind === '-'), ...block.filter((op) => op.kind === '+'));
  }
  return ordered;
}

/** Comparison keys: git treats a last line without `\n` as different from the same text with one. */
function keys(split: SplitContent): string[] {
  const result = split.lines.slice();
  if (split.noFinalNewline) result[result.length - 1] += '\u0000no-newline';
  return result;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** git's default funcname: the nearest earlier old line starting with a letter, `_` or `$`. */
function funcname(oldLines: string[], firstOldIndex: number): string {
  for (let i = firstOldIndex - 1; i >= 0; i--) {
    const line = oldLines[i];
    if (/^[A-Za-z_$]/.test(line)) return line.slice(0, FUNCNAME_MAX).trimEnd();
  }
  return '';
}

/** Diffs two versions of a file (undefined = the file does not exist on that side). */
export function unifiedDiff(oldContent: string | undefined, newContent: string | undefined, context = 3): FileDiff {
  const oldSplit = splitLines(oldContent ?? '');
  const newSplit = splitLines(newContent ?? '');
  const ops = myers(keys(oldSplit), keys(newSplit));
  const changeIndexes = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const hunks: Hunk[] = [];
  let additions = 0;
  let deletions = 0;
  for (const op of ops) {
    if (op.kind === '+') additions++;
    if (op.kind === '-') deletions++;
  }

  let c = 0;
  while (c < changeIndexes.length) {
    const first = changeIndexes[c];
    let last = first;
    while (c + 1 < changeIndexes.length && changeIndexes[c + 1] - last - 1 <= 2 * context) last = changeIndexes[++c];
    c++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(from, to + 1);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const firstOld = slice.find((op) => op.kind !== '+')?.a ?? ops[from].a;
    const firstNew = slice.find((op) => op.kind !== '-')?.b ?? ops[from].b;
    const oldStart = oldCount === 0 ? firstOld : firstOld + 1;
    const newStart = newCount === 0 ? firstNew : firstNew + 1;
    const name = funcname(oldSplit.lines, firstOld);
    const header = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@${name ? ` ${name}` : ''}`;
    const lines: DiffLine[] = [];
    const text = [header];
    for (const op of slice) {
      const line: DiffLine =
        op.kind === '+'
          ? { kind: '+', text: newSplit.lines[op.b], newLine: op.b + 1 }
          : op.kind === '-'
            ? { kind: '-', text: oldSplit.lines[op.a], oldLine: op.a + 1 }
            : { kind: ' ', text: newSplit.lines[op.b], oldLine: op.a + 1, newLine: op.b + 1 };
      lines.push(line);
      text.push(`${line.kind}${line.text}`);
      const endsOld = op.kind !== '+' && op.a === oldSplit.lines.length - 1 && oldSplit.noFinalNewline;
      const endsNew = op.kind !== '-' && op.b === newSplit.lines.length - 1 && newSplit.noFinalNewline;
      if (endsOld || endsNew) text.push(NO_NEWLINE);
    }
    hunks.push({ oldStart, oldCount, newStart, newCount, header, lines, text });
  }
  return { hunks, patch: hunks.map((hunk) => hunk.text.join('\n')).join('\n'), additions, deletions };
}

/** Lines that can carry a review comment on one side: hunk lines of that side, mapped to their hunk index. */
export function commentableLines(diff: FileDiff, side: 'LEFT' | 'RIGHT' = 'RIGHT'): Map<number, number> {
  const result = new Map<number, number>();
  diff.hunks.forEach((hunk, index) => {
    for (const line of hunk.lines) {
      const number = side === 'RIGHT' ? line.newLine : line.oldLine;
      if (number !== undefined) result.set(number, index);
    }
  });
  return result;
}

/** Every patch row by diff position (index 1 = the row below the first `@@`); later headers and markers hold undefined. */
function rowsByPosition(diff: FileDiff): Array<DiffLine | undefined> {
  const rows: Array<DiffLine | undefined> = [undefined];
  diff.hunks.forEach((hunk, index) => {
    if (index > 0) rows.push(undefined);
    let next = 0;
    for (const text of hunk.text.slice(1)) rows.push(text === NO_NEWLINE ? undefined : hunk.lines[next++]);
  });
  return rows;
}

/** The diff position (GitHub's deprecated `position`) of a line on one side, or undefined. */
export function positionOf(diff: FileDiff, line: number, side: 'LEFT' | 'RIGHT' = 'RIGHT'): number | undefined {
  const rows = rowsByPosition(diff);
  const index = rows.findIndex((row) => row !== undefined && (side === 'RIGHT' ? row.newLine : row.oldLine) === line);
  return index > 0 ? index : undefined;
}

/** The line and side a diff position points at, or undefined when it points at no line. */
export function lineAtPosition(diff: FileDiff, position: number): { line: number; side: 'LEFT' | 'RIGHT' } | undefined {
  const row = rowsByPosition(diff)[position];
  if (!row) return undefined;
  return row.kind === '-' ? { line: row.oldLine!, side: 'LEFT' } : { line: row.newLine!, side: 'RIGHT' };
}

/** Maps a 1-based line of `oldContent` to the same unchanged line in `newContent`, or null if it changed. */
export function mapLine(oldContent: string, newContent: string, line: number): number | null {
  const oldSplit = splitLines(oldContent);
  const newSplit = splitLines(newContent);
  for (const op of myers(keys(oldSplit), keys(newSplit))) {
    if (op.kind === ' ' && op.a + 1 === line) return op.b + 1;
  }
  return null;
}

/** The hunk text from its header down to (and including) a line, as `diff_hunk` of a review comment. */
export function diffHunkUpTo(diff: FileDiff, line: number, side: 'LEFT' | 'RIGHT' = 'RIGHT'): string | undefined {
  for (const hunk of diff.hunks) {
    const out = [hunk.header];
    for (const l of hunk.lines) {
      out.push(`${l.kind}${l.text}`);
      if ((side === 'RIGHT' ? l.newLine : l.oldLine) === line) return out.join('\n');
    }
  }
  return undefined;
}
