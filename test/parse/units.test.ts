import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { lineStarts } from '../../src/parse/text.js';
import { collectUnits } from '../../src/parse/units.js';

function units(text: string) {
  return collectUnits(parseMarkdown(text), text, lineStarts(text), {});
}

describe('collectUnits', () => {
  it('gives a line outside every list no list item, even after a list (the first item does not stick)', () => {
    const text = '- first item\n- second item\n\nA paragraph after the list.\n\n## Heading\n\n- third item\n';
    const all = units(text);
    const line = (words: string) => all.find((unit) => text.slice(unit.start, unit.end).includes(words));
    expect(line('A paragraph')?.item).toBeUndefined();
    expect(all.find((unit) => unit.kind === 'heading')?.item).toBeUndefined();
    // Each line inside a list keeps its own innermost item.
    const second = line('second item');
    expect(second?.item && text.slice(second.item.position?.start.offset, second.item.position?.end.offset)).toBe(
      '- second item',
    );
    const third = line('third item');
    expect(third?.item && text.slice(third.item.position?.start.offset, third.item.position?.end.offset)).toBe(
      '- third item',
    );
  });

  it('restores the outer item after a nested list', () => {
    const text = '- outer\n  - inner\n\n  outer again\n';
    const all = units(text);
    const again = all.find((unit) => text.slice(unit.start, unit.end).includes('outer again'));
    const start = again?.item?.position?.start.offset ?? -1;
    expect(text.slice(start, start + 7)).toBe('- outer');
  });
});
