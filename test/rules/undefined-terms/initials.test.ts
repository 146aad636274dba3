import { describe, expect, it } from 'vitest';
import {
  acronymLetters,
  containsLongForm,
  endsWithLongForm,
  splitText,
  splitWords,
  startsWithLongForm,
} from '../../../rules/undefined-terms/initials.js';

const ends = (phrase: string, term: string) => endsWithLongForm(splitWords(phrase), acronymLetters(term));

describe('acronymLetters', () => {
  it('keeps the capitals and drops digits, hyphens and a plural s', () => {
    expect(acronymLetters('PVSCSI')).toBe('PVSCSI');
    expect(acronymLetters('VDIs')).toBe('VDI');
    expect(acronymLetters('PCIe')).toBe('PCIE');
    expect(acronymLetters('SR-IOV')).toBe('SRIOV');
    expect(acronymLetters('A2A')).toBe('AA');
  });
});

describe('splitWords', () => {
  it('splits on spaces, hyphens and slashes and trims punctuation', () => {
    expect(splitWords('the Retrieval-Augmented Generation, "I/O"')).toEqual([
      'the',
      'Retrieval',
      'Augmented',
      'Generation',
      'I',
      'O',
    ]);
  });
});

describe('endsWithLongForm', () => {
  it.each([
    ['Advanced Error Reporting', 'AER'],
    ['in the Last Level Cache', 'LLC'],
    ['each access control list', 'ACL'],
    ['Intel ParaVirtualized SCSI', 'PVSCSI'],
    ['high-energy physics', 'HEP'],
    ['the Department of Defense', 'DOD'],
    ['Hypertext Markup Language', 'HTML'],
    ['PCI Express', 'PCIe'],
    // French: articles and prepositions are skipped, an elided one is no part of its word (BlueHats, regression-16).
    ["l'Agence nationale de la sécurité des systèmes d'information", 'ANSSI'],
    ["Direction générale de l'Aviation civile", 'DGAC'],
    ['Enseignement supérieur et Recherche', 'ESR'],
  ])('reads "%s" as a long form of %s', (phrase, term) => {
    expect(ends(phrase, term)).toBe(true);
  });

  it.each([
    ['using the tool', 'ABC'],
    ['Windows Debugger Stub', 'KDD'],
    ['the XCP toolstack', 'XAPI'],
    ['Language Models', 'SLM'],
  ])('does not read "%s" as a long form of %s', (phrase, term) => {
    expect(ends(phrase, term)).toBe(false);
  });

  it('needs the long form to end right before the acronym', () => {
    expect(ends('Advanced Error Reporting for devices', 'AER')).toBe(false);
  });
});

describe('startsWithLongForm', () => {
  it('reads a long form at the start of the words, ignoring what follows', () => {
    expect(startsWithLongForm(splitWords('virtual block device, as used by XenAPI'), 'VBD')).toBe(true);
    expect(startsWithLongForm(splitWords('a great addition'), 'VBD')).toBe(false);
  });
});

describe('containsLongForm', () => {
  const has = (text: string, term: string) => containsLongForm(splitText(text), acronymLetters(term));

  it('finds a strict long form anywhere', () => {
    expect(has('Disks live in a Virtual Disk Image here.', 'VDI')).toBe(true);
    expect(has('Uses ParaVirtualized SCSI devices.', 'PVSCSI')).toBe(true);
  });

  it('does not let inner lower-case letters, sentence breaks or the acronym itself spell it', () => {
    expect(has('Hypertext Markup Language', 'HTML')).toBe(false);
    expect(has('a Virtual Disk. Image files', 'VDI')).toBe(false);
    expect(has('Use SR-IOV for it', 'SR-IOV')).toBe(false);
  });

  it('lets a small word between two words of the long form give its initial, never the last one', () => {
    expect(has('track Freedom of Information requests', 'FOI')).toBe(true);
    expect(has('a Proof of Concept', 'POC')).toBe(true);
    expect(has('the Department of Defense', 'DD')).toBe(false);
    expect(has('Freedom of Information', 'FO')).toBe(false);
    expect(has('Information of', 'IO')).toBe(false);
    expect(has('the Department of', 'TDO')).toBe(false);
  });

  it('reads a capital marking an inner letter after a small first letter as the letter given', () => {
    expect(has('State Chart eXtensible Markup Language', 'SCXML')).toBe(true);
    expect(has('eXtensible Markup Language', 'XML')).toBe(true);
    expect(has('eXtensible Markup Language', 'EML')).toBe(false);
  });

  it('needs Title Case or a hyphen for two letters', () => {
    expect(has('other high-availability features', 'HA')).toBe(true);
    expect(has('a Storage Repository', 'SR')).toBe(true);
    expect(has('split messages', 'SM')).toBe(false);
  });
});

describe('containsLongForm: where a name cannot start', () => {
  it('does not start a long form at a determiner or quantifier', () => {
    expect(containsLongForm(splitText('used by nearly all common Linux filesystems'), 'ACL')).toBe(false);
    expect(containsLongForm(splitText('each access control list is checked'), 'ACL')).toBe(true);
  });
});
