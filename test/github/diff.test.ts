import { describe, expect, it } from 'vitest';
import { inOneHunk, parsePatch } from '../../src/github/diff.js';

const patch = [
  '@@ -1,4 +1,5 @@',
  ' # Ideas',
  '-old line',
  '+new line',
  '+another',
  ' ',
  ' ## Idea one',
  '@@ -20,3 +21,3 @@ Some heading',
  ' context a',
  '-Difficulty: Unknown',
  '+Difficulty: Medium',
  ' context b',
  '\\ No newline at end of file',
].join('\n');

describe('parsePatch', () => {
  it('collects added lines on the RIGHT side', () => {
    expect([...parsePatch(patch).added]).toEqual([2, 3, 22]);
  });

  it('collects every RIGHT-side line shown in a hunk, added or context', () => {
    expect([...parsePatch(patch).inHunk].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 21, 22, 23]);
  });

  it('records hunk ranges', () => {
    expect(parsePatch(patch).hunks).toEqual([
      { start: 1, end: 5 },
      { start: 21, end: 23 },
    ]);
  });

  it('treats an empty row inside a hunk as a context line', () => {
    const changed = parsePatch('@@ -1,3 +1,3 @@\n a\n\n+b');
    expect([...changed.inHunk]).toEqual([1, 2, 3]);
    expect([...changed.added]).toEqual([3]);
  });

  it('gives no lines for a missing patch (binary or very large files)', () => {
    expect(parsePatch(undefined).inHunk.size).toBe(0);
    expect(parsePatch('').hunks).toEqual([]);
  });

  it('reads a hunk header without a line count', () => {
    expect([...parsePatch('@@ -0,0 +1 @@\n+only line').added]).toEqual([1]);
  });
});

describe('inOneHunk', () => {
  it('accepts a range inside one hunk and rejects one that spans two', () => {
    const changed = parsePatch(patch);
    expect(inOneHunk(changed, 2, 4)).toBe(true);
    expect(inOneHunk(changed, 4, 21)).toBe(false);
  });
});
