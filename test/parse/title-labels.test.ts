// Ideas written as blocks of label lines opened by a title label (src/parse/title-labels.ts): openGauss' OSPP page
// (regression-15) writes `**项目标题：** **Title**` ⏎ `**项目描述：** …` ⏎ `**项目导师：** name` ⏎ `<hr/>`, sixteen times.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { isTitleLabel } from '../../src/parse/title-labels.js';

const TITLES = ['Faster parser', 'Plugin registry', 'Offline mode for the desktop app'];

/** A page of three ideas, each a block opened by `opener(title)`, with labels written by `label(name, value)`. */
function page(
  opener: (title: string) => string,
  label: (name: string, value: string) => string,
  separator = '',
  head = '# Ideas\n\nWe take part in the summer programme; here are our ideas.\n\n',
): string {
  const blocks = TITLES.map((title, index) =>
    [
      opener(title),
      label('Description', `Make the ${title.toLowerCase()} better for every user of the tool.`),
      label('Difficulty', ['Easy', 'Medium', 'Hard'][index]),
      label('Mentors', `Ann Lee <ann${index}@example.org>`),
    ].join('\n\n'),
  );
  return `${head}${blocks.join(`\n\n${separator ? `${separator}\n\n` : ''}`)}\n`;
}

const bold = (name: string, value: string): string => `**${name}:** ${value}`;
const plain = (name: string, value: string): string => `${name}: ${value}`;

function expectThreeIdeas(text: string): void {
  const file = parseIdeaFile('ideas.md', text);
  expect(
    file.ideas.map((idea) => idea.title),
    text,
  ).toEqual(TITLES);
  file.ideas.forEach((idea, index) => {
    expect(idea.fields.difficulty?.value, text).toBe(['Easy', 'Medium', 'Hard'][index]);
    expect(idea.fields.mentors?.value, text).toContain(`ann${index}@example.org`);
    // Each idea's title line is its opener's.
    const line = text.split('\n').findIndex((written) => written.includes(TITLES[index])) + 1;
    expect(idea.titlePosition.start.line, text).toBe(line);
  });
}

describe('title labels', () => {
  it('names a title by a title noun, or a name noun qualified by the idea, in several languages', () => {
    for (const label of [
      'Title',
      'Project title',
      'Project Name',
      'Idea title',
      'Project',
      'Idea',
      'Topic',
      'Name of the project',
      'Nombre del proyecto',
      'Título',
      'Título del proyecto',
      'Nome do projeto',
      'Titre du projet',
      'Nom du projet',
      'Projektname',
      '项目标题',
      '项目名称',
      '课题名称',
      '题目',
      '**Project title:**',
    ])
      expect(isTitleLabel(label), label).toBe(true);
  });

  it('names no title by a name alone or by a field label', () => {
    for (const label of [
      'Name',
      'Nombre',
      '名称',
      'Mentor',
      'Difficulty',
      'Description',
      'Project size',
      'Note',
      'Email',
    ])
      expect(isTitleLabel(label), label).toBe(false);
  });
});

describe('ideas as blocks opened by a title label', () => {
  it('reads each `**Title:** X` block as an idea, its labels up to the next', () => {
    expectThreeIdeas(page((title) => `**Title:** ${title}`, bold));
  });

  it('reads plain `Project name: X` blocks, without a separator', () => {
    expectThreeIdeas(page((title) => `Project name: ${title}`, plain));
  });

  it('reads blocks separated by rules, `---` or `<hr/>`', () => {
    expectThreeIdeas(page((title) => `**Project title**: ${title}`, bold, '---'));
    expectThreeIdeas(page((title) => `**Project title:** **${title}**`, bold, '<hr/>'));
  });

  it('reads Chinese and Spanish title labels, the title in bold or in brackets', () => {
    expectThreeIdeas(
      page(
        (title) => `**项目标题：** **${title}**`,
        (name, value) => `**${name}：** ${value}`,
        '<hr/>',
      ),
    );
    expectThreeIdeas(page((title) => `【项目名称】${title}`, bold));
    expectThreeIdeas(page((title) => `*Título del proyecto:* ${title}`, bold));
  });

  it('reads blocks written as list items, the fields nested or flat', () => {
    expectThreeIdeas(
      page(
        (title) => `- **Title:** ${title}`,
        (name, value) => `  - **${name}:** ${value}`,
      ),
    );
    const flat = TITLES.map(
      (title, index) =>
        `- Project title: ${title}\n- Difficulty: ${['Easy', 'Medium', 'Hard'][index]}\n- Mentors: Ann Lee <ann${index}@example.org>`,
    ).join('\n');
    const file = parseIdeaFile('ideas.md', `# Ideas\n\n${flat}\n`);
    expect(file.ideas.map((idea) => idea.title)).toEqual(TITLES);
    expect(file.ideas.map((idea) => idea.fields.difficulty?.value)).toEqual(['Easy', 'Medium', 'Hard']);
  });

  it('splits a heading holding the blocks, under a heading of its own', () => {
    const text = page((title) => `**Title:** ${title}`, bold, '', '# Summer 2021\n\n## Project list\n\nOur ideas.\n\n');
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(TITLES);
    expect(file.ideas[0].section).toEqual(['Project list']);
  });

  it('leaves a heading the idea when its section holds one title label (opencurve)', () => {
    const text = TITLES.map(
      (title, index) =>
        `## ${index + 1}. ${title}\n\n- 项目标题：${title}\n- 项目难度：中等\n- 项目社区导师：Ann Lee <ann${index}@example.org>\n`,
    ).join('\n');
    const file = parseIdeaFile('ideas.md', `# Tasks\n\n${text}`);
    expect(file.ideas.map((idea) => idea.title)).toEqual(TITLES);
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([3, 9, 15]);
  });

  it('reads no ideas from title labels without fields, or from names', () => {
    const names = TITLES.map((title) => `Project: ${title}\n\nSome words about it.`).join('\n\n');
    expect(parseIdeaFile('ideas.md', `# Related work\n\n${names}\n`).ideas.map((idea) => idea.title)).not.toEqual(
      TITLES,
    );
    // A team list: `Name:` is a person's.
    const team = ['Ann Lee', 'Bo Chen'].map((name) => `Name: ${name}\n\nEmail: x@example.org`).join('\n\n');
    const file = parseIdeaFile('ideas.md', `# Idea\n\nDifficulty: Hard\n\n## Mentors\n\n${team}\n`);
    expect(file.ideas.map((idea) => idea.title)).not.toContain('Ann Lee');
  });

  it('leaves a title label under an item title or a title line to that idea (Qubes, Holist-IX written so)', () => {
    const items = TITLES.map(
      (title, index) =>
        `- ${title}\n\n  **Project**: Research into ${title.toLowerCase()} and its users\n\n  **Difficulty:** ${['Easy', 'Medium', 'Hard'][index]}\n\n  **Mentors:** Ann Lee <ann${index}@example.org>\n`,
    ).join('\n');
    expect(parseIdeaFile('ideas.md', `# Ideas\n\n${items}`).ideas.map((idea) => idea.title)).toEqual(TITLES);
    const lines = TITLES.map(
      (title, index) =>
        `**${title}**\n\nProject: Research into ${title.toLowerCase()}\n\nDifficulty: ${['Easy', 'Medium', 'Hard'][index]}\n\nMentors: Ann Lee <ann${index}@example.org>\n`,
    ).join('\n');
    expect(parseIdeaFile('ideas.md', `# Ideas\n\n${lines}`).ideas.map((idea) => idea.title)).toEqual(TITLES);
  });

  it("reads openGauss' sixteen ideas, each with its own mentor", () => {
    const path = new URL(
      '../fixtures/regression-15/opengauss-mirror__website__content__zh__events__summer2021.md',
      import.meta.url,
    );
    const file = parseIdeaFile('summer2021.md', readFileSync(path, 'utf8'));
    expect(file.ideas).toHaveLength(16);
    expect(file.ideas[0].title).toBe('openGauss统一审计支持时间范围限定');
    expect(file.ideas[0].titlePosition.start.line).toBe(38);
    expect(file.ideas[0].fields.mentors?.value).toBe('刘海龙');
    expect(file.ideas[15].fields.mentors?.value).toBe('姜逸坤');
  });
});
