// Parse stage: the idea layouts of test/fixtures/regression-7 that session 9 taught the parser (issue 11), each on a
// minimal example and on the real list it comes from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile, type IdeaFile } from '../../src/parse/index.js';
import { googleCodeWikiAsMarkdown, isGoogleCodeWiki } from '../../src/parse/google-code-wiki.js';
import { breaksBeforeLabel, htmlEmphasisLabel, htmlHeadingsAsMarkdown } from '../../src/parse/html-layout.js';

const parse = (text: string, path = 'ideas.md'): IdeaFile => parseIdeaFile(path, text);
const titles = (text: string, path = 'ideas.md'): string[] => parse(text, path).ideas.map((idea) => idea.title);

const REGRESSION_7 = new URL('../fixtures/regression-7/', import.meta.url);
const real = (name: string): IdeaFile => parseIdeaFile(name, readFileSync(new URL(name, REGRESSION_7), 'utf8'));

describe('labels in HTML emphasis (`<i>Languages:</i>`, Open Data Kit)', () => {
  it('reads `<i>Label:</i>` and `<b>Label</b>:` as the Markdown emphasis they display as, offsets kept', () => {
    expect(htmlEmphasisLabel('<i>Languages:</i>  Java<br>')).toBe('*Languages:*       Java<br>');
    // The `<br>` before it moves after it first (breaksBeforeLabel, html-layout.ts): the value keeps its offset.
    expect(htmlEmphasisLabel(breaksBeforeLabel('<br><i>Languages:</i>  Java<br>'))).toBe(
      '*Languages:*           Java<br>',
    );
    expect(htmlEmphasisLabel('<b>Mentor</b>: Jane')).toBe('**Mentor**:    Jane');
    const strong = '<strong>Difficulty:</strong> easy';
    expect(htmlEmphasisLabel(strong)).toBe('**Difficulty:**'.padEnd(strong.length - 5) + ' easy');
  });

  it('leaves emphasis that is no label alone: no colon, or not at the start of the line', () => {
    for (const line of ['<b>CIE</b>, the new card', 'The <b>Mentor:</b> Jane', '<i>1:</i> x', '    <b>Mentor:</b> x'])
      expect(htmlEmphasisLabel(line)).toBe(line);
  });

  it('keeps every offset of a page', () => {
    const text = '## Unit Testing\nBuild unit tests.\n<br><i>Languages:</i>  Java<br>\n<br>\n';
    const rewritten = htmlHeadingsAsMarkdown(text);
    expect(rewritten.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
  });

  it('makes `<h2>` ideas labelled by `<i>Languages:</i>` ideas with skills', () => {
    const file = parse(
      '# Core\n## Unit Testing ##\nBuild unit tests.\n<br><i>Languages:</i>  Java<br>\n<br>\n' +
        '<h2>Internationalization</h2>\nTranslate strings.<br>\n<br><i>Languages:</i>  Java<br>\n<br>\n',
    );
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Unit Testing', 'Internationalization']);
    expect(file.ideas.map((idea) => idea.fields.skills?.value)).toEqual(['Java', 'Java']);
  });

  it('finds the fourteen ideas of Open Data Kit', () => {
    const file = real('safidison__opendatakit__ProjectIdeas.md');
    expect(file.ideas).toHaveLength(14);
    expect(file.ideas[1].title).toBe('Internationalization');
    expect(file.ideas[13].section).toEqual(['JavaRosa Extensions']);
    for (const idea of file.ideas) expect(Object.keys(idea.fields)).toContain('skills');
  });
});

describe('an emphasised item title over labelled sub-items (Sustainable Education Foundation)', () => {
  it('reads `1. *Title*` with labels of two fields under it as an idea, as `1. Title` is', () => {
    const text =
      '## Project Ideas\n\n1. *ScholarX Messaging*\n    - Description: A chat.\n    - Skills: React\n' +
      '    - Mentors: Jane\n\n2. *Certificate Generator*\n    - Description: Certificates.\n    - Skills: Node.js\n' +
      '    - Mentors: Joe\n';
    expect(titles(text)).toEqual(['ScholarX Messaging', 'Certificate Generator']);
  });

  it('finds the seven ideas of SEF', () => {
    const file = real('sef-global__sef-handbook__docs__project-ideas.md');
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([13, 20, 27, 34, 41, 48, 55]);
    expect(file.ideas[0].title).toBe('ScholarX Messaging');
    expect(Object.keys(file.ideas[0].fields)).toEqual(expect.arrayContaining(['skills', 'mentors']));
  });
});

describe('OpenGov Africa: example-prefixed ideas, a rule before an idea table, a checklist section', () => {
  it('reads `🧩 Example Idea 1 – Title` as an idea titled by the rest; a slot without a title stays none', () => {
    const text =
      '## Drafts\n\n### 🧩 Example Idea 1 – Open Civic Data Dashboard\n**Description:** A dashboard.\n' +
      '**Difficulty:** Medium\n\n### Example Idea 2 – Your project title\n**Description:** …\n**Difficulty:** …\n';
    expect(titles(text)).toEqual(['Open Civic Data Dashboard']);
  });

  it('ends a labelled idea at a rule followed by a table of ideas, which belongs to the section above', () => {
    const text =
      '## Drafts\n\n### Idea 1 – Docs Tool\n**Description:** Automate docs.\n**Difficulty:** Medium\n\n---\n\n' +
      '| # | Project Title | Mentor(s) |\n|---|---|---|\n| 1 | Finance Portal | TBD |\n| 2 | Election Dashboard | TBD |\n';
    const file = parse(text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Docs Tool', 'Finance Portal', 'Election Dashboard']);
    expect(file.ideas[0].position.end.line).toBeLessThan(8);
    expect(file.ideas[1].section).toEqual(['Drafts']);
  });

  it('reads no idea in a section about ideas whose labels are bare items, nor in a list of what ideas should be', () => {
    const text =
      '## Ideas\n\n### Faster parser\n**Difficulty:** Hard\n**Mentors:** Jane\n\n### Better docs\n**Difficulty:** Easy\n' +
      '**Mentors:** Joe\n\n## Proposing New Project Ideas\n\nWe welcome new ideas that:\n- Align with our mission\n' +
      '- Fit in a summer\n\nProject proposals should include:\n- Problem statement\n- Expected deliverables\n' +
      '- Required skills\n';
    expect(titles(text)).toEqual(['Faster parser', 'Better docs']);
  });

  it('finds the seventeen ideas of OpenGov Africa and nothing else', () => {
    const file = real('OpenGovAfrica__gsoc__docs__project-ideas.md');
    expect(file.ideas).toHaveLength(17);
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([
      23, 24, 25, 33, 42, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
    ]);
  });
});

describe('runs of ideas and their parts (BlackArch, LazyWolves, PyBaMM 2025)', () => {
  it('reads an unlabelled heading with some prose between two sibling ideas as one of the run', () => {
    const text =
      '## Ideas\n\n### Installer\n\n* **Difficulty**: Hard\n* **Mentor(s)**: Jane\n\n---\n\n### Package manager\n\n' +
      'You would be responsible to create a graphical interface for the repositories.\n\n### Blackman redesign\n\n' +
      `${'Blackman is outdated and lacks some functions, so we would like you to rewrite it. '.repeat(4)}\n\n` +
      '### None of the above\n\nOpen a pull request.\n';
    expect(titles(text)).toEqual(['Installer', 'Package manager', 'Blackman redesign']);
  });

  it('finds the eight ideas of BlackArch', () => {
    expect(real('BlackArch__GSoC__Ideas.md').ideas.map((idea) => idea.titlePosition.start.line)).toEqual([
      41, 67, 74, 85, 94, 100, 106, 112,
    ]);
  });

  it('reads labels closing the last part of an unlabelled idea as the idea’s, the parts as parts', () => {
    const text =
      '## Agents\n\nRegister backends.\n\n**Skills preferred** : Python\n\n**Possible mentors** : Jane\n\n' +
      '**Difficulty** : medium\n\n## Enhancing SaberX\n\nThis project has parts.\n\n### A status endpoint\n\n' +
      'Return the state.\n\n### Other enhancements.\n\nWork on open issues.\n\n**Skills preferred** : Python\n\n' +
      '**Possible mentors** : Jane\n\n**Difficulty** : medium\n\n## Vision client\n\nA client.\n\n' +
      '**Skills preferred** : Go\n\n**Possible mentors** : Joe\n\n**Difficulty** : easy\n';
    const file = parse(text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Agents', 'Enhancing SaberX', 'Vision client']);
    expect(Object.keys(file.ideas[1].fields)).toEqual(expect.arrayContaining(['skills', 'mentors', 'difficulty']));
  });

  // The same closing labels written as headings under the last part (`#### Skills preferred: Python` ⏎ `####
  // Possible mentors: Jane` ⏎ `#### Difficulty: medium`, the labels-as-heading-run variant): label headings are no
  // parts, so the last part still closes the idea with its labels.
  it('reads labels closing the last part as headings as the idea’s too', () => {
    const labels = (skills: string, mentor: string, level: string): string =>
      `#### Skills preferred: ${skills}\n\n#### Possible mentors: ${mentor}\n\n#### Difficulty: ${level}\n\n`;
    const text =
      `## Agents\n\nRegister backends.\n\n${labels('Python', 'Jane', 'medium')}## Enhancing SaberX\n\nThis project has ` +
      `parts.\n\n### A status endpoint\n\nReturn the state.\n\n### Other enhancements.\n\nWork on open issues.\n\n` +
      `${labels('Python, Knowledge about system monitoring (basic)', 'Jane', 'medium')}## Vision client\n\nA client.\n\n` +
      labels('Go', 'Joe', 'easy');
    const file = parse(text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Agents', 'Enhancing SaberX', 'Vision client']);
    expect(Object.keys(file.ideas[1].fields)).toEqual(expect.arrayContaining(['skills', 'mentors', 'difficulty']));
  });

  it('keeps a section holding one labelled idea a section', () => {
    const text =
      '## Backend\n\nOur server.\n\n### Faster parser\n\nRewrite it.\n\n**Difficulty:** Hard\n\n**Mentors:** Jane\n\n' +
      '## Frontend\n\n### Dark mode\n\nAdd it.\n\n**Difficulty:** Easy\n\n**Mentors:** Joe\n';
    expect(titles(text)).toEqual(['Faster parser', 'Dark mode']);
  });

  it('finds the four ideas of LazyWolves, SaberX with its closing labels', () => {
    const file = real('LazyWolves__LazyWolves.github.io__gsoc-2020.md');
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([16, 56, 110, 161]);
    expect(file.ideas[1].fields.difficulty?.value).toBe('medium');
  });

  it('reads an open call for ideas (`## Open ideas`, `## Open project idea(s)`) as no idea, on both real lists', () => {
    const pybamm = real('pybamm-team__pybamm.org__content__gsoc__2025___index.md');
    expect(pybamm.ideas.map((idea) => idea.title)).not.toContain('Open project idea(s)');
    const italia = parseIdeaFile(
      'italia.md',
      readFileSync(
        new URL('../fixtures/regression-5/italia__developers.italia.it___pages__en__gsod-ideas.md', import.meta.url),
        'utf8',
      ),
    );
    expect(italia.ideas.map((idea) => idea.title)).not.toContain('Open ideas');
  });
});

describe('Google Code wiki pages (`#summary` first) and a heading naming ideas over a list of them (Google Caja)', () => {
  const page =
    '#summary Things you can work on\n\n= Project Ideas for Volunteers =\n' +
    '  * Tame popular libraries: [LibraryTaming the process]. Frameworks we like are\n' +
    '    * [http://jquery.com/ jQuery]\n  * Create an [http://x.test/a.pdf Auditor] framework for SES code\n' +
    '    * One auditor should prove immutability\n  * Static analysis and optimization\n' +
    '  * [http://x.test/Intro Shahar]-related [http://x.test/Ideas project ideas]\n';

  it('tells Google Code pages from MediaWiki ones by their opening pragma', () => {
    expect(isGoogleCodeWiki(page)).toBe(true);
    expect(isGoogleCodeWiki('\n#labels Featured\n= Title =\n')).toBe(true);
    expect(isGoogleCodeWiki('== Ideas ==\n{{GSoC Project|Project=X}}\n')).toBe(false);
    expect(isGoogleCodeWiki('#REDIRECT [[Other page]]\n')).toBe(false);
  });

  it('rewrites the page as Markdown line by line, every line of its length', () => {
    const markdown = googleCodeWikiAsMarkdown(page);
    expect(markdown.split('\n').map((line) => line.length)).toEqual(page.split('\n').map((line) => line.length));
    const lines = markdown.split('\n');
    expect(lines[0].trim()).toBe('');
    expect(lines[2]).toMatch(/^# Project Ideas for Volunteers\s+$/);
    expect(lines[5]).toMatch(/^ {2}\* Create an Auditor\s+framework for SES code$/);
    expect(googleCodeWikiAsMarkdown('== Tasks ==\n  # First\n{{{\ncode\n}}}\n')).toBe(
      '## Tasks   \n 1. First\n```\ncode\n```\n',
    );
  });

  it('reads each top-level item of a list a heading naming ideas holds as an idea; a link to more ideas is none', () => {
    expect(titles(page, 'ProjectIdeas.wiki')).toEqual([
      'Tame popular libraries',
      'Create an Auditor framework for SES code',
      'Static analysis and optimization',
    ]);
    // The same in Markdown; a list followed by prose under the heading is not read so.
    const markdown = '# Project ideas\n\n- Faster parser\n- Better documentation\n';
    expect(titles(markdown)).toEqual(['Faster parser', 'Better documentation']);
    expect(titles(`${markdown}\nWe also welcome other work.\n`)).toEqual([]);
    expect(titles('# Accepted projects\n\n- Faster parser\n- Better documentation\n')).toEqual([]);
  });

  it('finds the five ideas of Google Caja', () => {
    const file = real('ejayimperial__google-caja__wiki__ProjectIdeas.wiki');
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([4, 8, 10, 12, 17]);
    expect(file.ideas[1].title).toBe('Create an Auditor framework for Cajita or SES code');
  });
});
