import { describe, expect, it } from 'vitest';
import { isNotAnIdeaSpanTitle } from '../../src/parse/headings.js';
import { parseIdeaFile } from '../../src/parse/index.js';

const prose = (topic: string): string =>
  `Your task would be to ${topic}, discussing the design with the development team and implementing it with tests.\n\n`;

// Forms of the Google Code wiki exports of regression-16 (Synoptic, GC3Pie), written as grammars and tested in other
// spellings: a listed level whose ideas may have parts, an invitation title of two sentences, a rule under a label
// heading.
describe('wiki-export forms', () => {
  // Grammar: LIST ⏎ (IDEA ⏎ prose | IDEA ⏎ prose ⏎ PART+)+ under a heading naming ideas: the headings without
  // sub-headings are ideas by their prose, so a heading of the same level introducing itself before its sub-headings
  // is an idea with parts (GC3Pie's `## Integrate GC3Pie into the IPython notebook ##` ⏎ two `###` ways ⏎ `###
  // Warning: additional requisites ###`).
  it.each([
    ['# Project Ideas #', '##', '###', ' ##', ' ###'],
    ['## Ideas', '###', '####', '', ''],
    ['# Proposed projects', '##', '###', '', ''],
  ])('reads a listed level whose ideas may have parts (%s)', (list, idea, part, close, closePart) => {
    const text =
      `# Introduction #\n\nSome words about the project and the programme this summer.\n\n${list}\n\n` +
      `${idea} Replace the subprocess module${close}\n\n${prose('make the API a drop-in replacement')}` +
      `${idea} Statistics for sessions${close}\n\n${prose('plot job statistics')}` +
      `${idea} Integrate with the notebook${close}\n\n${prose('let the notebook drive tasks in one of two ways')}` +
      `${part} Rich display of tasks${closePart}\n\n${prose('write formatters for task objects')}` +
      `${part} An execution engine${closePart}\n\n${prose('write an execution backend')}` +
      `${idea} Reliability-based scheduling${close}\n\n${prose('rank resources by reliability')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual([
      'Replace the subprocess module',
      'Statistics for sessions',
      'Integrate with the notebook',
      'Reliability-based scheduling',
    ]);
  });

  it('keeps a level of sections when most headings group sub-headings, or a grouping heading has no text', () => {
    const text =
      `# Project Ideas\n\n## Web\n\n### Faster pages\n\n${prose('speed the pages up')}### Dark mode\n\n${prose('add a dark theme')}` +
      `## Desktop\n\n### Tray icon\n\n${prose('add a tray icon')}### Offline sync\n\n${prose('sync offline')}` +
      `## Better logging\n\n${prose('structure the logs')}`;
    const titles = parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.title);
    expect(titles).not.toContain('Web');
    expect(titles).not.toContain('Desktop');
  });

  // Grammar: a title of several sentences whose first is an invitation to bring one's own idea is no idea.
  it('reads a two-sentence invitation as no idea title', () => {
    for (const title of [
      "Got an idea? We're glad to listen!",
      'Have a project in mind? Tell us',
      'Have your own idea? Contact the mentors.',
      'Your idea here! Ask us on the list',
    ])
      expect(isNotAnIdeaSpanTitle(title), title).toBe(true);
    for (const title of ['Faster parser', 'Why rewrite? A faster parser', 'Support for plugins! A new API'])
      expect(isNotAnIdeaSpanTitle(title), title).toBe(false);
  });

  // Grammar: a rule right under a label heading, before its value, underlines the heading (wiki exports rule every
  // heading): the text under the rule is the value.
  it.each(['---', '***', '___', '<hr/>'])('reads the value under a label heading ruled with %s', (rule) => {
    const text =
      `# Ideas\n\n## Faster parser\n\n${prose('speed the parser up')}### Expected Outcome\n${rule}\nA parser twice as fast, merged.\n\n` +
      `### Required Skills\n${rule}\nRust and parsing.\n\n### Mentors\n${rule}\nJane Doe (jane@example.org)\n\n` +
      `## Better docs\n\n${prose('rewrite the docs')}### Expected Outcome\n${rule}\nA new guide.\n\n` +
      `### Required Skills\n${rule}\nWriting.\n\n### Mentors\n${rule}\nJohn Roe (john@example.org)\n`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => [entry.title, entry.fields.outcomes?.value, entry.fields.skills?.value])).toEqual([
      ['Faster parser', 'A parser twice as fast, merged.', 'Rust and parsing.'],
      ['Better docs', 'A new guide.', 'Writing.'],
    ]);
  });
});
