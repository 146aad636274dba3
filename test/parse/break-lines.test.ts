import { describe, expect, it } from 'vitest';
import { BREAK_LINE, breakLinesAsBlank } from '../../src/parse/break-lines.js';
import { parseIdeaFile } from '../../src/parse/index.js';

const idea = (heading: string): string =>
  `${heading}\n\nSome text about what the project does and why it matters.\n\n**Level:** Advanced\n\n**Mentor:** Jane Doe (jane@example.org)\n\n`;

// General rule: a line of nothing but line breaks, paragraph tags or rules (`<br />`, `<p>`, `</p>`, `<hr/>`) shows
// space and hides no text, so the Markdown lines under it stay Markdown. In CommonMark such a line opens an HTML block
// running to the next blank line, which swallowed the heading below it. Real list: Synoptic's Google Code wiki export
// (`<br />` ⏎ `## Visualization improvements ##`, regression-16); the variants html-breaks, html-rules and
// html-paragraphs write the same form into every regression list.
describe('break lines', () => {
  it('recognises lines of layout tags only', () => {
    for (const line of [
      '<br />',
      '<br/>',
      '<br>',
      '</br>',
      '<BR>',
      '<br/><br/>',
      '<p>',
      '</p>',
      '</p><p>',
      '<hr/>',
      '<hr>',
      '   <br clear="all">',
      '<wbr>',
    ])
      expect(BREAK_LINE.test(line), line).toBe(true);
    for (const line of ['<br> text', 'Text<br>', '<div>', '<b>', '<p>Text</p>', '    <br>', '<brx>', '<pre>'])
      expect(BREAK_LINE.test(line), line).toBe(false);
  });

  it('writes a break line opening a block over Markdown as spaces and an <hr> line as a rule, keeping offsets', () => {
    const text = '# Page\n\n<br />\n## One ##\n\n<hr/>\r\n## Two\n\n<br/><br/>\n### Three\n';
    const blank = breakLinesAsBlank(text);
    expect(blank.length).toBe(text.length);
    expect(blank).toBe('# Page\n\n      \n## One ##\n\n***  \r\n## Two\n\n          \n### Three\n');
  });

  it('leaves a break line that hides nothing, continues a paragraph, or sits in a fence or a comment', () => {
    for (const text of [
      'Some prose\n<br>\n## Heading\n',
      '<br />\n\n## Heading\n',
      '```html\n\n<br>\n## not a heading\n```\n',
      '<!--\n\n<br>\n## hidden\n-->\n',
      '<br />',
    ])
      expect(breakLinesAsBlank(text)).toBe(text);
  });

  it('writes a <p> or </p> line as spaces even after a paragraph line, since it interrupts one', () => {
    expect(breakLinesAsBlank('Prose line\n<p>\n## Heading\n')).toBe('Prose line\n   \n## Heading\n');
    expect(breakLinesAsBlank('Prose line\n</p>\n**Mentor:** Jane\n')).toBe('Prose line\n    \n**Mentor:** Jane\n');
  });

  it.each([
    ['<br />', 'Synoptic'],
    ['<br>', 'plain break'],
    ['<br/><br/>', 'two breaks'],
    ['</br>', 'misspelt break'],
    ['<p>', 'paragraph tag'],
    ['</p>', 'closing paragraph tag'],
    ['<hr/>', 'rule'],
  ])('reads the heading under a %s line (%s) as an idea heading', (tag) => {
    const text = `# Ideas\n\nOur ideas for this summer.\n\n${tag}\n${idea('## Faster parser ##')}\n${tag}\n${idea('## Better docs')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => [entry.title, entry.titlePosition.start.line])).toEqual([
      ['Faster parser', 6],
      ['Better docs', 16],
    ]);
    expect(file.ideas.map((entry) => entry.fields.difficulty?.value)).toEqual(['Advanced', 'Advanced']);
  });
});
