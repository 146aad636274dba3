// Hostile input: the worst case of every family of patterns (people, emails, dates, size, difficulty, labels,
// acronyms, disable comments, links, prose filters), the texts bench/ times for linear growth, here at
// sizes a test can afford. Each gives a result or a notice with every position inside the file.
import { describe, expect, it } from 'vitest';
import { ideaAround, PATHOLOGICAL_CASES } from '../../bench/pathological-inputs.mjs';
import { lintText } from '../../src/lint/engine.js';
import { allRulesConfig, reportProblems } from '../property/support.js';

const config = allRulesConfig();

/**
 * Characters per case: five times the benchmark's 1× size, except where remark itself grows faster than the
 * input (deep nesting, setext headings) or a known quadratic remains (see bench/README.md): 1× there.
 */
function hostileSize(name: string, size: number): number {
  return ['nested-lists', 'nested-quotes', 'setext-headings', 'acronyms-paragraphs', 'brackets'].includes(name)
    ? size
    : size * 5;
}

describe('pathological input for each family of patterns', () => {
  for (const testCase of PATHOLOGICAL_CASES) {
    it(`gives a result or a notice for ${testCase.name} (${testCase.family})`, () => {
      const text = testCase.build(hostileSize(testCase.name, testCase.size));
      const report = lintText('pathological.md', text, config);
      expect(reportProblems(text, report)).toEqual([]);
      expect(report.ideas.length + report.notices.length).toBeGreaterThan(0);
    });
  }

  it('reads a value of dashes ending in another character (a table delimiter row that is not one)', () => {
    // Once a regular expression with nested quantifiers: 36 dashes took 0.2 s, each 4 more seven times as long.
    const text = ideaAround(`Skills: ${'-'.repeat(5_000)}x\n\n| a | b |\n|${'-'.repeat(5_000)}:x|`);
    const report = lintText('dashes.md', text, config);
    expect(reportProblems(text, report)).toEqual([]);
    expect(report.ideas).toHaveLength(1);
  });

  it('reads a long run of square brackets in a value', () => {
    const text = ideaAround(`Skills: ${'[['.repeat(10_000)}](x`);
    const report = lintText('brackets.md', text, config);
    expect(reportProblems(text, report)).toEqual([]);
    expect(report.ideas).toHaveLength(1);
  });
});
