import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/cli/unified-diff.js';

const lines = (count: number, change: (n: number) => string | undefined = () => undefined) =>
  Array.from({ length: count }, (_, i) => change(i + 1) ?? `line ${i + 1}`).join('\n') + '\n';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.md', 'x\n', 'x\n')).toBe('');
  });

  it('writes one hunk with three lines of context', () => {
    const after = lines(10, (n) => (n === 5 ? 'changed' : undefined));
    expect(unifiedDiff('a.md', lines(10), after)).toBe(
      [
        '--- a/a.md',
        '+++ b/a.md',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+changed',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  it('splits changes far apart into hunks, and counts added and removed lines', () => {
    const after = lines(30, (n) => (n === 2 ? 'two\nextra' : n === 28 ? 'twenty-eight' : undefined));
    const diff = unifiedDiff('a.md', lines(30), after);
    expect(diff.match(/^@@.*@@$/gm)).toEqual(['@@ -1,5 +1,6 @@', '@@ -25,6 +26,6 @@']);
    expect(diff).toContain('-line 2\n+two\n+extra\n');
  });

  it('marks a last line without a newline', () => {
    expect(unifiedDiff('a.md', 'a\nb', 'a\nc')).toBe(
      '--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
  });
});
