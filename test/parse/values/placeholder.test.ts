import { describe, expect, it } from 'vitest';
import { isPlaceholder, PLACEHOLDER_PATTERN } from '../../../src/parse/values/placeholder.js';

describe('isPlaceholder', () => {
  it.each([
    '',
    '   \n\t ',
    'Not specified',
    'Not specified, project outcomes',
    '_No response_',
    'No response',
    'not specified; project outcomes',
    'project outcomes',
    'TBD',
    'tbd',
    // A value left to a later discussion decides nothing (Open Data Kit's `Languages: Up for discussion.`).
    'Up for discussion.',
    'To be discussed',
    // OpenGov Africa's `**Mentors:** To be assigned` (regression-7).
    'To be assigned',
    'TBA',
    'TBC',
    'TODO',
    'To do',
    'N/A',
    'n/a',
    'NA',
    'N.A.',
    'none',
    'None.',
    'Unknown',
    'UNKNOWN',
    '?',
    '???',
    '-',
    '—',
    '–',
    '...',
    '…',
    'coming soon',
    'Coming soon!',
    'to be decided',
    'To be determined',
    'to be announced',
    '**TBD**',
    '_Unknown_',
    '(TBD)',
    '"TBD"',
    '<br>TBD<br/>',
    '[TBD](https://example.org)',
    '&mdash;',
    '[][]',
    '(Add yourself here!)',
    'TBD 🚧',
    '(MENTOR NAMES HERE)',
    '(SUMMARY HERE)',
    'um.',
  ])('treats %j as a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'Medium',
    'Hard',
    'Jane Doe',
    'Python, C',
    'TBD (@tbd, tbd@email)',
    'Not specified yet, see the mailing list thread',
    'A tool that can run on a live Linux system',
    'Nonetheless useful',
    'unknowns in the design are resolved',
    'N/A for now but see issue 12',
    '2016',
    'Look here',
    'Umbrello',
    'Likely Java, but open for discussion.',
  ])('treats %j as a real value', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  it('exports the pattern used on the reduced value', () => {
    expect(PLACEHOLDER_PATTERN.test('tbd')).toBe(true);
    expect(PLACEHOLDER_PATTERN.test('Not specified, project outcomes')).toBe(true);
    expect(PLACEHOLDER_PATTERN.test('')).toBe(true);
    expect(PLACEHOLDER_PATTERN.test('Medium')).toBe(false);
  });

  it('does not throw on non-string input', () => {
    expect(isPlaceholder(undefined as unknown as string)).toBe(true);
  });

  it.each([
    ['letters', 'a'.repeat(100_000), false],
    ['separators', '-'.repeat(100_000), true],
    ['separators then a letter', `${' -'.repeat(50_000)}x`, false],
    ['underscores between letters', `a${'_'.repeat(100_000)}b`, false],
    ['open brackets', '[('.repeat(50_000), true],
    ['unclosed comments', '<!--'.repeat(25_000), true],
    ['entity-like runs', '&#9733'.repeat(20_000), false],
  ])('finishes on a 100,000-character run of %s', (_name, value, expected) => {
    expect(isPlaceholder(value)).toBe(expected);
  });
});
