import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

/** `n` distinct-looking words. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** One idea: a title, two metadata fields, then `body`. */
function idea(body: string): string {
  return `## Refactor Linux hotplug scripts\n\nDifficulty: Medium\nSize: 175 hours\n\n${body}\n`;
}

const thin = (text: string, options: Record<string, unknown> = {}) =>
  describeFindings(lintWith('thin-description', text, options));
const ONLY = (n: number, min = 40) =>
  `This idea is explained in only ${n} word${n === 1 ? '' : 's'}: say what the problem is, what exists today and where to start (${min} words or more).`;

describe('thin-description', () => {
  it('flags a description under 40 words, at the description, with its word count', () => {
    expect(thin(idea('Clean up the hotplug scripts.'))).toEqual([`6:1 ${ONLY(5)}`]);
    expect(thin(idea('Description: Refactor.'))).toEqual([`6:14 ${ONLY(1)}`]);
  });

  it('accepts 40 words or more', () => {
    expect(thin(idea(words(40)))).toEqual([]);
    expect(thin(idea(words(39)))).toEqual([`6:1 ${ONLY(39)}`]);
  });

  it('counts the outcomes and paragraphs that belong to no field', () => {
    expect(thin(idea(`Description: ${words(10)}\n\nOutcomes: ${words(15)}\n\n### Background\n\n${words(15)}`))).toEqual(
      [],
    );
  });

  it('does not count metadata fields, headings, code or URLs', () => {
    const body = [
      `Description: ${words(10)} https://example.org/a/b/c/d/e/f`,
      `Skills: ${words(20)}`,
      `Mentors: ${words(20)}`,
      `### ${words(10)}`,
      '```',
      words(20),
      '```',
    ].join('\n\n');
    expect(thin(idea(body))).toEqual([`6:14 ${ONLY(10)}`]);
  });

  it('counts a placeholder description as no words, and points at the title when there is no description', () => {
    expect(thin(idea('Description: TBD'))).toEqual([`6:14 ${ONLY(0)}`]);
    expect(thin('## Refactor Linux hotplug scripts\n\nDifficulty: Medium\nSize: 175 hours\n')).toEqual([
      `1:4 ${ONLY(0)}`,
    ]);
  });

  it('uses minWords', () => {
    expect(thin(idea('Clean up the hotplug scripts.'), { minWords: 5 })).toEqual([]);
    expect(thin(idea(words(50)), { minWords: 60 })).toEqual([`6:1 ${ONLY(50, 60)}`]);
  });

  describe('requireLink', () => {
    const noLink = 'This idea links to no code, issue or reference: add a link where an applicant can start reading.';

    it('does not ask for a link by default', () => {
      expect(thin(idea(words(45)))).toEqual([]);
    });

    it('flags an idea without a link to code, an issue or a reference', () => {
      expect(thin(idea(words(45)), { requireLink: true })).toEqual([`6:1 ${noLink}`]);
    });

    it('does not count mailto links or links in the mentors field', () => {
      const body = `${words(45)} [mail us](mailto:a@example.org).\n\nMentors: [Jane](https://github.com/jane)`;
      expect(thin(idea(body), { requireLink: true })).toEqual([`6:1 ${noLink}`]);
    });

    // Bare URLs and emails are text to the parser (no GFM autolink literals): the rule finds them in the text.
    it('does not count a bare email, or a bare URL on a mentors line that continues the paragraph', () => {
      expect(thin(idea(`${words(45)} Write to a@example.org.`), { requireLink: true })).toEqual([`6:1 ${noLink}`]);
      const body = `${words(45)}\nMentors: Jane https://github.com/jane`;
      expect(thin(idea(body), { requireLink: true })).toEqual([`6:1 ${noLink}`]);
    });

    it.each([
      ['a Markdown link', `${words(45)} See [the scripts](https://github.com/xen-project/xen).`],
      ['a bare URL', `${words(45)} See https://github.com/xen-project/xen.`],
      ['a bare www. address', `${words(45)} See www.xenproject.org for the scripts.`],
      ['a bare URL in a list item', `${words(45)}\n\n- Start at https://github.com/xen-project/xen`],
      ['a bare URL in emphasis', `${words(45)} See _https://github.com/xen-project/xen_.`],
      ['a reference link', `${words(45)} See [the scripts][s].\n\n[s]: https://github.com/xen-project/xen`],
      ['an Issue field', `${words(45)}\n\nIssue: https://github.com/xen-project/xen/issues/1`],
    ])('accepts %s', (_, body) => {
      expect(thin(idea(body), { requireLink: true })).toEqual([]);
    });
  });
});
