import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

const ideas = (text: string) => parseIdeaFile('ideas.md', text).ideas;

describe('list items introduced by a lead-in naming ideas', () => {
  it('reads one-line items as ideas titled by their text (libsim)', () => {
    const text =
      'Ideas for Google Summer of Code 2014\n======\n\nLibsim is a dictionary of similarity (distance) functions.\n\n' +
      'Some of the ideas that we propose: \n\n* Add new distance functions using the Encyclopedia of distance ' +
      'functions by Desa et al. \n* Improve test cases \n* Add a new distance learning technique.\n';
    expect(ideas(text).map((idea) => idea.title)).toEqual([
      'Add new distance functions using the Encyclopedia of distance functions by Desa et al',
      'Improve test cases',
      'Add a new distance learning technique',
    ]);
    // The page title is no section of the ideas under it.
    expect(ideas(text)[0].section).toEqual([]);
  });

  it('titles `Name: description` items by their name and reads their inline bold labels (IntelliHome)', () => {
    const text =
      '#Google Summer of Code\n\nThis brings to you the decision of what you might want to do, here few ideas, but ' +
      'new proposal are welcome too:\n\n* Web Interface: Developing a Web interface and an API - **Difficulty:** ' +
      '*medium*\n* the network auto-configurator (probing the configurations) - **Difficulty:** *easy* this means ' +
      "that can't be the only task\n* Language System for plugins: unify plugin language interface - " +
      '**Difficulty:** *easy*\n';
    const found = ideas(text);
    expect(found.map((idea) => idea.title)).toEqual([
      'Web Interface',
      'the network auto-configurator (probing the configurations)',
      'Language System for plugins',
    ]);
    expect(found.map((idea) => idea.fields.difficulty?.value)).toEqual(['medium', 'easy', 'easy']);
    expect(found[0].fields.description?.value).toContain('Developing a Web interface and an API');
  });

  it('does not read a list after a lead-in that names no ideas, or one in a section about something else', () => {
    const items = '\n\n* Add new distance functions using the Encyclopedia\n* Improve test cases\n';
    expect(ideas(`# Libsim\n\nThe work of the project is envisaged to be:${items}`)).toEqual([]);
    expect(ideas(`# Results\n\n## Before\n\n### Misses, by kind\n\nIdeas not found (32):${items}`)).toEqual([]);
  });

  it('does not read a list of links to ideas described elsewhere (Zarr)', () => {
    const text =
      'We also have other project ideas that contributors could work on. They are listed below:\n\n' +
      '- [Tree Bottleneck](https://github.com/zarr-developers/zarr-python/issues/224)\n' +
      '- [Transactions](https://github.com/zarr-developers/zarr-python/issues/247)\n';
    expect(ideas(text)).toEqual([]);
  });
});

describe('a lead-in naming ideas in a section below a heading naming ideas', () => {
  // ASWF's umbrella page: one `###` section per member project under `## Project information and suggested ideas
  // list`, each with project links, then `**Project Ideas**:` above items whose sub-items are the description and
  // `- Mentor suggestion: …` / `- Special skills: …`. The same grammar as libsim's page title `Ideas for Google
  // Summer of Code 2014` above `Some of the ideas that we propose:` (the test above): the lead-in speaks for its list
  // wherever a heading above it names ideas.
  const aswf =
    '# ASWF Google Summer of Code 2020\n\nThe current member projects are:\n\n* **OpenCue** : A render management ' +
    'system.\n\n## Project information and suggested ideas list\n\n### OpenColorIO\n\nHome page:  ' +
    'https://opencolorio.org/ <br>\nSkills/knowledge relevant to the project: C++11, CMake, color science\n\n' +
    '**Project Ideas**:\n\n* Restore Java bindings\n    - The OCIO Java language bindings have not yet been updated ' +
    'to support the newly developed OCIO v2 API.\n    - Mentor suggestion: Michael Dolan\n    - Special skills: ' +
    'Comfortable with Java.\n\n* Add OCIO support to FFmpeg or another FOSS project\n    - An important effort for ' +
    'OCIO is expanding the libraries where OCIO is implemented.\n    - Mentor suggestion: Doug Walker\n\n' +
    '### OpenEXR\n\nMentor suggestions: Kimball Thurston, Cary Phillips\n\n**Project Ideas**:\n\n' +
    '* Explore and benchmark compression methods\n   - Design a methodology for assessing compression speed.\n' +
    '   - Benchmark the currently supported set of compression techniques.\n\n### OpenVDB\n\n**Project Ideas**:\n\n' +
    '* Another project\n    - Description\n    - Mentor Suggestion: Pat Smith\n    - Special skills:\n\n' +
    '### Cross-project infrastructure\n\n... ideas go here ...\n';

  it("reads each section's items as ideas, even one, in that section (ASWF)", () => {
    const found = ideas(aswf);
    expect(found.map((idea) => idea.title)).toEqual([
      'Restore Java bindings',
      'Add OCIO support to FFmpeg or another FOSS project',
      'Explore and benchmark compression methods',
    ]);
    expect(found[0].section).toEqual(['Project information and suggested ideas list', 'OpenColorIO']);
    expect(found[2].titlePosition.start.line).toBe(
      aswf.split('\n').indexOf('* Explore and benchmark compression methods') + 1,
    );
    // The section's own lines (`Mentor suggestions:` of OpenEXR) are the project's, not its ideas'.
    expect(found[2].fields.mentors).toBeUndefined();
  });

  it("keeps a heading with labels after its list one idea: the list is part of the idea's description (NixOS)", () => {
    // NixOS 2024 (regression): the lead-in names projects, but `Skills preferred:`, `Possible Mentors:` and
    // `Difficulty:` follow the list, so they and the list belong to the heading's idea. ASWF's labels above the lead-in
    // (`Mentor suggestions:` of OpenEXR, the test above) are the project's, and its items are the ideas.
    const nixos =
      '## Ideas\n\n### First class support for Crystal applications\n\nCurrently, our support for applications ' +
      'written in crystal is brittle.\n\nThis project would be interesting as it touches several different types ' +
      'of projects:\n\n1. redesigning the build infrastructure to be easier to hack on (nixpkgs)\n2. implementing ' +
      'the new build infrastructure (nixpkgs)\n\nSkills preferred:\na. nix and bash for the build infrastructure\n\n' +
      'Possible Mentors:\n- [@peterhoeg](https://github.com/peterhoeg)\n\nDifficulty:\neasy\n';
    expect(ideas(nixos).map((idea) => idea.title)).toEqual(['First class support for Crystal applications']);
  });

  it('reads no list when no heading above the lead-in names ideas', () => {
    const text = aswf.replace('Project information and suggested ideas list', 'Member software packages');
    const titles = ideas(text).map((idea) => idea.title);
    // OpenEXR's item has no label of its own: only the lead-in would make it an idea, and it speaks for no list here.
    expect(titles).not.toContain('Explore and benchmark compression methods');
    // OpenColorIO's items have an idea's shape (a title line, a description, `- Mentor suggestion: …`), so they are
    // ideas by that shape whatever the headings say (headless-ideas' findBodiedItems).
    expect(titles).toContain('Restore Java bindings');
  });
});

// Layout: a section whose whole text is a list of tasks, under a heading naming tasks, ideas or projects in the plural.
// Real lists: LumoSQL's GSoC 2021 ideas (`# Benchmarking tasks` ⏎ `* Write a tool that …`, five such sections,
// regression-8) and Google Caja's `= Project Ideas for Volunteers =` ⏎ `  * Tame popular libraries: …` (regression-7),
// the same form under one heading. General rule: a heading over nothing but a list introduces it as a lead-in would.
describe('a section of tasks that is only their list', () => {
  const lumo =
    '# Google Summer of Code Ideas\n\nThis list was made for the project.\n\n# Benchmarking tasks\n\n' +
    'We have design outlines and background documentation for the following.\n\n' +
    '* LumoSQL benchmarking creates an SQLite database. Write a tool to accept these databases via the web\n' +
    '* Write a tool that analyses a consolidated benchmarking database and displays summary results\n\n' +
    '# Tooling tasks\n\n' +
    '* Fix a documentation problem by writing a [Pandoc](https://pandoc.org) filter that understands Fossil markdown.\n' +
    '* Fix a documentation problem by writing a Pandoc filter that understands Pikchr\n';

  it('reads each item as an idea titled by its first sentence, the heading as its section (LumoSQL)', () => {
    expect(ideas(lumo).map((idea) => [idea.title, idea.section])).toEqual([
      ['LumoSQL benchmarking creates an SQLite database', ['Benchmarking tasks']],
      [
        'Write a tool that analyses a consolidated benchmarking database and displays summary results',
        ['Benchmarking tasks'],
      ],
      ['Fix a documentation problem by writing a Pandoc filter that understands Fossil markdown', ['Tooling tasks']],
      ['Fix a documentation problem by writing a Pandoc filter that understands Pikchr', ['Tooling tasks']],
    ]);
    expect(ideas(lumo)[0].position.start.line).toBe(9);
  });

  it('leaves a list of tasks inside an idea to the idea', () => {
    const text =
      '# Ideas\n\n## Faster parser\n\nRewrite the parser.\n\n- Difficulty: Hard\n- Mentors: Jane Doe\n\n### Tasks\n\n' +
      '* Write a benchmark that measures the parser on large files\n* Replace the tokenizer with a hand-written state machine\n\n' +
      '## Better docs\n\nDocs.\n\n- Difficulty: Easy\n- Mentors: John Roe\n';
    expect(ideas(text).map((idea) => idea.title)).toEqual(['Faster parser', 'Better docs']);
  });

  it('reads no tasks from a list with labels or text after it, short names, or work done', () => {
    const items =
      '* Write a benchmark that measures the parser on large files\n* Replace the tokenizer with a hand-written state machine\n';
    const titles = (text: string) => ideas(text).map((idea) => idea.title);
    expect(titles(`# Parser tasks\n\n${items}\nMentor: Jane Doe\n`)).not.toContain(
      'Write a benchmark that measures the parser on large files',
    );
    expect(titles(`# Parser tasks\n\n${items}\nAsk on the forum before you start any of these.\n`)).not.toContain(
      'Write a benchmark that measures the parser on large files',
    );
    expect(
      titles(
        '# Parser tasks\n\n* Benchmarks\n* Tokenizer rewrite\n\n# Docs tasks\n\n* Tutorial\n* API reference pages\n',
      ),
    ).toEqual([]);
    expect(titles(`# Completed tasks\n\n${items}`)).toEqual([]);
  });
});

// Salesforce's GSoC 2019 README (test/fixtures/regression-13): `# Project Ideas` ⏎ `### Design System React …` ⏎
// `#### Proposal Suggestions` ⏎ `* **Re-architect and open-source project website.** Keeping documentation…`, and
// `### oclif …` ⏎ `* **Design an oclif linter.** Linters have become…`. No label anywhere.
describe('items opening with a bold title under a section that names ideas through a heading above it (Salesforce)', () => {
  const prose =
    'Keeping documentation resources up-to-date and meeting developer needs can make or break a library, and this ' +
    'task would focus on re-engineering the site.';
  const page = (items: string[], intro = ''): string =>
    '# Salesforce in Google Summer of Code 2019\n\n# Project Ideas\n\n### TransmogrifAI\n\n### Design System React\n\n' +
    `This project is open to original proposals.\n\n#### Proposal Suggestions\n\n${intro}` +
    `${items.slice(0, -1).join('\n\n')}\n\n### oclif\n\n${items[items.length - 1]}\n\n# Code of Conduct\n\nBe kind.\n`;
  const titles = (text: string): string[] => ideas(text).map((idea) => idea.title);
  const expected = ['Re-architect the website', 'Create three components', 'Iterate on developer experience'];

  it('reads each item as an idea titled by its bold phrase, whatever closes the title', () => {
    const spellings: [string, string, string][] = [
      [
        '* **Re-architect the website.** ',
        '* **Create three components.** ',
        '* **Iterate on developer experience:** ',
      ],
      [
        '- **Re-architect the website**: ',
        '- **Create three components** — ',
        '- **Iterate on developer experience** – ',
      ],
      [
        '1. **Re-architect the website.** ',
        '2. **Create three components:** ',
        '1. __Iterate on developer experience.__ ',
      ],
      ['* *Re-architect the website*. ', '* *Create three components*: ', '* **Iterate on developer experience** - '],
    ];
    for (const spelling of spellings) expect(titles(page(spelling.map((open) => `${open}${prose}`)))).toEqual(expected);
  });

  it('reads them after a paragraph introducing the list, and gives each its sections', () => {
    const text = page(
      expected.map((title) => `* **${title}.** ${prose}`),
      'Here is what we would like to see.\n\n',
    );
    expect(titles(text)).toEqual(expected);
    expect(ideas(text)[0].section).toEqual(['Project Ideas', 'Design System React', 'Proposal Suggestions']);
    expect(ideas(text)[0].fields.description?.value).toContain('Keeping documentation resources');
  });

  it('reads no idea from bold-titled steps, notes or questions with little text, or under no heading naming ideas', () => {
    // Steps: a bold title and a short sentence each.
    expect(
      titles(page(['* **Fork the repository.** Then clone it.', '* **Read the guide.** It helps.', '* **Ask.** Do.'])),
    ).toEqual([]);
    // Questions to the reader, and a note, with long answers.
    expect(
      titles(
        page([
          `* **Do I need to know React?** ${prose}`,
          `* **Can I propose my own?** ${prose}`,
          `* **Why?** ${prose}`,
        ]),
      ),
    ).toEqual([]);
    expect(titles(page([`* **Note:** ${prose}`, `* **Tip.** ${prose}`, `* **Important:** ${prose}`]))).toEqual([]);
    // The same items under a page whose headings name no ideas.
    const items = expected.map((title) => `* **${title}.** ${prose}`);
    expect(titles(page(items).replace('# Project Ideas', '# Our work'))).toEqual([]);
    // Under a section about the list (`## How to apply`) below `# Project Ideas`: no idea either.
    expect(
      titles(page(items).replace('#### Proposal Suggestions', '#### How to apply').replace('### oclif', '#### FAQ')),
    ).toEqual([]);
  });

  it('finds the four ideas of Salesforce', () => {
    const name = 'salesforce__gsoc__README.md';
    const file = parseIdeaFile(
      name,
      readFileSync(new URL(`../fixtures/regression-13/${name}`, import.meta.url), 'utf8'),
    );
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'Re-architect and open-source project website',
      'Create 3 or more Lightning Design System components',
      'Iterate on developer experience',
      'Design an oclif linter',
    ]);
  });
});

// Syntacticus (test/fixtures/regression-4) titles its list `## Ideas for GSoC projects`; the same page titled `##
// Project ideas` or `## Projects` holds the same ideas: `### Front-end projects`, whose text is the list of ideas as
// items, is their section, not an idea listed by the heading above it.
describe('a heading naming ideas whose own text lists them as items is their section (Syntacticus)', () => {
  const name = 'proiel__dev.syntacticus.org__docs-gsoc.md';
  const text = readFileSync(new URL(`../fixtures/regression-4/${name}`, import.meta.url), 'utf8');

  it('finds the six item ideas under every title of the list', () => {
    for (const title of ['Ideas for GSoC projects', 'Project ideas', 'Projects', 'GSoC 2018 Project Ideas']) {
      const file = parseIdeaFile(name, text.replace('## Ideas for GSoC projects', `## ${title}`));
      expect(file.ideas.map((idea) => idea.title)).toHaveLength(6);
      expect(file.ideas[0].title).toBe('Improve visualisation of dependency structures');
    }
  });
});
