// Hostile input: structure deeper or larger than any idea list — 10,000 nested list levels and blockquotes,
// and 100,000 acronyms. Each gets a result or a notice: a tree deeper than the parse stage's MAX_DEPTH (which
// recursive walks over the tree would not survive) becomes a notice.
import { describe, expect, it } from 'vitest';
import { acronym, ideaAround } from '../../bench/pathological-inputs.mjs';
import { lintText } from '../../src/lint/engine.js';
import { allRulesConfig, reportProblems } from '../property/support.js';
import { rules as registry } from '../../rules/index.js';

const config = allRulesConfig();
const TOO_DEEP =
  'The file could not be read as Markdown (lists or quotes are nested over 1,000 levels deep), so no ideas were checked.';

function lint(text: string) {
  const report = lintText('deep.md', text, config, registry);
  expect(reportProblems(text, report)).toEqual([]);
  return report;
}

describe('deep nesting', () => {
  // remark's list handling is quadratic in the depth (minutes here): the parse stage refuses such a line unparsed.
  it('gives a notice for 10,000 nested list levels', () => {
    const report = lint(`# Ideas\n\n## Deep\n\n${'* - '.repeat(5_000)}Mentors: Jane Doe\n`);
    expect(report.ideas).toEqual([]);
    expect(report.notices.map((notice) => notice.message)).toEqual([TOO_DEEP]);
  });

  it('gives a notice for 10,000 nested blockquotes', () => {
    const report = lint(`# Ideas\n\n## Deep\n\n${'>'.repeat(10_000)} Mentors: Jane Doe\n`);
    expect(report.ideas).toEqual([]);
    expect(report.notices.map((notice) => notice.message)).toEqual([TOO_DEEP]);
  });

  it('lints 100 nested list levels of labels like any list', () => {
    const items = Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- Skills: level ${depth}`);
    const report = lint(`# Ideas\n\n## Nested\n\nDifficulty: Hard\n\n${items.join('\n')}\n`);
    expect(report.notices).toEqual([]);
    expect(report.ideas.map((idea) => [idea.title, idea.fields.difficulty])).toEqual([['Nested', 'Hard']]);
  });

  it('lints 300 nested blockquote lines', () => {
    const lines = Array.from({ length: 300 }, (_, depth) => `${'>'.repeat(depth + 1)} Mentors: Jane Doe`);
    const report = lint(`# Ideas\n\n## Quoted\n\nDifficulty: Hard\n\n${lines.join('\n')}\n`);
    expect(report.notices).toEqual([]);
    expect(report.ideas).toHaveLength(1);
  });

  it('gives a notice for 2,000 list levels opened one per line', () => {
    const lines = Array.from({ length: 2_000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`);
    const report = lint(`# Ideas\n\n## Deep\n\n${lines.join('\n')}\n`);
    expect(report.notices.map((notice) => notice.message)).toEqual([TOO_DEEP]);
  });

  it('gives a notice for 600 list levels on one line (1,200 nodes deep, under the line bound)', () => {
    const report = lint(`# Ideas\n\n## Deep\n\n${'- '.repeat(600)}Mentors: Jane Doe\n`);
    expect(report.notices.map((notice) => notice.message)).toEqual([TOO_DEEP]);
  });
});

describe('many acronyms', () => {
  it('reports each undefined acronym once among 100,000 uses of 1,000 different ones', () => {
    const sentences = Array.from({ length: 10_000 }, (_, i) =>
      Array.from({ length: 10 }, (_, k) => `use ${acronym((i * 10 + k) % 1_000)}`).join(', '),
    );
    const report = lint(ideaAround(`${sentences.join('.\n\n')}.`));
    expect(report.ideas).toHaveLength(1);
    const terms = report.findings.filter((finding) => finding.ruleId === 'undefined-terms');
    expect(new Set(terms.map((finding) => finding.subject)).size).toBe(terms.length);
    expect(terms.length).toBeLessThanOrEqual(1_000);
  });

  it('lints a line of 100,000 different acronyms', () => {
    const line = Array.from({ length: 100_000 }, (_, i) => acronym(i)).join(' ');
    const report = lint(ideaAround(`Description: ${line}`));
    expect(report.ideas).toHaveLength(1);
  });

  // Each undefined acronym is looked for spelled out in the earlier blocks of its idea: past the first few terms the
  // idea's text is indexed once (rules/undefined-terms/long-forms.ts), so distinct acronyms in separate paragraphs
  // no longer cost acronyms × words.
  it('lints 100,000 different acronyms in separate paragraphs', () => {
    const paragraphs = Array.from({ length: 100_000 }, (_, i) => acronym(i)).join('\n\n');
    const report = lint(ideaAround(`Description: ${paragraphs}`));
    expect(report.ideas).toHaveLength(1);
  });
});
