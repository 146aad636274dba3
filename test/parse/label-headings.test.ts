import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

function read(text: string): [string, string[]][] {
  return parseIdeaFile('ideas.md', text).ideas.map((idea) => [idea.title, Object.keys(idea.fields).sort()]);
}

/** An idea whose labels are headings one level under its title, then prose and a plain label line. */
const stacked = (
  depth: number,
  title: string,
  labels: string[],
  closing = 'Expected outcome: a faster tool for everyone.',
): string =>
  `${'#'.repeat(depth)} ${title}\n${labels.map((label) => `${'#'.repeat(depth + 1)} ${label}\n`).join('')}The tool is slow, and users wait for it every day; this project makes it fast.\n\n${closing}\n\n`;

// General rule (src/parse/label-headings.ts): a heading whose text is a label line of an idea's metadata (difficulty,
// size, mentors, skills: a known label, a colon, a value) is a field line of the section it sits in, not a title, when
// it is one of a run of such headings or its value is a level or a size; the heading holding it is the idea, and the
// text after it (prose, more labels) is that idea's. Real lists: Homebrew's `### Title` ⏎ `#### Skills Required: …` ⏎
// `#### Mentor: @handle` ⏎ `#### Difficulty: Hard` ⏎ prose ⏎ `Expected outcome: …` (regression-13); Waycrate's
// `### Difficulty: Hard` ⏎ `### Project Size: …` ⏎ `### Skills: Rust` (regression-10).
describe('label lines written as headings', () => {
  it('reads a run of label headings under each idea heading as its fields, a long skills list included', () => {
    const text = `# Org\n\n## Ideas\n\n${stacked(3, 'Faster parser', ['Skills Required: Ruby, Homebrew usage, basic HTTP download knowledge', 'Mentor: @jane', 'Difficulty: Hard'])}${stacked(3, 'Better docs', ['Skills Required: Ruby, Homebrew usage, Homebrew Cask usage, usability-focused thinking', 'Mentor: @john', 'Difficulty: Easy'])}${stacked(3, 'Plugin system', ['Skills Required: Ruby, Regex', 'Mentor: @ann, @bob', 'Difficulty: Medium'])}`;
    const fields = ['difficulty', 'mentors', 'outcomes', 'skills'];
    expect(read(text).map(([title, names]) => [title, names.filter((name) => name !== 'description')])).toEqual([
      ['Faster parser', fields],
      ['Better docs', fields],
      ['Plugin system', fields],
    ]);
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas[0].fields.skills?.value).toBe('Ruby, Homebrew usage, basic HTTP download knowledge');
    // A field line's value is its line: the prose after `#### Difficulty: Easy` is the idea's description.
    expect(file.ideas[1].fields.difficulty?.value).toBe('Easy');
    expect(file.ideas[1].fields.description?.value).toMatch(/^The tool is slow/);
  });

  it('reads the same form in other spellings: bold labels, other words, deeper levels, another language', () => {
    const spellings = [
      stacked(4, 'Faster parser', [
        '**Required skills:** Python, Django, REST APIs, basic SQL knowledge and Docker',
        '**Possible mentors:** Jane Doe, John Roe',
        '**Difficulty level:** Medium',
      ]) +
        stacked(4, 'Better docs', [
          '**Required skills:** Writing',
          '**Possible mentors:** Ann Lee',
          '**Difficulty level:** Easy',
        ]),
      stacked(2, 'Faster parser', ['Project size: 350 hours', 'Mentors: Jane Doe'], 'Deliverables: a faster parser.') +
        stacked(2, 'Better docs', ['Project size: 175 hours', 'Mentors: John Roe'], 'Deliverables: better docs.'),
      stacked(
        3,
        '更快的解析器',
        ['技能要求：Python、Django、REST、基础 SQL 知识、Docker 和 Linux 使用经验', '导师：张三', '难度：中等'],
        '预期成果：更快的解析器。',
      ) + stacked(3, '更好的文档', ['技能要求：写作', '导师：李四', '难度：简单'], '预期成果：文档。'),
    ];
    for (const body of spellings) {
      const ideas = read(`# Org\n\n${body}`);
      expect(
        ideas.map(([title]) => title),
        body,
      ).toHaveLength(2);
      for (const [title, names] of ideas) {
        expect(names, title).toContain('mentors');
        expect(names, title).toContain('outcomes');
      }
    }
  });

  it('reads a lone heading stating a level or a size as a field of the idea above it, the labels after it too', () => {
    for (const [label, field] of [
      ['Difficulty: Hard', 'difficulty'],
      ['Difficulty level: Medium', 'difficulty'],
      ['Project size: 350 hours', 'size'],
      ['Size: Large', 'size'],
    ] as const) {
      const text = `# Ideas\n\n## Faster parser\n\nThe parser is slow and we would like it to be fast.\n\n#### ${label}\n\nMentors: Jane Doe\n\n## Better docs\n\nThe docs are thin and we would like them thick.\n\n#### ${label}\n\nMentors: John Roe\n`;
      const ideas = parseIdeaFile('ideas.md', text).ideas;
      expect(
        ideas.map((idea) => idea.title),
        label,
      ).toEqual(['Faster parser', 'Better docs']);
      expect(ideas[1].fields.mentors?.value, label).toBe('John Roe');
      for (const idea of ideas) expect(idea.fields[field]?.value.split('\n')[0], label).toBe(label.split(': ')[1]);
    }
  });

  it('still reads a lone heading opening with another label over labelled text as a title', () => {
    const text = `# Ideas\n\n## Summary: Faster parser\n\nText.\n\n- Mentors: Jane\n- Difficulty: Easy\n\n## Goal: Better docs\n\nText.\n\n- Mentors: John\n- Difficulty: Hard\n`;
    expect(read(text).map(([title]) => title)).toEqual(['Summary: Faster parser', 'Goal: Better docs']);
  });

  it("reads Homebrew's four ideas with their label headings (regression-13)", () => {
    const path = 'test/fixtures/regression-13/Homebrew__gsoc__README.md';
    const ideas = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas;
    expect(ideas.map((idea) => idea.title)).toEqual([
      'Optimise formula and resource download ordering',
      'Improve integration with Homebrew Cask',
      'Add license metadata to Homebrew/homebrew-core formulae',
      'Automatically create pull requests based on Homebrew/livecheck',
    ]);
    for (const idea of ideas)
      expect(Object.keys(idea.fields), idea.title).toEqual(
        expect.arrayContaining(['skills', 'mentors', 'difficulty', 'outcomes']),
      );
  });
});
