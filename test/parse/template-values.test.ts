import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { parseSize } from '../../src/parse/values/size.js';

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

  // The same template and ideas written as list items (the ideas-as-items variant of the Racket page): the template
  // item gives the template's values as the template heading does.
  it.each(['-', '*', '1.'])('empties the copied fields when the template and ideas are list items (%s)', (marker) => {
    const asItem = (section: string): string =>
      section
        .replace(/^\* /gm, `${' '.repeat(marker.length + 1)}* `)
        .replace(/^---$/m, `${' '.repeat(marker.length + 1)}---`)
        .replace(/^### (.*)$/m, `${marker} $1`);
    const file = parseIdeaFile('ideas.md', `## Project ideas\n\n${[template, filled, copied].map(asItem).join('')}`);
    const video = file.ideas.find((idea) => idea.title === 'Video editing DSL');
    expect(file.ideas.find((idea) => idea.title === 'Data table library')?.fields.mentors?.value).toBe('Jane Doe');
    expect([video?.fields.mentors?.value, video?.fields.skills?.value]).toEqual(['', '']);
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

// Racket 2016 (regression-9): the page gives its template under `### Project template name`; `### Video editing DSL`
// copies it and leaves the template's text as its values. Rule: a value repeated word for word from the page's
// template is the template's text, so the field states nothing (read as empty, as `TBD` is).
const RACKET_PAGE = [
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
  const file = parseIdeaFile('ideas.md', RACKET_PAGE);
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
    const page = RACKET_PAGE.replace(
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

// Internet Health Report (regression-11): `### IYP Browser` gives `**Project size:** 175 hours or 350 hours`, the same
// words as the `## Proposal template` at the page's end. A value its field's reader reads as a size (or a level) is a
// value, in the template as in the idea: only instruction text copied from the template is no value.
describe('a template giving a real value as its example', () => {
  const page = (size: string, difficulty: string) =>
    '## Ideas\n\n### IYP Browser\n\n**Brief explanation:** Build a browser for the Internet Yellow Pages database.\n\n' +
    `**Project size:** ${size}\n\n**Difficulty:** ${difficulty}\n\n**Contact:** Jane Doe (jane@example.org)\n\n` +
    '## Proposal template\n\n### Project\n\n**Brief explanation:**\n\n**Project size:** 175 hours or 350 hours\n\n' +
    '**Difficulty:** Medium to Hard\n\n**Contact:** (your name and email address for contact)\n';

  it('keeps a size or a level an idea shares with the template', () => {
    const idea = parseIdeaFile('ideas.md', page('175 hours or 350 hours', 'Medium to Hard')).ideas.find(
      (entry) => entry.title === 'IYP Browser',
    );
    expect(idea?.fields.size?.value).toBe('175 hours or 350 hours');
    expect(idea?.fields.difficulty?.value).toBe('Medium to Hard');
  });

  it('still empties a mentor instruction copied from the template', () => {
    const idea = parseIdeaFile('ideas.md', page('90 hours', 'Easy')).ideas.find(
      (entry) => entry.title === 'IYP Browser',
    );
    expect(idea?.fields.size?.value).toBe('90 hours');
    const copied = parseIdeaFile(
      'ideas.md',
      page('90 hours', 'Easy').replace('Jane Doe (jane@example.org)', '(your name and email address for contact)'),
    ).ideas.find((entry) => entry.title === 'IYP Browser');
    expect(copied?.fields.mentors?.value).toBe('');
  });
});

// ListenBrainz (regression-12): `**Estimated Project Length:** 90/175/350 hours`, the same words as the `### Title`
// template closing the page. A list or a range of sizes is a size (size.ts), the whole scale too, in the template as in
// the idea: only the program's hint wrapped whole in brackets, `(90, 175 or 350 hour)`, is none.
describe('a template offering every size, repeated by an idea', () => {
  const page = (size: string) =>
    '## Ideas\n\n### Showcase events\n\n**Proposed mentors:** Ansh\n\n' +
    `**Estimated Project Length:** ${size}\n\n**Difficulty:** Medium\n\n` +
    `### Title\n\n**Proposed mentors:**\n\n**Estimated Project Length:** ${size}\n\n**Difficulty:** Easy/Medium/Hard\n\n` +
    '**Short Description:** Description\n';

  it.each([['90/175/350 hours'], ['90, 175 or 350 hours'], ['175-350 hours'], ['90 to 350 hrs'], ['90/175/350h']])(
    'keeps %j as the size',
    (size) => {
      const idea = parseIdeaFile('ideas.md', page(size)).ideas.find((entry) => entry.title === 'Showcase events');
      expect(idea?.fields.size?.value).toBe(size);
    },
  );

  it('still reads the hint wrapped in brackets as no size', () => {
    const idea = parseIdeaFile('ideas.md', page('(90, 175 or 350 hour)')).ideas.find(
      (entry) => entry.title === 'Showcase events',
    );
    expect(parseSize(idea?.fields.size?.value ?? '').recognised).toBe(false);
  });
});
