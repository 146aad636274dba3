import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { lineStarts, rangeAt } from '../../src/parse/text.js';
import type { Idea, UnreadSign } from '../../src/parse/types.js';
import { collectUnits } from '../../src/parse/units.js';
import { findUnreadSigns, secondTitle } from '../../src/parse/unread-ideas.js';
import { applyVariants } from '../../scripts/variants.mjs';

/** The signs of `text` as parsed. */
function signs(text: string): UnreadSign[] {
  return parseIdeaFile('ideas.md', text).unread ?? [];
}

/** The signs of `text` when the parser had read only the ideas `keep` accepts (the rest missed). */
function signsWithout(text: string, keep: (idea: Idea) => boolean): UnreadSign[] {
  const file = parseIdeaFile('ideas.md', text);
  const units = collectUnits(file.tree, text, lineStarts(text), {});
  return findUnreadSigns(units, file.ideas.filter(keep), text, lineStarts(text), {});
}

const lineOf = (text: string, start: string): number =>
  text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

/** Three ideas under one list heading, each with its labels in the given form. */
function list(level: string, label: (name: string, value: string) => string): string {
  const ideas = ['Faster downloads', 'Cask integration', 'License metadata'].map(
    (title, index) =>
      `${level} ${title}\n\n${label('Skills', 'Ruby, Git')}\n\n${label('Mentors', `Jane Doe <jane${index}@example.org>`)}\n\n` +
      `${label('Difficulty', ['Hard', 'Easy', 'Medium'][index])}\n\nSome words about ${title.toLowerCase()}, what it takes and why it matters to users.\n`,
  );
  return `# Our ideas\n\nThese are the ideas for this year.\n\n${ideas.join('\n')}`;
}

describe('signs of unread ideas', () => {
  it('finds none in lists whose ideas are all read, whatever the label style', () => {
    for (const [level, label] of [
      ['##', (name: string, value: string) => `${name}: ${value}`],
      ['###', (name: string, value: string) => `**${name}:** ${value}`],
      ['##', (name: string, value: string) => `- *${name}*: ${value}`],
      ['####', (name: string, value: string) => `__${name}__ – ${value}`],
    ] as const) {
      const text = list(level, label);
      expect(parseIdeaFile('ideas.md', text).ideas).toHaveLength(3);
      expect(signs(text), text).toEqual([]);
    }
  });

  it('gives Homebrew, whose label headings the parser reads as fields since session 15, no sign (regression-13)', () => {
    // Its `#### Difficulty: Hard` headings were read as ideas and three ideas lost: the signs named lines 37 … 56. Now
    // that the parser reads the four ideas, a sign would be a false one.
    const text = readFileSync('test/fixtures/regression-13/Homebrew__gsoc__README.md', 'utf8');
    const file = parseIdeaFile('README.md', text);
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([37, 45, 53, 61]);
    expect(file.unread).toEqual([]);
  });

  it('finds a label heading read as an idea in any heading level and label spelling', () => {
    for (const [level, label] of [
      ['####', 'Difficulty: Hard'],
      ['###', '**Mentors:** Ann Lee'],
      ['#####', 'Skills required – Rust'],
      ['####', 'Project size: 175 hours'],
    ]) {
      const heading = `${level} ${label}`;
      const text = `${list('##', (name, value) => `${name}: ${value}`)}\n${heading}\n\nMore words.\n`;
      const file = parseIdeaFile('ideas.md', text);
      const units = collectUnits(file.tree, text, lineStarts(text), {});
      const at = text.indexOf(heading) + level.length + 1;
      const line = lineOf(text, heading);
      // The parse as it would be had it taken the label heading for an idea of its own.
      const misread: Idea = {
        ...file.ideas[0],
        title: label,
        titlePosition: rangeAt(lineStarts(text), at, at + label.length),
        position: rangeAt(lineStarts(text), text.indexOf(heading), text.length),
      };
      const last = file.ideas.at(-1)!;
      const ideas = [
        ...file.ideas.slice(0, -1),
        { ...last, position: rangeAt(lineStarts(text), last.position.start.offset, text.indexOf(heading)) },
        misread,
      ];
      expect(findUnreadSigns(units, ideas, text, lineStarts(text), {}), heading).toEqual([
        { kind: 'label-title', line },
      ]);
    }
    // A title that only starts like a label but names no field is no sign.
    const text = `${list('##', (name, value) => `${name}: ${value}`)}`;
    const file = parseIdeaFile('ideas.md', text.replace('## Cask integration', '## Project: Cask integration'));
    expect(file.ideas).toHaveLength(3);
    expect(file.unread).toEqual([]);
  });

  it('finds an idea heading that was missed beside read ones, in any label style and heading level', () => {
    for (const [level, label] of [
      ['##', (name: string, value: string) => `${name}: ${value}`],
      ['###', (name: string, value: string) => `**${name}**: ${value}`],
      ['##', (name: string, value: string) => `* ${name} - ${value}`],
    ] as const) {
      const text = list(level, label);
      const missed = lineOf(text, `${level} Cask integration`);
      expect(
        signsWithout(text, (idea) => idea.title !== 'Cask integration'),
        text,
      ).toEqual([{ kind: 'sibling', line: missed }]);
    }
  });

  it('finds an idea heading not read whose one part was read as an idea instead, in any label style', () => {
    for (const label of [
      (name: string, value: string) => `${name}: ${value}`,
      (name: string, value: string) => `- **${name}** – ${value}`,
    ]) {
      const text = list('##', label);
      // `## Cask integration` with two parts, the second read as the idea (the parse as it would be).
      const parted = text.replace(
        '## Cask integration\n',
        '## Cask integration\n\n### Why it matters\n\nWords.\n\n### The work\n',
      );
      const file = parseIdeaFile('ideas.md', parted);
      const units = collectUnits(file.tree, parted, lineStarts(parted), {});
      const starts = lineStarts(parted);
      const part = parted.indexOf('### The work');
      const ideas = file.ideas.map((idea) =>
        idea.title === 'Cask integration'
          ? {
              ...idea,
              title: 'The work',
              titlePosition: rangeAt(starts, part + 4, part + 12),
              position: rangeAt(starts, part, idea.position.end.offset),
            }
          : idea,
      );
      expect(findUnreadSigns(units, ideas, parted, starts, {})).toEqual([
        { kind: 'nested', line: lineOf(parted, '## Cask integration') },
      ]);
      // Read as the parser reads it, the heading is the idea: no sign.
      expect(file.ideas.map((idea) => idea.title)).toContain('Cask integration');
      expect(file.unread).toEqual([]);
    }
  });

  it('takes a category heading holding ideas beside ideas for no missed idea (its parts are all ideas)', () => {
    const idea = (title: string, mentor: string) =>
      `### ${title}\n\nMentors: ${mentor} <${mentor.toLowerCase()}@example.org>\nDifficulty: Hard\nProject size: 175 hours\n\nWords about it.\n`;
    const text = `# Ideas\n\n## Projects\n\n${idea('Faster parser', 'Ann')}\n### Tooling projects\n\n#### Linter\n\nMentors: Bob <bob@example.org>\nDifficulty: Easy\nProject size: 90 hours\n\n#### Formatter\n\nMentors: Cyd <cyd@example.org>\nDifficulty: Easy\nProject size: 90 hours\n`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((found) => found.title)).toEqual(['Faster parser', 'Linter', 'Formatter']);
    expect(file.unread).toEqual([]);
  });

  it('finds the labels of a missed idea written as an item, between two read ones', () => {
    const item = (title: string, mentor: string): string =>
      `- **${title}**\n  Mentors: ${mentor} <${mentor.toLowerCase()}@example.org>\n  Difficulty: Medium\n  Project size: 175 hours\n`;
    const text = `# Ideas\n\n## Tools\n\n${item('Faster parser', 'Ann')}\n${item('Better errors', 'Bob')}\n${item('Plugin system', 'Cyd')}`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).toEqual([
      'Faster parser',
      'Better errors',
      'Plugin system',
    ]);
    expect(signs(text)).toEqual([]);
    expect(signsWithout(text, (idea) => idea.title !== 'Better errors')).toEqual([
      { kind: 'stray-labels', line: lineOf(text, '  Mentors: Bob') },
    ]);
  });

  it('takes no single label between ideas for a missed idea (a group mentor)', () => {
    const text = `${list('###', (name, value) => `${name}: ${value}`)}\n## More tools\n\nMentors: Dan Roe <dan@example.org>\n\n${list('###', (name, value) => `${name}: ${value}`).replace(/^# Our ideas[^]*?(?=###)/, '')}`;
    expect(signs(text)).toEqual([]);
  });

  it('takes no template, open call or legend after the ideas for a missed idea', () => {
    const ideas = list('###', (name, value) => `**${name}:** ${value}`);
    for (const tail of [
      '## Project template\n\n**Skills:** Python, C\n\n**Difficulty:** Easy / Medium / Hard\n\n**Mentors:** (your name and email)\n',
      '### Your own idea\n\n- **Needed Skills:** Varies\n- **Difficulty:** Varies\n- **Possible Mentors:** Varies\n',
      '### Proposal template\n\n#### Project\n\n**Project size:** 175 hours or 350 hours\n\n**Difficulty:** Easy / Medium / Hard\n',
    ])
      expect(signs(`${ideas}\n${tail}`), tail).toEqual([]);
  });

  it('takes the labels of an item titled as no idea, or of an item in it, for no missed idea', () => {
    const item = (title: string, mentor: string): string =>
      `- **${title}**\n  Mentors: ${mentor} <${mentor.toLowerCase()}@example.org>\n  Difficulty: Medium\n  Project size: 175 hours\n`;
    const ideas = `# Ideas\n\n## Tools\n\n${item('Faster parser', 'Ann')}\n${item('Better errors', 'Bob')}\n`;
    for (const tail of [
      '- **Your own idea**\n  - **Needed Skills:** Varies\n  - **Difficulty:** Varies\n  - **Possible Mentors:** Varies\n',
      '- Other Topics\n\n  _Skills Required_: Some programming experience.\n\n  _Possible Mentors_: Ann Lee, Bob Roe\n',
    ]) {
      const text = `${ideas}${tail}`;
      expect(
        parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title),
        tail,
      ).toEqual(['Faster parser', 'Better errors']);
      expect(signs(text), tail).toEqual([]);
    }
  });

  it('takes labels before the first idea for the page’s, not a missed idea', () => {
    const text = `# Ideas\n\nMentors: Ann Lee <ann@example.org>\nDifficulty: varies by project\n\n${list('##', (name, value) => `${name}: ${value}`).replace(/^# Our ideas\n/, '')}`;
    expect(signs(text)).toEqual([]);
  });

  it('takes a heading that holds ideas written as items for their group, not a missed idea (Zulip)', () => {
    const text = readFileSync('test/fixtures/regression/zulip__zulip__docs-outreach-gsoc.md', 'utf8');
    expect(signs(text)).toEqual([]);
  });
});

// DevRhylme (regression-16): an idea setting its parts one level above its own title (`### **GSoC Project Proposal: …**`
// ⏎ `## **📌 … (350 Hours)**` ⏎ `### **⏳ Timeline & Hours: 350 Hours**`) was missed silently. Parts titled as parts
// (`Part 1`) are now read as the idea's; parts titled otherwise take the idea's place, and the safety net says so.
describe('an idea whose parts, set above its title, were read as ideas', () => {
  const page = (part1: string, part2: string, icon: string) =>
    '# Ideas\n\n## List of ideas\n\n' +
    '### Faster parser\n\n#### Synopsis\nMake the parser faster.\n\n#### Project Timeline & Hours\nAbout **350 hours**.\n\n**Mentors**: Jane Doe\n\n---\n\n' +
    '### **Better docs**\n\n#### Synopsis\nWrite the docs.\n\n#### Project Timeline & Hours\nAbout **175 hours**.\n\n**Mentors**: Ann Lee\n\n---\n\n' +
    '### **Website with Firebase Integration**\n\nThis project is divided into two phases, each requiring 350 hours.\n\n' +
    `## **${icon}${part1} (350 Hours)**\n\n### **Objective**\nBuild a dashboard.\n\n### **${icon}Timeline & Hours: 350 Hours**\n- Frontend: 100 hours\n\n**Mentors**: John Roe\n\n` +
    `## **${icon}${part2} (350 Hours)**\n\n### **Objective**\nAdd a chatbot.\n\n### **${icon}Timeline & Hours: 350 Hours**\n- Chatbot: 120 hours\n\n**Mentors**: John Roe\n`;

  it.each([
    ['Firebase Integration', 'AI Features', ''],
    ['Firebase Integration', 'AI Features', '📌 '],
    ['Backend work', 'Frontend work', '⏳ '],
  ])('names the idea when its parts are %j and %j', (part1, part2, icon) => {
    const text = page(part1, part2, icon);
    expect(signs(text)).toContainEqual({ kind: 'shallow-parts', line: lineOf(text, '### **Website') });
  });

  it('says nothing once the parts are titled as parts and read as the idea’s', () => {
    expect(signs(page('Part 1: Firebase Integration', 'Part 2: AI Features', '📌 '))).toEqual([]);
  });
});

/** The signs of `text` read as one idea titled by its first line (a page read as a single idea). */
function signsAsOneIdea(text: string): UnreadSign[] {
  const starts = lineStarts(text);
  const units = collectUnits(parseIdeaFile('ideas.md', text).tree, text, starts, {});
  const firstEnd = text.indexOf('\n');
  const idea = {
    title: text.slice(0, firstEnd).replace(/^#+\s*/, ''),
    titlePosition: rangeAt(starts, 0, firstEnd),
    position: rangeAt(starts, 0, text.length),
    fields: {},
  } as unknown as Idea;
  return findUnreadSigns(units, [idea], text, starts, {});
}

describe('other titles inside one idea', () => {
  it('reads the title a title label names, in several spellings, and none after a bare idea noun', () => {
    expect(secondTitle('Project Title: Interactive plots')).toBe('interactive plots');
    expect(secondTitle('**Title:** Faster parser')).toBe('faster parser');
    expect(secondTitle('- 🔹 Project Title: *Enhancing Documentation*')).toBe('enhancing documentation');
    expect(secondTitle('<h2 id="dvh"> Project Title: Dose plots </h2>')).toBe('dose plots');
    expect(secondTitle('Project name – Web dashboard')).toBe('web dashboard');
    expect(secondTitle('__Título del proyecto__: Analizador rápido')).toBe('analizador rápido');
    expect(secondTitle('项目标题：Perf Lab 性能实验室')).toBe('perf lab 性能实验室');
    expect(secondTitle('Project: Augur')).toBeUndefined();
    expect(secondTitle('Mentors: Ann Lee')).toBeUndefined();
    expect(secondTitle('The title of this idea is long')).toBeUndefined();
  });

  it('finds two titles or more of other ideas inside one idea, in HTML headings, items and bold lines', () => {
    for (const opener of [
      (title: string) => `  <h2> Project Title: ${title} </h2>`,
      (title: string) => `- Project Title: *${title}*`,
      (title: string) => `**Title:** ${title}`,
      (title: string) => `Nombre del proyecto: ${title}`,
    ]) {
      const text =
        `# Summer projects\n\nOur projects.\n\n${opener('Interactive plots')}\n\n**Requirements:** Python\n\n` +
        `${opener('Simple website')}\n\n**Requirements:** HTML\n`;
      expect(signsAsOneIdea(text), text).toContainEqual({ kind: 'second-title', line: 5 });
    }
  });

  it('finds none for one title restating the idea own, nor for a title label naming the idea itself', () => {
    // uutils' form (regression-6): a heading, then `- **Title:**` with a longer title of the same idea.
    const text =
      '## Code refactoring for procps\n\nRefactoring.\n\n- **Title:** Code Optimization and Refactoring in Rust\n' +
      '- **Difficulty:** Medium\n- **Mentors:** Ann\n\n## Faster parser\n\n- **Title:** A parser twice as fast\n' +
      '- **Difficulty:** Hard\n- **Mentors:** Bob\n';
    expect(parseIdeaFile('ideas.md', text).ideas).toHaveLength(2);
    expect(signs(text)).toEqual([]);
    expect(signsAsOneIdea('# Faster parser\n\nProject title: Faster parser\n\nTitle: faster parser\n')).toEqual([]);
  });

  it('fires on PortPy read as one page-wide idea when its title headings are items (ideas-as-items, regression-16)', () => {
    const path = 'test/fixtures/regression-16/PortPy-Project__PortPy__docs__projects.md';
    const original = readFileSync(path, 'utf8');
    expect(signs(original)).toEqual([]);
    const file = parseIdeaFile(path, applyVariants(['ideas-as-items'], original, path));
    expect(file.ideas).toHaveLength(1);
    expect(file.unread?.map((sign) => sign.kind)).toContain('second-title');
  });
});

describe('thin ideas among ideas with fields', () => {
  /** The signs of `text` with a bare idea added on `line` (a line of prose read as an idea), with `fields`. */
  function signsWithThin(text: string, line: number, fields: Idea['fields'] = {}): UnreadSign[] {
    const file = parseIdeaFile('ideas.md', text);
    const starts = lineStarts(text);
    const end = starts[line] - 1;
    const thin = {
      title: text.slice(starts[line - 1], end),
      titlePosition: rangeAt(starts, starts[line - 1], end),
      position: rangeAt(starts, starts[line - 1], end),
      section: [],
      fields,
      body: [],
    } as Idea;
    const units = collectUnits(file.tree, text, starts, {});
    return findUnreadSigns(units, [thin, ...file.ideas], text, starts, {}).filter((sign) => sign.kind === 'thin-idea');
  }

  it('finds a bare line read as an idea beside ideas with their fields, in any label style and heading level', () => {
    for (const [level, label] of [
      ['##', (name: string, value: string) => `${name}: ${value}`],
      ['###', (name: string, value: string) => `**${name}:** ${value}`],
      ['##', (name: string, value: string) => `- *${name}*: ${value}`],
      ['####', (name: string, value: string) => `__${name}__ – ${value}`],
    ] as const) {
      const text = list(level, label);
      expect(signs(text), text).toEqual([]);
      // Line 3: `These are the ideas for this year.`, read as an idea with only a description.
      const description = parseIdeaFile('ideas.md', text).ideas[0].fields.description;
      expect(signsWithThin(text, 3, description ? { description } : {}), text).toEqual([
        { kind: 'thin-idea', line: 3 },
      ]);
    }
  });

  it('takes a short idea with an idea field, or bare ideas without two full ones, for no sign', () => {
    const text = list('##', (name, value) => `${name}: ${value}`);
    const mentors = parseIdeaFile('ideas.md', text).ideas[0].fields.mentors;
    expect(signsWithThin(text, 3, mentors ? { mentors } : {})).toEqual([]);
    // Ideas without labels at all (a list of titles and prose): a bare one is like the others.
    const bare =
      '# Ideas\n\nAn intro line.\n\n## Faster parser\n\nWhy it matters.\n\n## Better docs\n\nWhat to write.\n';
    expect(signsWithThin(bare, 3)).toEqual([]);
  });

  it('fires on Kornia and Pony when a `<br />` makes their lines about the program ideas (html-breaks, regression-11)', () => {
    for (const path of [
      'test/fixtures/regression-11/VincenzoImp__gsoc-2026-explorer__ideas__kornia.md',
      'test/fixtures/regression-11/ponylang__gsoc-2019__README.md',
    ]) {
      const original = readFileSync(path, 'utf8');
      expect(signs(original), path).toEqual([]);
      const file = parseIdeaFile(path, applyVariants(['html-breaks'], original, path));
      expect(
        file.unread?.map((sign) => sign.kind),
        path,
      ).toContain('thin-idea');
    }
  });
});
