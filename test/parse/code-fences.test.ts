import { describe, expect, it } from 'vitest';
import { FenceTracker, rewriteLinesOutsideFences } from '../../src/parse/code-fences.js';

describe('FenceTracker', () => {
  it('marks a fence from its opening line to its closing line, and nothing outside', () => {
    const fences = new FenceTracker();
    const lines = ['text', '```js', '~~~', '<h2>x</h2>', '````', 'after'];
    expect(lines.map((line) => fences.inFence(line))).toEqual([false, true, true, true, true, false]);
    expect(fences.open).toBe(false);
  });

  it('closes a fence only with the same character, at least as long', () => {
    const fences = new FenceTracker();
    for (const line of ['~~~~', '```', '~~~']) expect(fences.inFence(line)).toBe(true);
    expect(fences.open).toBe(true);
    expect(fences.inFence('~~~~~')).toBe(true);
    expect(fences.open).toBe(false);
  });

  it('takes no fence indented four spaces (code, not a fence)', () => {
    expect(new FenceTracker().inFence('    ```')).toBe(false);
  });
});

describe('rewriteLinesOutsideFences', () => {
  it('rewrites the lines outside fenced code only, and keeps the others as they are', () => {
    const text = 'a\n```\na\n```\nb\na';
    expect(rewriteLinesOutsideFences(text, (line) => (line === 'a' ? 'A' : undefined))).toBe('A\n```\na\n```\nb\nA');
  });
});
