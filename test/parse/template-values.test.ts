import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

// Racket 2016 (regression-9): the page gives its template under `### Project template name`; `### Video editing DSL`
// copies it and leaves the template's text as its values. Rule: a value repeated word for word from the page's
// template is the template's text, so the field states nothing (read as empty, as `TBD` is).
const PAGE = [
  '## Project ideas',
  '',
  'Follow the template below:',
  '### Project template name ###',
  '* **Summary:** provide a one or two sentence summary of the project.',
  '* **Requirements:** any required experience or knowledge.',
  '* **Difficulty:** how hard is the project, beginner, intermediate, expert',
  '* **Possible mentor:** each projects needs at least one possible mentor.',
  '',
  '---',
  '',
  '### Memory profiler ###',
  '* **Summary:** Build a memory profiler for Racket programs.',
  '* **Requirements:** any required experience with C',
  '* **Difficulty:** intermediate',
  '* **Possible mentor:** Leif Andersen',
  '',
  '---',
  '',
  '### Video editing DSL ###',
  '* Summary: provide a one or two sentence summary of the project.',
  '* Requirements: any required experience or knowledge.',
  '* Difficulty: how hard is the project, beginner, intermediate, expert',
  '* Possible mentor: each projects needs at least one possible mentor.',
  '',
].join('\n');

describe('values copied from the page template', () => {
  const file = parseIdeaFile('ideas.md', PAGE);
  const idea = (title: string) => file.ideas.find((entry) => entry.title === title);

  it('reads a value repeating the template word for word as empty', () => {
    const copied = idea('Video editing DSL');
    expect(copied?.fields.skills).toMatchObject({ label: 'Requirements', value: '' });
    expect(copied?.fields.difficulty?.value).toBe('');
    expect(copied?.fields.mentors?.value).toBe('');
  });

  it('keeps the values of an idea that wrote its own', () => {
    const own = idea('Memory profiler');
    expect(own?.fields.skills?.value).toBe('any required experience with C');
    expect(own?.fields.difficulty?.value).toBe('intermediate');
    expect(own?.fields.mentors?.value).toBe('Leif Andersen');
  });

  it('keeps a short value a real idea shares with the template (an example, not an instruction)', () => {
    const page = PAGE.replace(
      '* **Difficulty:** how hard is the project, beginner, intermediate, expert',
      '* **Difficulty:** intermediate',
    );
    const own = parseIdeaFile('ideas.md', page).ideas.find((entry) => entry.title === 'Memory profiler');
    expect(own?.fields.difficulty?.value).toBe('intermediate');
  });
});

// OpenGov Africa (regression-7): `### 🧩 Example Idea 1 – Open Civic Data Dashboard` has a template slot's title but
// is read as an idea with its own values; an idea's section is never the page's template.
describe('an idea titled as an example', () => {
  it('keeps its own values', () => {
    const file = parseIdeaFile(
      'ideas.md',
      '## Draft ideas\n\n### Example Idea 1 – Open Civic Data Dashboard\n**Description:** Build a web dashboard to visualize civic datasets.  \n' +
        '**Tech stack:** React, Node.js, D3.js  \n**Expected outcome:** Interactive charts showing government transparency metrics.  \n' +
        '**Difficulty:** Medium  \n**Mentors:** Jane Doe\n',
    );
    expect(file.ideas).toHaveLength(1);
    expect(file.ideas[0].fields.outcomes?.value).toBe('Interactive charts showing government transparency metrics.');
    expect(file.ideas[0].fields.skills?.value).toBe('React, Node.js, D3.js');
  });
});
