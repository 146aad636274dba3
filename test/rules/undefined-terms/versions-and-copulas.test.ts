// undefined-terms: session 18's grammars (a release explains its base term; a copula or appositive that says what a term is, in several languages).
import { describe, expect, it } from 'vitest';
import { lintWith } from '../../support/lint.js';
import { withVersionBases } from '../../../rules/undefined-terms/definitions.js';

/** One idea with two fields (so the parser reads it as an idea) and `body` as its text. */
function idea(body: string, title = 'Improve the toolstack'): string {
  return `## ${title}\n\nDifficulty: Medium\nSize: 175 hours\n\n${body}\n`;
}

function flagged(text: string): string[] {
  return lintWith('undefined-terms', text, {}).map((finding) => finding.subject ?? '');
}

describe('a release explains its base term (withVersionBases)', () => {
  it('adds the base of each versioned key, and nothing for other keys', () => {
    expect(withVersionBases(['EPUB3', 'HTML5', 'BIP32', 'QZX'])).toEqual([
      'EPUB3',
      'HTML5',
      'BIP32',
      'QZX',
      'EPUB',
      'HTML',
      'BIP',
    ]);
    expect(withVersionBases(['P2P', 'W3C', 'X11', 'MP3'])).toEqual(['P2P', 'W3C', 'X11', 'MP3', 'MP']);
  });

  it('reads a definition of the release as one of the base term', () => {
    expect(
      flagged(idea('Write a QZXF4 (Quick Zone Exchange Format, fourth edition) reader. Export QZXF too.')),
    ).toEqual([]);
    expect(flagged(idea('Export QZXF files. We use [QZXF4](https://example.org/spec) here.'))).toEqual([]);
    expect(flagged(idea('Convert the books to QZXF.'))).toEqual(['QZXF']);
  });

  it('reads a link to the base term as one of its release', () => {
    expect(flagged(idea('Export [QZXF](https://example.org/spec) files, then QZXF4 ones.'))).toEqual([]);
  });
});

describe('a copula or appositive says what a term is', () => {
  const defined = [
    'QZX is a Python framework with an API like NumPy.',
    'We use it. QZX is the engine that renders pages.',
    'The QZX is an engine that renders pages.',
    'Goal: QZX was a library for plotting.',
    'QZX est une bibliothèque de calcul.',
    "QZX est l'outil de rendu du projet.",
    'QZX es un motor de renderizado.',
    'QZX é uma biblioteca de gráficos.',
    'QZX è un motore di rendering.',
    'QZX ist eine Bibliothek für Grafik.',
    'QZX is een bibliotheek voor grafieken.',
    'QZX 是一个渲染引擎。',
    'QZX是谷歌开发的框架。',
    'We port QZX — a Python framework — to the web.',
    'We port QZX – an engine for pages.',
    'We port QZX - a library for pages.',
    'Nous portons QZX, une bibliothèque de calcul, vers le web.',
    'Wir portieren QZX, eine Bibliothek für Grafik.',
  ];
  for (const body of defined)
    it(`reads "${body}" as defining QZX`, () => {
      expect(flagged(idea(body))).toEqual([]);
    });

  const notDefined = [
    'The cost of QZX is the problem we have.',
    'We keep the old tool, which QZX is the reason for.',
    'Nous savons que QZX est un problème.',
    'QZX 是否需要重写？',
    'We port QZX to the web.',
    'We port QZX, the web and more.',
  ];
  for (const body of notDefined)
    it(`reads "${body}" as leaving QZX undefined`, () => {
      expect(flagged(idea(body))).toEqual(['QZX']);
    });
});

describe('a quoted term before its explanation in parentheses', () => {
  for (const [open, close] of [
    ['"', '"'],
    ["'", "'"],
    ['“', '”'],
    ['«', '»'],
    ['「', '」'],
  ])
    it(`reads ${open}QZX${close} (Quick Zone Exchange) as defined`, () => {
      expect(
        flagged(idea(`Android replaces the old VM with the new ${open}QZX${close} (Quick Zone Exchange) VM.`)),
      ).toEqual([]);
    });

  it('still flags a quoted term with no explanation, or a mismatched quote', () => {
    expect(flagged(idea('Android replaces the old VM with the new "QZX" VM.'))).toEqual(['QZX']);
    expect(flagged(idea('Android replaces the old VM with the new "QZX\' (and more) VM.'))).toEqual(['QZX']);
  });
});

describe("a person's initials as a speaker's tag", () => {
  const page = (remark: string): string => `${idea(`Mentor: Emilio J. Gallego, Enrico Tassi\n\n${remark}`)}`;

  for (const remark of [
    '(EG: great! Would you like to mentor this project?)',
    '(EJG: great!)',
    'ET: imo this project mixes two things.',
    "'''Comments by EG''': Note that a sensible plan is to serialise.",
    '- **ET**: sounds good.',
    '（ET：好的）',
    '(GM: A hash of what? I see no need. ET: imo this mixes two things.)',
  ])
    it(`reads "${remark}" as a person's tag`, () => {
      expect(flagged(page(remark))).toEqual([]);
    });

  it('flags the initials outside a tag, or a tag that is no name of the page', () => {
    expect(flagged(page('We keep the EG plan as it is.'))).toEqual(['EG']);
    expect(flagged(page('(QZ: great!)'))).toEqual(['QZ']);
    expect(flagged(idea('(EG: great!)'))).toEqual(['EG']);
  });
});
