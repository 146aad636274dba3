// Hostile input: the worst case of every family of patterns (people, emails, dates, size, difficulty, labels,
// acronyms, disable comments, links, prose filters), the texts bench/ times for linear growth, here at
// sizes a test can afford. Each gives a result or a notice with every position inside the file.
import { describe, expect, it } from 'vitest';
import { ideaAround, PATHOLOGICAL_CASES } from '../../bench/pathological-inputs.mjs';
import { lintText } from '../../src/lint/engine.js';
import { allRulesConfig, reportProblems } from '../property/support.js';
import { rules as registry } from '../../rules/index.js';

const config = allRulesConfig();

/**
 * Characters per case: twice the benchmark's 1× size (100 KB for most), except where remark itself grows faster
 * than the input or a known quadratic remains (README "Performance"): the 1× size there.
 */
function hostileSize(name: string, size: number): number {
  const slow = ['nested-lists', 'nested-quotes', 'setext-headings', 'acronyms-paragraphs', 'code-spans', 'mentor-list'];
  return slow.includes(name) ? size : size * 2;
}

describe('pathological input for each family of patterns', () => {
  for (const testCase of PATHOLOGICAL_CASES) {
    it(`gives a result or a notice for ${testCase.name} (${testCase.family})`, () => {
      const text = testCase.build(hostileSize(testCase.name, testCase.size));
      const report = lintText('pathological.md', text, config, registry);
      expect(reportProblems(text, report)).toEqual([]);
      expect(report.ideas.length + report.notices.length).toBeGreaterThan(0);
    });
  }

  it('reads a value of dashes ending in another character (a table delimiter row that is not one)', () => {
    // Once a regular expression with nested quantifiers: 36 dashes took 0.2 s, each 4 more seven times as long.
    const text = ideaAround(`Skills: ${'-'.repeat(5_000)}x\n\n| a | b |\n|${'-'.repeat(5_000)}:x|`);
    const report = lintText('dashes.md', text, config, registry);
    expect(reportProblems(text, report)).toEqual([]);
    expect(report.ideas).toHaveLength(1);
  });

  it('reads a long run of square brackets in a value', () => {
    const text = ideaAround(`Skills: ${'[['.repeat(10_000)}](x`);
    const report = lintText('brackets.md', text, config, registry);
    expect(reportProblems(text, report)).toEqual([]);
    expect(report.ideas).toHaveLength(1);
  });
});
