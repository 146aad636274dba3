import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

const scala = `# Project Ideas

## Doodle Canvas

|Title                   |Doodle Canvas|
|------------------------|-|
|Link to Project         |https://github.com/creativescala/doodle/|
|Brief Description       |Doodle is a library for 2D graphics.|
|Expected Outcome        |A Doodle algebra.|
|Prerequisites           |Basic Scala knowledge|
|Expected Difficulty     |Easy – straightforward task|
|Expected Time Commitment|Medium project – 175 hours|
|Mentor                  |Noel Welsh (Email: [noel@noelwelsh.com](mailto:noel@noelwelsh.com)) |
|Co-mentor               | |

### Business4s Projects

| Title | Workflows4s UI |
|---|---|
| Expected Outcome | A web UI |
| Mentor | Voytek Pituła |

| Title | Decisions4s DMN |
|---|---|
| Expected Outcome | DMN import |
| Co-mentor | - |
`;

describe('tables', () => {
  it('makes each key/value table with a Title row an idea', () => {
    const file = parseIdeaFile('README.md', scala);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Doodle Canvas', 'Workflows4s UI', 'Decisions4s DMN']);
    expect(file.ideas[0].section).toEqual([]);
    expect(file.ideas[1].section).toEqual(['Doodle Canvas', 'Business4s Projects']);
  });

  it('reads the rows of an idea table as fields, first occurrence first', () => {
    const [doodle, workflows] = parseIdeaFile('README.md', scala).ideas;
    expect(doodle.fields.description?.value).toBe('Doodle is a library for 2D graphics.');
    expect(doodle.fields.difficulty?.label).toBe('Expected Difficulty');
    expect(doodle.fields.size?.value).toBe('Medium project – 175 hours');
    expect(doodle.fields.mentors?.label).toBe('Mentor');
    expect(doodle.fields.mentors?.raw).toContain('mailto:noel@noelwelsh.com');
    expect(doodle.titlePosition.start).toMatchObject({ line: 5, column: 27 });
    expect(doodle.fields.skills?.valuePosition?.start.line).toBe(10);
    expect(workflows.fields.mentors?.value).toBe('Voytek Pituła');
  });

  it('reads a header-row table with one data row as fields of the idea', () => {
    const text =
      '## Visualization\n\n| **Priority** | **Intensity** | **Project size** | **Goal** | **Mentors** |\n|:---:|:---:|:---:|:---:|:---:|\n|  High  | Moderate | Medium (~175hr) | Better plots | [Francesc](https://github.com/fverdugo) |\n\nGridap could plot better.\n';
    const [idea] = parseIdeaFile('ideas.md', text).ideas;
    expect(idea.fields.difficulty?.value).toBe('Moderate');
    expect(idea.fields.difficulty?.label).toBe('Intensity');
    expect(idea.fields.size?.value).toBe('Medium (~175hr)');
    expect(idea.fields.outcomes?.value).toBe('Better plots');
    expect(idea.fields.mentors?.value).toBe('Francesc');
    expect(idea.fields.description?.value).toBe('Gridap could plot better.');
  });

  it('gives an empty reference-link cell an empty value', () => {
    const text =
      '## Strings\n\nBetter strings.\n\n| **Intensity** | **Involves** | **Mentors** |\n| --- | --- | --- |\n| Advanced | Python | [][] |\n';
    const [idea] = parseIdeaFile('ideas.md', text).ideas;
    expect(idea.fields.mentors?.value).toBe('');
    expect(idea.fields.difficulty?.value).toBe('Advanced');
  });

  it('makes each row of a table with a title column an idea', () => {
    const text =
      '# Ideas\n\n| Project | Difficulty | Mentors |\n|---|---|---|\n| Faster parser | Hard | Jane |\n| Better docs | Easy | John |\n';
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Faster parser', 'Better docs']);
    expect(file.ideas[1].fields.difficulty?.value).toBe('Easy');
    expect(file.ideas[1].titlePosition.start.line).toBe(6);
  });

  it('makes each row of a table with a `Topic` column an idea, a specific column before `Involves`', () => {
    const text =
      '# Ideas\n\n| Topic | Involves | Skills needed | Mentors |\n|---|---|---|---|\n| Faster parser | Rewriting the lexer | Rust | Jane |\n';
    const [idea] = parseIdeaFile('ideas.md', text).ideas;
    expect(idea.title).toBe('Faster parser');
    expect(idea.fields.skills).toMatchObject({ label: 'Skills needed', value: 'Rust' });
  });

  it('does not read a timeline table as ideas or fields', () => {
    const text =
      '# Term\n\n### Timeline\n\n| Activity | Dates (2026) |\n|---|---|\n| Applications Open | Wed, Apr 1 |\n';
    expect(parseIdeaFile('README.md', text).ideas).toEqual([]);
  });
});
