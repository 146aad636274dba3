import { describe, expect, it } from 'vitest';
import { findAcronyms, readAcronyms } from '../../../rules/undefined-terms/find-acronyms.js';
import type { TextBlock } from '../../../src/lint/text-blocks.js';

const limits = { minLength: 2, maxLength: 8 };
const read = (word: string) => readAcronyms(word, limits).map(({ term, plural }) => (plural ? `${term}+s` : term));

/** A block of plain text, with optional ranges not to read. */
function block(text: string, skip: [number, number][] = []): TextBlock {
  return { kind: 'text', text, runs: [], links: [], skip, quiet: [] };
}

describe('readAcronyms', () => {
  it.each([
    ['PVSCSI', ['PVSCSI']],
    ['AER', ['AER']],
    ['SR', ['SR']],
    ['A2A', ['A2A']],
    ['WSL2', ['WSL2']],
    ['VDIs', ['VDI+s']],
    ['OSes', ['OS+s']],
    ['PCIe', ['PCIe']],
    ['SR-IOV', ['SR-IOV']],
    ['PCI-based', ['PCI']],
    ['non-PCI', ['PCI']],
    ['PCI-to-USB', ['PCI', 'USB']],
    ['UTF-8', ['UTF']],
  ])('reads %s', (word, terms) => {
    expect(read(word)).toEqual(terms);
  });

  it.each([
    'GSoC',
    'OCaml',
    'XenAPI',
    'K8s',
    'gRPC',
    'IPv6',
    'L3',
    'x86',
    'Xen',
    'QuickData',
    'GSoC_2013',
    'README.md',
    'ASP.NET',
    'NV-Switch',
    'II',
    'XIV',
    'MB',
    'TBD',
    'NOTE',
    'FLASK',
    'IMPORTANT',
    'PVSCSIXYZ',
    // Template words left unfilled: `(SUMMARY HERE)`, `(LOW/MEDIUM/HIGH)`, `DESCRIBE - LINK`.
    'SUMMARY',
    'HERE',
    'LOW',
    'MEDIUM',
    'HIGH',
    'DESCRIBE',
    'LINK',
  ])('does not read %s', (word) => {
    expect(read(word)).toEqual([]);
  });

  it('keeps Roman-looking acronyms that are not small numerals', () => {
    expect(read('XL')).toEqual(['XL']);
    expect(read('CI')).toEqual(['CI']);
  });

  it('uses the length limits on the letters and digits', () => {
    expect(readAcronyms('SR', { minLength: 3, maxLength: 8 })).toEqual([]);
    expect(readAcronyms('PVSCSI', { minLength: 2, maxLength: 5 })).toEqual([]);
  });
});

describe('findAcronyms', () => {
  it('finds each use with its place in the block', () => {
    const uses = findAcronyms(block('Port PVSCSI to XCP; store VDIs.'), limits);
    expect(uses.map(({ term, word, start, end }) => ({ term, word, start, end }))).toEqual([
      { term: 'PVSCSI', word: 'PVSCSI', start: 5, end: 11 },
      { term: 'XCP', word: 'XCP', start: 15, end: 18 },
      { term: 'VDI', word: 'VDIs', start: 26, end: 30 },
    ]);
  });

  it('skips ranges that are not prose, handles and variables', () => {
    expect(findAcronyms(block('Run DRBD with XCP.', [[4, 8]]), limits).map((u) => u.term)).toEqual(['XCP']);
    expect(findAcronyms(block('Ask @STRRL about $HOME and #XCP.'), limits)).toEqual([]);
  });

  it('skips a word led by a dot, a name or a file extension, as a word with a dot inside', () => {
    // `.NET` is never the acronym NET (Mandiant FLARE, regression-9: "file types (PE, ELF, and .NET)", "CIL/.NET").
    const terms = (text: string) => findAcronyms(block(text), limits).map((u) => u.term);
    expect(terms('types (PE, and .NET) and CIL/.NET internals, ASP.NET and .EXE files')).toEqual(['PE', 'CIL']);
    // A sentence's full stop before a space, and a word glued after a full stop, are not a leading dot.
    expect(terms('It ends here. NET is next.')).toEqual(['NET']);
    expect(terms('It ends here.NET is next.')).toEqual([]);
  });

  it('skips shouted phrases but not lists of acronyms', () => {
    expect(findAcronyms(block('DO NOT EDIT THIS PAGE.'), limits)).toEqual([]);
    expect(findAcronyms(block('Knows PCI DMA IRQ well.'), limits).map((u) => u.term)).toEqual(['PCI', 'DMA', 'IRQ']);
  });
});
