import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

const zulip = `# GSoC project ideas

## Project ideas by area

### Full stack and web frontend focused projects

Code: [github.com/zulip/zulip](https://github.com/zulip/zulip/) -- Python, Django.

- Contribute to Zulip's [**migration to user groups for
  permissions**][user-group-permissions]. This migration is intended to replace
  every setting. 175 or 350 hours; moderate difficulty. **Skills required**: Python, JavaScript, and CSS.

  Experts: Purushottam Tiwari, Sahil Batra

[user-group-permissions]: https://github.com/zulip/zulip/issues/19525

- Help **migrate our JavaScript codebase to Typescript**. Zulip is in the process of
  porting the web app. **Skills required**: TypeScript and refactoring expertise.

  Experts: Zixuan James Li

- Zulip's [**REST API documentation**](https://zulip.com/api), which is an
  important resource. 175 or 350 hours; difficulty easy or medium. **Skills
  required**: Python programming.

  Expert: Lauryn Menard

- Fill in gaps, fix bugs, and improve the framework for Zulip's **library of
  native integrations**. We have about 120 native integrations. **Skills required**: Strong Python experience.

  Expert: Zixuan Li

### Terminal app

Code: [Zulip Terminal](https://github.com/zulip/zulip-terminal)

Experts: Neil Pilgrim, Aman Agrawal

- Work on Zulip Terminal, the official terminal client for Zulip. 175 or 350 hours; medium difficulty.
  **Skills required**: Python 3 development skills.

### Desktop app

Expert: Anders Kaseorg

- **Contribute to our [Electron-based desktop client
  application](https://github.com/zulip/zulip-desktop)**. There's plenty of
  feature work to do. **Skills
  required**: JavaScript, Electron.

- **Prototype a next generation Zulip desktop app implemented using
  the Tauri Rust-based framework**. Tauri is a promising new project. **Skills required**: Rust.
`;

describe('ideas written as list items', () => {
  const file = parseIdeaFile('gsoc.md', zulip);
  const byTitle = new Map(file.ideas.map((idea) => [idea.title, idea]));

  it('titles each item with its first bold phrase, at the start or within the first sentence', () => {
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'migration to user groups for permissions',
      'migrate our JavaScript codebase to Typescript',
      'REST API documentation',
      'library of native integrations',
      'Terminal app',
      'Contribute to our Electron-based desktop client application',
      'Prototype a next generation Zulip desktop app implemented using the Tauri Rust-based framework',
    ]);
  });

  // A hard break is whitespace in any text the parser extracts (test/fixtures/VARIANTS.md gap 7): the title running
  // over a break reads as over a plain line end, whichever break (two spaces, a backslash) and emphasis it is in.
  it('reads a title running over a hard break with a space at the break', () => {
    for (const lineEnd of ['  \n', '\\\n', '   \n'])
      for (const marker of ['**', '__']) {
        const text = zulip.replace(
          '[**migration to user groups for\n  permissions**]',
          `[${marker}migration to user groups for${lineEnd}  permissions${marker}]`,
        );
        expect(text).not.toBe(zulip);
        expect(parseIdeaFile('gsoc.md', text).ideas[0]?.title, JSON.stringify(lineEnd)).toBe(
          'migration to user groups for permissions',
        );
      }
  });

  it('reads the labels of each item, also one broken over two lines', () => {
    expect(byTitle.get('REST API documentation')?.fields.skills?.value).toBe('Python programming.');
    expect(byTitle.get('REST API documentation')?.fields.mentors?.value).toBe('Lauryn Menard');
    expect(byTitle.get('migrate our JavaScript codebase to Typescript')?.fields.mentors?.value).toBe('Zixuan James Li');
  });

  it('keeps the whole sentence of a title in mid-sentence as the start of the description', () => {
    expect(byTitle.get('migrate our JavaScript codebase to Typescript')?.fields.description?.value).toMatch(
      /^Help migrate our JavaScript codebase to Typescript\. Zulip is/,
    );
  });

  it('starts the description after a title at the start, even one running over two lines', () => {
    expect(
      byTitle.get('Contribute to our Electron-based desktop client application')?.fields.description?.value,
    ).toMatch(/^There's plenty of/);
  });

  it('gives every idea of a group the fields written above the group', () => {
    for (const title of [
      'Contribute to our Electron-based desktop client application',
      'Prototype a next generation Zulip desktop app implemented using the Tauri Rust-based framework',
    ]) {
      expect(byTitle.get(title)?.fields.mentors?.value).toBe('Anders Kaseorg');
      expect(byTitle.get(title)?.section).toEqual(['Project ideas by area', 'Desktop app']);
    }
  });

  it('leaves an item without a bold title to the heading above it', () => {
    const terminal = byTitle.get('Terminal app');
    expect(terminal?.fields.mentors?.value).toBe('Neil Pilgrim, Aman Agrawal');
    expect(terminal?.fields.skills?.value).toBe('Python 3 development skills.');
  });
});

describe('groups of list-item ideas', () => {
  it('finds bold-titled item ideas under a category heading above the idea level', () => {
    const text = `# Ideas\n\n## Category A\n\n- **Faster parser**. Make it fast. **Mentors**: Jane\n- **Better docs**. Write docs. **Mentors**: John\n\n## Category B\n\n### Real heading idea\n\nSomething.\n\nMentors: Jim\nDifficulty: Hard\n\n### Another heading idea\n\nSomething else.\n\nMentors: Jack\nDifficulty: Easy\n`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => [idea.title, idea.section])).toEqual([
      ['Faster parser', ['Category A']],
      ['Better docs', ['Category A']],
      ['Real heading idea', ['Category B']],
      ['Another heading idea', ['Category B']],
    ]);
  });

  it('does not take a one-word emphasis in mid-sentence as a title', () => {
    const text = `# Ideas\n\n## Group\n\n- We **really** want this. **Mentors**: Jane\n- We **badly** need that. **Mentors**: John\n`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).toEqual(['Group']);
  });
});

describe('title lines', () => {
  it('drops a numbering and emoji from bold title lines', () => {
    const text = `# Ideas\n\n**1. Faster parser**\n\nMake it fast.\n\nMentors: Jane\nDifficulty: Hard\n\n**🚀 2. Better docs**\n\nWrite docs.\n\nMentors: John\nDifficulty: Easy\n`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).toEqual(['Faster parser', 'Better docs']);
  });
});

describe('collapsible ideas', () => {
  it('titles each `<details>` block with its `<summary>`', () => {
    const text = `# Ideas\n\n## Web\n\n<details>\n<summary>Faster parser</summary>\n\nMake the parser fast.\n\n- Mentors: Jane\n- Difficulty: Hard\n\n</details>\n\n<details>\n<summary><b>Better docs</b></summary>\n\nWrite the docs.\n\n- Mentors: John\n- Difficulty: Easy\n\n</details>\n`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Faster parser', 'Better docs']);
    expect(file.ideas[1].fields.mentors?.value).toBe('John');
    expect(file.ideas[0].fields.description?.value).toBe('Make the parser fast.');
    expect(file.ideas[0].section).toEqual(['Web']);
  });
});

describe('list items as ideas', () => {
  const legend = (items: string, lead = 'These are assigned an estimated difficulty') => `# Ideas 2021

## Proposed themes

${lead} (**D0** - easy, **D1** - medium, **D2** - hard) and priority (**P0** - urgent, **P1** - important).

### Installation

${items}
`;
  const coded = `1. Interface to configure and interact with Docker containers [**D1**, **P1**] - see: [#4](https://example.org/4)
2. Pre-compiled executable with a point and click GUI [**D2**, **P2**]`;

  it('makes numbered items carrying codes a legend explains ideas, with the field the codes stand for', () => {
    const file = parseIdeaFile('ideas.md', legend(coded));
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'Interface to configure and interact with Docker containers',
      'Pre-compiled executable with a point and click GUI',
    ]);
    expect(file.ideas.map((idea) => idea.fields.difficulty?.value)).toEqual(['medium', 'hard']);
    expect(file.ideas[0].section).toEqual(['Proposed themes', 'Installation']);
    expect(file.ideas[0].titlePosition.start.line).toBe(9);
  });

  it('leaves the same items alone when no legend says what the codes mean', () => {
    expect(parseIdeaFile('ideas.md', legend(coded, 'These are sorted by')).ideas).toEqual([]);
  });

  it('leaves ordinary lists alone: skills, outcomes, links', () => {
    const ordinary = `- Experience with Python and Docker
- Write the documentation for the installer
- [The FLINT repository](https://example.org/flint)`;
    expect(parseIdeaFile('ideas.md', legend(ordinary)).ideas).toEqual([]);
  });

  it('makes plain-titled items followed by labels of two fields ideas', () => {
    const text = `## Project ideas

1. Faster parser for large files
   - Difficulty: Medium
   - Mentor: Jane Doe <jane@example.org>
2. Plugin system for custom checks
   - Difficulty: Hard
   - Mentor: John Roe <john@example.org>
`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'Faster parser for large files',
      'Plugin system for custom checks',
    ]);
    expect(file.ideas[1].fields.difficulty?.value).toBe('Hard');
  });

  it('does not make items with a single label ideas (a list of tasks with notes)', () => {
    const text = `## Tasks

1. Publish a design for the solution
   - Mentor: Jane Doe
2. Wrap the command line in a REST API
   - Mentor: Jane Doe
`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).not.toContain(
      'Publish a design for the solution',
    );
  });
});

// Layout: ideas written as top-level list items, each a title line, a description and nested items with labels, under
// category headings that hold nothing else (MariaDB's GSoC 2022 page, regression-11: `* [MDEV-21978](…) make
// my\_vsnprintf … (Part-time project - 175h)\` ⏎ `  MariaDB has its own implementation…` ⏎ `  * Skills needed: C/C++.
// Project difficulty: easy\` ⏎ `    Mentor Sergei Golubchik`). Grammar: a list whose every item has an idea's shape
// (title line, description, at least one label) is a list of ideas; the heading over it is a category.
describe('lists whose items have the shape of ideas', () => {
  const mariadb = `# Google Summer of Code 2022

## List of Tasks

### Server

* [MDEV-21978](https://jira.example.org/browse/MDEV-21978) make my\\_vsnprintf use gcc-compatible extensions (Part-time project - 175h)\\
  MariaDB has its own implementation of most standard C libraries. This is to ensure compatibility.
  * Skills needed: C/C++. Project difficulty: easy\\
    Mentor Sergei Golubchik
* [MDEV-17467](https://jira.example.org/browse/MDEV-17467) Add linear regression functions (Full-time project - 350h)\\
  This project consists of implementing dedicated regression functions within the server.
  * Skills needed: C/C++, mathematics. Project difficulty: medium\\
    Mentor Vicentiu Ciorbaru

### ColumnStore

* [MCOL-4994](https://jira.example.org/browse/MCOL-4994) Build/run Columnstore on MacOS (Part-time project - 175h)\\
  As of Columnstore 6.2.2 there is no way to compile the engine on MacOS.
  * Skills needed: C/C++, MacOS specifics. Project difficulty: easy\\
    Mentor Roman Nozdrin

## Suggest a Task

Do you have an idea of your own? Do let us know!
`;

  it('reads each item as an idea and each heading over them as a category, even over one item', () => {
    const file = parseIdeaFile('ideas.md', mariadb);
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'MDEV-21978 make my_vsnprintf use gcc-compatible extensions (Part-time project - 175h)',
      'MDEV-17467 Add linear regression functions (Full-time project - 350h)',
      'MCOL-4994 Build/run Columnstore on MacOS (Part-time project - 175h)',
    ]);
    expect(file.ideas[2].section).toEqual(['List of Tasks', 'ColumnStore']);
    expect(file.ideas[0].fields.skills?.value).toMatch(/^C\/C\+\+/);
    expect(file.ideas[0].fields.description?.value).toMatch(/^MariaDB has its own/);
  });

  it('reads the same shape with other spellings: numbered items, a nested description, bold labels', () => {
    const text = `## Networking

1. Port the resolver to async I/O
   - The resolver blocks the event loop on every lookup today.
   - **Mentors:** Ana Lima
2. Rewrite the proxy configuration parser
   - The parser accepts malformed files without a warning.
   - **Mentors:** Ben Ode
`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'Port the resolver to async I/O',
      'Rewrite the proxy configuration parser',
    ]);
    expect(file.ideas[1].fields.mentors?.value).toBe('Ben Ode');
  });

  it('reads item titles as heading titles (`Idea:` prefix), an unlabelled item among labelled ones, and skips a slot', () => {
    // AFL++'s and Nebula Graph's ideas written as items (the ideas-as-items variant of regression-5 and regression-9).
    const text = `# Ideas for AFL++

- Idea: Analysis software

  Currently analysis is done by using afl-plot, which is rather outdated.

  Mentor: vanhauser-thc

- WASM Instrumentation

  A novel way of instrumentation needs to be implemented for WebAssembly.

- Machine Learning for mutators

  Improve a single mutator through learning of many different bugs.

  Mentor: domenukk

- Your idea!

  Finally, we are open to proposals! Create an issue and let's discuss.
`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).toEqual([
      'Analysis software',
      'WASM Instrumentation',
      'Machine Learning for mutators',
    ]);
  });

  it('leaves a list alone when one item lacks the shape, or the heading has labels of its own', () => {
    const mixed = `## Improve the parser

- Rewrite the tokenizer for speed
  The tokenizer allocates for every character it reads today.
  - Skills: C
- Add tests
`;
    expect(parseIdeaFile('ideas.md', mixed).ideas.map((idea) => idea.title)).toEqual(['Improve the parser']);
    const owned = `## Improve the parser

Mentor: Jane Doe

- Rewrite the tokenizer for speed
  The tokenizer allocates for every character it reads today.
  - Skills: C
- Split the grammar into modules
  The grammar is one file of four thousand lines.
  - Skills: C
`;
    expect(parseIdeaFile('ideas.md', owned).ideas.map((idea) => idea.title)).toEqual(['Improve the parser']);
  });
});

// Ideas as list items read as the same ideas written as headings (test/fixtures/VARIANTS.md gap 8, the ideas-as-items
// variant): the item's title line is its heading, its content the heading's text. Each case gives the heading form and
// the item form of the same list, in several spellings, and expects the same ideas from both.
describe('items read as the same ideas written as headings', () => {
  const titles = (text: string): string[] => parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title);
  /** The item form of a heading form: each `### ` idea heading becomes an item, its body indented under it. */
  const asItems = (text: string, marker = '-'): string => {
    let inIdea = false;
    return text
      .split('\n')
      .map((line) => {
        if (line.startsWith('### ')) {
          inIdea = true;
          return `${marker} ${line.slice(4)}`;
        }
        if (/^#{1,2} /.test(line)) inIdea = false;
        return inIdea && line.trim() ? `${' '.repeat(marker.length + 1)}${line}` : line;
      })
      .join('\n');
  };
  const both = (text: string, expected: string[], marker = '-'): void => {
    expect(titles(text)).toEqual(expected);
    expect(titles(asItems(text, marker))).toEqual(expected);
  };

  it('reads one-word titles and a topic before a colon as titles', () => {
    const text = `# Ideas

## Storage

### Isolation

Currently the writes and reads are not isolated and sometimes we see partial write data.

* Recommended Skills: golang, databases
* Mentor(s): Fabian Reinartz

### Testing: Outsource test data

The package contains dozens of megabytes of test data that are not needed to run it.

* Skills involved: conda packaging, GitHub CI
* Difficulty: Medium

### WebUI: Form for plugin specific options

The WebUI only shows a simple plugin options field where options are joined by a colon.

**Difficulty rating**: hard
`;
    both(text, ['Isolation', 'Testing: Outsource test data', 'WebUI: Form for plugin specific options']);
    both(text, ['Isolation', 'Testing: Outsource test data', 'WebUI: Form for plugin specific options'], '*');
  });

  it('keeps a remark (`Note: …`) and a slot word (`Project`) out of the titles', () => {
    const text = `## Ideas

- Faster parser for large files

  The parser reads every file twice today and could stream it.

  Difficulty: Medium

- Note: more ideas will follow

  We are still collecting ideas from the team this month.

  Difficulty: Easy
`;
    expect(titles(text)).not.toContain('Note: more ideas will follow');
    const slot = `## Proposal template

- Project

  **Brief explanation:** what the project is about, in two sentences.

  **Expected results:** what it delivers.
`;
    expect(titles(slot)).not.toContain('Project');
  });

  it('reads items with a rating label and no description, and a bare item closing the run (Polypheny)', () => {
    const text = `# Polypheny

Below you can find some ideas on the directions in which we could push the project together.

### Query the blockchain
Difficulty: medium-hard

### Quality check and assurance
Unit-Testing and structural system testing

Difficulty: easy

### Keep them All

Difficulty: hard

### Polypheny Client ??
`;
    const expected = ['Query the blockchain', 'Quality check and assurance', 'Keep them All', 'Polypheny Client ??'];
    both(text, expected);
    both(text.replace(/Difficulty: /g, '**Size:** 175 hours, level '), expected, '1.');
  });

  it('leaves a bare item before the ideas, and a list of contents before them, out', () => {
    const text = `## Project Ideas

1. Expand the model library
2. Physics module

- **Total Projects : 2**

- Expand the model library

  - **Difficulty**: Intermediate
  - **Size**: 350 hours (large)

  **Description**: Expand the library of behaviours by new systems inspired by nature.

- Physics module

  - **Difficulty**: Hard
  - **Size**: 175 hours (medium)

  **Description**: Add rigid bodies and collisions to the particle system.
`;
    expect(titles(text)).toEqual(['Expand the model library', 'Physics module']);
  });

  it('reads a title after a badge image, and a numbered slot item as a slot', () => {
    const text = `## Project Description

- ![#f03c15](https://placehold.co/15x15/f03c15/f03c15.png) Support Java 17 for the core

  **Difficulty:** Hard
  **Scope:** 350 hours

- ![#FFD700](https://placehold.co/15x15/FFD700/FFD700.png) Robustify string solving

  **Difficulty:** Medium
  **Scope:** 175 hours
`;
    expect(titles(text)).toEqual(['Support Java 17 for the core', 'Robustify string solving']);
    const numbered = `### Google Summer of Code'21 - Proposal Ideas

- 1\\. Design 2.0

  > Difficulty: Medium | Tags: Design

  The library contains many elements with some mismatch in the overall design.

- 2\\. Migration to Hooks

  > Difficulty: Hard | Tags: Hooks

  The project was started when React Hooks were not a thing.

- 3\\. Not Listed above but trust me it's crazy

  Tell us about it!
`;
    expect(titles(numbered)).toEqual(['Design 2.0', 'Migration to Hooks']);
  });

  it('reads items under a heading titling the list beside heading ideas (TARDIS)', () => {
    const text = `# Ideas

### List of GSoC 2023 Project Ideas

Some of these we have specially selected for GSoC 2023 and are listed below.

#### Velocity Packet Tracker Visualisation
{{<idea_tag "Python">}}

**Project Length:** 175 Hours\\
**Difficulty:** Moderate\\
**Description:** The plot shows which atoms photon packets interact with.

#### Grotrian diagram visualisation

**Project Length:** 350 Hours\\
**Difficulty:** Moderate\\
**Description:** A visual tool for Grotrian diagrams.

### Simulation Object Restructure

**Project Length:** 175 Hours\\
**Description:** Restructure the simulation object.
`;
    const expected = [
      'Velocity Packet Tracker Visualisation',
      'Grotrian diagram visualisation',
      'Simulation Object Restructure',
    ];
    expect(titles(text)).toEqual(expected);
    const items = text.replace(
      /^#### (.*)\n([\s\S]*?)(?=\n####|\n### Sim)/gm,
      (_, title: string, body: string) => `- ${title}\n${body.replace(/^(?=.)/gm, '  ')}`,
    );
    expect(items).toContain('- Grotrian diagram visualisation');
    expect(titles(items)).toEqual(expected);
  });
});

// The bold spelling of the same items (`- **Faster parser.** The parser…`, Salesforce's form; scripts/variants.mjs'
// ideas-as-bold-items): their titles are read as headings' titles are, and a bare one closes a run as a heading does.
describe('bold-titled items read as the same ideas written as headings', () => {
  const titles = (text: string): string[] => parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title);
  const labels = '  - Difficulty: Medium\n  - Mentors: Jane Doe\n';

  it('reads a bold title without its `Idea #1:` or `Project 2 -` prefix, as a heading title', () => {
    for (const [first, second] of [
      ['Idea #1: Faster parser', 'Idea #2: Better docs'],
      ['Project 1 - Faster parser', 'Project 2 - Better docs'],
      ['Idea: Faster parser', 'Idea: Better docs'],
    ]) {
      const text = `# Ideas\n\n- **${first}.** The parser is slow.\n\n${labels}\n- **${second}.** The docs are thin.\n\n${labels}`;
      expect(titles(text)).toEqual(['Faster parser', 'Better docs']);
      expect(titles(text.replace(/^- \*\*(.*?)\.\*\*/gm, '### $1\n\n'))).toEqual(['Faster parser', 'Better docs']);
    }
  });

  it('reads a bare bold item after an item idea as one of the run, at its end or between two', () => {
    const idea = (title: string): string => `- **${title}.** Some text about it.\n\n${labels}\n`;
    expect(titles(`# Ideas\n\n${idea('Faster parser')}${idea('Better docs')}- **Polypheny Client ??**\n`)).toEqual([
      'Faster parser',
      'Better docs',
      'Polypheny Client ??',
    ]);
    expect(titles(`# Ideas\n\n${idea('Faster parser')}- **Web client**\n${idea('Better docs')}`)).toEqual([
      'Faster parser',
      'Web client',
      'Better docs',
    ]);
    // Before the first idea, or before an item that is no idea, a bare bold item is none.
    expect(titles(`# Ideas\n\n- **Total projects: 2**\n${idea('Faster parser')}${idea('Better docs')}`)).toEqual([
      'Faster parser',
      'Better docs',
    ]);
    expect(
      titles(`# Ideas\n\n${idea('Faster parser')}${idea('Better docs')}- **Web client**\n- Ask us first\n`),
    ).toEqual(['Faster parser', 'Better docs']);
  });
});

// Grammar (session 16, TensorBase): list items naming themselves ideas by the word for one and a number (`Task #1:`,
// `Project 2 -`, `Idea 3:`, `任务 1：`) are ideas, bare titles too, when every label of the region lies inside them.
describe('items numbered as ideas', () => {
  const page = (prefix: (n: number) => string, marker = '*'): string => `# Summer 2021 of Open Source Promotion Plan

It is excited to announce that we have joined the programme.

${marker} ${prefix(1)}Adaptive Columnar Storage

  + Outline

    Select typical queries, model query costs, and analyze the main time-consuming parts.

  + Skills

    C/Rust, Linux Kernel, Storage

${marker} ${prefix(2)}Distributed Storage & Query

${marker} ${prefix(3)}Top Performance MySQL Protocol Server in Rust

${marker} Task #...

  You are welcome to propose your ideas.
`;
  const lines = (text: string): number[] =>
    parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.titlePosition.start.line);

  it('reads each numbered item as an idea, the bare ones too, and the open slot as none', () => {
    const file = parseIdeaFile(
      'ideas.md',
      page((n) => `Task #${n}: `),
    );
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'Task #1: Adaptive Columnar Storage',
      'Task #2: Distributed Storage & Query',
      'Task #3: Top Performance MySQL Protocol Server in Rust',
    ]);
    expect(file.ideas[0].fields.skills?.value).toBe('C/Rust, Linux Kernel, Storage');
    expect(file.ideas[1].fields.skills).toBeUndefined();
  });

  it('reads the same items in other spellings of the numbering and the list', () => {
    for (const [prefix, marker] of [
      [(n: number) => `Project ${n} - `, '-'],
      [(n: number) => `Idea ${n}: `, '*'],
      [(n: number) => `**Task ${n}.** `, '-'],
      [(n: number) => `Project #${n}: `, '+'],
      [(n: number) => `任务 ${n}：`, '-'],
    ] as const)
      expect([prefix(1), lines(page(prefix, marker))]).toEqual([prefix(1), [5, 15, 17]]);
  });

  it("leaves an idea's numbered steps to its description when the idea has labels of its own", () => {
    const text = `# Ideas

## Faster parser

The parser is slow.

- Task 1: Profile the parser
- Task 2: Rewrite the tokenizer

Difficulty: Medium
Mentors: Jane Doe
`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).toEqual(['Faster parser']);
  });

  it('leaves numbered sentences alone (steps written as sentences)', () => {
    const text = `# Plan\n\n* Task 1: Implement PVSCSI in xl/libxl, make it functionally equivalent.\n* Task 2: Write the tests for it.\n`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).not.toContain(
      'Task 1: Implement PVSCSI in xl/libxl, make it functionally equivalent',
    );
  });
});

// Grammar (session 16, FISSURE under ideas-as-items): an item whose body is the list's table of contents (a nested
// list of links to anchors on the page) is no idea, as a heading over one is none.
describe('a table of contents among idea items', () => {
  it('is no idea, and leaves the list one of ideas', () => {
    const idea = (n: number, title: string): string =>
      `- ${n}\\. ${title}\n\n  **Summary:** Improve ${title.toLowerCase()}.\n  **Mentor:** Chris Poore\n  **Level of Difficulty:** Medium\n\n  **Description:**\n  The ${title} needs work in several places of the code.\n\n`;
    for (const numbering of ['1.', '-', '*'])
      for (const anchor of ['#pyqt', '#gui-development'])
        expect(
          parseIdeaFile(
            'ideas.md',
            `# 2023 Project Ideas\n\nPlease consider these project ideas.\n\n- Project Idea List\n\n  This list of project ideas are suggestions only.\n\n  ${numbering} [PyQt GUI Development](${anchor})\n  ${numbering} [Signal Detection](#signal)\n  ${numbering} [Plugin Support](#plugins)\n\n${idea(1, 'PyQt GUI Development')}${idea(2, 'Signal Detection')}${idea(3, 'Plugin Support')}`,
          ).ideas.map((found) => found.title),
        ).toEqual(['PyQt GUI Development', 'Signal Detection', 'Plugin Support']);
  });
});

// Grammar (session 16, SOFAStack): ideas written as blocks of set-apart lines, a group line and the labels before the
// title, then the title line, more labels and the description; the page's own bold section lines frame the run.
describe('ideas written as blocks of bold lines', () => {
  const block = (group: string, mentor: string, address: string, title: string, level: string): string =>
    `**${group}**\n\nJava、网络通信、RPC\n\n**项目社区导师：${mentor}**\n\n**<${address}>**\n\n**${title}**\n\n**项目编号：2395a0260**\n\n**项目难度：${level}**\n\n这是一个项目的描述，说明需要完成的工作。\n\n- 支持 Stream 流式处理。\n\n`;
  const page = (blocks: string): string =>
    `---\ntitle: "欢迎报名社区项目！"\ndescription: "欢迎报名社区项目！"\n---\n\n**SOFARPC 项目介绍**\n\nSOFARPC 是一款 Java RPC 框架。\n\n**活动规则**\n\n[*https://summer-ospp.ac.cn/*](https://summer-ospp.ac.cn/)\n\n${blocks}**申请资格**\n\n- 本活动面向年满 18 周岁在校学生。\n`;

  it('reads one idea per block, titled by its title line, with the labels above the title', () => {
    const file = parseIdeaFile(
      'index.md',
      page(
        block('SOFARPC', 'EvenLiu', 'evenljj@163.com', 'SOFARPC 支持 Stream 流式处理方式', '进阶/Advanced') +
          block('SOFAArk', '卫恒', 'glmapper@163.com', '开发一个客户端，支持 Biz 模块的热部署', '基础/Basic'),
      ),
    );
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'SOFARPC 支持 Stream 流式处理方式',
      '开发一个客户端，支持 Biz 模块的热部署',
    ]);
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([22, 40]);
    expect(file.ideas.map((idea) => idea.fields.difficulty?.value)).toEqual(['进阶/Advanced', '基础/Basic']);
    expect(file.ideas[0].fields.mentors?.value).toContain('EvenLiu');
    expect(file.ideas[0].fields.mentors?.value).toContain('evenljj@163.com');
  });

  it('reads the same blocks in English, with other labels and emphasis', () => {
    const english = (group: string, title: string): string =>
      `__${group}__\n\nJava, networking\n\n__Mentor: Jane Doe__\n\n__<jane@example.org>__\n\n__${title}__\n\n__Project ID: 2395a0260__\n\n__Difficulty: Hard__\n\nA description of what is to be built, in a sentence.\n\n`;
    const file = parseIdeaFile(
      'index.md',
      `# Summer projects\n\n**About us**\n\nWe build things.\n\n${english('Parser', 'Faster parser for big files')}${english('Docs', 'Better documentation site')}**Eligibility**\n\nStudents only.\n`,
    );
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Faster parser for big files', 'Better documentation site']);
    expect(file.ideas.map((idea) => idea.fields.mentors?.value.includes('jane@example.org'))).toEqual([true, true]);
  });

  it('keeps two compact ideas apart when the first has labels of two fields itself', () => {
    const text = `# Ideas\n\n**Faster parser**\n\nMentor: Jane Doe\n\nDifficulty: Hard\n\n**Better docs**\n\nSkills: Markdown\n\nSize: 175 hours\n\nWrite the docs.\n`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).toEqual(['Faster parser', 'Better docs']);
  });
});
