import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

const lint = (text: string) => describeFindings(lintWith('missing-skills', text));
const HOW = 'name the languages, tools and knowledge an applicant needs.';

describe('missing-skills', () => {
  it('points at the title when an idea has no skills field', () => {
    expect(
      lint('## Refactor the hotplug scripts\n\nDifficulty: Medium\nMentors: Jane Doe <jane@example.org>\n'),
    ).toEqual([
      '1:4 No skills listed: add a "Skills" field naming the languages, tools and knowledge an applicant needs.',
    ]);
  });

  it('points at the label when the field is empty', () => {
    expect(lint('## Refactor the hotplug scripts\n\nDifficulty: Medium\nSkills Needed:\n')).toEqual([
      `4:1 Skills are empty: ${HOW}`,
    ]);
  });

  it.each([['Unknown'], ['TBD'], ['N/A'], ['None'], ['?'], ['um.'], ['(SKILLS HERE)']])(
    'points at the placeholder %j',
    (value) => {
      expect(lint(`## Refactor the hotplug scripts\n\nSkills Needed: ${value}\nDifficulty: Medium\n`)).toEqual([
        `3:16 Skills are "${value}": ${HOW}`,
      ]);
    },
  );

  it('accepts skills under any skills label, on the line or in a list', () => {
    const text = [
      '## One',
      '',
      'Skills Needed: C, Kernel Debuggers, Xen, Windows',
      '',
      '## Two',
      '',
      '- Recommended Skills: Go, Kubernetes',
      '',
      '## Three',
      '',
      '**Prerequisites**',
      '',
      '- Haskell',
      '- Some GHC internals',
      '',
      '## Four',
      '',
      '* _Requirements:_ Python programming experience, or a strong interest.',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('names the field as its subject, at warning severity', () => {
    const [finding] = lintWith('missing-skills', '## One\n\nSkills: Unknown\nDifficulty: Easy\n');
    expect(finding.subject).toBe('skills');
    expect(finding.severity).toBe('warning');
  });
});
