import { describe, expect, it } from 'vitest';
import { ANCHOR_LINE, anchorLinesAsBlank } from '../../src/parse/anchor-lines.js';
import { parseIdeaFile } from '../../src/parse/index.js';

const idea = (heading: string): string =>
  `${heading}\n\nSome text about it.\n\n**Level:** Advanced\n\n**Mentor:** [Jane Doe](https://example.org) - jane@example.org\n\n`;

// General rule: an HTML anchor alone on its line displays nothing, so it changes no structure. Real lists that put one
// before each heading: Cesium's GSoC 2013 wiki page (`<a name="android">` ⏎ `# Android`, regression-8), Redox OS
// (`<a id="tokio"></a>` ⏎ `## Port Tokio`, regression-6) and JPF's wiki (regression-4).
describe('anchor lines', () => {
  it('recognises lines of empty anchors only', () => {
    for (const line of [
      '<a name="android">',
      '<a id="tokio"></a>',
      '<a name="x"/>',
      '<a name="x"><a/>',
      '<a name="a"></a><a name="b"></a>',
    ])
      expect(ANCHOR_LINE.test(line)).toBe(true);
    for (const line of ['<a href="x">link</a>', '<a name="x">Title</a>', 'Text <a name="x">', '    <a name="x">'])
      expect(ANCHOR_LINE.test(line)).toBe(false);
  });

  it('writes an anchor line opening a block as spaces, keeping every offset', () => {
    const text = '# Ideas\n<a name="android">\n# Android\n\n<a name="perf">\r\n## Performance\n';
    const blank = anchorLinesAsBlank(text);
    expect(blank.length).toBe(text.length);
    expect(blank).toBe('# Ideas\n                  \n# Android\n\n               \r\n## Performance\n');
  });

  it('leaves anchors in code fences and anchors continuing a paragraph as written', () => {
    const text = 'Some prose\n<a name="x">\n\n```html\n<a name="y">\n```\n';
    expect(anchorLinesAsBlank(text)).toBe(text);
  });

  it('leaves anchors inside an HTML comment as written, and blanks one opening a block after the comment closes', () => {
    const text = '<!--\n<a name="x">\n-->\n<a name="y">\n## Y\n';
    expect(anchorLinesAsBlank(text)).toBe('<!--\n<a name="x">\n-->\n            \n## Y\n');
  });

  it('reads the heading after an open anchor tag as a heading (Cesium: `<a name="…">` ⏎ `## Title`)', () => {
    const text = `# Google Summer of Code 2013 Idea List\n\n<a name="android">\n# Android\n\n<a name="perf">\n${idea('## Android Performance')}<a name="graphics">\n# Graphics\n\n<a name="declutter">\n${idea('## Declutter for Map Labels')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => [entry.title, entry.section])).toEqual([
      ['Android Performance', ['Android']],
      ['Declutter for Map Labels', ['Graphics']],
    ]);
    expect(file.ideas[0].fields.difficulty?.value).toBe('Advanced');
  });
});
