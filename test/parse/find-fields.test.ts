import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import type { Field, FieldName } from '../../src/parse/types.js';
import { parsePeople } from '../../src/parse/values/people.js';

/** The fields of the one idea in `## Idea` followed by `body`. */
function fieldsOf(body: string): Partial<Record<FieldName, Field>> {
  const file = parseIdeaFile('ideas.md', `# Ideas\n\n## Idea one\n\n${body}\n`);
  expect(file.ideas).toHaveLength(1);
  return file.ideas[0].fields;
}

function values(body: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldsOf(body)).map(([name, field]) => [name, field?.value ?? '']));
}

describe('label syntaxes', () => {
  it('reads plain `Label: value` lines', () => {
    expect(values('Difficulty: Easy\nMentors: TBD')).toMatchObject({ difficulty: 'Easy', mentors: 'TBD' });
  });

  it('reads several labels on one line separated by semicolons', () => {
    const fields = fieldsOf('Date of insert: 01/22/2013; Verified: Not updated in 2016; GSoC: Yes');
    expect(fields.inserted?.value).toBe('01/22/2013');
    expect(fields.verified?.value).toBe('Not updated in 2016');
    expect(fields.program?.value).toBe('Yes');
    expect(fields.program?.label).toBe('GSoC');
  });

  it('reads `- Label: value` bullets, also with a tab after the dash', () => {
    expect(values('- Recommended Skills: Go, Kubernetes\n-\tMentor(s): Eduardo Silva @edsiper')).toMatchObject({
      skills: 'Go, Kubernetes',
      mentors: 'Eduardo Silva @edsiper',
    });
  });

  it('reads bold labels with the colon inside or outside the bold, with or without a space', () => {
    expect(
      values('**Difficulty:** Medium\n\n**Project size:**~350 hour (large)\n\n**Skills required**: Python, CSS'),
    ).toMatchObject({
      difficulty: 'Medium',
      size: '~350 hour (large)',
      skills: 'Python, CSS',
    });
  });

  it('reads a bold label alone with its value in the next paragraph', () => {
    const fields = fieldsOf('**Difficulty**\n\nMedium.\n\n**Project size**\n\nLarge.');
    expect(fields.difficulty?.value).toBe('Medium.');
    expect(fields.difficulty?.label).toBe('Difficulty');
    expect(fields.size?.value).toBe('Large.');
  });

  it('reads `**Label**<br>` labels and values written in bold', () => {
    expect(
      values(
        '**Project Length**<br>\n\n**350** hours\n\n**Difficulty**<br>\n\n**Hard**<br>\n\n**Mentors**<br/>\n[Walter Bender](https://github.com/walterbender/)',
      ),
    ).toMatchObject({
      size: '350 hours',
      difficulty: 'Hard',
      mentors: 'Walter Bender',
    });
    expect(values('**Difficulty:**<br> **High**').difficulty).toBe('High');
  });

  it('reads a label and value inside one bold span', () => {
    const fields = fieldsOf('**Hours: 350**\n\nThe project builds a bot.');
    expect(fields.size?.value).toBe('350');
    expect(fields.size?.label).toBe('Hours');
    expect(fields.description?.value).toBe('The project builds a bot.');
  });

  it('reads italic labels written with underscores or asterisks', () => {
    expect(values('* _Difficulty:_ Medium\n* _Mentors:_ Sean Goggins, Andrew Brain')).toMatchObject({
      difficulty: 'Medium',
      mentors: 'Sean Goggins, Andrew Brain',
    });
    expect(
      values('*Difficulty:* Beginner\n\n*Suggested Mentor(s):* [Stuart Mumford](http://github.com/Cadair)'),
    ).toMatchObject({
      difficulty: 'Beginner',
      mentors: 'Stuart Mumford',
    });
  });

  it('reads sub-heading labels with their whole section, deeper headings included', () => {
    const fields = fieldsOf(
      '### Mentors\n\nJesper Pedersen\n\n### Expected outcomes\n\nA pool.\n\n#### Stretch\n\nMore.\n\n### References\n\n- a link',
    );
    expect(fields.mentors?.value).toBe('Jesper Pedersen');
    expect(fields.outcomes?.value).toBe('A pool.\nStretch\nMore.');
  });

  it('reads blockquote labels with emoji, the value in the next paragraph', () => {
    const fields = fieldsOf(
      '> Project Length ⏰\n\n175 hours\n\n> Priority ⏩\n\nMedium\n\n> Complexity 👨🏻‍💻\n\nHigh\n\n> Potential Mentors 😇\n\n- [Vincent Immler](mailto:vincent.immler@oregonstate.edu)',
    );
    expect(fields.size?.value).toBe('175 hours');
    expect(fields.size?.label).toBe('Project Length');
    expect(fields.difficulty?.value).toBe('High');
    expect(fields.mentors?.value).toBe('Vincent Immler');
    expect(fields.mentors?.raw).toContain('mailto:vincent.immler@oregonstate.edu');
  });

  it('reads a value written on the next, indented line', () => {
    expect(values('- Expected project size:\n  large (~350 hour projects)\n- Mentor(s): Jane').size).toBe(
      'large (~350 hour projects)',
    );
  });

  it('takes the list after a lead-in label as the value, and only that list', () => {
    const fields = fieldsOf('Outcomes:\n\n* Investigate DCA\n* Upstream patches\n\nThe applicant must know C.');
    expect(fields.outcomes?.value).toBe('Investigate DCA\nUpstream patches');
  });

  it('keeps the text after the label when a lead-in is followed by a list', () => {
    const fields = fieldsOf(
      'Outcomes: Expected outcome:\n\n* Investigate whether DCA works with Xen.\n* Benchmark report.',
    );
    expect(fields.outcomes?.value).toBe(
      'Expected outcome:\nInvestigate whether DCA works with Xen.\nBenchmark report.',
    );
  });

  it('reads nested list items as the value of a bullet label', () => {
    const fields = fieldsOf(
      '- Mentor(s):\n  - Yue Yang (@g1eny0ung, g1enyy0ung@gmail.com)\n  - Zhiqiang ZHOU (@STRRL, im@strrl.dev)\n- Upstream Issue: https://example.org/1',
    );
    expect(fields.mentors?.value).toBe(
      'Yue Yang (@g1eny0ung, g1enyy0ung@gmail.com)\nZhiqiang ZHOU (@STRRL, im@strrl.dev)',
    );
    expect(fields.issue?.value).toBe('https://example.org/1');
  });

  it('keeps nested labels of the same field inside the value', () => {
    const fields = fieldsOf(
      '- Mentor(s):\n  - Primary Mentor: Nina (@npolshakova, nina@solo.io)\n  - Secondary Mentor: Daneyon (@danehans, daneyon@solo.io)',
    );
    expect(fields.mentors?.value).toBe(
      'Primary Mentor: Nina (@npolshakova, nina@solo.io)\nSecondary Mentor: Daneyon (@danehans, daneyon@solo.io)',
    );
  });

  it('reads labelled bullets grouped under another label', () => {
    expect(
      values(
        '**Details:**\n\n- Difficulty: advanced\n- Project size: 350 hours\n- Required skills: Rust\n- Mentor: Marc-André Lureau <marcandre.lureau@redhat.com>',
      ),
    ).toMatchObject({
      difficulty: 'advanced',
      size: '350 hours',
      skills: 'Rust',
      mentors: 'Marc-André Lureau <marcandre.lureau@redhat.com>',
    });
  });

  it('takes the paragraphs after a list when an empty bullet label ends the list', () => {
    const fields = fieldsOf(
      '- Description:\n\nFirst paragraph.\n\nSecond paragraph.\n\n- Expected Outcome:\n  - A report',
    );
    expect(fields.description?.value).toBe('First paragraph.\nSecond paragraph.');
    expect(fields.outcomes?.value).toBe('A report');
  });

  it('strips `#…` template comments after a value', () => {
    const fields = fieldsOf(
      '- Mentor(s): #For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.\n  - Jane Doe (@jane, jane@example.org) - primary',
    );
    expect(fields.mentors?.value).toBe('Jane Doe (@jane, jane@example.org) - primary');
    expect(values('- Mentor(s): Jane Doe #For GSoC, it is **required** to have at least 2 mentors').mentors).toBe(
      'Jane Doe',
    );
  });

  it('keeps issue numbers and C# that look like comments', () => {
    expect(values('Skills: C# and .NET\n\nIssue: #1234').skills).toBe('C# and .NET');
    expect(values('Issue: #1234').issue).toBe('#1234');
  });

  it('runs a description over following paragraphs until the next label', () => {
    const fields = fieldsOf(
      'Description: First.\n\nSecond.\n\nSee these for references: http://example.org\n\nOutcomes: Done.',
    );
    expect(fields.description?.value).toBe('First.\nSecond.\nSee these for references: http://example.org');
    expect(fields.outcomes?.value).toBe('Done.');
  });

  it('ends a value at a line that starts with an unknown label', () => {
    const fields = fieldsOf(
      'Expected Results:\n\n1. Support Windows 8\n\nNice to have: Allow kdd to use checkpoints\n\nOutcomes: Code is submitted.',
    );
    expect(fields.outcomes?.value).toBe('Support Windows 8');
    expect(fields.outcomes?.label).toBe('Expected Results');
  });

  it('does not take prose that contains a colon for a label', () => {
    const fields = fieldsOf('The difficulty of this is as follows: it depends.\n\nDifficulty: Hard');
    expect(fields.difficulty?.value).toBe('Hard');
    expect(fields.description?.value).toBe('The difficulty of this is as follows: it depends.');
  });

  it('keeps the first occurrence of a field', () => {
    const fields = fieldsOf('**Project length**<br>\n**350** hours\n\n**Project Size:** 175 hours');
    expect(fields.size?.value).toBe('350 hours');
    expect(fields.size?.label).toBe('Project length');
  });

  it('takes the text before the first label as the description when there is none', () => {
    const fields = fieldsOf('Nixpkgs is large.\n\nIt needs reviewers.\n\nEffort: Small (90 hours)\n\nDifficulty: Easy');
    expect(fields.description?.value).toBe('Nixpkgs is large.\nIt needs reviewers.');
    expect(fields.description?.label).toBe('');
    expect(fields.description?.valuePosition?.start.line).toBe(5);
  });

  it('takes prose after a leading one-line field as the description', () => {
    expect(
      values('Effort: Medium (175 hours)\n\nExisting work needs tests.\n\nSkills required:\n- Nix').description,
    ).toBe('Existing work needs tests.');
  });

  it('reads fields from a key/value table inside the idea', () => {
    const fields = fieldsOf(
      '**Goal:** Automate training.\n\nThe data is curated by hand.\n\n| Category | Rating |\n|:--|:--|\n| Low Hanging Fruit | ** |\n| Project size | Large |\n| Skills needed | Python |\n| Contact | @Kaushl2208 @GMishx |',
    );
    expect(fields.outcomes?.value).toBe('Automate training.');
    expect(fields.description?.value).toBe('The data is curated by hand.');
    expect(fields.size?.value).toBe('Large');
    expect(fields.skills?.value).toBe('Python');
    expect(fields.mentors?.value).toBe('@Kaushl2208 @GMishx');
  });

  it('gives an empty value, and no value position, to a label without one', () => {
    const fields = fieldsOf('Mentors:\n\nDifficulty: Hard');
    expect(fields.mentors?.value).toBe('');
    expect(fields.mentors?.raw).toBe('');
    expect(fields.mentors?.valuePosition).toBeUndefined();
  });
});

describe('field positions', () => {
  it('points at the label and the value in the original text', () => {
    const text =
      '# Ideas\n\n## Idea one\n\nIntro text.\n\n- **Difficulty:** Medium\n- Mentors: [Jim](mailto:jim@example.org)\n';
    const [idea] = parseIdeaFile('ideas.md', text).ideas;
    const difficulty = idea.fields.difficulty as Field;
    expect(difficulty.labelPosition.start).toMatchObject({ line: 7, column: 3 });
    expect(difficulty.valuePosition?.start).toMatchObject({ line: 7, column: 19 });
    expect(text.slice(difficulty.valuePosition?.start.offset, difficulty.valuePosition?.end.offset)).toBe('Medium');
    const mentors = idea.fields.mentors as Field;
    expect(mentors.raw).toBe('[Jim](mailto:jim@example.org)');
    expect(mentors.value).toBe('Jim');
    expect(text.slice(mentors.valuePosition?.start.offset, mentors.valuePosition?.end.offset)).toBe(mentors.raw);
  });
});

describe('more label forms', () => {
  it('reads a bold label followed by a dash', () => {
    expect(values('**Difficulty** — Medium\n\n**Mentors** - Jane Doe').difficulty).toBe('Medium');
    expect(values('**Difficulty** — Medium\n\n**Mentors** - Jane Doe').mentors).toBe('Jane Doe');
  });

  it('reads a bold label without a colon followed by a short value on its line', () => {
    expect(values('__Complexity__: High\n\n__Duration__ 350 hours\n\n__Mentors__: Jane Doe').size).toBe('350 hours');
    expect(values('**Difficulty** Medium\n\n**Mentors**: Jane').difficulty).toBe('Medium');
    // A sentence that goes on after a bold word is prose, not a label and its value.
    expect(values('**Mentors** will be assigned later.\n\n**Difficulty**: Easy').mentors).toBeUndefined();
    expect(values('**Duration** Matters. We ship it in two steps.\n\n**Difficulty**: Easy').size).toBeUndefined();
  });

  it('takes a later mentors field naming someone over one of prose naming nobody', () => {
    const text =
      '### Difficulty Level\n\nMedium\n\n### Mentors\n\nThe Taskflow Team will mentor this project throughout the course of summer code.\n\n### Contact\n\nFeel free to reach out the tsung-wei.huang at wisc.edu for any questions.';
    expect(values(text).mentors).toContain('wisc.edu');
    // A first field naming someone stays.
    expect(
      values('### Difficulty Level\n\nMedium\n\n### Mentors\n\nJane Doe\n\n### Contact\n\nSee the forum.').mentors,
    ).toBe('Jane Doe');
  });

  // Cesium (regression-8) writes `**Mentor:** … - address` then, a paragraph on, `**Backup Mentor:** Ford?`;
  // Pencil2D (regression-3) `**Mentor:**` then `**Backup Mentor:**` or `**Co-Mentors:**`. Every mentor-role label
  // names people applicants should reach, so a later one adds its people to the mentors field.
  it('adds the people of a later mentor-role label to the mentors field', () => {
    const cesium = fieldsOf(
      '**Mentor:** [Matt Amato](https://twitter.com/matt_amato) - mamato@agi.com\n\n**Backup Mentor:** Ford?',
    ).mentors;
    expect(cesium?.value).toBe('Matt Amato - mamato@agi.com\nFord?');
    expect(cesium?.raw).toContain('Ford?');
    expect(cesium?.label).toBe('Mentor');
    // The value range runs from the first mentor to the last.
    expect(cesium?.valuePosition?.start.line).toBe(5);
    expect(cesium?.valuePosition?.end.line).toBe(7);
    expect(values('**Mentor:** Jane Doe\n\n**Secondary Mentor:** Ann Lee').mentors).toBe('Jane Doe\nAnn Lee');
    expect(values('**Mentor:** Matt Chang (chchwy)\n\n**Co-Mentors:** Connor Deptuck').mentors).toBe(
      'Matt Chang (chchwy)\nConnor Deptuck',
    );
    // A backup naming only a placeholder adds nobody; a real backup after a placeholder is the mentor named.
    expect(values('**Mentor:** TBA\n\n**Backup Mentor:** TBA').mentors).toBe('TBA');
    expect(values('**Mentor:** Jane Doe\n\n**Backup Mentor:** TBD').mentors).toBe('Jane Doe');
    expect(values('**Mentor:** TBA\n\n**Backup Mentor:** Ann Lee').mentors).toBe('TBA\nAnn Lee');
    // A later contact label is no mentor role: the first mentors field stays alone.
    expect(values('### Difficulty Level\n\nMedium\n\n### Mentors\n\nJane Doe\n\n### Contact\n\nAnn Lee').mentors).toBe(
      'Jane Doe',
    );
    // A specific mentor label still replaces a weak or empty one rather than adding to it.
    expect(values('**Mentors:**\n\n**Difficulty:** Easy\n\n**Mentor:** Jane Doe').mentors).toBe('Jane Doe');
  });

  // The joined field's parts are the two labels' own values; its range spans them and the prose between.
  it('keeps the range of each mentor label a joined mentors field comes from', () => {
    const file = parseIdeaFile(
      'ideas.md',
      '# Ideas\n\n## Idea one\n\n**Mentor:** Jane Doe\n\nSome prose.\n\n**Backup Mentor:** Ann Lee\n',
    );
    const mentors = file.ideas[0].fields.mentors;
    expect(mentors?.value).toBe('Jane Doe\nAnn Lee');
    expect(mentors?.parts?.map((part) => [part.start.line, part.end.line])).toEqual([
      [5, 5],
      [9, 9],
    ]);
    expect([mentors?.valuePosition?.start.line, mentors?.valuePosition?.end.line]).toEqual([5, 9]);
  });

  it('reads numbered sub-heading labels', () => {
    expect(values('### 1. Description\n\nA parser.\n\n### 2. Mentors\n\nJane').mentors).toBe('Jane');
  });

  // Java PathFinder (regression-4): `**Scope:** 350 hours` states the size; a scope of prose is a description.
  it('reads an extent label whose value is a size quantity as the size', () => {
    expect(values('**Description:** A JVM.\n\n**Difficulty:** Meduim\n\n**Scope:** 350 hours  ').size).toBe(
      '350 hours',
    );
    const prose = values('**Scope:** Port the listeners to the new API and document them.');
    expect(prose.size).toBeUndefined();
    expect(prose.description).toBe('Port the listeners to the new API and document them.');
  });

  // LiveHD (regression-5): a blank line cut the idea's table, so `| **Difficulty** | high` is a paragraph line.
  it('reads a table row cut off from its table as a label cell and its value', () => {
    const text =
      '# GSoC LiveHD 2020\n\n|                 |    |\n|-----------------|----|\n| **Title**       | Parallel Mockturtle with LiveHD\n' +
      '| **Mentor(s)**   | [Jose Renau](https://www.soe.ucsc.edu/~renau)\n| **Description** | Mockturtle is being integrated.\n\n' +
      '| **Link**        | https://github.com/masc-ucsc/livehd/blob/master/docs/projects.md\n| **Difficulty**  | high\n';
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Parallel Mockturtle with LiveHD']);
    expect(file.ideas[0].fields.difficulty?.value).toBe('high');
    // Under a heading too, and a first cell that is no label gives nothing.
    expect(values('| **Difficulty** | high |\n| **Notes** | none |')).toMatchObject({ difficulty: 'high' });
    expect(values('Mentors: Jane\n\n| Difficulty of the port | is not known |').difficulty).toBeUndefined();
  });

  // Academy Software Foundation (regression-5): `- Mentor suggestion: Patrick Hodoul`, `- Special skills: …`.
  it('reads a qualified skills or mentor head and a suggestion of mentors', () => {
    const fields = values(
      '- Mentor suggestion: Patrick Hodoul\n- Special skills: Familiar with C++, shader development',
    );
    expect(fields).toMatchObject({ mentors: 'Patrick Hodoul', skills: 'Familiar with C++, shader development' });
    // SunPy: the qualified head gives way to a later specific one.
    expect(values('*Astronomy knowledge needed:* None\n\n*Programming skills:* Python').skills).toBe('Python');
  });

  // Shogun 2018 (regression): `### Difficulty & Requirements`, `Medium.`, then `You need know:` over a list.
  it('lets a specific label after a combined heading take its field', () => {
    const fields = values(
      '### Difficulty & Requirements\n\nMedium.\n\nYou need know:\n * C++\n * basic software engineering',
    );
    expect(fields).toMatchObject({ difficulty: 'Medium.', skills: 'C++\nbasic software engineering' });
    // Without one, the combined heading's value feeds both fields.
    expect(values('### Difficulty & Requirements\n\nMedium, and C++.')).toMatchObject({
      difficulty: 'Medium, and C++.',
      skills: 'Medium, and C++.',
    });
  });

  // CNCF LFX 2026: `- Expected Outcome:` over `  - Initial skills:` (the agent skills the project builds).
  it('keeps a nested loose label of another field inside the value', () => {
    const fields = values(
      '- Expected Outcome:\n  - A shared knowledge base.\n  - Initial skills:\n    - karmada-search\n- Skills: Go',
    );
    expect(fields.outcomes).toBe('A shared knowledge base.\nInitial skills:\nkarmada-search');
    expect(fields.skills).toBe('Go');
  });
});

describe('fields read by their shape (session 11, regression-9)', () => {
  // A section heading whose text is a field label is that field's label, its section the value: The Red Wood Lab's
  // `## Technology Stack` over bold-label bullets (regression-9), as `#### Mentors` (jump) or `### Difficulty level`.
  it('reads a `Technology Stack` section as the skills', () => {
    const fields = values(
      '### Overview\n\nA toolkit.\n\n### Technology Stack\n\n- **Frontend**: React.js, Next.js\n- **Backend**: Python\n\n' +
        '### Project Details\n\n- **Difficulty**: Easy\n- **Estimated Timeline**: Around 90 hours\n',
    );
    expect(fields.skills).toBe('Frontend: React.js, Next.js\nBackend: Python');
    expect(fields.difficulty).toBe('Easy');
    expect(fields.size).toBe('Around 90 hours');
  });

  // A timeline names the size only through a size quantity, which may open a longer value (The Red Wood Lab's
  // `175 to 350 hours (depending on feature scope and complexity)`); a plan of weeks names no field.
  it('reads a timeline as the size only when its value states a size', () => {
    expect(values('**Estimated Timeline**: 175 to 350 hours (depending on feature scope and complexity)').size).toBe(
      '175 to 350 hours (depending on feature scope and complexity)',
    );
    expect(
      values('**Timeline**: Approximately 175 hours for the basic engine and API, extending to 350 hours later.').size,
    ).toBe('Approximately 175 hours for the basic engine and API, extending to 350 hours later.');
    expect(values('### Timeline\n\n175 hours\n\n### Mentors\n\nJane Doe').size).toBe('175 hours');
    const plan = values('**Mentors:** Jane Doe\n\n**Timeline:**\n\n- Week 1: set up\n- Weeks 2-4: write it');
    expect(plan.size).toBeUndefined();
    expect(plan.mentors).toBe('Jane Doe');
    // A labelled size stays the size whatever a timeline says.
    expect(values('**Project size:** 90 hours\n\n**Timeline:** 12 weeks').size).toBe('90 hours');
  });

  // One vocabulary of labels whatever the separator and layout (test/fixtures/VARIANTS.md gap 5): a vague label
  // (`Level`) in a heading's list of labels is a field, as it is in a paragraph; synthetic variants of Red Wood Lab's.
  it('reads a vague label in the list under a heading that names a field', () => {
    for (const line of ['- **Level**: Medium to Hard', '* **Level:** Medium to Hard', '- __Level__ – Medium to Hard'])
      for (const heading of ['### Project Details', '#### Details'])
        expect(
          values(`### Overview\n\nA toolkit.\n\n${heading}\n\n${line}\n- **Mentors**: Jane`).difficulty,
          line,
        ).toBe('Medium to Hard');
  });

  // RANGE := APPROX? N (to | - | – | or) APPROX? M UNIT: either bound may carry its approximation, in any spelling
  // (test/fixtures/VARIANTS.md gap 4; synthetic variants of the timeline above).
  it('reads a range of hours whose second bound is approximate as a timeline size', () => {
    for (const value of [
      '175 to ~350 hours (depending on scope)',
      '~175 to about 350 hours',
      '90 - about 175 hours',
      '175 or approx. 350 hours',
      'about 4 to around 6 months, depending on scope',
      // An approximation said twice (`Approximately ~250 hours`) is still one.
      'Approximately ~250 hours for the core, with extended scope up to ~375 hours.',
    ])
      expect(values(`**Estimated Timeline**: ${value}`).size, value).toBe(value);
    expect(
      values('**Mentors:** Jane Doe\n\n**Timeline**: Weeks 1 to about 3 for set-up, then tests').size,
    ).toBeUndefined();
  });

  // A paragraph whose whole text is a size quantity with a figure of time states the size, as a label would:
  // GNSS-SDR's `**Large-sized project (350 h)**` at the top of each `### Description:` (regression-9).
  it('reads a paragraph that is a size quantity and no more as the size', () => {
    const fields = values(
      '### Description:\n\n**Large-sized project (350 h)**\n\nThis project advances the receiver.\n\n### Mentors:\n\nJane Doe',
    );
    expect(fields.size).toBe('Large-sized project (350 h)');
    expect(fields.description).toContain('This project advances the receiver.');
    // A label naming the size wins over the line.
    expect(values('**Medium-sized project (175h)**\n\n**Project size:** 350 hours').size).toBe('350 hours');
    // A size word alone is no figure (it may be a level), nor is a figure inside a sentence, nor a list item.
    const mentors = '\n\n**Mentors:** Jane Doe';
    expect(values(`**Medium**${mentors}`).size).toBeUndefined();
    expect(values(`The old parser took 350 hours to write, and we want a new one.${mentors}`).size).toBeUndefined();
    expect(values(`- 350 hours\n- 12 weeks${mentors}`).size).toBeUndefined();
  });

  // A combined label naming the difficulty whose value is one line opening with a level states the level only
  // (Racket 2016's `* **Requirements/Difficulty:** intermediate to expert depending on the approach`, regression-9);
  // a level followed by a list states both (Shogun 2018's `### Difficulty & Requirements`, regression).
  it('reads a combined label whose value is a level alone as the difficulty only', () => {
    const level = values('* **Requirements/Difficulty:** intermediate to expert depending on the approach');
    expect(level.difficulty).toBe('intermediate to expert depending on the approach');
    expect(level.skills).toBeUndefined();
    const both = values(
      '### Difficulty & Requirements\n\n**Medium to difficult**, you will need:\n\n* ML Algorithms in C++\n* Basic ML\n',
    );
    expect(both.difficulty).toContain('Medium to difficult');
    expect(both.skills).toContain('ML Algorithms in C++');
    expect(values('**Skills & difficulty:** Python, C++; medium').skills).toBe('Python, C++; medium');
  });
});

describe('a timeline whose prose states how long the project is', () => {
  // Google Season of Docs pages give the length in their timeline's prose: Mautic's `## Timeline` and SciML's
  // `#### Timeline` (regression-5), ExpressLRS's `## Timeline` (regression-6). The grammar (raw-field.ts
  // PROJECT_LENGTH): the project as subject of a verb of duration, a figure of time as the project's adjective, or the
  // project's duration stated; here with other heading levels, label forms and spellings than the lists'.
  it.each([
    'The project itself will take approximately six months to complete, broken down into 20-30hrs per week.',
    'This project has a variable timeline. We suggest choosing 3 tutorials for a 6 month project, as a rule.',
    'The documentation project will take approximately four to six months. Learning may take 4 - 8 weeks.',
    'We plan a 175-hour project: first the parser, then the tests.',
    'The internship lasts 12 weeks, starting in June.',
    'The duration of the project is estimated at 350 hours. An extension is possible.',
  ])('reads %j as the size', (prose) => {
    expect(values(`### Timeline\n\n${prose}\n\n### Mentors\n\nJane Doe`).size).toBe(prose);
    expect(values(`#### Project timeline\n\n${prose}\n\n#### Mentors\n\nJane Doe`).size).toBe(prose);
    expect(values(`**Timeline:** ${prose}\n\n**Mentors:** Jane Doe`).size).toBe(prose);
  });

  it.each([
    'The first phase of the project will take 2 weeks; the rest is open.',
    'Week 1: set up the project. Weeks 2-4: write it.',
    'This project has a flexible timeline, agreed with the mentors.',
    'Each milestone should take about 2 weeks of the project.',
  ])('reads no size in %j', (prose) => {
    const fields = values(`**Mentors:** Jane Doe\n\n**Timeline:** ${prose}`);
    expect(fields.size).toBeUndefined();
    expect(fields.mentors).toBe('Jane Doe');
  });

  it('keeps a labelled size over a timeline that states a length', () => {
    expect(values('**Project size:** 90 hours\n\n**Timeline:** The project will take 12 weeks.').size).toBe('90 hours');
  });
});

describe('a timeline of hostile prose', () => {
  it.each([
    ['projects that take no figure', 'the project will take '.repeat(4_500)],
    ['parts of the project', 'of the big project '.repeat(5_000)],
    ['figures of time with no project', 'a 6 month '.repeat(10_000)],
  ])('finishes on a 100,000-character run of %s', (_name, prose) => {
    const start = performance.now();
    values(`**Mentors:** Jane Doe\n\n**Timeline:** ${prose}`);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe("a mentors' contact label after the mentors (regression-13 AOSC)", () => {
  // `- Mentor: Name` ⏎ `- Mentor contact: x@y`: a contact word (contact, email, e-mail, mail, address, reach) qualified
  // by mentor(s) names the mentors' addresses, given to the mentors named before, in order.
  const people = (body: string) => {
    const file = parseIdeaFile('ideas.md', `# Ideas\n\n## Idea one\n\n${body}\n`);
    expect(file.ideas).toHaveLength(1);
    return parsePeople(file.ideas[0].fields.mentors?.raw ?? '');
  };

  it.each([
    ['- Difficulty: Advanced\n- Mentor: Xingda "Icenowy" Zheng\n- Mentor contact: icenowy@aosc.io', 'Mentor contact'],
    ['**Mentor:** Xingda Zheng\n\n**Mentor email:** icenowy@aosc.io', 'Mentor email'],
    ['Mentor: Xingda Zheng\nMentor contact information: icenowy (at) aosc (dot) io', 'Mentor contact information'],
    ['- Mentors: Xingda Zheng\n- Mentors contact: <icenowy@aosc.io>', 'Mentors contact'],
    [
      '- Mentor: Xingda Zheng\n- Contact of the mentor: [icenowy@aosc.io](mailto:icenowy@aosc.io)',
      'Contact of the mentor',
    ],
  ])('gives the address to the mentor: %j', (body) => {
    const found = people(body);
    expect(found).toHaveLength(1);
    expect(found[0].name).toMatch(/Zheng$/);
    expect(found[0].email).toBe('icenowy@aosc.io');
  });

  it('gives several addresses to several mentors in order', () => {
    const found = people('- Mentors: Jane Doe, John Roe\n- Mentor emails: jane@x.org, john@y.org');
    expect(found.map((person) => [person.name, person.email])).toEqual([
      ['Jane Doe', 'jane@x.org'],
      ['John Roe', 'john@y.org'],
    ]);
  });

  it('keeps a second mentor named with an address under a mentor-role label a mentor of their own', () => {
    const found = people('- Mentor: Jane Doe\n- Backup mentor: john@y.org');
    expect(found.map((person) => [person.name, person.email])).toEqual([
      ['Jane Doe', undefined],
      ['john@y.org', 'john@y.org'],
    ]);
  });
});

describe('requirements of the project set against technical requirements (regression-13 AOSC, OSPP)', () => {
  it.each([
    [
      '- Project Requirements:\n  - Boot a Linux kernel.\n- Technical Requirements:\n  - C, Git',
      'Project Requirements',
    ],
    ['**Project requirements:** Boot a Linux kernel.\n\n**Skill requirements:** C, Git', 'Project requirements'],
    ['- Technical requirements: C, Git\n- Project requirements: Boot a Linux kernel.', 'Project requirements'],
  ])('reads the project’s as outcomes and the technical as skills: %j', (body, label) => {
    const fields = fieldsOf(body);
    expect(fields.outcomes?.label).toBe(label);
    expect(fields.outcomes?.value).toMatch(/^Boot a Linux kernel\.$/);
    expect(fields.skills?.value).toMatch(/C, Git$/);
  });

  it('leaves `Project requirements` the skills alone, or beside outcomes named otherwise', () => {
    expect(fieldsOf('- Project requirements: C, Git').skills?.value).toBe('C, Git');
    expect(fieldsOf('- Project requirements: C, Git').outcomes).toBeUndefined();
    const both = fieldsOf('- Expected outcomes: a driver\n- Project requirements: C\n- Technical requirements: Git');
    expect(both.outcomes?.value).toBe('a driver');
    expect(both.skills?.value).toBe('C');
  });
});

// Dragonfly's OSPP list (regression-14's RESULTS-c: `**导师：** yxxhero` ⏎ `**邮箱：** <aiopsclub@163.com>`) and
// SOFAStack's (`**项目社区导师：EvenLiu**` ⏎ `**<evenljj@163.com>**`): a line that gives only addresses, alone or under a
// bare address label, right after the mentors is theirs, in any spelling, emphasis or language. Prose between them
// ends the mentors' part: an address further down is not read as theirs.
describe('the mentors’ address on the line after them', () => {
  it.each([
    ['**导师：** yxxhero\n\n**邮箱：** <aiopsclub@163.com>', 'yxxhero', 'aiopsclub@163.com'],
    ['**项目社区导师：EvenLiu**\n\n**<evenljj@163.com>**', 'EvenLiu', 'evenljj@163.com'],
    ['**Mentor:** Jane Doe\n\n**Email:** jane@example.org', 'Jane Doe', 'jane@example.org'],
    ['Mentor: Jane Doe\nE-mail: jane@example.org', 'Jane Doe', 'jane@example.org'],
    [
      '- Mentor: Jane Doe\n- E-mail address: [jane@example.org](mailto:jane@example.org)',
      'Jane Doe',
      'jane@example.org',
    ],
    ['**Mentor:** Ana Pérez\n\n**Correo electrónico:** ana@example.org', 'Ana Pérez', 'ana@example.org'],
    ['**Mentor:** Jane Doe\n\n_jane (at) example (dot) org_', 'Jane Doe', 'jane@example.org'],
    ['导师：张三\n电子邮件：zhangsan@example.com', '张三', 'zhangsan@example.com'],
  ])('gives the address in %j to the mentor', (body, name, email) => {
    const mentors = fieldsOf(`${body}\n\n**Difficulty:** Hard`).mentors;
    expect(parsePeople(mentors?.raw ?? '')).toEqual([expect.objectContaining({ name, email })]);
  });

  it('gives two addresses to the two mentors before them, in order', () => {
    const mentors = fieldsOf('- Mentors: Ann Lee, Bob Ray\n- Emails: ann@example.org, bob@example.org').mentors;
    expect(parsePeople(mentors?.raw ?? '').map((person) => [person.name, person.email])).toEqual([
      ['Ann Lee', 'ann@example.org'],
      ['Bob Ray', 'bob@example.org'],
    ]);
  });

  it.each([
    ['**Mentor:** Jane Doe\n\nSome prose about the work.\n\n**Email:** jane@example.org'],
    ['**Mentor:** Jane Doe\n\n**Email:** write to the list at dev@example.org'],
    ['**Difficulty:** Hard\n\n**Email:** jane@example.org'],
  ])('does not read the address in %j as the mentor’s', (body) => {
    const mentors = fieldsOf(body).mentors;
    expect(parsePeople(mentors?.raw ?? '').some((person) => person.email === 'jane@example.org')).toBe(false);
  });
});

describe('the mentors’ obfuscated address on the line after them', () => {
  it.each([
    ['**Mentor: Jane Doe**\n\n**jane\\[AT\\]example.org**'],
    ['**Mentor:** Jane Doe\n\n**Email:** jane [at] example [dot] org'],
  ])('gives the address in %j to the mentor', (body) => {
    const mentors = fieldsOf(`${body}\n\n**Difficulty:** Hard`).mentors;
    expect(parsePeople(mentors?.raw ?? '')).toEqual([
      expect.objectContaining({ name: 'Jane Doe', email: 'jane@example.org' }),
    ]);
  });
});

describe('an address line after a mentors field that is dropped', () => {
  it('is not given to the mentors read before', () => {
    const mentors = fieldsOf(
      '**Mentor:** Jane Doe\n\n**Email:** jane@example.org\n\nSome prose.\n\n**Contact:** John Roe\n\n**Email:** john@example.org',
    ).mentors;
    expect(parsePeople(mentors?.raw ?? '').map((person) => [person.name, person.email])).toEqual([
      ['Jane Doe', 'jane@example.org'],
    ]);
  });
});

// Grammar (session 16, SOFAStack, OSPP pages): an e-mail address alone in the paragraph right after a mentor's line is
// that mentor's address; the OSPP labels `项目社区导师` (the project's community mentor) and `导师联系方式` (the mentor's
// contact) name the mentor and the mentor's address.
describe("a mentor's address on the line after the mentor", () => {
  const people = (body: string) => parsePeople(fieldsOf(body).mentors?.raw ?? '');

  it.each([
    '**项目社区导师：EvenLiu**\n\n**<evenljj@163.com>**',
    '**项目社区导师：EvenLiu**\n\n**evenljj [at] 163 [dot] com**',
    'Mentor: EvenLiu\n\n<evenljj@163.com>',
    '**Mentor:** EvenLiu\n\n[evenljj@163.com](mailto:evenljj@163.com)',
  ])('gives the address to the mentor: %j', (body) => {
    const found = people(body);
    expect(found.map((person) => [person.name, person.email])).toEqual([['EvenLiu', 'evenljj@163.com']]);
  });

  it('leaves a mentor with an address of their own and a sentence after the line alone', () => {
    expect(people('Mentor: Jane Doe <jane@x.org>\n\n<john@y.org>').map((person) => person.email)).toEqual([
      'jane@x.org',
    ]);
    expect(people('Mentor: EvenLiu\n\nWrite to evenljj@163.com first.').map((person) => person.email)).toEqual([
      undefined,
    ]);
  });

  it.each([
    ['1. 项目社区导师：@rxd\n2. 导师联系方式：rxd@tinylab.org', '@rxd'],
    ['【项目社区导师】魏永明\n\n【导师联系方式】rxd@tinylab.org', '魏永明'],
    ['- 项目社区导师：张景芳\n- 导师联系方式：<rxd@tinylab.org>', '张景芳'],
  ])('reads the OSPP mentor and contact labels: %j', (body, name) => {
    const found = people(body);
    expect(found.map((person) => [person.name, person.email])).toEqual([[name, 'rxd@tinylab.org']]);
  });
});

// A bare label line heading a block whose labels name its own field (Algebraeon, regression-15: `**Expected Outcomes**`
// ⏎ `Main outcomes:` ⏎ items ⏎ `Stretch outcomes:` ⏎ items): the sub-labels are parts of its value.
describe('a bare label over sub-labels of its own field', () => {
  it.each([
    ['**Expected Outcomes**', 'Main outcomes:'],
    ['**Expected Outcomes:**', '**Main outcomes:**'],
    ['__Deliverables__', 'Main deliverables:'],
    ['*Expected results*', 'Primary results:'],
    ['Expected outcomes:', 'Main outcomes:'],
  ])('reads %j over %j as one outcomes field', (label, sub) => {
    const fields = fieldsOf(
      `Some words about the idea and why it matters.\n\n${label}\n\n${sub}\n - A framework for quaternions.\n\nStretch outcomes:\n - A sum of four squares.\n\n**Difficulty:** Easy`,
    );
    expect(fields.outcomes?.value).toContain('A framework for quaternions.');
    expect(fields.outcomes?.value).toContain('A sum of four squares.');
    expect(fields.difficulty?.value).toBe('Easy');
  });

  it('ends at a label of another field, and leaves a bold title that is no label alone', () => {
    const fields = fieldsOf('**Expected Outcomes**\n\nSkills required: Python\n\n- A parser.');
    expect(fields.outcomes?.value ?? '').toBe('');
    expect(fields.skills?.value).toContain('Python');
    const titled = parseIdeaFile(
      'ideas.md',
      '# Ideas\n\n**Faster parser**\n\nMain outcomes: a parser.\n\nDifficulty: Hard\n',
    );
    expect(titled.ideas.map((idea) => idea.fields.outcomes?.value)).not.toContain('');
  });
});

// An empty label closing a list item below its first line (ObsidianUI's label-list-item variant, regression-15:
// `- **Project Size:** 525 hours` ⏎ `**Expected Outcomes:**` ⏎ `- Web app…`, the label a lazy continuation of the item).
describe('an empty label closing a list item', () => {
  it.each(['**Expected Outcomes:**', 'Expected outcomes:', '__Deliverables__:'])(
    'takes the items after %j as its value',
    (label) => {
      const fields = fieldsOf(
        `- **Difficulty:** Hard\n- **Project Size:** 525 hours\n${label}\n- Web app for thumbnails\n- Export-ready designs\n- **Skills Required:** React`,
      );
      expect(fields.outcomes?.value).toBe('Web app for thumbnails\nExport-ready designs');
      expect(fields.size?.value).toBe('525 hours');
      expect(fields.skills?.value).toBe('React');
    },
  );
});

describe('a list item that is only a label takes the nested list as its value (beyondstorage, regression-16)', () => {
  // `- 预期输出：` ⏎ `  - 在 storage.go 中实现所有函数。`: as a bold label alone on its line takes the next block, a list
  // item holding only a label (any language, any emphasis, `:` or `：` or none) takes the items nested under it.
  const LABELS = [
    '预期输出：',
    '预期输出:',
    '输出：',
    '预期产出：',
    'Expected output:',
    'Expected outcomes:',
    '**Expected outcomes:**',
    '**Deliverables**:',
    '_Deliverables_ :',
    'Résultats attendus :',
    'Livrables\u00a0:',
    'Resultados esperados:',
    'Goals',
  ];
  const NESTINGS: [string, (label: string) => string][] = [
    ['dash items', (label) => `- ${label}\n  - Implement every function.\n  - Set up integration tests.\n`],
    ['numbered items', (label) => `* ${label}\n    1. Implement every function.\n    2. Set up integration tests.\n`],
    [
      'under a numbered item',
      (label) => `1. ${label}\n   - Implement every function.\n   - Set up integration tests.\n`,
    ],
  ];
  const cases = LABELS.flatMap((label) => NESTINGS.map(([how, nest]) => [label, how, nest(label)]));

  it.each(cases)('reads %j with %s as the outcomes', (_label, _how, item) => {
    const body = `Text about the idea.\n\n- 导师: [xuanwo](https://example.org/xuanwo)\n${item}- Difficulty: easy\n`;
    const file = parseIdeaFile('ideas.md', `# Ideas\n\n### Faster parser\n\n${body}\n### Slower parser\n\n${body}`);
    expect(file.ideas).toHaveLength(2);
    for (const idea of file.ideas) {
      expect(idea.fields.outcomes?.value).toBe('Implement every function.\nSet up integration tests.');
      expect(idea.fields.difficulty?.value).toBe('easy');
      expect(idea.fields.mentors?.value).toBe('xuanwo');
    }
  });
});
