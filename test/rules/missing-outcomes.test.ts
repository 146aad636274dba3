import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

const lint = (text: string) => describeFindings(lintWith('missing-outcomes', text));
const WHY = 'say what will be delivered, so applicants know what done looks like.';

describe('missing-outcomes', () => {
  it('points at the title when an idea has no outcomes field', () => {
    expect(lint('## Add PVSCSI support\n\nDifficulty: Medium\nSkills: C\n')).toEqual([
      '1:4 No expected outcomes: add an "Expected outcomes" field that says what will be delivered.',
    ]);
  });

  it('points at the front matter title of a one-idea file', () => {
    expect(lint('---\ntitle: Case split plugin\ndifficulty: hard\n---\n\nSome text.\n')).toEqual([
      '2:8 No expected outcomes: add an "Expected outcomes" field that says what will be delivered.',
    ]);
  });

  it('points at the label when the field is empty', () => {
    expect(lint('## Add PVSCSI support\n\nDifficulty: Medium\nOutcomes:\n')).toEqual([
      `4:1 Expected outcomes are empty: ${WHY}`,
    ]);
  });

  it.each([
    ['Not specified, project outcomes'],
    ['Not specified'],
    ['project outcomes'],
    ['TBD'],
    ['TODO'],
    ['N/A'],
    ['Unknown'],
    ['?'],
    ['-'],
  ])('points at the placeholder value %j', (value) => {
    expect(lint(`## Add PVSCSI support\n\nOutcomes: ${value}\nDifficulty: Medium\n`)).toEqual([
      `3:11 Expected outcomes are "${value}": ${WHY}`,
    ]);
  });

  it('accepts outcomes on the same line, in a list under the label, or under an alias', () => {
    const text = [
      '## One',
      '',
      'Outcomes: Patches for libxl and qemu posted for review.',
      '',
      '## Two',
      '',
      'Expected outcomes:',
      '',
      '- A tool that draws the bus topology.',
      '- A user guide.',
      '',
      '## Three',
      '',
      '**Expected Results:** a test harness for HTTP.',
      '',
      '## Four',
      '',
      '- Deliverables: a plugin and its documentation.',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('reports each idea of a file on its own', () => {
    const text = '## One\n\nOutcomes: TBD\n\n## Two\n\nOutcomes: A tool.\n\n## Three\n\nDifficulty: Easy\n';
    expect(lint(text)).toEqual([
      `3:11 Expected outcomes are "TBD": ${WHY}`,
      '9:4 No expected outcomes: add an "Expected outcomes" field that says what will be delivered.',
    ]);
  });

  it('names the field as its subject', () => {
    const [finding] = lintWith('missing-outcomes', '## One\n\nOutcomes: TBD\nDifficulty: Easy\n');
    expect(finding.subject).toBe('outcomes');
    expect(finding.idea).toBe('One');
    expect(finding.severity).toBe('error');
  });
});
