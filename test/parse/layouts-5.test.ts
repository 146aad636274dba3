// Parse stage: the idea layouts of test/fixtures/regression-4 that session 5 taught the parser (issue 11), each on a
// minimal example and on the real list (regression-4) it comes from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile, type IdeaFile } from '../../src/parse/index.js';
import { htmlHeadingsAsMarkdown } from '../../src/parse/html-layout.js';

const parse = (text: string): IdeaFile => parseIdeaFile('ideas.md', text);
const titles = (text: string): string[] => parse(text).ideas.map((idea) => idea.title);
const fieldsOf = (file: IdeaFile, title: string): string[] =>
  Object.keys(file.ideas.find((idea) => idea.title === title)?.fields ?? {}).sort();

const REGRESSION_4 = new URL('../fixtures/regression-4/', import.meta.url);
const real = (name: string): IdeaFile => parseIdeaFile(name, readFileSync(new URL(name, REGRESSION_4), 'utf8'));

describe('HTML headings with `<br>`-separated label lines (9front)', () => {
  const text =
    '# Project ideas\n\n<h3>Sam scrolling (2)</h3>\nScrolling in the text editor sam is erratic.<br>\n' +
    'Potential mentors: cinap_lenrek, Ori_B<br>\nSkills: being able to innovate<br>\n<br>\n' +
    '<h3>Improved APE (2)</h3>\nOur emulation layer is unpolished.<br>\n<br>Potential mentors: jpm<br>\n' +
    'Skills: reading documentation<br>\n';

  it('reads each `<h3>` line as a heading and its label lines as its fields', () => {
    const file = parse(text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Sam scrolling (2)', 'Improved APE (2)']);
    expect(fieldsOf(file, 'Sam scrolling (2)')).toEqual(['description', 'mentors', 'skills']);
    // A `<br>` opening a line that continues the paragraph does not hide its label.
    expect(fieldsOf(file, 'Improved APE (2)')).toEqual(['description', 'mentors', 'skills']);
    expect(file.ideas[0].titlePosition.start.line).toBe(3);
  });

  it('keeps every offset: the rewrite has the length of the text, line by line', () => {
    const rewritten = htmlHeadingsAsMarkdown(text);
    expect(rewritten.length).toBe(text.length);
    expect(rewritten.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
    expect(rewritten).toContain('### Sam scrolling (2)     \n');
    expect(htmlHeadingsAsMarkdown('<h4>Title</h4>\n')).toBe('#### Title    \n');
  });

  it('leaves HTML headings in code fences and comments alone', () => {
    const source = '```\n<h3>Code</h3>\n```\n<!--\n<h3>Hidden</h3>\n-->\n';
    expect(htmlHeadingsAsMarkdown(source)).toBe(source);
  });

  it('finds the ten ideas of 9front', () => {
    const file = real('stux2000__plan9front__gsoc.md');
    expect(file.ideas).toHaveLength(10);
    expect(file.ideas[1].title).toBe('Sam scrolling and other GUI work (2)');
    for (const idea of file.ideas)
      expect(Object.keys(idea.fields)).toEqual(expect.arrayContaining(['mentors', 'skills']));
  });
});

describe('`####` ideas with image-led titles under a label-worded section heading (Java PathFinder)', () => {
  const text =
    '# Project Ideas\n\n### Project Description\n\n<a name="one"></a>\n#### ![#f03c15](https://x.test/f.png) Support ' +
    'Java 17\n\n**Description:**\nAdd the features of Java 17.\n\n**Difficulty:** Hard  \n**Possible Mentors:** Cyrille\n\n' +
    '<a name="two"></a>\n#### ![#FFD700](https://x.test/g.png) Robustify string solving\n\n**Description:**\nTest the ' +
    'solver.\n\n**Difficulty:** Medium  \n**Possible Mentors:** Soha\n';

  it('reads each `####` heading as an idea titled without its image', () => {
    const file = parse(text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Support Java 17', 'Robustify string solving']);
    expect(fieldsOf(file, 'Support Java 17')).toEqual(['description', 'difficulty', 'mentors']);
    expect(file.ideas[0].section).toEqual(['Project Description']);
  });

  it('still reads a label heading with no labelled sub-headings as the idea’s field', () => {
    const file = parse(
      '## Faster parser\n\n### Project Description\n\nRewrite the parser.\n\n### Difficulty\n\nHard\n\n' +
        '## Better docs\n\n### Project Description\n\nWrite the guide.\n\n### Difficulty\n\nEasy\n',
    );
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Faster parser', 'Better docs']);
    expect(file.ideas[0].fields.description?.value).toContain('Rewrite the parser');
  });

  it('finds the six visible ideas of Java PathFinder, none of those in comments', () => {
    const file = real('syheliel__jpf-wiki-sync__GSoC-2025-Project-Ideas.md');
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'Support Java 11/17 for JPF extensions',
      'Support for Java 17 for jpf-core',
      'Robustify String solving for SPF',
      'Support runtime exception in SPF',
      'Support portfolio of solvers in SPF',
      'Use LLM to generate sound reduction rules',
    ]);
    for (const idea of file.ideas)
      expect(Object.keys(idea.fields)).toEqual(expect.arrayContaining(['difficulty', 'mentors']));
  });
});

describe('prose-only headings on a page whose introduction says it lists ideas (Bela)', () => {
  const body =
    '## Live patching\n\nPure Data is a visual data-flow language for audio applications supported by Bela.\n\n' +
    '## Browser-based IDE\n\nBela’s browser-based IDE is served by a node.js server running home-grown modules.\n';

  it('reads the headings as ideas, also under a front matter title', () => {
    const intro = 'This page collects ideas for projects for students.\n\n';
    expect(titles(intro + body)).toEqual(['Live patching', 'Browser-based IDE']);
    expect(titles(`---\ntitle: Google Summer of Code\n---\n\n${intro}${body}`)).toEqual([
      'Live patching',
      'Browser-based IDE',
    ]);
  });

  it('does not when the introduction does not speak of ideas', () => {
    expect(titles(`This page describes our audio platform.\n\n${body}`)).toEqual([]);
  });

  it('finds the seven ideas of Bela', () => {
    expect(real('BelaPlatform__bela_site__gsoc.md').ideas).toHaveLength(7);
  });
});

describe('items with an italic title under a heading naming ideas (Syntacticus)', () => {
  const text =
    '## Ideas for GSoC projects\n\n### Front-end projects\n\n* *Improve visualisation*. Visualising dependency structures is hard. ' +
    '*You need: Javascript*\n\n* *Intelligent search*. Our search facilities are basic.\n\n  * *A part*. Nested.\n\n' +
    '### Toolkit projects\n\n* *Write a CorpusReader*. Getting PROIEL XML into NLTK would be a win.\n';

  it('reads every item as an idea titled by its italic phrase, under every such heading', () => {
    const file = parse(text);
    expect(file.ideas.map((idea) => idea.title)).toEqual([
      'Improve visualisation',
      'Intelligent search',
      'Write a CorpusReader',
    ]);
    // The heading titling the list is a section of its ideas, as it is over ideas written as headings.
    expect(file.ideas[1].section).toEqual(['Ideas for GSoC projects', 'Front-end projects']);
  });

  it('does not when one item has no marked title, or when the heading names no ideas', () => {
    expect(titles(text.replace('* *Intelligent search*.', '* Intelligent search:'))).not.toContain(
      'Improve visualisation',
    );
    expect(titles(text.replace(/ (?:GSoC )?projects/g, '').replace('Ideas for', 'Work in'))).not.toContain(
      'Improve visualisation',
    );
  });

  it('finds the six ideas of Syntacticus, the nested items being parts of the third', () => {
    const file = real('proiel__dev.syntacticus.org__docs-gsoc.md');
    expect(file.ideas).toHaveLength(6);
    expect(file.ideas[2].title).toBe('Implement smart cross-references to external resources');
  });

  // `*You need: Javascript, D3.js, Vue.js*` closes each item: a label and its value in one emphasis, after a sentence.
  it("reads an item's `*You need: …*` as its skills, on the minimal example and on every idea of Syntacticus", () => {
    expect(parse(text).ideas[0].fields.skills?.value).toBe('Javascript');
    expect(parse(text).ideas[1].fields.skills).toBeUndefined();
    const file = real('proiel__dev.syntacticus.org__docs-gsoc.md');
    expect(file.ideas.map((idea) => idea.fields.skills?.value)).toEqual([
      'Javascript, D3.js, Vue.js',
      'Javascript, Ruby',
      'Javascript, Ruby',
      'Python.',
      'Ruby, a bit of experience with taggers',
      'Ruby, a bit of experience with taggers',
    ]);
  });
});

describe('same-level sub-headings inside an idea of a page that separates its ideas by rules (LabLua)', () => {
  const idea = (title: string, extra = ''): string =>
    `* * *\n\n### ${title}\n\nWhat the idea is about, in a sentence or two.\n\n${extra}#### Skill level\n\n* Beginner\n\n` +
    `#### Mentors\n\n* [Ana](mailto:ana@x.test)\n\n`;
  const text =
    '## Ideas\n\n' +
    idea('First idea') +
    idea('Terminal UI library', '### Things to consider\n\nThe library should be general purpose.\n\n') +
    idea('Third idea') +
    idea('Fourth idea');

  it('reads them as parts of the idea, whose fields after them are its own', () => {
    const file = parse(text);
    expect(file.ideas.map((each) => each.title)).toEqual([
      'First idea',
      'Terminal UI library',
      'Third idea',
      'Fourth idea',
    ]);
    expect(fieldsOf(file, 'Terminal UI library')).toEqual(['description', 'difficulty', 'mentors']);
  });

  it('keeps a heading with labels of its own before the next one an idea, rule or not', () => {
    const missingRule = text.replace('* * *\n\n### Third idea', '### Third idea');
    expect(titles(missingRule)).toContain('Third idea');
  });

  it('finds the eight ideas of LabLua, Terminal UI with all its fields', () => {
    const file = real('labluapucrio__gsoc__2025-ideas.md');
    expect(file.ideas).toHaveLength(8);
    expect(fieldsOf(file, 'Terminal UI library for Lua')).toEqual(
      expect.arrayContaining(['difficulty', 'mentors', 'outcomes', 'size', 'skills']),
    );
  });
});
