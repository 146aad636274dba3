import { describe, expect, it } from 'vitest';
import { requireField } from '../../src/lint/require-field.js';
import { parseIdeaFile } from '../../src/parse/index.js';
import type { Idea } from '../../src/parse/types.js';

const idea = (body: string): Idea => {
  const [first] = parseIdeaFile('ideas.md', `## An idea\n\nDifficulty: Easy\n${body}`).ideas;
  if (!first) throw new Error('no idea');
  return first;
};

describe('requireField', () => {
  it('reports a missing field at the title', () => {
    const check = requireField(idea(''), 'skills');
    expect(check.problem).toBe('missing');
    expect(check.position.start.line).toBe(1);
  });

  it('reports an empty field at its label', () => {
    const check = requireField(idea('Skills:\n'), 'skills');
    expect(check).toMatchObject({ problem: 'empty', position: { start: { line: 4, column: 1 } } });
  });

  it('reports a placeholder at the value', () => {
    const check = requireField(idea('Skills: TBD\n'), 'skills');
    expect(check).toMatchObject({ problem: 'placeholder', position: { start: { line: 4, column: 9 } } });
    expect(check.field?.value).toBe('TBD');
  });

  it("takes the rule's own idea of a placeholder", () => {
    const check = requireField(idea('Skills: Rust\n'), 'skills', (field) => field.value === 'Rust');
    expect(check.problem).toBe('placeholder');
  });

  it('returns the field with a real value', () => {
    const check = requireField(idea('Skills: Rust, C\n'), 'skills');
    expect(check.problem).toBeUndefined();
    expect(check.field?.value).toBe('Rust, C');
  });
});
