import { describe, expect, it } from 'vitest';
import { inlineToText, markdownToText, withPlainSpacesBeforePunctuation } from '../../src/parse/text.js';

describe('inlineToText', () => {
  it('keeps only the text of a link whose destination holds parentheses', () => {
    expect(
      inlineToText(
        'Predrag Gruevski ([GitHub](https://github.com/obi1kenobi/), [Zulip](https://rust-lang.zulipchat.com/#narrow/dm/474284-Predrag-Gruevski-(he-him)))',
      ),
    ).toBe('Predrag Gruevski (GitHub, Zulip)');
    expect(inlineToText('[Wiki](https://en.wikipedia.org/wiki/C_(language)) page')).toBe('Wiki page');
    expect(inlineToText('![logo](https://example.org/a_(b).png) text')).toBe('logo text');
  });

  it('keeps link titles and reference links readable', () => {
    expect(inlineToText('[Docs](https://example.org "The docs") and [issue][1]')).toBe('Docs and issue');
  });

  it('strips each kind of markup, and an emoji an entity spells, whatever steps the text skips', () => {
    // Each step runs only when its character is in the text: an emoji written as an entity appears only once
    // entities are decoded, and is still removed.
    expect(inlineToText('Hot &#x1F525; topic')).toBe('Hot topic');
    expect(inlineToText('**Hot** 🔥 `code` _x_ ~~y~~ \\* <br>z &amp; <https://a.org>')).toBe(
      'Hot code x y * z & https://a.org',
    );
    expect(inlineToText('snake_case and __init__ ok')).toBe('snake_case and init ok');
    expect(inlineToText('  plain   line of prose ')).toBe('plain line of prose');
  });

  it('answers a line asked again as the first time, before and after its memory of lines fills', () => {
    const lines = Array.from({ length: 5000 }, (_, index) => `**Line ${index}** [link](https://a.org/${index}) &amp;`);
    const first = lines.map((line) => inlineToText(line));
    expect(first[0]).toBe('Line 0 link &');
    expect(first[4999]).toBe('Line 4999 link &');
    // Asked again in both orders: past the memory's size, some answers are remembered and some read anew.
    expect(lines.map((line) => inlineToText(line))).toEqual(first);
    expect([...lines].reverse().map((line) => inlineToText(line))).toEqual([...first].reverse());
  });

  it('reads a long run of brackets in linear time, leaving it as text', () => {
    const run = '![['.repeat(50_000);
    expect(inlineToText(`Skills: ${run}`)).toBe(`Skills: ${run}`);
  });
});

describe('markdownToText', () => {
  it('removes list markers and keeps one line per source line', () => {
    expect(markdownToText('- [Zulip](https://example.org/(x))\n- Python')).toBe('Zulip\nPython');
  });
});

describe('withPlainSpacesBeforePunctuation (French typography)', () => {
  it('writes a no-break, narrow or thin space before : ; ? ! as a plain one, keeping every offset', () => {
    for (const space of ['\u00a0', '\u202f', '\u2009']) {
      const text = `**Difficulté**${space}: Facile${space}; **Durée**${space}: 175 heures. Prêt${space}? Oui${space}!`;
      const spaced = withPlainSpacesBeforePunctuation(text);
      expect(spaced).toBe('**Difficulté** : Facile ; **Durée** : 175 heures. Prêt ? Oui !');
      expect(spaced.length).toBe(text.length);
    }
    expect(withPlainSpacesBeforePunctuation('Niveau\u00a0：Moyen')).toBe('Niveau ：Moyen');
  });

  it('writes an entity for such a space as as many plain spaces as it has characters', () => {
    const text = '**Mentors**&nbsp;: Jane · Size&#160;: 175 · Level&#x202F;: easy · Hours&thinsp;: 90';
    const spaced = withPlainSpacesBeforePunctuation(text);
    expect(spaced).toBe('**Mentors**      : Jane · Size      : 175 · Level        : easy · Hours        : 90');
    expect(spaced.length).toBe(text.length);
  });

  it('reads long runs of spaces and entities in linear time', () => {
    // Tried from every position of a run, as a look-behind would, these would take minutes (4·10¹⁰ steps each).
    const runs = [
      `a${'\u00a0'.repeat(200_000)}x`,
      `a${'&nbsp;'.repeat(40_000)}x`,
      `a${' \u00a0'.repeat(100_000)}:`,
      'x\u00a0'.repeat(100_000),
    ];
    const started = Date.now();
    for (const text of runs) expect(withPlainSpacesBeforePunctuation(text)).toHaveLength(text.length);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('leaves other no-break spaces, and a line that starts with one, as they are', () => {
    const text = 'Jane\u00a0Doe, 175\u00a0hours\n\u00a0: not after text';
    expect(withPlainSpacesBeforePunctuation(text)).toBe(text);
    expect(withPlainSpacesBeforePunctuation('plain text: value')).toBe('plain text: value');
  });
});
