import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commentableLines, diffHunkUpTo, lineAtPosition, mapLine, positionOf, unifiedDiff } from './line-diff.js';

const twenty = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
const text = (lines: string[]) => `${lines.join('\n')}\n`;

function gitAvailable(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'line-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The hunks `git diff --no-index` prints for two contents (headers stripped). */
function gitPatch(oldContent: string, newContent: string): string {
  writeFileSync(join(scratch, 'old'), oldContent);
  writeFileSync(join(scratch, 'new'), newContent);
  let out = '';
  try {
    execFileSync('git', ['-c', 'diff.indentHeuristic=false', 'diff', '--no-index', '-U3', 'old', 'new'], {
      cwd: scratch,
      encoding: 'utf8',
    });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  const start = out.indexOf('\n@@');
  return start < 0 ? '' : out.slice(start + 1).replace(/\n$/, '');
}

describe('unifiedDiff', () => {
  it('renders a modified file with 3 lines of context and merges nearby changes', () => {
    const changed = twenty.slice();
    changed[4] = 'changed 5';
    changed.splice(9, 0, 'inserted');
    const diff = unifiedDiff(text(twenty), text(changed));
    expect(diff.patch).toBe(
      [
        '@@ -2,11 +2,12 @@ line 1',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+changed 5',
        ' line 6',
        ' line 7',
        ' line 8',
        ' line 9',
        '+inserted',
        ' line 10',
        ' line 11',
        ' line 12',
      ].join('\n'),
    );
    expect([diff.additions, diff.deletions]).toEqual([2, 1]);
  });

  it('keeps changes farther apart than 6 lines in separate hunks', () => {
    const changed = twenty.slice();
    changed[1] = 'two';
    changed[17] = 'eighteen';
    const diff = unifiedDiff(text(twenty), text(changed));
    expect(diff.hunks.map((h) => h.header)).toEqual(['@@ -1,5 +1,5 @@', '@@ -15,6 +15,6 @@ line 14']);
  });

  it('writes added, removed and single-line files like git', () => {
    expect(unifiedDiff(undefined, 'a\nb\n').patch).toBe('@@ -0,0 +1,2 @@\n+a\n+b');
    expect(unifiedDiff('a\nb\n', undefined).patch).toBe('@@ -1,2 +0,0 @@\n-a\n-b');
    expect(unifiedDiff(undefined, 'only').patch).toBe('@@ -0,0 +1 @@\n+only\n\\ No newline at end of file');
    expect(unifiedDiff(undefined, '').patch).toBe('');
  });

  it('marks a missing final newline on the side that lacks it', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nb\nc\nd').patch).toBe(
      ' a\n b\n c\n+d\n\\ No newline at end of file'.replace(/^/, '@@ -1,3 +1,4 @@\n'),
    );
    expect(unifiedDiff('a\nb', 'a\nb\n').patch).toBe('@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b');
  });

  it.runIf(gitAvailable())('matches git diff on random edits of distinct lines', () => {
    const edit = fc.record({
      drop: fc.uniqueArray(fc.nat(39), { maxLength: 8 }),
      add: fc.array(
        fc.tuple(
          fc.nat(40),
          fc.string({ minLength: 1, maxLength: 6 }).map((s) => `new ${s.replace(/\s/g, '_')}`),
        ),
        { maxLength: 8 },
      ),
      finalNewline: fc.tuple(fc.boolean(), fc.boolean()),
    });
    fc.assert(
      fc.property(edit, ({ drop, add, finalNewline }) => {
        const base = Array.from({ length: 40 }, (_, i) => `row ${i}`);
        const next = base.filter((_, i) => !drop.includes(i));
        add.forEach(([at, line], i) => next.splice(Math.min(at, next.length), 0, `${line} ${i}`));
        const oldContent = base.join('\n') + (finalNewline[0] ? '\n' : '');
        const newContent = next.join('\n') + (finalNewline[1] ? '\n' : '');
        expect(unifiedDiff(oldContent, newContent).patch).toBe(gitPatch(oldContent, newContent));
      }),
      { numRuns: 40 },
    );
  });
});

describe('commentable lines and positions', () => {
  const changed = twenty.slice();
  changed[9] = 'ten';
  const diff = unifiedDiff(text(twenty), text(changed));

  it('lists the right-side lines of every hunk', () => {
    expect([...commentableLines(diff, 'RIGHT').keys()]).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(commentableLines(diff, 'RIGHT').has(6)).toBe(false);
  });

  it('converts between lines and diff positions', () => {
    expect(positionOf(diff, 10, 'RIGHT')).toBe(5);
    expect(positionOf(diff, 10, 'LEFT')).toBe(4);
    expect(lineAtPosition(diff, 4)).toEqual({ line: 10, side: 'LEFT' });
    expect(lineAtPosition(diff, 5)).toEqual({ line: 10, side: 'RIGHT' });
  });

  it('cuts the diff hunk at the commented line', () => {
    expect(diffHunkUpTo(diff, 9)).toBe('@@ -7,7 +7,7 @@ line 6\n line 7\n line 8\n line 9');
  });

  it('maps unchanged lines across versions and drops changed ones', () => {
    const moved = ['intro', ...changed];
    expect(mapLine(text(changed), text(moved), 12)).toBe(13);
    expect(mapLine(text(twenty), text(changed), 10)).toBeNull();
  });
});
