import { describe, expect, it } from 'vitest';
import { inlineToText, markdownToText } from '../../src/parse/text.js';

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
