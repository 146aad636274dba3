import { describe, expect, it } from 'vitest';
import { positionAt } from '../../src/lint/positions.js';

describe('positionAt', () => {
  const text = 'Mentors:\n- Jane Doe\n- John Roe <john@example.org>\n';

  it('gives 1-based lines and columns with an exclusive end', () => {
    const at = text.indexOf('John Roe');
    expect(positionAt(text, at, at + 8)).toEqual({
      start: { line: 3, column: 3, offset: at },
      end: { line: 3, column: 11, offset: at + 8 },
    });
  });

  it('walks on from a known earlier point', () => {
    const from = { line: 2, column: 1, offset: text.indexOf('- Jane') };
    const at = text.indexOf('John Roe');
    expect(positionAt(text, at, at + 8, from)).toEqual(positionAt(text, at, at + 8));
  });

  it('ignores a known point after the start, and clamps offsets to the text', () => {
    const late = { line: 3, column: 1, offset: text.indexOf('- John') };
    expect(positionAt(text, 0, 7, late).start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(positionAt(text, 0, text.length + 10).end).toEqual({ line: 4, column: 1, offset: text.length });
  });

  it('spans lines', () => {
    const at = text.indexOf('Jane');
    expect(positionAt(text, at, text.indexOf('<')).end).toMatchObject({ line: 3, column: 12 });
  });
});
