import { readLabel } from '../../src/parse/labels.js';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { continuesSentence, readInlineLabels, readWholeLabel } from '../../src/parse/label-line.js';
import type { Field, FieldName } from '../../src/parse/types.js';

function fieldsOf(body: string): Partial<Record<FieldName, Field>> {
  const file = parseIdeaFile('ideas.md', `# Ideas\n\n## Idea one\n\n${body}\n`);
  expect(file.ideas).toHaveLength(1);
  return file.ideas[0].fields;
}

// A heading `Label: value` whose value is itself a label word (`### Difficulty: Difficult`, ejabberd's bold line
// written as a heading by the labels-as-heading-run variant, regression-12) gives that value: a loose reading of the
// whole heading as one label yields to the label and its value.
describe('readWholeLabel', () => {
  it('reads a label whose value is a label word as the label and its value', () => {
    for (const [heading, name, value] of [
      ['Difficulty: Difficult', 'difficulty', 'Difficult'],
      ['Level of difficulty: Difficult', 'difficulty', 'Difficult'],
      ['Skills: Knowledge of Erlang', 'skills', 'Knowledge of Erlang'],
      ['Mentors', 'mentors', ''],
    ] as const) {
      const hits = readWholeLabel(heading, 0, heading.length, {});
      expect(
        hits.map((hit) => [hit.name, heading.slice(hit.valueStart, hit.valueEnd)]),
        heading,
      ).toEqual([[name, value]]);
    }
  });
});

describe('continuesSentence', () => {
  it('sees a long line without a closing stop as carrying on into the next line', () => {
    expect(
      continuesSentence('Currently, semver lints have a hardcoded level and are reported at a "deny"', false),
    ).toBe(true);
  });

  it('sees a finished clause, a hard break, a label line or a short title line as ending before the next line', () => {
    expect(continuesSentence('This is a long line of prose that ends with a full stop.', false)).toBe(false);
    expect(continuesSentence('This is a long line of prose that ends with a hard break  ', false)).toBe(false);
    expect(continuesSentence('This is a long line of prose that ends with a backslash\\', false)).toBe(false);
    expect(continuesSentence('Difficulty: a long value that goes on and on without a stop', true)).toBe(false);
    expect(continuesSentence('Improve the parser for large inputs', false)).toBe(false);
  });
});

describe('plain labels inside wrapped prose', () => {
  it('does not take a word followed by a colon at the start of a wrapped line as a label', () => {
    const fields = fieldsOf(
      '**Description**\n\nCurrently, semver lints have a hardcoded level (e.g. breaking changes are "major") and are reported at a "deny"\nlevel: if the release being scanned is a minor version bump, lints are errors.\n\n**Difficulty**\n\nMedium.',
    );
    expect(fields.difficulty?.value).toBe('Medium.');
    expect(fields.description?.value).toMatch(/level: if the release/);
  });

  it('still reads a capitalised specific label after a line that lacks its full stop', () => {
    const fields = fieldsOf(
      'We want to make the parser much faster and far more robust for all of our users\nMentors: Jane Doe',
    );
    expect(fields.mentors?.value).toBe('Jane Doe');
  });
});

describe('a specific label wins over a weak one', () => {
  it('prefers a specific skills label over an `Involves` table column', () => {
    const fields = fieldsOf(
      '| **Intensity** | **Involves** | **Mentors** |\n| --- | --- | --- |\n| Moderate | Creating a JuMP extension | Jane |\n\n#### Helpful Experience\n\n- Knowledge of optimization\n',
    );
    expect(fields.skills).toMatchObject({ label: 'Helpful Experience', value: 'Knowledge of optimization' });
    expect(fields.difficulty?.value).toBe('Moderate');
  });

  it('keeps a weak label when nothing more specific follows', () => {
    const fields = fieldsOf(
      '| **Intensity** | **Technology** | **Mentors** |\n| --- | --- | --- |\n| Moderate | C++, statistics | Jane |',
    );
    expect(fields.skills).toMatchObject({ label: 'Technology', value: 'C++, statistics' });
  });

  it('reads an `Involves` column as what the work involves, never as the skills', () => {
    // As jump-dev (test/fixtures/regression), osqp and DesignSafe (test/fixtures/regression-2) write it: an empty
    // `#### Helpful experience` after the table leaves the skills missing.
    const fields = fieldsOf(
      'Text.\n\n| **Intensity** | **Involves** | **Mentors** |\n| --- | --- | --- |\n| Moderate | Creating a JuMP extension | Jane |\n\n#### Helpful experience\n',
    );
    expect(fields.skills?.value ?? '').toBe('');
    expect(readLabel('Involves')).toMatchObject({ name: 'description', demoted: true });
  });

  it('prefers a bold label over an earlier loosely matched plain one', () => {
    const fields = fieldsOf('Our main goal: fame\n\n**Expected outcomes:** A faster parser.');
    expect(fields.outcomes?.value).toBe('A faster parser.');
  });

  it('keeps the first of two specific labels', () => {
    const fields = fieldsOf('**Project length**: 175 hours\n\n**Project Size:** 350 hours');
    expect(fields.size?.value).toBe('175 hours');
  });

  it('lets a filled label replace an empty one that only heads other labels', () => {
    const fields = fieldsOf(
      'Describe what you are trying to achieve.\n\n### Skills and mentors\n\nRequired skills: Python and C.\nPossible mentor(s): Jane Doe',
    );
    expect(fields.skills).toMatchObject({ label: 'Required skills', value: 'Python and C.' });
    expect(fields.mentors?.value).toBe('Jane Doe');
  });

  it('leaves the prose as description when a description label only heads a list of labels', () => {
    const fields = fieldsOf(
      'The QEMU Machine Protocol is used by management tools.\n\n**Details:**\n\n- Difficulty: advanced\n- Project size: 350 hours\n- Mentor: Marc-André Lureau',
    );
    expect(fields.description?.value).toBe('The QEMU Machine Protocol is used by management tools.');
    expect(fields.difficulty?.value).toBe('advanced');
    expect(fields.mentors?.value).toBe('Marc-André Lureau');
  });
});

describe('more label syntaxes', () => {
  it('reads a bold label broken over two lines of a paragraph', () => {
    const fields = fieldsOf(
      'Resolve the open issues. 175 or 350 hours; difficulty easy or medium. **Skills\nrequired**: Python programming. Expertise with reading\ndocumentation is valuable.\n\nExpert: Lauryn Menard',
    );
    expect(fields.skills).toMatchObject({
      label: 'Skills required',
      value: 'Python programming. Expertise with reading\ndocumentation is valuable.',
    });
    expect(fields.skills?.labelPosition.start).toMatchObject({ line: 5, column: 71 });
    expect(fields.mentors?.value).toBe('Lauryn Menard');
    expect(fields.description?.value).toBe('Resolve the open issues. 175 or 350 hours; difficulty easy or medium.');
  });

  it('reads run-in bold labels closed by a full stop, several on one line (FluxML)', () => {
    const fields = fieldsOf(
      'Implement kernels.\n\n**Difficulty.** Hard. **Duration.** 350 hours\n\n**Mentors.** [Jane Doe](https://github.com/jdoe), [Ann Lee](https://github.com/alee)',
    );
    expect(fields.difficulty?.value).toMatch(/^Hard\.?$/);
    expect(fields.size?.value).toBe('350 hours');
    expect(fields.mentors?.value).toBe('Jane Doe, Ann Lee');
  });

  it('does not read a bold sentence or an unknown word closed by a full stop as a label', () => {
    const fields = fieldsOf(
      'Implement kernels. **Please note the year.** More text here. **Note.** Mentors are assigned later. **Mentors.** will be assigned later.\n\n**Skills:** Julia',
    );
    expect(fields.skills?.value).toBe('Julia');
    expect(fields.mentors).toBeUndefined();
    const quoted = fieldsOf(
      'Labels such as `**Difficulty.** Hard. **Duration.** 350 hours` are read.\n\n**Skills:** Julia',
    );
    expect(quoted.size).toBeUndefined();
  });

  it('reads a bold label after an emoji or a bullet symbol', () => {
    const fields = fieldsOf('🔥 **Difficulty:** Hard  \n⏱️ **Duration:** 350 hours  \n• **Mentors:** Jane Doe');
    expect(fields.difficulty?.value).toBe('Hard');
    expect(fields.size?.value).toBe('350 hours');
    expect(fields.mentors?.value).toBe('Jane Doe');
  });

  it('reads a label in HTML emphasis as in Markdown emphasis, after leading `<br>` (Open Data Kit, regression-7)', () => {
    const fields = fieldsOf(
      'Build unit tests for the applications.\n<br><i>Languages:</i>  Java<br>\n<b>Mentors</b>: Jane Doe\n',
    );
    expect(fields.skills?.value).toBe('Java');
    expect(fields.mentors?.value).toBe('Jane Doe');
    // Without a colon, or with an unknown word, HTML emphasis is no label.
    const plain = fieldsOf('Some text here.\n<i>Languages</i> matter to us.\n\n**Difficulty:** Easy\n');
    expect(plain.skills).toBeUndefined();
    expect(plain.difficulty?.value).toBe('Easy');
    const note = fieldsOf('Some text here.\n<b>Note:</b> read this.\n\n**Difficulty:** Easy\n');
    expect(Object.keys(note).sort()).toEqual(['description', 'difficulty']);
  });

  it('reads a known label followed by a dash at the start of an item', () => {
    const fields = fieldsOf('- Difficulty – Easy\n- Mentors - John Doe');
    expect(fields.difficulty?.value).toBe('Easy');
    expect(fields.mentors?.value).toBe('John Doe');
  });

  it('does not read a dash inside prose as a label separator', () => {
    const fields = fieldsOf('Documentation - we want much more of it.\n\nSize: 90 hours');
    expect(Object.keys(fields).sort()).toEqual(['description', 'size']);
  });

  it('reads labels with a typo and labels written `Mentors(s)`', () => {
    const fields = fieldsOf(
      '* Diffuculty: Easy\n* Mentors(s): Dr. Stefan Schimanski (@sttts)\n* Issue Link: [Rook](https://example.org)',
    );
    expect(fields.difficulty?.value).toBe('Easy');
    expect(fields.mentors?.value).toBe('Dr. Stefan Schimanski (@sttts)');
    expect(fields.issue?.value).toBe('Rook');
  });
});

const readInline = (text: string) =>
  readInlineLabels(text, 0, text.length, {}).map((field) => [field.name, text.slice(field.valueStart, field.valueEnd)]);

describe('readInlineLabels', () => {
  it('reads a bold label after a dash, its value the emphasis after it (IntelliHome)', () => {
    expect(readInline('Web Interface: Developing a Web interface and an API - **Difficulty:** *medium*')).toEqual([
      ['difficulty', '*medium*'],
    ]);
    expect(readInline('the network auto-configurator - **Difficulty:** *easy* this means that')).toEqual([
      ['difficulty', '*easy*'],
    ]);
    expect(readInline('see [Cv](https://metacpan.org/pod/Cv) -**Difficulty:** *medium/high*')).toEqual([
      ['difficulty', '*medium/high*'],
    ]);
  });

  it('leaves a label at the start of a line, bold words in a sentence and unknown labels alone', () => {
    expect(readInline('**Difficulty:** medium')).toEqual([]);
    expect(readInline('This is **really important:** for us')).toEqual([]);
    expect(readInline('Something - **Note:** read it')).toEqual([]);
  });
});

// LABEL SEP VALUE after other text on a line, with any emphasis (`**`, `__`, `*`, `_`) and any separator (a colon
// inside or after the emphasis, or a dash after it), as at the start of a line (test/fixtures/VARIANTS.md gaps 1 and
// 2). Synthetic variants of zulip's `… difficulty. **Skills required**: Python` and IntelliHome's `- **Difficulty:**`.
describe('marked labels after other text, in any emphasis and with either separator', () => {
  it('reads a label after a separator in every emphasis and with a colon or a dash', () => {
    for (const label of [
      '**Difficulty** – ',
      '**Difficulty** - ',
      '__Difficulty__ — ',
      '*Difficulty:* ',
      '_Difficulty_: ',
      '*Difficulty* – ',
    ])
      expect(readInline(`Web Interface: an API - ${label}*medium*`), label).toEqual([['difficulty', '*medium*']]);
  });

  it('reads a label after a sentence in every emphasis and with a colon or a dash', () => {
    for (const label of [
      '**Skills required** – ',
      '__Skills required__ - ',
      '*Skills required:* ',
      '_Skills required_: ',
      '*Skills required* — ',
    ]) {
      const fields = fieldsOf(`Build it in 175 hours; moderate difficulty. ${label}Python, CSS.\n\n**Mentors:** Jane`);
      expect(fields.skills?.value, label).toBe('Python, CSS.');
      expect(fields.description?.value, label).toBe('Build it in 175 hours; moderate difficulty.');
    }
  });

  it('leaves emphasis that is no label, or a dash inside a sentence, alone', () => {
    expect(readInline('Something - *Note:* read it')).toEqual([]);
    expect(readInline('Use the *fast* - or slow - path')).toEqual([]);
    expect(readInline('an API - *Difficulty*-based ranking')).toEqual([]);
    const fields = fieldsOf('Build it well. *Note* - as always - tests help.\n\n**Difficulty:** Hard');
    expect(fields.description?.value).toBe('Build it well. Note - as always - tests help.');
  });
});

// A level word's case never decides (test/fixtures/VARIANTS.md gap 6): after a run-in difficulty label (`**Difficulty.**`,
// FluxML's form) a level in lower case is its value, at the line's start or after another run-in label; synthetic
// variants in other levels, emphasis and positions.
describe('a run-in difficulty label before a lower-case level', () => {
  it('reads the level as the value in any case', () => {
    expect(fieldsOf('**Difficulty.** hard. **Duration.** 350 hours').difficulty?.value).toBe('hard.');
    expect(fieldsOf('__Difficulty.__ medium to hard.\n\n**Mentors:** Jane').difficulty?.value).toBe('medium to hard.');
    expect(fieldsOf('**Duration.** 350 hours. **Difficulty.** easy.').difficulty?.value).toBe('easy.');
    expect(fieldsOf('**Difficulty.** Beginner.\n\n**Mentors:** Jane').difficulty?.value).toBe('Beginner.');
  });

  it('leaves lower-case prose after a run-in label alone', () => {
    const prose = fieldsOf('**Difficulty.** hard work is needed here for all of us.\n\n**Mentors:** Jane');
    expect(prose.difficulty).toBeUndefined();
    const mentors = fieldsOf('**Mentors.** will be assigned later.\n\n**Difficulty:** Hard');
    expect(mentors.mentors).toBeUndefined();
    expect(mentors.difficulty?.value).toBe('Hard');
  });
});

// Several labels on one line (St. Jude, regression-11: `**Length:** 175 hours | **Difficulty:** Medium`). The grammar:
// LABEL VALUE (SEP LABEL VALUE)*, SEP being `|`, `·`, `•`, `;`, `,`, a run of spaces or a tab; each part feeds its field.
describe('several labels on one line', () => {
  it.each([
    ['bold, a pipe', '**Length:** 175 hours | **Difficulty:** Medium'],
    ['plain, a middle dot', 'Length: 175 hours · Difficulty: Medium'],
    ['italic, a comma', '*Length:* 175 hours, *Difficulty:* Medium'],
    ['colon outside, a semicolon', '__Length__: 175 hours; __Difficulty__: Medium'],
    ['bold then plain, a bullet', '**Length:** 175 hours • Difficulty: Medium'],
    ['a dash after bold labels', '**Length** – 175 hours | **Difficulty** – Medium'],
    ['a run of spaces', '**Length:** 175 hours    **Difficulty:** Medium'],
    ['a tab', 'Length: 175 hours\tDifficulty: Medium'],
    ['a list item', '- **Length:** 175 hours | **Difficulty:** Medium'],
  ])('reads each part of a line of two labels (%s)', (_, line) => {
    const fields = fieldsOf(line);
    expect(fields.size?.value).toBe('175 hours');
    expect(fields.difficulty?.value).toBe('Medium');
  });

  it('reads three and four labels on one line', () => {
    const three = fieldsOf(
      '**Project size:** 350 hours | **Difficulty:** Hard | **Mentors:** Jane Doe (jane@example.org)',
    );
    expect([three.size?.value, three.difficulty?.value, three.mentors?.value]).toEqual([
      '350 hours',
      'Hard',
      'Jane Doe (jane@example.org)',
    ]);
    const four = fieldsOf('Duration: 90 hours · Level: Easy · Skills: Rust, C · Mentor: Bob Stone');
    expect([four.size?.value, four.difficulty?.value, four.skills?.value, four.mentors?.value]).toEqual([
      '90 hours',
      'Easy',
      'Rust, C',
      'Bob Stone',
    ]);
  });

  it('ends a value at a marked label of no field, and keeps prose after a comma in the value', () => {
    const fields = fieldsOf(
      '**Length:** 175 hours | **Repository:** github.com/x/y\n\nMentors: Jane Doe, note: busy in May',
    );
    expect(fields.size?.value).toBe('175 hours');
    expect(fields.mentors?.value).toBe('Jane Doe, note: busy in May');
  });

  it('keeps a label of the same field inside the value (`Mentors: Jane Doe, Contact: …`)', () => {
    expect(fieldsOf('Mentors: Jane Doe, Contact: jane@example.org').mentors?.value).toBe(
      'Jane Doe, Contact: jane@example.org',
    );
  });
});

// Kiwix (regression-11): a scraped page whose conversion ran bold labels together with their values and each other.
describe('bold labels run together', () => {
  it('reads `**A:**x**B:**y` as two labels', () => {
    const fields = fieldsOf(
      '**Deliverables:**Contributors will refactor the tests. By the end, tests are hermetic.**Skills required:**TypeScript, mocking**Project Length:**Medium (150-175 hrs in total)**Repository:**[github.com/openzim/mwoffliner](https://github.com/openzim/mwoffliner)',
    );
    expect(fields.outcomes?.value).toBe('Contributors will refactor the tests. By the end, tests are hermetic.');
    expect(fields.skills?.value).toBe('TypeScript, mocking');
    expect(fields.size?.value).toBe('Medium (150-175 hrs in total)');
  });

  it('reads a glued label with its colon after the emphasis', () => {
    const fields = fieldsOf('**Project length:**Long (350 hours)**Mentors**:Jane Doe');
    expect(fields.size?.value).toBe('Long (350 hours)');
    expect(fields.mentors?.value).toBe('Jane Doe');
  });

  it('leaves bold words glued inside a value that are no colon-closed label', () => {
    expect(fieldsOf('**Skills:** Rust**and**C, Python').skills?.value).toBe('Rust**and**C, Python'.replace(/\*/g, ''));
  });
});

describe('labels run together in other emphasis', () => {
  it.each([
    ['italic', '*Project length:*Long (350 hours)*Skills required:*Kotlin, JUnit'],
    ['underscores', '__Project length__:Long (350 hours)__Skills required__:Kotlin, JUnit'],
  ])('reads `%s` labels glued to the text before them', (_, line) => {
    const fields = fieldsOf(line);
    expect(fields.size?.value).toBe('Long (350 hours)');
    expect(fields.skills?.value).toBe('Kotlin, JUnit');
  });

  it('reads no label from underscores inside a word', () => {
    // The value runs on (its text drops the underscores a reader would not see as emphasis either).
    expect(fieldsOf('**Skills:** Python, my_skills_: none').skills?.value).toMatch(/^Python, my_?skills_?: none$/);
  });
});

describe('labels glued to their values', () => {
  it('reads a plain label glued to a capitalised value at a paragraph start, and a bold label with a glued dash', () => {
    const plain = fieldsOf('Deliverables:Contributors will refactor the tests.**Skills required:**TypeScript');
    expect(plain.outcomes?.value).toBe('Contributors will refactor the tests.');
    expect(plain.skills?.value).toBe('TypeScript');
    const dashed = fieldsOf('**Deliverables** –Contributors will refactor the tests.**Skills required** –TypeScript');
    expect(dashed.outcomes?.value).toBe('Contributors will refactor the tests.');
    expect(dashed.skills?.value).toBe('TypeScript');
  });

  it('reads no glued plain label of no field, or in lower case', () => {
    expect(fieldsOf('Note:This is prose about the skills.\n\nSkills: Rust').skills?.value).toBe('Rust');
    expect(fieldsOf('skills:Rust is what we use.\n\nSkills: C').skills?.value).toBe('C');
  });
});

// MariaDB 2022 (regression-11): `* Skills needed: C/C++. Project difficulty: easy\` ⏎ `Mentor Sergei Golubchik`, or
// `… OOP. Project difficulty: easy Mentor: Vicențiu Ciorbaru / Sergei Petrunia`. The grammar: a sentence boundary
// before a capitalised exact label with its colon, or a single space before one of another field, separates fields;
// a mentor head noun without a colon before two-to-four-word capitalised names at a line's start is a mentors label.
describe('labels after a sentence or a single space inside a value', () => {
  it.each([
    ['a full stop, plain paragraph', 'Skills needed: C/C++. Project difficulty: easy'],
    ['a full stop, list item', '- Skills needed: C/C++. Project difficulty: easy'],
    ['an exclamation mark', 'Skills required: C/C++! Difficulty: easy'],
    ['a single space', 'Skills needed: C/C++ Difficulty: easy'],
    ['upper-case label', 'SKILLS: C/C++. DIFFICULTY: easy'],
  ])('reads each sentence into its field (%s)', (_, line) => {
    const fields = fieldsOf(line);
    expect(fields.skills?.value).toMatch(/^C\/C\+\+[.!]?$/);
    expect(fields.difficulty?.value).toBe('easy');
  });

  it('reads three fields, the last after a single space', () => {
    const fields = fieldsOf(
      '* Skills needed: C/C++, understand JSON, OOP. Project difficulty: easy Mentor: Vicențiu Ciorbaru / Sergei Petrunia',
    );
    expect(fields.skills?.value).toBe('C/C++, understand JSON, OOP.');
    expect(fields.difficulty?.value).toBe('easy');
    expect(fields.mentors?.value).toBe('Vicențiu Ciorbaru / Sergei Petrunia');
  });

  it('reads other fields after a sentence (`Expected outcome:`, `Mentors:`)', () => {
    const fields = fieldsOf('Difficulty: Medium. Expected outcome: A faster parser. Mentors: Jane Doe');
    expect(fields.difficulty?.value).toBe('Medium.');
    expect(fields.outcomes?.value).toBe('A faster parser.');
    expect(fields.mentors?.value).toBe('Jane Doe');
  });

  it('does not split after an abbreviation, on a lower-case or unknown label, or on a label of the same field', () => {
    expect(fieldsOf('Skills: Python, e.g. Mentors: none').skills?.value).toBe('Python, e.g. Mentors: none');
    expect(fieldsOf('Skills: Python. note: be quick').skills?.value).toBe('Python. note: be quick');
    expect(fieldsOf('Skills: Python. Note: be quick').skills?.value).toBe('Python. Note: be quick');
    expect(fieldsOf('Mentors: Jane Doe Contact: jane@example.org').mentors?.value).toBe(
      'Jane Doe Contact: jane@example.org',
    );
  });

  it('tries the shorter label when capitalised words before it are no label', () => {
    const fields = fieldsOf('Skills: Python and Git Mentor: Jane Doe');
    expect(fields.skills?.value).toBe('Python and Git');
    expect(fields.mentors?.value).toBe('Jane Doe');
  });
});

describe('a mentor head noun before names, without a colon', () => {
  it.each([
    [
      'after a hard break',
      '- Skills needed: C/C++. Project difficulty: easy\\\n  Mentor Sergei Golubchik',
      'Sergei Golubchik',
    ],
    ['after a backslash and a trailing space', 'Difficulty: easy\\ \nMentor Jane Doe', 'Jane Doe'],
    ['after two spaces', 'Difficulty: easy  \nMentors Jane Doe / John Roe', 'Jane Doe / John Roe'],
    [
      "a paragraph's first line",
      'Difficulty: easy\n\nMentor Rucha Deodhar, Oleksandr Byelkin\\\nSkills: C++',
      'Rucha Deodhar, Oleksandr Byelkin',
    ],
    [
      'a list item',
      '- Difficulty: easy\n- mentors Vicențiu Ciorbaru and Monty Widenius',
      'Vicențiu Ciorbaru and Monty Widenius',
    ],
  ])('reads the names as mentors (%s)', (_, body, mentors) => {
    const fields = fieldsOf(body);
    expect(fields.difficulty?.value).toMatch(/^easy/);
    expect(fields.mentors?.value).toBe(mentors);
  });

  it.each([
    ['a one-word title', 'Mentor Guidelines'],
    ['a title paragraph', 'Mentor Application Deadline'],
    ['a title item', '- Mentor Guidelines'],
    ['name words that are labels', '- Mentor Jane Skills'],
    ['a sentence', 'Mentors will be assigned later.'],
    ['a wrapped line', 'We are looking for a good\nMentor Jane Doe'],
  ])('reads no mentors from %s', (_, body) => {
    expect(fieldsOf(`Difficulty: easy\n\n${body}`).mentors).toBeUndefined();
  });

  // A person's name, not 2–4 capitalised words: no word of the label grammar, no function word, no common noun of a
  // list's sections about mentoring, no abstract-noun ending (`-tion`, `-ment`, `-ship`, `-ness`, `-ility`).
  it.each([
    '- Mentor Selection Process',
    '- Mentor Matching Process',
    '- Mentor Sign-up Form',
    '- Mentors Office Hours',
    '- Mentor Onboarding Session',
    '- Mentor Application Form',
    '- Mentor Guidelines For Students',
    '- Mentor Roles And Responsibilities',
    '- Mentor Evaluation Timeline',
    '- Mentor Communication Channels',
    '- Mentor Code Of Conduct',
    '- Mentor Expected Commitment',
    '- Mentors Needed Urgently',
    '- Mentor Availability Survey',
  ])('reads no mentors from the title item %s', (item) => {
    expect(fieldsOf(`- Difficulty: easy\n${item}`).mentors).toBeUndefined();
  });

  it.each([
    'Sergei Golubchik',
    'Vicențiu Ciorbaru / Sergei Petrunia',
    'Oleksandr Byelkin',
    'Rucha Deodhar',
    'José García Márquez',
    'Nguyễn Văn An',
    'Zhang Wei',
    'Xing Ming',
    'Ngozi Okonjo-Iweala',
    'Jean-Baptiste Clément',
    'Maria De La Cruz',
    'Yuki Matsumura',
    'Eliot Ness',
    'Andreas Flörs, Aoife Boyle',
  ])('reads the names %s as mentors', (names) => {
    expect(fieldsOf(`- Difficulty: easy\n- Mentor ${names}`).mentors?.value).toBe(names);
  });
});

// SU2 (regression-12): `Possible Mentors Pedro Gomes (lead), Ole Burghardt` on a line among label lines. The head may
// be any exact mentors label of up to three words, a name may carry a remark in brackets, and any line of a paragraph
// that does not carry on the sentence before it may open the field.
describe('a mentors label of several words before names, without a colon', () => {
  it.each([
    [
      'SU2',
      'Skills Required: C++\nPossible Mentors Pedro Gomes (lead), Ole Burghardt\nDifficulty: medium',
      'Pedro Gomes (lead), Ole Burghardt',
    ],
    [
      'potential, in a list item',
      '- Difficulty: medium\n- Potential mentors Jane Doe and John Roe (backup)',
      'Jane Doe and John Roe (backup)',
    ],
    ['suggested, after a label line', 'Difficulty: medium\nSuggested Mentor Ana María Pérez', 'Ana María Pérez'],
  ])('reads the names as mentors (%s)', (_, body, mentors) => {
    const fields = fieldsOf(body);
    expect(fields.difficulty?.value).toMatch(/^medium/);
    expect(fields.mentors?.value).toBe(mentors);
  });

  it.each([
    ['a sentence', 'Difficulty: medium\nPossible mentors are welcome to join.'],
    ['lower-case words', 'Difficulty: medium\nPossible mentors should reach out on the list'],
  ])('reads no mentors from %s', (_, body) => {
    expect(fieldsOf(body).mentors).toBeUndefined();
  });
});

// SU2 (regression-12): `Expected Project Size (90 hrs/ small , 175 hrs/medium, 350 hrs/large): 175 hrs (medium)`,
// `Difficulty rating (easy (little experience/background), medium (…), hard (experienced)): medium`. The grammar:
// LABEL := PHRASE GLOSS? SEP, where GLOSS is a bracketed group (brackets nested inside it) of up to 200 characters.
describe('a label with a bracketed gloss before its separator', () => {
  it.each([
    [
      'plain, nested brackets',
      'Difficulty rating (easy (little experience/background), medium (some experience/background), hard (experienced)): medium\nExpected Project Size (90 hrs/ small , 175 hrs/medium, 350 hrs/large): 175 hrs (medium)',
    ],
    [
      'bold, nested brackets',
      '**Difficulty (easy (new to C), medium (some C), hard (kernel work)):** medium\n\n**Project size (one of 90 (small), 175 (medium) or 350 (large) hours):** 175 hrs (medium)',
    ],
    ['a list item, one level', '- Level of difficulty (Easy/Medium/Hard): medium\n- Size (hours): 175 hrs (medium)'],
  ])('reads the field (%s)', (_, body) => {
    const fields = fieldsOf(body);
    expect(fields.difficulty?.value).toBe('medium');
    expect(fields.size?.value).toBe('175 hrs (medium)');
  });

  it('reads the phrase alone as the label', () => {
    expect(
      readLabel(
        'Difficulty rating (easy (little experience/background), medium (some experience/background), hard (experienced))',
      )?.name,
    ).toBe('difficulty');
    expect(readLabel('Project Description (max. 5 Sentences)')?.name).toBe('description');
    expect(readLabel('Weather (sunny (warm), rainy (cold))')).toBeUndefined();
  });
});

// A heading with several labels (`#### Length: 175 hours | Difficulty: Medium`) is read part by part, as a line of a
// paragraph is: LABEL VALUE (SEP LABEL VALUE)*, each value as short as a heading label's.
describe('several labels on one heading', () => {
  const fields = (heading: string) =>
    fieldsOf(`Make the parser faster for big inputs of many kinds.\n\nSkills: Rust\n\n#### ${heading}`);
  it.each([
    ['a pipe', 'Length: 175 hours | Difficulty: Medium', { size: '175 hours', difficulty: 'Medium' }],
    ['a middle dot', 'Difficulty: Medium · Size: 350 hours', { size: '350 hours', difficulty: 'Medium' }],
    ['bold labels', '**Length:** 175 hours | **Difficulty:** Medium', { size: '175 hours', difficulty: 'Medium' }],
    ['a semicolon', 'Mentors: Jane Doe; Difficulty: Hard', { mentors: 'Jane Doe', difficulty: 'Hard' }],
  ])('reads each label (%s)', (_, heading, expected) => {
    const read = fields(heading);
    for (const [name, value] of Object.entries(expected)) expect(read[name as FieldName]?.value).toBe(value);
  });
});

// sktime (regression-9) under labels-as-heading-pipe: `Stretch goal: research benchmark study | Difficulty: Hard`. On a
// line of a paragraph, a first part naming no field does not keep the parts after a spaced pipe, dot or bullet from
// being read.
describe('a line of labels whose first names no field', () => {
  it.each([
    ['a pipe', 'Stretch goal: research benchmark study | Difficulty: Hard'],
    ['a middle dot', 'Status: open · Difficulty: Hard'],
    ['a bullet', '**Track:** web • **Difficulty:** Hard'],
  ])('reads the labels after it (%s)', (_, line) => {
    expect(fieldsOf(`Make the parser faster for big inputs.\n\n${line}`).difficulty?.value).toBe('Hard');
  });
});

describe('a glossed marked label after other text on the line', () => {
  it.each([
    ['after a sentence', 'We need this. **Difficulty (easy, medium or hard):** Medium'],
    [
      'after a pipe',
      '**Length (90, 175 or 350 hours):** 175 hours | **Difficulty (easy (new), medium or hard):** Medium',
    ],
  ])('reads it (%s)', (_, line) => {
    expect(fieldsOf(`Make the parser faster for big inputs.\n\n${line}`).difficulty?.value).toBe('Medium');
  });
});

describe('labels glued into a line after a separator (readGluedLabel, regression-13 Wikimedia)', () => {
  const value = (body: string, name: FieldName): string | undefined => fieldsOf(body)[name]?.value;

  it('reads the scraped Wikimedia form: labels after ` - ` on lines that start with a link or carry on a sentence', () => {
    const fields = fieldsOf(
      [
        'Some description of the project.',
        '',
        '- Phabricator:',
        '[T415145](https://phabricator.wikimedia.org/T415145) - Skills required: Javascript, HTML, familiarity with the',
        '[Wikimedia OCR](https://example.org/ocr)project - Mentors: Parthiv Menon (',
        '[theprotonade](https://example.org/p/theprotonade/)), Satdeep Gill ([SGill](https://example.org/p/SGill/)) - Size: 350 hours',
        '- Difficulty: Medium',
      ].join('\n'),
    );
    expect(fields.skills?.value).toMatch(/^Javascript, HTML, familiarity with the\s+Wikimedia OCRproject$/);
    expect(fields.mentors?.value).toMatch(/^Parthiv Menon \(\s*theprotonade\), Satdeep Gill \(SGill\)$/);
    expect(fields.size?.value).toBe('350 hours');
    expect(fields.difficulty?.value).toBe('Medium');
  });

  it('reads each separator: a spaced hyphen, en or em dash, pipe, middle dot, bullet, or a semicolon', () => {
    for (const separator of [' - ', ' – ', ' — ', ' | ', ' · ', ' • ', '; ']) {
      const fields = fieldsOf(
        `A small library for parsing feeds${separator}Mentors: Jane Doe${separator}Size: 175 hours`,
      );
      expect(fields.mentors?.value, separator).toBe('Jane Doe');
      expect(fields.size?.value, separator).toBe('175 hours');
      expect(fields.description?.value, separator).toBe('A small library for parsing feeds');
    }
  });

  it('reads other labels and a label in emphasis after the separator', () => {
    expect(value('Build the new importer - Expected outcomes: a merged importer', 'outcomes')).toBe(
      'a merged importer',
    );
    expect(value('Build the new importer - **Difficulty:** Hard', 'difficulty')).toBe('Hard');
    expect(value('Build the new importer – _Required skills_: Rust, SQL', 'skills')).toBe('Rust, SQL');
    expect(value('Construire le nouvel importateur - Mentors : Jeanne Dupont', 'mentors')).toBe('Jeanne Dupont');
  });

  it('splits a label line at a later label after a spaced dash, plain, marked or with a gloss', () => {
    for (const [line, mentors] of [
      ['Difficulty: Easy - **Mentors:** Jane Doe', 'Jane Doe'],
      ['**Difficulty:** Easy – _Mentors_: Jane Doe', 'Jane Doe'],
      ['Difficulty: Easy — Mentor(s): Jane Doe', 'Jane Doe'],
      ['Difficulty: Easy - Possible mentors: Jane Doe', 'Jane Doe'],
    ]) {
      const fields = fieldsOf(line);
      expect(fields.difficulty?.value, line).toBe('Easy');
      expect(fields.mentors?.value, line).toBe(mentors);
    }
    // A second mentor role after a dash joins the first, as on a line of its own.
    const mentors = fieldsOf('**Mentor:** Jane Doe - jane@x.org - **Backup Mentor:** John Roe').mentors?.value;
    expect(mentors).toMatch(/^Jane Doe - jane@x\.org\s+John Roe$/);
    // A lower-case word after a dash is prose going on, as after a comma.
    expect(fieldsOf('Difficulty: Easy - mentors: see below').difficulty?.value).toBe('Easy - mentors: see below');
  });

  it('reads the glued label on a wrapped line that carries on the sentence before it', () => {
    const fields = fieldsOf(
      'Port the whole rendering pipeline to the new graphics stack and keep the old\nbackend working as before - Difficulty: Hard',
    );
    expect(fields.difficulty?.value).toBe('Hard');
  });

  it('leaves prose alone: no label, a lower-case word, a vague label, or a label without its colon', () => {
    for (const line of [
      'Write the parser in Python - Note: the old one is slow and will be replaced soon.',
      'Tune the bus timings - speed: 3 is the default one for most of the devices we have.',
      'Add a plugin system to the editor - Level: this is the part we care about most.',
      'Add a plugin system to the editor - Skills in Rust are a plus for this project.',
      'Port the app to the new API – see https://example.org/api for the details.',
      'Items written `* Name: description - **Difficulty:** *medium*` are read as ideas.',
    ]) {
      const fields = fieldsOf(`${line}\n\nDifficulty: Easy`);
      expect(Object.keys(fields).sort(), line).toEqual(['description', 'difficulty']);
      expect(fields.difficulty?.value, line).toBe('Easy');
      if (!line.includes('`')) expect(fields.description?.value, line).toBe(line);
    }
  });
});

describe('labels in brackets at a line’s start (regression-13 FMSoft, OSPP’s template)', () => {
  it('reads the FMSoft form and finds the idea by its fields', () => {
    const file = parseIdeaFile(
      'ideas.md',
      [
        '# 开源软件供应链点亮计划',
        '',
        '## 合璧操作系统设备端数据总线 hiBus 的增强',
        '',
        '【项目标题】合璧操作系统设备端数据总线 hiBus 的增强  ',
        '',
        '【项目描述】hiBus 是合璧操作系统提出的一个设备端数据总线技术。  ',
        '',
        '【项目难度】中  ',
        '',
        '【导师联系方式】summer2021@minigui.com  ',
        '',
        '【项目产出要求】  ',
        '',
        '- 客户端函数可支持 WebSocket  ',
        '',
        '【项目技术要求】  ',
        '- Linux开发环境及 C/C++ 编程',
        '',
        '## 合璧操作系统图形栈增强',
        '',
        '【项目难度】高  ',
        '',
        '【项目技术要求】  ',
        '- OpenGL ES 编程',
        '',
      ].join('\n'),
    );
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      '合璧操作系统设备端数据总线 hiBus 的增强',
      '合璧操作系统图形栈增强',
    ]);
    const [first] = file.ideas;
    expect(first.fields.difficulty?.value).toBe('中');
    expect(first.fields.mentors?.value).toBe('summer2021@minigui.com');
    expect(first.fields.outcomes?.value).toBe('客户端函数可支持 WebSocket');
    expect(first.fields.skills?.value).toBe('Linux开发环境及 C/C++ 编程');
    expect(first.fields.description?.value).toMatch(/^hiBus 是/);
  });

  it.each([
    ['【Difficulty】Hard', 'Hard'],
    ['〖Difficulty〗 Hard', 'Hard'],
    ['［Difficulty］：Hard', 'Hard'],
    ['[Difficulty] Hard', 'Hard'],
    ['[Difficulty]: Hard', undefined], // a link reference definition, no text on the page
    ['【难度】 高', '高'],
  ])('reads %j', (line, value) => {
    const fields = fieldsOf(`${line}\n\n[Skills required] Python`);
    expect(fields.difficulty?.value).toBe(value);
    expect(fields.skills?.value).toBe('Python');
  });

  it('leaves a link, a checkbox and a vague label in ASCII brackets alone', () => {
    for (const line of [
      '[Difficulty](https://example.org/levels) is explained on the wiki page.',
      '[x] Done the first part of the work.',
      '[Level] 3 of the building is where we meet.',
    ]) {
      const fields = fieldsOf(`${line}\n\nSkills required: Python`);
      expect(fields.difficulty, line).toBeUndefined();
      expect(Object.keys(fields).sort(), line).toEqual(['description', 'skills']);
    }
  });
});

// A plain label of an idea field after a sentence end on the same line (aimacode, regression-15: `… good educational
// pedagogy. Potential mentors: Dragomir Radev, …`).
describe('a plain label after a sentence', () => {
  it.each([
    ['This requires coding skills. Potential mentors: Jane Doe, `jane@x.org`, and', 'mentors', 'Jane Doe'],
    ['It is a good first project! Mentor: Jane Doe <jane@x.org>', 'mentors', 'Jane Doe'],
    ['The work is in Go (1.22). Difficulty: Medium', 'difficulty', 'Medium'],
    ['It takes the summer. Required skills: Rust, C', 'skills', 'Rust, C'],
    ['About 12 weeks of work. Expected outcomes: a merged parser.', 'outcomes', 'a merged parser.'],
  ])('reads %j', (line, name, value) => {
    const fields = fieldsOf(`${line}\n\nSkills: Python`);
    expect(fields[name as FieldName]?.value).toContain(value);
    expect(fields.description?.value ?? '').not.toContain(value);
  });

  it('ends the value of a label before it on the line', () => {
    const fields = fieldsOf('Difficulty: Medium. Mentors: Jane Doe <jane@x.org>');
    expect(fields.difficulty?.value).toBe('Medium.');
    expect(fields.mentors?.value).toContain('Jane Doe');
  });

  it('leaves prose with a colon alone', () => {
    for (const line of [
      'We like the idea. Note: the mentors are busy in June.',
      'The project has one aim. One goal: speed for every user.',
      'We will talk to the mentors: Jane and Bo know the code.',
      'Ask J. Doe. Level: whatever you like, really.',
      'Write to us at the list. Example: `Mentors: Jane`.',
      'See [the page. Mentors: here](https://example.org) for more.',
    ]) {
      const fields = fieldsOf(`${line}\n\nSkills: Python`);
      expect(Object.keys(fields).sort(), line).toEqual(['description', 'skills']);
    }
  });
});
