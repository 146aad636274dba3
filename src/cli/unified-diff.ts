// CLI stage: a unified diff of two texts (for --fix-dry-run), by Myers' O(ND) line diff. Pure.

const CONTEXT = 3;

type Edit = { kind: ' ' | '-' | '+'; line: string };

/** `diff -u`-style text turning `before` into `after`, with `a/` and `b/` paths; '' when equal. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const edits = diffLines(a, b);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  // Hunks: runs of changes with up to CONTEXT unchanged lines around them, merged when close.
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  const positions = edits.map((edit) => {
    const at = { old: oldLine, new: newLine };
    if (edit.kind !== '+') oldLine++;
    if (edit.kind !== '-') newLine++;
    return at;
  });
  while (i < edits.length) {
    if (edits[i]!.kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    let lastChange = i;
    while (end < edits.length && (edits[end]!.kind !== ' ' || end - lastChange <= 2 * CONTEXT)) {
      if (edits[end]!.kind !== ' ') lastChange = end;
      end++;
    }
    end = Math.min(edits.length, lastChange + CONTEXT + 1);
    const hunk = edits.slice(start, end);
    const oldCount = hunk.filter((e) => e.kind !== '+').length;
    const newCount = hunk.filter((e) => e.kind !== '-').length;
    const from = positions[start]!;
    out.push(`@@ -${range(from.old, oldCount)} +${range(from.new, newCount)} @@`);
    for (const edit of hunk) out.push(`${edit.kind}${edit.line}`);
    i = end;
  }
  return `${out.join('\n')}\n`;
}

function range(start: number, count: number): string {
  // diff -u writes an empty range as the line before it.
  const first = count === 0 ? start - 1 : start;
  return count === 1 ? `${first}` : `${first},${count}`;
}

/** Lines without their ending; a last line without a newline gets diff's marker. */
function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else lines[lines.length - 1] += '\n\\ No newline at end of file';
  return lines;
}

/** The shortest edit script from `a` to `b` (Myers 1986), as kept, removed and added lines in order. */
function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  // trace[d] is the furthest x reached on each diagonal k before step d.
  const trace: Int32Array[] = [];
  search: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && before[offset + k - 1]! < before[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : before[offset + prevK]!;
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      edits.push({ kind: ' ', line: a[x]! });
    }
    if (d === 0) break;
    if (x === prevX) edits.push({ kind: '+', line: b[prevY]! });
    else edits.push({ kind: '-', line: a[prevX]! });
    x = prevX;
    y = prevY;
  }
  return edits.reverse();
}
