// Property test of notProseRanges (src/lint/text-blocks.ts): its hand scan of long tokens, which keeps
// undefined-terms and thin-description linear, finds exactly what the regular expressions find.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notProseRanges } from '../../src/lint/text-blocks.js';

const NOT_PROSE = /(?:https?|ftp):\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w-]+|\b[\w-]+(?:\.[\w-]+)+\/\S*/g;
const WEB_ONLY = /(?:https?|ftp):\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Text from the characters the patterns care about, with a token long enough to take the hand scan. */
const text = fc
  .tuple(
    fc.array(fc.constantFrom('a', 'B', '1', '_', '.', '-', '+', '@', '/', ':', ' ', 'http://', 'www.', 'ftp://', 'é'), {
      maxLength: 60,
    }),
    fc.constantFrom(' ', '', '.', '@', '-'),
  )
  .map(([parts, glue]) => `${parts.join('')}${glue}${'x'.repeat(130)}`);

const expected = (input: string, pattern: RegExp) =>
  [...input.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);

describe('notProseRanges', () => {
  it('finds what NOT_PROSE finds', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(notProseRanges(input)).toEqual(expected(input, NOT_PROSE));
      }),
      { numRuns: 500 },
    );
  });

  it('finds what the URL and email pattern finds, with webOnly', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(notProseRanges(input, true)).toEqual(expected(input, WEB_ONLY));
      }),
      { numRuns: 500 },
    );
  });

  it('uses the regular expression itself on text without long tokens', () => {
    const input = 'Mail jane@example.org or see www.example.org and docs.example.org/path, @jdoe.';
    expect(notProseRanges(input)).toEqual(expected(input, NOT_PROSE));
  });
});
