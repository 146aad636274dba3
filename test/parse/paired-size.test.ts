// A size stated in the difficulty's value is the idea's size too (src/parse/paired-size.ts); a size word alone
// (`Medium`) is the difficulty's.
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

function fieldsOf(markdown: string): Record<string, string | undefined> {
  const [idea] = parseIdeaFile('ideas.md', markdown).ideas;
  return { difficulty: idea?.fields.difficulty?.value, size: idea?.fields.size?.value };
}

describe('a size in the difficulty value', () => {
  it('reads hours written in the difficulty as the size (PyBaMM 2025, regression-7)', () => {
    const value = 'Hard. This project is suitable for a 350-hour duration.';
    expect(fieldsOf(`## Idea\n\nText about it.\n\n### Difficulty\n\n**Hard**. ${value.slice(6)}\n`)).toEqual({
      difficulty: value,
      size: value,
    });
    expect(fieldsOf('## Idea\n\nText.\n\n**Difficulty:** Medium (12 weeks)\n')).toEqual({
      difficulty: 'Medium (12 weeks)',
      size: 'Medium (12 weeks)',
    });
  });

  it('reads a short size that names no level as the size, the difficulty kept (RADAR-base, regression-6)', () => {
    expect(fieldsOf('## Idea\n\n**Overview**: Text.\n\n**Complexity:** Full time\n')).toEqual({
      difficulty: 'Full time',
      size: 'Full time',
    });
  });

  it('reads no size from a difficulty word alone, and keeps a size field of its own', () => {
    expect(fieldsOf('## Idea\n\nText.\n\n**Difficulty:** Medium\n')).toEqual({ difficulty: 'Medium', size: undefined });
    // A letter of the T-shirt scale under a difficulty label is a level (`L`ow, `M`edium), not a size.
    expect(fieldsOf('## Idea\n\nText.\n\n**Difficulty:** L\n')).toEqual({ difficulty: 'L', size: undefined });
    expect(fieldsOf('## Idea\n\nText.\n\n**Difficulty:** M\n')).toEqual({ difficulty: 'M', size: undefined });
    expect(fieldsOf('## Idea\n\nText.\n\n**Difficulty:** Hard (175 hours)\n\n**Size:** 350 hours\n')).toEqual({
      difficulty: 'Hard (175 hours)',
      size: '350 hours',
    });
  });

  it('reads both from a combined heading label (PyBaMM 2024, regression-7)', () => {
    const value = 'Medium. This project is suitable for a 175-hour duration.';
    expect(fieldsOf(`## Idea\n\nText.\n\n### Difficulty and suitable project length\n\n* ${value}\n`)).toEqual({
      difficulty: value,
      size: value,
    });
  });
});
