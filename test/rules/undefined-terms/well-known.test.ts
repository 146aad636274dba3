import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAcronyms } from '../../../rules/undefined-terms/find-acronyms.js';
import { DICTIONARY_ACRONYMS } from '../../../rules/undefined-terms/dictionary-acronyms.js';
import { NOT_TERMS, PACKS, PACK_NAMES, WELL_KNOWN, isRomanNumeral } from '../../../rules/undefined-terms/well-known.js';

const page = readFileSync(new URL('../../../rules/undefined-terms.md', import.meta.url), 'utf8');
const limits = { minLength: 2, maxLength: 8 };

describe('well-known terms', () => {
  it('lists each term once, and only words read as acronyms', () => {
    for (const list of [WELL_KNOWN, ...Object.values(PACKS)]) {
      expect(new Set(list).size).toBe(list.length);
      for (const term of list)
        expect(
          readAcronyms(term, limits).map((a) => a.term),
          term,
        ).toEqual([term]);
    }
  });

  it('keeps the built-in list, the packs and the non-terms apart', () => {
    const builtIn = new Set(WELL_KNOWN);
    const notTerms = new Set(NOT_TERMS);
    for (const term of Object.values(PACKS).flat()) expect(builtIn.has(term), term).toBe(false);
    for (const term of WELL_KNOWN) expect(notTerms.has(term), term).toBe(false);
  });

  it('are all listed on the docs page, and the page lists no others', () => {
    const section = page.slice(page.indexOf('### Terms every applicant knows'), page.indexOf('### Packs'));
    const listed = section
      .split('\n')
      .filter((line) => /^[A-Z0-9]+,/.test(line))
      .join(' ');
    expect(listed.replace(/\.$/, '').split(/,\s*/)).toEqual([...WELL_KNOWN]);
    for (const name of PACK_NAMES) {
      const row = page.split('\n').find((line) => line.startsWith(`| \`${name}\` |`)) ?? '';
      expect(row.split('|')[2].trim().split(', '), name).toEqual([...PACKS[name]]);
    }
  });
});

describe('isRomanNumeral', () => {
  it('reads small numerals written with I, V and X', () => {
    for (const numeral of ['II', 'III', 'IV', 'VI', 'IX', 'XII', 'XIV', 'XXXIX'])
      expect(isRomanNumeral(numeral), numeral).toBe(true);
  });

  it('does not read acronyms made of numeral letters', () => {
    for (const word of ['XL', 'CI', 'CD', 'MIX', 'DC', 'IIII', 'VX']) expect(isRomanNumeral(word), word).toBe(false);
  });

  it('reads the dictionary acronyms as the generator writes them: sorted, unique, capitals and digits', () => {
    expect(DICTIONARY_ACRONYMS.length).toBeGreaterThan(400);
    expect([...DICTIONARY_ACRONYMS].sort()).toEqual([...DICTIONARY_ACRONYMS]);
    expect(new Set(DICTIONARY_ACRONYMS).size).toBe(DICTIONARY_ACRONYMS.length);
    for (const term of DICTIONARY_ACRONYMS) expect(term, term).toMatch(/^[A-Z][A-Z0-9]+$/);
    for (const term of ['DNA', 'RNA', 'ISP', 'DVD']) expect(DICTIONARY_ACRONYMS).toContain(term);
  });
});
