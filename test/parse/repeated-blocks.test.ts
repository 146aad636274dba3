// The sign of several ideas read as one (src/parse/repeated-blocks.ts, an `unread-ideas` sign): an idea repeating an
// idea-shaped block of one shape (headings of one depth, bold title lines, list items) that the finder did not split.
// The tests hand findUnreadSigns the reading to judge (one idea spanning the page), so they hold whatever the idea
// finder reads of these lists; where they parse, they check the safety net itself: several ideas read, or the sign.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { lineStarts, rangeAt } from '../../src/parse/text.js';
import type { Idea, UnreadSign } from '../../src/parse/types.js';
import { collectUnits } from '../../src/parse/units.js';
import { findUnreadSigns } from '../../src/parse/unread-ideas.js';

/** The signs of `text` read as one idea titled at `title` (a heading's text, or the start of the file). */
function signsAsOneIdea(text: string, title?: string): UnreadSign[] {
  const file = parseIdeaFile('ideas.md', text);
  const starts = lineStarts(text);
  const units = collectUnits(file.tree, text, starts, {});
  const at = title === undefined ? 0 : text.indexOf(title);
  const idea: Idea = {
    title: title ?? 'ideas',
    titlePosition: rangeAt(starts, at, at + (title?.length ?? 0)),
    position: rangeAt(starts, 0, text.length),
    section: [],
    fields: {},
    body: [],
  };
  return findUnreadSigns(units, [idea], text, starts, {});
}

/** The lines of the repeated-block signs. */
const repeated = (signs: UnreadSign[]): number[] =>
  signs.filter((sign) => sign.kind === 'repeated-blocks').map((sign) => sign.line);

const lineOf = (text: string, start: string): number =>
  text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

/** What the lint may never do with a list of several ideas: read one idea and say nothing. */
function expectNoSilentPass(text: string): void {
  const file = parseIdeaFile('ideas.md', text);
  if (file.ideas.length >= 2) return;
  expect(file.ideas, text).toHaveLength(1);
  expect(file.unread ?? [], text).not.toEqual([]);
}

const TITLES = ['Website modernization', 'System tests improvements', 'Error messages with context'];
const INTRO = 'We take part in the summer programme. Read the guidelines at the bottom of the page before you apply.\n';
const FRONT_MATTER = '---\ntitle: Contribute to Example - Open projects\nkeywords: contribute, GSoC, student\n---\n\n';

/** Several ideas, each a block opened by `opener(title, index)` with its labels written by `labels`. */
function page(opener: (title: string, index: number) => string, labels: (index: number) => string, head = ''): string {
  const blocks = TITLES.map(
    (title, index) =>
      `${opener(title, index)}\n\nSome words about ${title.toLowerCase()}, what it takes and why it matters to users.\n\n${labels(index)}\n`,
  );
  return `${head}${INTRO}\n${blocks.join('\n')}`;
}

const ENGLISH = (index: number): string =>
  `- Skills required: Python, Docker\n- Project size: Medium (175h)\n- Difficulty: ${['Easy', 'Intermediate', 'Hard'][index]}\n- Mentors: Ann Lee <ann${index}@example.org>`;
const BOLD_LINES = (index: number): string =>
  `**Difficulty: ${['Easy', 'Medium', 'Hard'][index]}**\n\n**Mentor: Bo Chen <bo${index}@example.org>**`;
const CHINESE = (index: number): string =>
  `**项目导师：刘源远 <mentor${index}@example.org>**\n\n**项目难度：${['基础/Basic', '进阶/Advanced', '进阶/Advanced'][index]}**`;
const NESTED = (index: number): string =>
  `  - Mentors: Ann Lee <ann${index}@example.org>\n  - Difficulty: ${['Easy', 'Medium', 'Hard'][index]}`;

describe('several ideas read as one (repeated-blocks)', () => {
  it('finds the blocks of headings of one depth, with or without front matter, in any label spelling', () => {
    for (const [head, opener, labels] of [
      [FRONT_MATTER, (title: string) => `### Project: ${title}`, ENGLISH],
      ['# Open projects\n\n## Google Summer of Code\n\n', (title: string) => `### ${title}`, ENGLISH],
      ['', (title: string) => `## ${title}`, BOLD_LINES],
      [FRONT_MATTER, (title: string) => `#### ${title}`, CHINESE],
    ] as const) {
      const text = page(opener, labels, head);
      const lines = TITLES.map((title) => lineOf(text, opener(title)));
      const title = head.startsWith('#') ? 'Open projects' : undefined;
      expect(repeated(signsAsOneIdea(text, title)), text).toEqual(lines);
      expectNoSilentPass(text);
    }
  });

  it('finds the blocks of bold title lines, English or Chinese, under a front matter or a page heading', () => {
    for (const [head, labels] of [
      [FRONT_MATTER, BOLD_LINES],
      ['---\ntitle: "【开源之夏 2023】欢迎报名社区项目！"\ndate: 2023-05-05\n---\n\n', CHINESE],
      ['# 开源之夏 2023\n\n', CHINESE],
    ] as const) {
      const text = page((title) => `**${title}**`, labels, head);
      const lines = TITLES.map((title) => lineOf(text, `**${title}**`));
      expect(repeated(signsAsOneIdea(text, head.startsWith('#') ? '开源之夏 2023' : undefined)), text).toEqual(lines);
      expectNoSilentPass(text);
    }
  });

  it('finds the blocks of list items that open with a title and hold the labels', () => {
    for (const marker of ['-', '*', '1.']) {
      const text = `# Ideas\n\n${INTRO}\n${TITLES.map((title, index) => `${marker} ${title}\n\n${NESTED(index).replace(/^ {2}/gm, ' '.repeat(marker.length + 1))}\n`).join('\n')}`;
      const lines = TITLES.map((title) => lineOf(text, `${marker} ${title}`));
      expect(repeated(signsAsOneIdea(text, 'Ideas')), text).toEqual(lines);
    }
  });

  it('finds items titled as numbered ideas when one of them labels a field (a bare label, its value below)', () => {
    // TensorBase's form (regression-14): `* Task #1: …` ⏎ `+ Skills` ⏎ value, then bare `* Task #2: …` items.
    for (const [noun, label] of [
      ['Task #', 'Skills'],
      ['Project ', 'Mentors'],
      ['课题', '技能'],
    ]) {
      const numbers = noun === '课题' ? ['一', '二', '三'] : ['1', '2', '3'];
      const items = TITLES.map((title, index) => `* ${noun}${numbers[index]}: ${title}`);
      const text = `# Summer of Code\n\n${INTRO}\n${items[0]}\n\n  + Outline\n\n    Words about the work.\n\n  + ${label}\n\n    C/Rust, Linux Kernel\n\n${items[1]}\n\n${items[2]}\n\n* ${noun}...\n\n  You are welcome to propose your ideas.\n`;
      expect(repeated(signsAsOneIdea(text, 'Summer of Code')), text).toEqual(items.map((item) => lineOf(text, item)));
      expectNoSilentPass(text);
    }
  });

  it('finds the blocks opened by a title label, in any spelling, with or without rules between them', () => {
    // openGauss' form (regression-15): `**项目标题：** **Title**` ⏎ `**项目导师：** name` ⏎ `<hr/>`.
    for (const [opener, labels] of [
      [(title: string) => `**项目标题：** **${title}**`, CHINESE],
      [(title: string) => `**Title:** ${title}`, ENGLISH],
      [(title: string) => `Project name: ${title}`, BOLD_LINES],
      [(title: string) => `- Project title: ${title}`, NESTED],
    ] as const) {
      for (const separator of ['', '<hr/>\n\n', '---\n\n']) {
        const text = `# Ideas\n\n${INTRO}\n${TITLES.map((title, index) => `${separator}${opener(title)}\n\n${labels(index)}\n`).join('\n')}`;
        const lines = TITLES.map((title) => lineOf(text, opener(title)));
        expect(repeated(signsAsOneIdea(text, 'Ideas')), text).toEqual(lines);
        expectNoSilentPass(text);
      }
    }
  });

  it('takes one title label over an idea’s fields for no repeated idea', () => {
    const text = `# Ideas\n\n**Title:** Faster parser\n\n${ENGLISH(0)}\n\nProject: the parser, see its repository.\n\nIt is used by many.\n`;
    expect(repeated(signsAsOneIdea(text, 'Ideas'))).toEqual([]);
  });

  it('gives preCICE, SOFAStack and TensorBase (regression-14) the sign when read as one idea', () => {
    for (const [file, title, lines] of [
      [
        'precice__precice.github.io__content__community__contribute__community-contribute-open-projects.md',
        undefined,
        [64, 90, 108, 129],
      ],
      [
        'sofastack__sofastack.tech__content__zh__activities__open-source-promotion-plan-2023-welcome-to-the-sofastack-community-project__index.md',
        undefined,
        // Since `项目社区导师` is read as a mentors label (session 16), each project's group line (`**SOFARPC**`) opens a
        // block labelling the mentor and its title line one labelling the difficulty: both are named.
        [47, 55, 67, 75, 87, 95, 105, 113, 125, 133],
      ],
      [
        'tensorbase__tensorbase__docs__summer_2021_ospp.md',
        'Summer 2021 of Open Source Promotion Plan',
        [5, 22, 24, 26],
      ],
    ] as const) {
      const text = readFileSync(`test/fixtures/regression-14/${file}`, 'utf8');
      expect(repeated(signsAsOneIdea(text, title)), file).toEqual(lines);
      expectNoSilentPass(text);
    }
  });

  it('gives a well-read list (regression-14, mllam) the sign at each idea when it is read as one idea', () => {
    const text = readFileSync('test/fixtures/regression-14/VincenzoImp__gsoc-2026-explorer__ideas__mllam.md', 'utf8');
    const file = parseIdeaFile('mllam.md', text);
    expect(file.ideas).toHaveLength(4);
    expect(file.unread).toEqual([]);
    expect(repeated(signsAsOneIdea(text))).toEqual(file.ideas.map((idea) => idea.titlePosition.start.line));
  });

  it('gives a single idea written in labelled sections no sign (an LFX proposal page)', () => {
    const lfx = `---\ntitle: Faster CoRIM parsing\n---\n\n## Description\n\nThe parser is slow on large manifests; make it stream.\n\n## Difficulty\n\nMedium\n\n## Mentors\n\n- Ann Lee <ann@example.org>\n- Bo Chen <bo@example.org>\n\n## Expected outcomes\n\n- A streaming parser\n- Benchmarks\n\n## Skills\n\nGo, CBOR\n\n## Project size\n\n175 hours\n`;
    const file = parseIdeaFile('ideas.md', lfx);
    expect(file.ideas).toHaveLength(1);
    expect(file.unread ?? []).toEqual([]);
    expect(signsAsOneIdea(lfx)).toEqual([]);
    const plain = `# Faster CoRIM parsing\n\nMentors: Ann Lee <ann@example.org>\nDifficulty: Medium\n\n## Background\n\nWords.\n\n## Tasks\n\n- Stream the parser\n- Benchmark it\n`;
    expect(signsAsOneIdea(plain, 'Faster CoRIM parsing')).toEqual([]);
  });

  it('gives one idea’s parts repeating only fields an idea may state per part, or two mentors, no sign', () => {
    for (const text of [
      // Phases with their deliverables and skills.
      `# Faster parser\n\n${[1, 2, 3].map((n) => `### Phase ${n}\n\nDeliverables: part ${n} of the parser\nSkills: Rust\n`).join('\n')}\nMentors: Ann Lee <ann@example.org>\nDifficulty: Hard\n`,
      // Numbered milestones (no idea noun) with an outcome each.
      `# Faster parser\n\n${[1, 2].map((n) => `- Milestone ${n}: step ${n}\n  - Expected outcome: step ${n} merged\n`).join('')}\nMentors: Ann Lee <ann@example.org>\n`,
      // A mentor and a co-mentor, each a labelled item.
      '# Faster parser\n\n- Mentor: Ann Lee <ann@example.org>\n- Co-mentor: Bo Chen <bo@example.org>\n- Difficulty: Hard\n- Project size: 350 hours\n',
      // Numbered tasks of one idea whose fields lie outside them.
      `# Faster parser\n\n${[1, 2, 3].map((n) => `* Task ${n}: step ${n}\n`).join('')}\nSkills: Rust\nMentors: Ann Lee <ann@example.org>\n`,
    ])
      expect(signsAsOneIdea(text, 'Faster parser'), text).toEqual([]);
  });

  it('takes a template, an open call or a FAQ beside one block for no repeated idea', () => {
    const idea = '### Faster parser\n\nMentors: Ann Lee <ann@example.org>\nDifficulty: Hard\n';
    for (const other of [
      '### Project template\n\nMentors: (your name and email)\nDifficulty: Easy / Medium / Hard\n',
      '### Your own idea\n\nMentors: any of us\nDifficulty: varies\n',
      '**Idea template**\n\nMentors: (name)\nDifficulty: (level)\n',
    ])
      expect(signsAsOneIdea(`# Ideas\n\n${idea}\n${other}`, 'Ideas'), other).toEqual([]);
  });

  it('gives lists the finder reads idea by idea no sign, whatever their sub-sections', () => {
    const text = `# Ideas\n\n${TITLES.map((title, index) => `## ${title}\n\n### Details\n\nMentors: Ann Lee <ann${index}@example.org>\nDifficulty: Hard\n\n### Tasks\n\n- Task 1: do it\n- Task 2: test it\n`).join('\n')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(TITLES);
    expect(file.unread).toEqual([]);
  });
});
