import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

const IDEA = '## Fuzz testing Xen with Mirage\n\nDifficulty: Medium\nSize: 175 hours\n';
const check = (text: string, extra = {}) => describeFindings(lintWith('outdated-year', text, {}, extra));
const past = (heading: string, year: number) =>
  `"${heading}" names ${year}, a past program year (it is 2026): update it if this list is for this year's program.`;

describe('outdated-year', () => {
  it('flags a page title naming a past program year, at the year', () => {
    expect(check(`# GSoC 2023 Ideas\n\n${IDEA}`)).toEqual([`1:8 ${past('GSoC 2023 Ideas', 2023)}`]);
  });

  it.each([
    ['Google Summer of Code Proposals 2025', 2025],
    ['Ideas for Summer 2021 of Open Source Promotion Plan projects', 2021],
    ['Outreachy May 2024 round', 2024],
    ['LFX Mentorship 2025 Term 1', 2025],
    ['Season of Docs 2022', 2022],
    ['Summer of Haskell 2024 ideas', 2024],
    ['Project ideas for 2025', 2025],
  ])('reads "%s" as naming a program year', (heading, year) => {
    expect(check(`# ${heading}\n\n${IDEA}`)).toEqual([expect.stringContaining(past(heading, year))]);
  });

  it('flags an idea heading, and gives the idea title', () => {
    const findings = lintWith(
      'outdated-year',
      '## Chaos Mesh fact checker (2025 Term 2)\n\nDifficulty: Medium\nSize: 175 hours\n',
    );
    expect(describeFindings(findings)).toEqual([`1:29 ${past('Chaos Mesh fact checker (2025 Term 2)', 2025)}`]);
    expect(findings[0].idea).toBe('Chaos Mesh fact checker (2025 Term 2)');
  });

  it('strips emoji from the quoted heading', () => {
    expect(check(`# ⚡️ GSoC 2025 Project Ideas ⚡️\n\n${IDEA}`)).toEqual([
      `1:11 ${past('GSoC 2025 Project Ideas', 2025)}`,
    ]);
  });

  it.each([
    ['the current year', '# GSoC 2026 Ideas'],
    ['a later year', '# GSoC 2027 Ideas'],
    ['a year with no program word', '## 2023 results'],
    ['a heading about the past on purpose', '## Past GSoC 2023 projects'],
    ['accepted projects of a past year', '## Accepted GSoC 2022 projects'],
    ['a program word more than three words from the year', '# GSoC guide: how we picked the winners of 2023'],
  ])('does not flag %s', (_, heading) => {
    expect(check(`${heading}\n\n${IDEA}`)).toEqual([]);
  });

  it('does not flag years in prose, URLs or code', () => {
    const text = `${IDEA}\nThis follows GSoC 2023 ideas, see https://example.org/gsoc/2023/ideas.\n\n\`\`\`\n# GSoC 2023 Ideas\n\`\`\`\n`;
    expect(check(text)).toEqual([]);
  });

  // Headings are blocks: the rule walks the containers (quotes, lists) that may hold one, not prose or tables.
  it('flags a heading inside a quote or a list item, not a year in a table', () => {
    const text = `> # GSoC 2023 Ideas\n\n- ## GSoC 2024 Ideas\n\n| GSoC 2022 Ideas |\n|---|\n| x |\n\n${IDEA}`;
    expect(check(text)).toEqual([`1:10 ${past('GSoC 2023 Ideas', 2023)}`, `3:11 ${past('GSoC 2024 Ideas', 2024)}`]);
  });

  it('follows today', () => {
    expect(check(`# GSoC 2025 Ideas\n\n${IDEA}`, { today: '2025-11-25' })).toEqual([]);
  });

  describe('front matter', () => {
    it('flags a past year', () => {
      const text =
        '---\ntitle: Phoenix proposal\nyear: 2021\ndifficulty: medium\nmentors:\n  - jane\n---\n\nSome text.\n';
      expect(check(text)).toEqual([
        "3:7 The front matter says year 2021, a past program year (it is 2026): update it if this idea is for this year's program.",
      ]);
    });

    it('flags a title naming a past program year', () => {
      const text =
        '---\nsidebar_position: 2\ntitle: Google Summer of Code Proposals 2025\n---\n\n### Idea one\n\nDifficulty: Medium\nSize: 175 hours\n';
      expect(check(text)).toEqual([`3:40 ${past('Google Summer of Code Proposals 2025', 2025)}`]);
    });

    it('accepts the current year', () => {
      expect(check('---\ntitle: Phoenix proposal\nyear: 2026\ndifficulty: medium\n---\n\nSome text.\n')).toEqual([]);
    });
  });
});
