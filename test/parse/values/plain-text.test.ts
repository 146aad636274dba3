import { describe, expect, it } from 'vitest';
import {
  asciiLower,
  collapseWhitespace,
  decodeEntities,
  plainValue,
  replaceLinks,
  stripEmphasis,
  stripHtmlComments,
  stripHtmlTags,
  tokensOf,
  trimPunctuation,
} from '../../../src/parse/values/plain-text.js';

describe('plain-text helpers', () => {
  it('decodes numeric and named entities and leaves unknown or out-of-range ones', () => {
    expect(decodeEntities('&#9733; &#x2606; &amp; &mdash; &bogus; &#1114112; &#55296;')).toBe(
      '★ ☆ & — &bogus; &#1114112; &#55296;',
    );
  });

  it('removes comments, closed or not', () => {
    expect(stripHtmlComments('a<!-- x -->b<!-- open')).toBe('ab');
  });

  it('turns line-level tags into newlines and drops inline ones, keeping addresses and <at>', () => {
    expect(stripHtmlTags('A<br>B<br/>C <b>D</b> <a name="x"></a><x@y.z> x <at> y')).toBe('A\nB\nC D <x@y.z> x <at> y');
  });

  it('replaces links by their text, or as the render function says', () => {
    expect(replaceLinks('[A](http://a) [B][] [C](http://c "title") [D](mailto:d@e.f')).toBe('A B C D');
    expect(replaceLinks('[A](u)', (text, url) => `${text}=${url}`)).toBe('A=u');
  });

  it('removes emphasis but keeps underscores inside words', () => {
    expect(stripEmphasis('**bold** _it_ `code` ~~gone~~ snake_case')).toBe('bold it code gone snake_case');
  });

  it('trims punctuation, symbols and emoji from the ends only', () => {
    expect(trimPunctuation(' (N/A). ')).toBe('N/A');
    expect(trimPunctuation('👨🏻‍💻 Medium ⏰')).toBe('Medium');
    expect(trimPunctuation('...')).toBe('');
  });

  it('lower-cases ASCII without changing length', () => {
    const text = 'İSTANBUL Straße';
    expect(asciiLower(text)).toHaveLength(text.length);
    expect(asciiLower('ABC def')).toBe('abc def');
  });

  it('collapses whitespace', () => {
    expect(collapseWhitespace('  a \n\t b  ')).toBe('a b');
  });

  it('reduces a value to plain text', () => {
    expect(plainValue('**Difficulty:**<br> **High** <!-- note --> [see](http://x)')).toBe('Difficulty: High see');
  });
});

describe('tokensOf', () => {
  it('lists every match of a global pattern with where it stands', () => {
    expect(tokensOf('Medium - 175h', /\d+|\p{L}+|-/gu)).toEqual([
      { text: 'Medium', start: 0, end: 6 },
      { text: '-', start: 7, end: 8 },
      { text: '175', start: 9, end: 12 },
      { text: 'h', start: 12, end: 13 },
    ]);
  });

  it('starts again from the beginning however the pattern was used before, and steps over empty matches', () => {
    const pattern = /\d*/g;
    pattern.lastIndex = 5;
    expect(tokensOf('a1b22', pattern).map((token) => token.text)).toEqual(['1', '22']);
  });
});
