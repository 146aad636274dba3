import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

const lint = (text: string) => describeFindings(lintWith('program-unknown', text));

describe('program-unknown', () => {
  it('points at a placeholder program value, naming the label as written', () => {
    expect(
      lint('## DRBD Integration\n\nDate of insert: 07/01/2013; Verified: Not updated in 2016; GSoC: Unknown\n'),
    ).toEqual(['3:66 GSoC is "Unknown": say whether this idea is offered in the program (Yes or No).']);
  });

  it.each([
    ['Program: TBD', '3:10 Program is "TBD"'],
    ['Outreachy: ?', '3:12 Outreachy is "?"'],
  ])('flags %j', (line, start) => {
    expect(lint(`## DRBD Integration\n\n${line}\nDifficulty: Medium\n`)).toEqual([
      `${start}: say whether this idea is offered in the program (Yes or No).`,
    ]);
  });

  it('accepts a program that is answered', () => {
    expect(lint('## One\n\nGSoC: Yes\n\n## Two\n\nGSoC: no\n\n## Three\n\nProgram: GSoC 2026, Outreachy\n')).toEqual(
      [],
    );
  });

  it('leaves ideas without a program field, or with an empty one, alone', () => {
    expect(lint('## One\n\nDifficulty: Easy\n\n## Two\n\nGSoC:\n')).toEqual([]);
  });

  it('names the field as its subject, at notice severity', () => {
    const [finding] = lintWith('program-unknown', '## One\n\nGSoC: Unknown\nDifficulty: Easy\n');
    expect(finding.subject).toBe('program');
    expect(finding.severity).toBe('notice');
  });
});
