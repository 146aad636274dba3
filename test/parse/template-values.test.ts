import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

// General rule: a value copied word for word from the page's own template is the template's text, never filled in: the
// field is empty. Real list: Racket's GSoC 2016 wiki page, whose `### Video editing DSL ###` keeps every line of the
// `### Project template name ###` above it (`Possible mentor: each projects needs at least one possible mentor.`,
// regression-9).
const template =
  '### Project template name\n' +
  '* **Summary:** provide a one or two sentence summary of the project.\n' +
  '* **Requirements:** any required experience or knowledge.\n' +
  '* **Difficulty:** how hard is the project, beginner, intermediate, expert\n' +
  '* **Possible mentor:** each projects needs at least one possible mentor.\n\n---\n\n';
const filled =
  '### Data table library\n* Summary: Build a library that provides data tables.\n* Requirements: functional programming\n' +
  '* Difficulty: intermediate\n* Possible mentor: Jane Doe\n\n---\n\n';
const copied =
  '### Video editing DSL\n* Summary: provide a one or two sentence summary of the project.\n' +
  '* Requirements: any required experience or knowledge.\n' +
  '* Difficulty: how hard is the project, beginner, intermediate, expert\n' +
  '* Possible mentor: each projects needs at least one possible mentor.\n\n---\n\n';

describe("values copied from the page's template", () => {
  it('empties the fields of an idea that kept the template text, and keeps filled ones', () => {
    const file = parseIdeaFile('ideas.md', `## Project ideas\n\n${template}${filled}${copied}`);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Data table library', 'Video editing DSL']);
    const [data, video] = file.ideas;
    expect(data.fields.mentors?.value).toBe('Jane Doe');
    expect(data.fields.skills?.value).toBe('functional programming');
    expect(video.fields.mentors?.value).toBe('');
    expect(video.fields.skills?.value).toBe('');
    expect(video.fields.difficulty?.value).toBe('');
    expect(video.fields.mentors?.valuePosition).toBeUndefined();
  });

  it('keeps a short value that the template happens to give too', () => {
    const short = '### Project template name\n* Difficulty: Medium\n* Possible mentor: Jane Doe\n\n---\n\n';
    const file = parseIdeaFile('ideas.md', `## Project ideas\n\n${short}${filled}`);
    expect(file.ideas[0].fields.mentors?.value).toBe('Jane Doe');
  });

  it('keeps values when the page has no template', () => {
    const file = parseIdeaFile('ideas.md', `## Project ideas\n\n${filled}${copied}`);
    expect(file.ideas[1].fields.mentors?.value).toBe('each projects needs at least one possible mentor.');
  });

  it("reads Racket's `Video editing DSL` with no mentor, skills or difficulty (regression-9)", () => {
    const path = 'test/fixtures/regression-9/nwg__racket-wiki__SoC-Ideas-2016.md';
    const video = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.find(
      (idea) => idea.title === 'Video editing DSL',
    );
    expect([video?.fields.mentors?.value, video?.fields.skills?.value, video?.fields.difficulty?.value]).toEqual([
      '',
      '',
      '',
    ]);
  });
});
