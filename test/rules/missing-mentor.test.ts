import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

const lint = (text: string) => describeFindings(lintWith('missing-mentor', text));
const HOW = 'name who will mentor this idea, with an email address.';

describe('missing-mentor', () => {
  it('points at the title when an idea has no mentors field', () => {
    expect(lint('## Refactor the hotplug scripts\n\nDifficulty: Medium\nSkills: Bash\n')).toEqual([
      '1:4 No mentor named: add a "Mentors" field naming who will mentor this idea, with an email address.',
    ]);
  });

  it('points at the label when the field is empty', () => {
    expect(lint('## Refactor the hotplug scripts\n\nDifficulty: Medium\nMentors:\n')).toEqual([
      `4:1 Mentors are empty: ${HOW}`,
    ]);
  });

  it.each([
    ['TBD'],
    ['Unknown'],
    ['TBA'],
    ['?'],
    ['TBD (@tbd, tbd@email)'],
    ['TBD, Unknown'],
    ['(MENTOR NAMES HERE)'],
    ['To be added'],
    ['Will be assigned later'],
    // AFL++ (regression-5): `Mentor: any` names nobody.
    ['any'],
  ])('points at the placeholder value %j', (value) => {
    expect(lint(`## Case split plugin\n\nMentors: ${value}\nDifficulty: Medium\n`)).toEqual([
      `3:10 Mentors are "${value}": ${HOW}`,
    ]);
  });

  // SODA (regression-12): a value that names no person — a channel, a group, a clause about how mentoring will go — is
  // no mentor, in any wording.
  it.each([
    ['archivers.slack.com, #next-steps'],
    ['dedicated slack channel for communication'],
    ['the community'],
    ['The SODA community'],
    ['Core maintainers'],
    ['Ask in our Discord server'],
    ['Join our Slack channel'],
    ['the mailing list'],
    ['Mentors will be assigned once the project is selected'],
    ['To be assigned by the community'],
    ['it depends'],
    ['The Core Team'],
    ['SODA Team'],
  ])('says that %j names nobody', (value) => {
    expect(lint(`## Case split plugin\n\nMentors: ${value}\nDifficulty: Medium\n`)).toEqual([
      `3:10 Mentors name nobody ("${value}"): ${HOW}`,
    ]);
  });

  it.each([
    ['ajay'],
    ['Kumar'],
    ['ajay kumar'],
    ['Edwin van der Weide'],
    ['Jane from the compiler team'],
    ['Jane Doe, Lyft team'],
    ['Project Devs, mail: dev (at) apisix.apache.org'],
    // A surname that is also a group word: a Title Case name, not a group (`SODA Team`, `The Core Team` are groups).
    ['Maria Mentor'],
    ['Anna Matrix, Tom Server'],
  ])('accepts %j, a person named in any case', (value) => {
    expect(lint(`## Case split plugin\n\nMentors: ${value}\nDifficulty: Medium\n`)).toEqual([]);
  });

  it('reads a list of sentences naming nobody as no mentor (SODA, regression-12)', () => {
    const text = [
      '## 1 : Serve my metdata!',
      '',
      '**Possible Mentors:**',
      '- We will provided dedicated project mentor for you and dedicated slack channel for communication.',
      '- We will also have some community members / maintainers to support',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([expect.stringMatching(/^4:3 Mentors name nobody \("We will provided/)]);
  });

  it('flags a list whose only entry is a placeholder', () => {
    expect(
      lint('## Declarative user profile pictures\n\nPossible mentors:\n- (Add yourself here!)\n\nDifficulty: Easy\n'),
    ).toEqual([`4:3 Mentors are "(Add yourself here!)": ${HOW}`]);
  });

  it('accepts a field naming at least one mentor, with or without an email', () => {
    const text = [
      '## One',
      '',
      'Mentors: fendor, TBD',
      '',
      '## Two',
      '',
      'Technical contact: Ian Campbell',
      '',
      '## Three',
      '',
      '- Mentor(s):',
      '  - David Martin (@david-martin, davmarti@example.com)',
      '  - TBD (@tbd, tbd@email)',
      '',
      '## Four',
      '',
      'Possible mentors:',
      '- Almost any [Nixpkgs committer](https://github.com/NixOS/nixpkgs-committers)',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('names the field as its subject, at error severity', () => {
    const [finding] = lintWith('missing-mentor', '## One\n\nMentors: TBD\nDifficulty: Easy\n');
    expect(finding.subject).toBe('mentors');
    expect(finding.severity).toBe('error');
  });
});
