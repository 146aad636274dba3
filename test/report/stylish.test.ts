import { describe, expect, it } from 'vitest';
import renderStylish from '../../src/report/stylish.js';
import { sample } from './sample.js';

describe('stylish reporter', () => {
  it('renders the sample report', async () => {
    await expect(renderStylish(sample)).toMatchFileSnapshot('__snapshots__/sample.stylish.txt');
  });

  it('aligns line:col, severity, message and rule id in columns', () => {
    const lines = renderStylish(sample).split('\n');
    const start = lines.indexOf('ideas/xen-outreach.md');
    const rows = lines.slice(start + 1, start + 7);
    const ruleColumn = rows.map((row) => row.lastIndexOf('  ') + 2);
    expect(new Set(ruleColumn).size).toBe(1);
    expect(rows[0]).toMatch(/^ {2}11:15 {3}notice {3}Date "01\/22\/2013" is written month-first/);
    expect(rows[0]!.endsWith('  invalid-date')).toBe(true);
  });

  it('ends with a count of problems by severity', () => {
    expect(renderStylish(sample).trimEnd().split('\n').at(-1)).toBe('✖ 7 problems (4 errors, 2 warnings, 1 notice)');
  });

  it('says so when there are no problems', () => {
    const clean = { ...sample, files: sample.files.map((file) => ({ ...file, findings: [], notices: [] })) };
    expect(renderStylish(clean)).toBe('✔ No problems: 4 ideas in 3 files.\n');
  });

  it('colours only when asked to', () => {
    expect(renderStylish(sample)).not.toContain('\u001b[');
    const coloured = renderStylish(sample, { color: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured.replace(new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g'), '')).toBe(renderStylish(sample));
  });
});
