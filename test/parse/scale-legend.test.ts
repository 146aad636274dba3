import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

const page = (legend: string): string =>
  `# Project ideas\n\n${legend}\n\nAll projects need C.\n\n### MPEG-4 decoder (4) ###\nWrite a decoder.<br>\nSkills: C\n\n### Sam scrolling (1-2) ###\nFix scrolling.<br>\nSkills: C\n`;

describe('a numeric scale explained once and written after each title', () => {
  it('reads `(4)` and `(1-2)` after a title as the difficulty the page legend explains (9front)', () => {
    const file = parseIdeaFile('ideas.md', page('Difficulty on a scale 1-5'));
    expect(file.ideas.map((idea) => idea.fields.difficulty?.value)).toEqual([
      'Hard (4 on a scale of 1-5)',
      'Easy (1-2 on a scale of 1-5)',
    ]);
    expect(file.ideas[0].fields.difficulty?.valuePosition?.start.line).toBe(7);
  });

  it('reads nothing without a legend, or from a number outside the scale', () => {
    expect(parseIdeaFile('ideas.md', page('Welcome to our ideas.')).ideas[0].fields.difficulty).toBeUndefined();
    expect(parseIdeaFile('ideas.md', page('Difficulty on a scale 1-3')).ideas[0].fields.difficulty).toBeUndefined();
  });
});
