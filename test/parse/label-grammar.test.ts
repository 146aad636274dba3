// The label grammar end to end: combined labels, values on the next block, and labels in Chinese, Spanish and
// Portuguese, read from whole idea files.
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { readLabel } from '../../src/parse/labels.js';
import type { FieldName, Idea } from '../../src/parse/types.js';

function values(idea: Idea | undefined): Partial<Record<FieldName, string>> {
  return Object.fromEntries(Object.entries(idea?.fields ?? {}).map(([name, field]) => [name, field?.value]));
}

describe('label grammar', () => {
  it('reads every field a combined label names', () => {
    expect(readLabel('Difficulty & Requirements')).toMatchObject({ name: 'difficulty', also: ['skills'] });
    expect(readLabel('Size and difficulty')).toMatchObject({ name: 'size', also: ['difficulty'] });
    expect(readLabel('Skills/Requirements')).toEqual({ name: 'skills', exact: true, demoted: false });
    expect(readLabel('Skills required/preferred')).toMatchObject({ name: 'skills', exact: true });
    expect(readLabel('项目规模/工时')).toEqual({ name: 'size', exact: true, demoted: false });
    expect(readLabel('Notes / Mentors')).toBeUndefined();
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
