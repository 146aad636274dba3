// Parse stage: HTML layout inside Markdown read as the Markdown it displays as (src/parse/html-layout.ts), on minimal
// examples and on the real lists it comes from. The rules are HTML's: `<h2>` is a heading, `<blockquote>` a quote,
// a `<br>` before a line's first words shows as nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breaksBeforeLabel, htmlQuotesAsMarkdown, parseLayout } from '../../src/parse/html-layout.js';
import { isTemplateSlotFields } from '../../src/parse/headings.js';
import { parseIdeaFile, type IdeaFile } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const parse = (text: string): IdeaFile => parseIdeaFile('ideas.md', text);
const fieldsOf = (file: IdeaFile, title: string): string[] =>
  Object.keys(file.ideas.find((idea) => idea.title === title)?.fields ?? {}).sort();
const lineLengths = (text: string): number[] => text.split('\n').map((line) => line.length);

const REGRESSION_8 = new URL('../fixtures/regression-8/', import.meta.url);
const real = (name: string): IdeaFile => parseIdeaFile(name, readFileSync(new URL(name, REGRESSION_8), 'utf8'));

describe('`<br>`s before a label in emphasis (Open Data Kit: `<br><i>Languages:</i>  Java<br>`)', () => {
  it('moves the breaks after the emphasis, and a colon right after it, keeping the value at its offset', () => {
    expect(breaksBeforeLabel('<br>**Mentor:** Jane')).toBe('**Mentor:**     Jane');
    expect(breaksBeforeLabel('<br/> <br><i>Languages:</i>  Java')).toBe(`<i>Languages:</i>${' '.repeat(12)}Java`);
    expect(breaksBeforeLabel('<br><b>Mentor</b>: Jane')).toBe('<b>Mentor</b>:     Jane');
    expect(breaksBeforeLabel('- <br>_Skills:_ Go')).toBe('- _Skills:_     Go');
    // Emphasis not closed on the line (a label broken over two lines) moves whole.
    expect(breaksBeforeLabel('<br>**Skills\r')).toBe('**Skills    \r');
  });

  it('leaves a line alone when no emphasis follows the breaks, or a break does not open it', () => {
    for (const line of ['<br>Potential mentors: jpm', 'Text <br>**Mentor:** Jane', '<br>** not emphasis', '<br>'])
      expect(breaksBeforeLabel(line)).toBe(line);
  });

  it('reads the label after the breaks on a page without HTML headings, at the start of a paragraph or an item', () => {
    const file = parse(
      '## Unit testing\n\nBuild unit tests for the core.\n\n<br>**Mentor:** Jane Doe\n\n- <br>*Skills:* Java\n',
    );
    expect(fieldsOf(file, 'Unit testing')).toEqual(['description', 'mentors', 'skills']);
    expect(file.ideas[0].fields.mentors?.value).toBe('Jane Doe');
    expect(file.ideas[0].fields.skills?.value).toBe('Java');
  });
});

describe('`<blockquote>` bodies (SVG-Edit: `<h2>` ideas whose labels are lines of an HTML quote)', () => {
  const text =
    '# Ideas\n\n<h2>Pattern Fills</h2>\n\n<blockquote>Required knowledge: SVG, JS<br>\nSkill level: Advanced<br>\n' +
    'Mentor: Jane Doe<br>\nDescription:<br>\n<blockquote>Use a pattern to define a fill.</blockquote></blockquote>\n\n' +
    '<h2>History Sidebar</h2>\n\n<blockquote><b>Required knowledge:</b> JS<br>\nSkill level: Hard<br>\n' +
    'Mentor: Joe Bloggs<br>\nDescription:<br>\n<ul><li>An undo stack<br>\n</li><li>Shown in the sidebar</li></ul>' +
    '</blockquote>\n';

  it('reads the quote as a block quote of text: each labelled line a field of the idea above it', () => {
    const file = parse(text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Pattern Fills', 'History Sidebar']);
    for (const title of ['Pattern Fills', 'History Sidebar'])
      expect(fieldsOf(file, title)).toEqual(['description', 'difficulty', 'mentors', 'skills']);
    expect(file.ideas[0].fields.skills?.value).toBe('SVG, JS');
    expect(file.ideas[0].fields.description?.value).toBe('Use a pattern to define a fill.');
    // A label in HTML emphasis inside the quote is read as the Markdown emphasis it displays as.
    expect(file.ideas[1].fields.skills?.value).toBe('JS');
    expect(file.ideas[1].fields.mentors?.labelPosition.start.line).toBe(15);
    expect(file.ideas[1].titlePosition.start.line).toBe(11);
  });

  it('keeps every offset: the text as parsed has the length of the source, line by line', () => {
    const layout = parseLayout(text);
    expect(lineLengths(layout.text)).toEqual(lineLengths(text));
    expect(layout.text).toContain('            Required knowledge: SVG, JS    \n');
    const quote = layout.tree.children.find((node) => node.type === 'blockquote');
    expect(quote?.position?.start.line).toBe(5);
    expect(quote?.position?.start.offset).toBe(text.indexOf('<blockquote>'));
  });

  it('reads no indented code inside the quote, and leaves indented code and other HTML blocks outside it alone', () => {
    const source = '    code: here\n\n<blockquote>Mentor: Jane</blockquote>\n\n<div>Mentor: Joe</div>\n';
    const { text: layout, tree } = htmlQuotesAsMarkdown(parseMarkdown(source), source);
    expect(tree.children.map((node) => node.type)).toEqual(['code', 'blockquote', 'html']);
    expect(layout).toBe(source.replace('<blockquote>', ' '.repeat(12)).replace('</blockquote>', ' '.repeat(13)));
  });

  it('leaves the quotes HTML blocks when their tags, written as spaces, indent a line past the nesting bound', () => {
    const source = `<blockquote>Mentor: Jane<br>\n${'<blockquote>'.repeat(200)}Skills: Go\n`;
    const file = parse(source);
    expect(file.notices).toEqual([]);
    expect(parseLayout(source).tree.children.map((node) => node.type)).toEqual(['html']);
  });

  it('leaves a page without HTML quotes as it was', () => {
    const source = '# Ideas\n\n> Mentor: Jane\n';
    const tree = parseMarkdown(source);
    expect(htmlQuotesAsMarkdown(tree, source)).toEqual({ text: source, tree });
  });

  it('finds the ten ideas of SVG-Edit with their fields, and not its template', () => {
    const file = real('kimoa__svg-edit__Summer_of_Code_2010.md');
    expect(file.ideas).toHaveLength(10);
    expect(file.ideas.map((idea) => idea.titlePosition.start.line)).toEqual([
      41, 56, 66, 75, 84, 93, 102, 111, 120, 129,
    ]);
    for (const idea of file.ideas)
      expect(Object.keys(idea.fields)).toEqual(expect.arrayContaining(['skills', 'difficulty', 'mentors']));
    // The first idea's quote is half Markdown (`> Required knowledge: …<br>`), half HTML: both halves are read.
    expect(file.ideas[0].fields.difficulty?.value).toBe('Advanced');
    expect(file.ideas[1].fields.difficulty?.labelPosition.start.line).toBe(59);
  });
});

describe('a title that is a template placeholder token is no idea', () => {
  // A template's variable never filled in (`{IDEA_TITLE_TO_BE_REPLACED}`, SVG-Edit) names no project: a token in
  // braces, angle or square brackets, a constant in capitals joined by underscores, or a title still to be decided.
  const body = '\n\nMentor: Jane Doe\n\nSkills: Python\n\nDifficulty: Easy\n\n';
  const titles = (heading: string): string[] => parse(`## Real idea${body}${heading}${body}`).ideas.map((i) => i.title);

  it('drops `{…}`, `<…>`, `[…]`, CAPS_WITH_UNDERSCORES and TBD titles', () => {
    for (const heading of [
      '## {IDEA_TITLE_TO_BE_REPLACED}',
      '<h2>{IDEA_TITLE_TO_BE_REPLACED}</h2>',
      '## {{ project_name }}',
      '## <Project Title>',
      '## [Project name]',
      '## PROJECT_TITLE',
      '## TBD',
      '## To be decided',
    ])
      expect(titles(heading)).toEqual(['Real idea']);
  });

  it('keeps titles that only contain a bracket or capitals', () => {
    for (const [heading, title] of [
      ['## [WIP] Async runtime', '[WIP] Async runtime'],
      ['## GPU backend', 'GPU backend'],
      ['## Port {fmt} to C++20', 'Port {fmt} to C++20'],
      ['## REST API', 'REST API'],
    ])
      expect(titles(heading)).toEqual(['Real idea', title]);
  });
});

describe('a section whose every field tells the author what to write is a template slot', () => {
  // The rule: a template's fields are instructions — a slot saying what goes there (`Your name and contact will go
  // here.`) or a question to the author (`What does the prospective student need to know…?`) — so a section stating
  // nothing else names no idea, whatever its title (SVG-Edit's template, under a title that is no token).
  const svgEdit = readFileSync(new URL('kimoa__svg-edit__Summer_of_Code_2010.md', REGRESSION_8), 'utf8');

  it('reads the instructions as such, and real values as values', () => {
    expect(isTemplateSlotFields(['Your name and contact will go here.', 'How difficult would this idea be'])).toBe(
      true,
    );
    expect(isTemplateSlotFields(['What does the student need to know?', 'Your name', 'Description goes here'])).toBe(
      true,
    );
    // One instruction alone, or beside a real value, is a field still to fill in on a real idea.
    expect(isTemplateSlotFields(['Your name here'])).toBe(false);
    expect(isTemplateSlotFields(['Add your name here', 'Port the parser to Rust.'])).toBe(false);
    expect(isTemplateSlotFields(['Jane Doe', 'Python', ''])).toBe(false);
    expect(isTemplateSlotFields(['How the scheduler works in depth', 'Python'])).toBe(false);
  });

  it("drops SVG-Edit's template under any title, and keeps its ten ideas", () => {
    const file = parseIdeaFile('svg.md', svgEdit.replace('{IDEA_TITLE_TO_BE_REPLACED}', 'Another thing'));
    expect(file.ideas).toHaveLength(10);
    expect(file.ideas[9].title).toBe('Documentation Enhancements');
  });

  it('keeps a real idea that only invites a mentor', () => {
    const file = parse('## Parser port\n\nPort the parser to Rust.\n\nMentors: Add your name here\n\nSkills: Rust\n');
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Parser port']);
  });
});
