import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

// General rule: an HTML table is a table. A `<table>` marking header cells (`<th>`) is a table of data, read as a GFM
// table is: its first row is the header and each row below it is read as a GFM row would be (a title column makes
// each row an idea), and a cell's own label lines (`<b>Mentor:</b> …<br />`) are fields of its row. Real lists:
// Developers Italia's Season of Docs ideas (regression-5: `Project | Brief description | Difficulty | Contact`, one
// idea per `<tr>`); a table without `<th>` only lays a page out (DesignSafe's logos beside their text, regression-2)
// and stays as written.
const page = [
  '# Ideas',
  '',
  '<table id="issues_table">',
  '    <thead>',
  '        <tr role="row">',
  '            <th style="width: 40px;">Project</th>',
  '            <th>Brief description</th>',
  '            <th>Difficulty</th>',
  '        </tr>',
  '    </thead>',
  '',
  '    <tbody>',
  '       <tr role="row" id="cie">',
  '            <td tabindex="0">CIE</td>',
  '            <td>',
  '                <b>CIE</b> is the new electronic identity card.',
  '                <br />',
  '                <b>Expected outcome:</b> a developers guide.',
  '                <br />',
  '                <b>Required skills:</b>',
  '                <ul>',
  '                    <li>- Web Applications</li>',
  '                    <li>- Cybersecurity</li>',
  '                </ul>',
  '            </td>',
  '            <td>Medium</td>',
  '        </tr>',
  '        <tr role="row" id="spid">',
  '            <td>SPID</td>',
  '            <td><b>SPID</b> is a digital identity.</td>',
  '            <td>Hard</td>',
  '        </tr>',
  '</tbody>',
  '</table>',
  '',
  'Text after the table.',
  '',
].join('\n');

describe('HTML tables', () => {
  it('reads each row of a table with header cells as an idea, at its row, with its columns and cell labels', () => {
    const file = parseIdeaFile('ideas.md', page);
    const lines = page.split('\n');
    expect(file.ideas.map((idea) => [idea.title, lines[idea.position.start.line - 1].trim()])).toEqual([
      ['CIE', '<tr role="row" id="cie">'],
      ['SPID', '<tr role="row" id="spid">'],
    ]);
    const [cie, spid] = file.ideas;
    expect(cie.fields.difficulty?.value).toBe('Medium');
    expect(spid.fields.difficulty?.value).toBe('Hard');
    expect(cie.fields.outcomes?.value).toBe('a developers guide.');
    expect(lines[(cie.fields.outcomes?.labelPosition.start.line ?? 0) - 1]).toContain('<b>Expected outcome:</b>');
    expect(cie.fields.skills?.value).toContain('Web Applications');
    expect(cie.fields.skills?.value).toContain('Cybersecurity');
    expect(spid.fields.outcomes).toBeUndefined();
    expect(file.text).toBe(page);
  });

  it('leaves a layout table (no header cells) and its content as written', () => {
    const layout = page.replace(/<(\/?)th\b/g, '<$1td');
    const file = parseIdeaFile('ideas.md', layout);
    expect(file.ideas.map((idea) => idea.title)).not.toContain('CIE');
    expect(file.tree.children.some((node) => node.type === 'table')).toBe(false);
  });

  it('reads hostile tables in linear time: unclosed tags, 1,000 rows, 200 nested tables', () => {
    const head = '<table>\n<tr><th>Project</th><th>Difficulty</th></tr>\n';
    for (const text of [
      `${head}${'<td'.repeat(30_000)}\n</table>\n`,
      `${head}${'<tr><td>Idea</td><td>Easy</td></tr>\n'.repeat(1_000)}</table>\n`,
      `${head}${'<tr><td><table><tr><th>x</th>'.repeat(200)}${'</table></td></tr>'.repeat(200)}\n</table>\n`,
      `${head}<tr><td>never closed</td>\n`,
    ]) {
      const started = performance.now();
      const file = parseIdeaFile('tables.md', text);
      expect(file.ideas.length + file.notices.length).toBeGreaterThanOrEqual(0);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });
});
