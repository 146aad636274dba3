import { describe, expect, it } from 'vitest';
import { contentTabsAsMarkdown } from '../../src/parse/content-tabs.js';
import { parseIdeaFile } from '../../src/parse/index.js';

const body = (indent: string): string =>
  [
    'Some text about the project.',
    '',
    '**Difficulty:** Hard',
    '',
    '**Mentor:** [Jane Doe](https://example.org) - jane@example.org',
    '',
    '**Expected outcomes:**',
    '',
    '- A working prototype',
  ]
    .map((line) => (line ? indent + line : line))
    .join('\n');

// General rule: MkDocs Material's documented content-tab syntax (pymdownx.tabbed: `=== "Title"`, the tab's content
// indented four spaces below, tabs nested by indenting further) displays a titled section, so a tab is read as a
// heading one level below the enclosing one and its indented content as that section's body. Real list: Carbyne
// Stack's GSoC page (regression-6: category tabs holding one tab per idea, with nested `Basic (175h)` tabs inside).
describe('MkDocs content tabs', () => {
  it('writes tabs as headings and de-indents their content, every line keeping its length', () => {
    const text = '## Topics\n\n=== "Core"\n\n    Intro.\n\n    === "Operator"\r\n\n        Text.\n\n## FAQ\n';
    const out = contentTabsAsMarkdown(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n').map((line, index) => line.length === text.split('\n')[index].length)).not.toContain(false);
    expect(out).toBe('## Topics\n\n###  Core \n\nIntro.    \n\n#### Operator     \r\n\nText.        \n\n## FAQ\n');
  });

  it('leaves pages without tabs, tabs in code fences and setext underlines as written', () => {
    for (const text of ['Title\n===\n\n    code\n', '```\n=== "Tab"\n\n    code\n```\n', 'No tabs here.\n'])
      expect(contentTabsAsMarkdown(text)).toBe(text);
  });

  it('reads ideas in nested tabs at their tab lines, with their fields (Carbyne Stack)', () => {
    const text = [
      '# GSoC',
      '',
      '## Topics',
      '',
      '=== "Core Development"',
      '',
      '    Projects from the core team.',
      '',
      '    === "Operator"',
      '',
      body('        '),
      '',
      '        === "Basic (175h)"',
      '',
      '            - A basic operator.',
      '',
      '    === "Migrate to gRPC"',
      '',
      body('        '),
      '',
      '## FAQ',
      '',
      'Ask us.',
      '',
    ].join('\n');
    const file = parseIdeaFile('gsoc.md', text);
    const lines = text.split('\n');
    expect(file.ideas.map((idea) => [idea.title, lines[idea.position.start.line - 1].trim()])).toEqual([
      ['Operator', '=== "Operator"'],
      ['Migrate to gRPC', '=== "Migrate to gRPC"'],
    ]);
    for (const idea of file.ideas) {
      expect(idea.fields.difficulty?.value).toBe('Hard');
      expect(idea.fields.mentors?.value).toContain('Jane Doe');
      expect(lines[(idea.fields.difficulty?.labelPosition.start.line ?? 0) - 1]).toContain('**Difficulty:** Hard');
    }
  });

  it('reads hostile tabs in linear time: 200 nested tabs, a 100 KB tab line, 500 tabs closing one by one', () => {
    const nested = Array.from({ length: 200 }, (_, depth) => `${' '.repeat(4 * depth)}=== "Tab ${depth}"\n`).join('');
    const longLine = `=== "${'"'.repeat(100_000)}\n    ${'=== "'.repeat(20_000)}\n`;
    const closing = Array.from({ length: 500 }, () => '=== "A"\n    === "B"\n        Text\nOut\n').join('');
    for (const text of [nested, longLine, closing]) {
      const started = performance.now();
      const out = contentTabsAsMarkdown(text);
      expect(out.length).toBe(text.length);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(parseIdeaFile('tabs.md', text).notices).toBeDefined();
    }
  });
});
