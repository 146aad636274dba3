// Property tests of the parser and every rule (DESIGN.md "Testing"): on arbitrary idea-list Markdown and on
// random mutations of every real list, parsing and linting terminate, never throw, give the same result twice,
// and every position they report lies inside the file. Bounded runs keep the suite fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ideaMarkdown } from './markdown-grammar.js';
import { allRulesConfig, checkEverything, corpusFixtures } from './support.js';

const config = allRulesConfig();

describe('parser and rules on arbitrary Markdown', () => {
  it('terminate without throwing, repeat themselves and report positions inside the file', () => {
    fc.assert(
      fc.property(ideaMarkdown, (text) => {
        expect(checkEverything(text, config).problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('keep the invariants on arbitrary strings, control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(checkEverything(text, config).problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

/** A change to a list: delete, duplicate or swap lines, or insert characters at an offset. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    chars: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
      fc.constantFrom('\n', '\r', '\r\n', '---\n', '# ', '**', '|', '`', '```\n', '<!--', '-->', '> ', '- ', '\uFEFF'),
    ),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const change of mutations) {
    const at = change.at % Math.max(1, lines.length);
    if (change.kind === 'delete') lines.splice(at, change.count);
    else if (change.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + change.count));
    else if (change.kind === 'swap') {
      const other = change.other % Math.max(1, lines.length);
      [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
    } else {
      const joined = lines.join('\n');
      const offset = change.at % (joined.length + 1);
      lines = (joined.slice(0, offset) + change.chars + joined.slice(offset)).split('\n');
    }
  }
  return lines.join('\n');
}

describe('parser and rules on mutated real idea lists', () => {
  for (const { name, text } of corpusFixtures()) {
    // Each run lints the file twice: fewer runs for the larger lists keep the suite fast.
    const numRuns = Math.max(2, Math.min(12, Math.round(120_000 / text.length)));
    it(`keep the invariants on mutations of ${name}`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
          expect(checkEverything(mutate(text, mutations), config).problems).toEqual([]);
        }),
        { numRuns },
      );
    });
  }
});
