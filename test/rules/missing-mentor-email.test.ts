import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/lint/config.js';
import { rules as registry } from '../../rules/index.js';
import { lintText } from '../../src/lint/engine.js';
import { TODAY, describeFindings, lintWith } from '../support/lint.js';

const lint = (text: string, options: Record<string, unknown> = {}) =>
  describeFindings(lintWith('missing-mentor-email', text, options));
const idea = (mentors: string) => `## Case split plugin\n\nMentors: ${mentors}\nDifficulty: Hard\n`;
const noEmail = (name: string) => `Mentor "${name}" has no email address: add one so applicants can reach them.`;
const noEmails = (names: string) =>
  `Mentors ${names} have no email address: add one for each so applicants can reach them.`;

describe('missing-mentor-email', () => {
  it('points at the name of a mentor without an email', () => {
    expect(lint('## XL to XCP VM motion\n\nTechnical contact: Ian Campbell\nDifficulty: Unknown\n')).toEqual([
      `3:20 ${noEmail('Ian Campbell')}`,
    ]);
  });

  it('reports the mentors without an email once per idea, from the first name to the last', () => {
    const findings = lintWith('missing-mentor-email', idea('Sean Goggins, Jane Doe <jane@example.org>, Andrew Brain'));
    expect(describeFindings(findings)).toEqual([`3:10 ${noEmails('"Sean Goggins" and "Andrew Brain"')}`]);
    expect(findings.map((f) => [f.subject, f.column, f.endColumn])).toEqual([['Sean Goggins, Andrew Brain', 10, 65]]);
  });

  // Cesium (regression-8): the backup mentor, a paragraph after the mentor, has no address.
  it('finds a backup mentor without an email after a mentor with one', () => {
    const text =
      '## Vector data\n\nDifficulty: Hard\n\n**Mentor:** [Matt Amato](https://twitter.com/matt_amato) - mamato@agi.com\n\n**Backup Mentor:** Ford?\n';
    expect(lint(text)).toEqual([`7:20 ${noEmail('Ford')}`]);
    expect(lint(text.replace('Ford?', 'Ford - ford@agi.com'))).toEqual([]);
  });

  it('finds mentors on the lines of a list', () => {
    const text =
      '## One\n\nPossible mentors:\n- Robert Hensing\n- Silvan Mosberger <silvan@example.org>\n- Shahar Or\n\nDifficulty: Medium\n';
    const findings = lintWith('missing-mentor-email', text);
    expect(describeFindings(findings)).toEqual([`4:3 ${noEmails('"Robert Hensing" and "Shahar Or"')}`]);
    expect([findings[0].endLine, findings[0].endColumn]).toEqual([6, 12]);
  });

  it.each([
    ['Jane Doe <jane@example.org>'],
    ['Jane Doe (@jane, jane@example.org) - primary'],
    ['jane@example.org'],
    ['[Jane Doe](mailto:jane@example.org)'],
    ['**[Jane Doe](mailto:jane@example.org)** (CERN)'],
    ['Jane Doe ([jane@example.org](mailto:jane@example.org))'],
    ['Jane Doe (jane at example dot org)'],
    ['markwkm (at) gmail (dot) com'],
    ['Jane Roe (jroe [at] example [.] org), [jroe @ GitHub](https://github.com/jroe/)'],
    ['Jane Roe (jane AT example.es)'],
    ['Jane Roe <jane <at> example (dot) com>'],
  ])('accepts %j', (mentors) => {
    expect(lint(idea(mentors))).toEqual([]);
  });

  it('flags a handle that names no mentor before it, and an address that ends in no top-level domain', () => {
    expect(lint(idea('Jane Roe (jroe [at] example [.] org), [@bob](https://github.com/bob)'))).toEqual([
      `3:49 ${noEmail('@bob')}`,
    ]);
    expect(lint(idea('Jane Roe (jroe [at] example)'))).toEqual([`3:10 ${noEmail('Jane Roe')}`]);
  });

  it('flags a vague group, pointing at the whole entry when its words are split by a link', () => {
    const text =
      '## Review Nixpkgs PRs\n\nPossible mentors:\n- Almost any [Nixpkgs committer](https://github.com/NixOS/nixpkgs-committers)\n\nDifficulty: Easy\n';
    const [finding] = lintWith('missing-mentor-email', text);
    expect(describeFindings([finding])).toEqual([`4:3 ${noEmail('Almost any Nixpkgs committer')}`]);
    expect([finding.endLine, finding.endColumn]).toEqual([4, 78]);
  });

  it('leaves placeholders to missing-mentor, and ideas without mentors alone', () => {
    expect(lint(idea('TBD'))).toEqual([]);
    expect(lint(idea('Jane Doe <jane@example.org>, TBD (@tbd, tbd@email)'))).toEqual([]);
    expect(lint('## One\n\nDifficulty: Easy\n\n## Two\n\nMentors:\n')).toEqual([]);
  });

  describe('acceptHandles', () => {
    const handles = idea('Eduardo Silva @edsiper, [Oscar Dowson](https://github.com/odow), @GMishx');

    it('flags mentors given only by a GitHub handle or profile link, by default', () => {
      expect(lint(handles)).toEqual([`3:10 ${noEmails('"Eduardo Silva", "Oscar Dowson" and "@GMishx"')}`]);
    });

    it('accepts them when true', () => {
      expect(lint(handles, { acceptHandles: true })).toEqual([]);
    });

    it('still flags a mentor with neither email nor handle when true', () => {
      expect(lint(idea('Ian Campbell, @edsiper'), { acceptHandles: true })).toEqual([
        `3:10 ${noEmail('Ian Campbell')}`,
      ]);
    });
  });

  describe('acceptObfuscated', () => {
    it('flags a spelled-out address when false', () => {
      expect(lint(idea('Jane Doe (jane at example dot org)'), { acceptObfuscated: false })).toEqual([
        '3:10 Mentor "Jane Doe" gives a spelled-out email address: write it out in full so applicants can copy it.',
      ]);
    });

    it('names every mentor with a spelled-out address in one finding', () => {
      expect(
        lint(idea('Jane Doe (jane at example dot org), Ann Lee (ann [at] example [dot] org)'), {
          acceptObfuscated: false,
        }),
      ).toEqual([
        '3:10 Mentors "Jane Doe" and "Ann Lee" give spelled-out email addresses: write them out in full so applicants can copy them.',
      ]);
    });

    it('still accepts a plain address when false', () => {
      expect(lint(idea('Jane Doe <jane@example.org>'), { acceptObfuscated: false })).toEqual([]);
    });
  });

  it('names the mentor as its subject, at error severity', () => {
    const [finding] = lintWith('missing-mentor-email', idea('Ian Campbell'));
    expect(finding.subject).toBe('Ian Campbell');
    expect(finding.severity).toBe('error');
  });

  it('accepts a handle under the gsoc preset and requires an email under recommended and xen-template', () => {
    const text = idea('Eduardo Silva @edsiper, [Oscar Dowson](https://github.com/odow)');
    const ruleOf = (preset: 'gsoc' | 'recommended' | 'xen-template') =>
      lintText(
        'ideas.md',
        text,
        resolveConfig({ extends: preset }, undefined, { today: TODAY, rules: registry }),
        registry,
      ).findings.filter((finding) => finding.ruleId === 'missing-mentor-email');
    expect(ruleOf('gsoc')).toEqual([]);
    expect(ruleOf('recommended')).toHaveLength(1);
    expect(ruleOf('xen-template')).toHaveLength(1);
  });
});
