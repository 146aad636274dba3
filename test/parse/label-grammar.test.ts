// The label grammar end to end: combined labels, values on the next block, and labels in Chinese, Spanish and
// Portuguese, read from whole idea files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { readLabel } from '../../src/parse/labels.js';
import { parseDifficulty } from '../../src/parse/values/difficulty.js';
import type { FieldName, Idea } from '../../src/parse/types.js';

function values(idea: Idea | undefined): Partial<Record<FieldName, string>> {
  return Object.fromEntries(Object.entries(idea?.fields ?? {}).map(([name, field]) => [name, field?.value]));
}

describe('label grammar', () => {
  it('reads every field a combined label names', () => {
    expect(readLabel('Difficulty & Requirements')).toMatchObject({ name: 'difficulty', also: ['skills'] });
    expect(readLabel('Size and difficulty')).toMatchObject({ name: 'size', also: ['difficulty'] });
    expect(readLabel('Difficulty and suitable project length')).toMatchObject({ name: 'difficulty', also: ['size'] });
    expect(readLabel('Skills/Requirements')).toEqual({ name: 'skills', exact: true, demoted: false });
    expect(readLabel('Skills required/preferred')).toMatchObject({ name: 'skills', exact: true });
    expect(readLabel('项目规模/工时')).toEqual({ name: 'size', exact: true, demoted: false });
    expect(readLabel('Notes / Mentors')).toBeUndefined();
  });

  it("lets a segment of modifiers alone take its neighbour's head, and names nothing alone", () => {
    expect(readLabel('Goals and ideas')).toEqual({ name: 'outcomes', exact: true, demoted: false });
    expect(readLabel('目标与想法')).toEqual({ name: 'outcomes', exact: true, demoted: false });
    expect(readLabel('Project & mentors')?.name).toBe('mentors');
    expect(readLabel('Project & idea')).toBeUndefined();
    expect(readLabel('想法')).toBeUndefined();
    expect(readLabel('Ideas and notes')).toBeUndefined();
  });

  it('reads Chinese head nouns that translate English ones (`时间估计` time estimate, `摘要` abstract)', () => {
    expect(readLabel('时间估计')?.name).toBe('size');
    expect(readLabel('预计时间')?.name).toBe('size');
    expect(readLabel('摘要')?.name).toBe('description');
    expect(readLabel('时间安排')).toBeUndefined();
  });

  it('finds the head noun before a preposition, and modifiers around it', () => {
    expect(readLabel('Level of difficulty')?.name).toBe('difficulty');
    expect(readLabel('Skill level')?.name).toBe('difficulty');
    expect(readLabel('Nivel de dificultad')?.name).toBe('difficulty');
    expect(readLabel('Tamaño del proyecto')?.name).toBe('size');
    expect(readLabel('Resultados esperados')?.name).toBe('outcomes');
    expect(readLabel('Habilidades requeridas')?.name).toBe('skills');
    expect(readLabel('Mentor(es)')?.name).toBe('mentors');
    expect(readLabel('Dificultad')?.name).toBe('difficulty');
    expect(readLabel('项目产出要求')?.name).toBe('outcomes');
    expect(readLabel('技能要求')?.name).toBe('skills');
    expect(readLabel('导师联系方式')?.name).toBe('mentors');
    expect(readLabel('Mentor availability')).toBeUndefined();
    expect(readLabel('项目背景')).toBeUndefined();
  });

  it('reads no field in a phrase whose head is a plural noun for ideas (`Proposed Projects for the Mentorship Project`)', () => {
    // English puts the head last before a preposition; Spanish and Portuguese first.
    expect(readLabel('Proposed Projects for the Mentorship Project')).toBeUndefined();
    expect(readLabel('Mentorship Projects')).toBeUndefined();
    expect(readLabel('Ideas for new mentors')).toBeUndefined();
    expect(readLabel('Project ideas for our mentors')).toBeUndefined();
    expect(readLabel('Proyectos para tutores')).toBeUndefined();
    expect(readLabel('Ideias de mentores')).toBeUndefined();
    // A field's head before the preposition, or the plural only qualifying a head, keeps the field.
    expect(readLabel('Mentors for the projects')?.name).toBe('mentors');
    expect(readLabel('Size of projects')?.name).toBe('size');
    expect(readLabel('Project mentors')?.name).toBe('mentors');
    expect(readLabel('Goals and ideas')?.name).toBe('outcomes');
    expect(readLabel('Project & mentors')?.name).toBe('mentors');
    expect(readLabel('Tamaño de los proyectos')?.name).toBe('size');
  });

  it('reads a head qualified by a purpose clause (`to` and a verb) as the head alone', () => {
    expect(readLabel('Skills to Study / Improve')).toEqual({ name: 'skills', exact: true, demoted: false });
    expect(readLabel('Goals to achieve')?.name).toBe('outcomes');
    expect(readLabel('Mentors to contact')?.name).toBe('mentors');
    // The noun phrase must be a label by itself: no loose filler, no unknown words, no second label.
    expect(readLabel('Things to learn')).toBeUndefined();
    expect(readLabel('Migrate tools to Python')).toBeUndefined();
    expect(readLabel('Skills and mentors to find')).toBeUndefined();
    expect(readLabel('Our goals to reach')).toBeUndefined();
  });

  it('feeds a combined heading label to each field it names', () => {
    const file = parseIdeaFile(
      'ideas.md',
      '## Idea one\n\nSome text about it.\n\n### Difficulty & Requirements\n\nMedium\n\n- Python\n- Rust\n\n' +
        '## Idea two\n\n**Size and difficulty:** 350 hours, hard\n\n**Skills/Requirements:** Go\n',
    );
    expect(values(file.ideas[0])).toMatchObject({ difficulty: 'Medium\nPython\nRust', skills: 'Medium\nPython\nRust' });
    expect(values(file.ideas[1])).toMatchObject({
      size: '350 hours, hard',
      difficulty: '350 hours, hard',
      skills: 'Go',
    });
  });

  it('reads the value in the block after a bold label alone on its line', () => {
    const file = parseIdeaFile(
      'ideas.md',
      '## Idea one\n\nSome text.\n\n**Mentors**\n\nJane Doe, John Roe\n\n**Expected outcomes**\n\n- A thing\n- Another\n\n' +
        '**Difficulty**\n\nHard\n\n## Idea two\n\nText.\n\n**Mentors**\n\nAl\n',
    );
    expect(values(file.ideas[0])).toMatchObject({
      mentors: 'Jane Doe, John Roe',
      outcomes: 'A thing\nAnother',
      difficulty: 'Hard',
    });
    expect(values(file.ideas[1])).toMatchObject({ mentors: 'Al' });
  });

  it('reads Chinese labels with a full-width colon', () => {
    const file = parseIdeaFile(
      'ospp.md',
      '## 项目一\n\n项目描述：做一个东西。\n\n**难度**：基础\n\n**导师**：张三 zhangsan@example.org\n\n' +
        '**项目产出要求**：完成插件\n\n**技能要求**：Go\n\n**项目规模/工时**：350\n\n## 项目二\n\n- 难度：进阶\n- 导师：李四\n',
    );
    expect(values(file.ideas[0])).toEqual({
      description: '做一个东西。',
      difficulty: '基础',
      mentors: '张三 zhangsan@example.org',
      outcomes: '完成插件',
      skills: 'Go',
      size: '350',
    });
    expect(values(file.ideas[1])).toEqual({ difficulty: '进阶', mentors: '李四' });
  });

  it('reads Spanish and Portuguese labels', () => {
    const file = parseIdeaFile(
      'ideas.md',
      '## Idea uno\n\n- **Dificultad:** Media\n- **Mentor(es):** Ana <ana@example.org>\n' +
        '- **Resultados esperados:** Un plugin\n- **Habilidades requeridas:** Python\n- **Duración:** 350 horas\n\n' +
        '## Ideia dois\n\n- **Nível de dificuldade:** Difícil\n- **Mentores:** João\n- **Tamanho do projeto:** 175 horas\n',
    );
    expect(values(file.ideas[0])).toEqual({
      difficulty: 'Media',
      mentors: 'Ana <ana@example.org>',
      outcomes: 'Un plugin',
      skills: 'Python',
      size: '350 horas',
    });
    expect(values(file.ideas[1])).toEqual({ difficulty: 'Difícil', mentors: 'João', size: '175 horas' });
  });
});

describe('label grammar on a real OSPP list (test/fixtures/corpus-extra)', () => {
  const name = 'openlookeng__website__content-zh-cn-events-2021-06-07-summer-2021.md';
  const file = parseIdeaFile(name, readFileSync(new URL(`../fixtures/corpus-extra/${name}`, import.meta.url), 'utf8'));

  it('reads its three ideas and their Chinese labels (`项目难度：中`, `项目产出要求：`, `项目技术要求：`, `项目社区导师：`)', () => {
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      '项目 1 openLooKeng 功能增强',
      '项目 2 openLooKeng 性能调优',
      '项目 3 openLooKeng 功能增强和性能优化',
    ]);
    expect(values(file.ideas[0])).toMatchObject({
      difficulty: '中',
      // `项目社区导师：张景芳` (the project's community mentor) names the mentor, `导师联系方式：…` gives the address.
      mentors: '张景芳\n410920672@qq.com',
      outcomes: 'proxy设计文档\nProxy 代码和相关测试用例\nProxy 性能测试结果',
      skills: '正向代理原理\nNIO 理论知识\n负载均衡理论知识\nAirlift Discovery 框架',
    });
    expect(parseDifficulty(file.ideas[0].fields.difficulty?.value ?? '').levels).toEqual(['medium']);
  });
});
