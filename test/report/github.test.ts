import { describe, expect, it } from 'vitest';
import renderGithub, { escapeData, escapeProperty } from '../../src/report/github.js';
import type { Report } from '../../src/lint/types.js';
import { sample } from './sample.js';

describe('github reporter', () => {
  it('renders the sample report', async () => {
    await expect(renderGithub(sample)).toMatchFileSnapshot('__snapshots__/sample.github.txt');
  });

  it('writes one workflow command per finding with its position and rule as title', () => {
    const lines = renderGithub(sample).trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=ideas/xen-outreach.md,line=33,col=13,endLine=33,endColumn=20,title=unknown-difficulty::Difficulty is "Unknown": state Easy, Medium or Hard so applicants can choose.',
    );
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(2);
  });

  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const report: Report = {
      version: '0.1.0',
      today: '2026-11-25',
      files: [
        {
          path: 'ideas/a,b:c.md',
          ideas: [],
          notices: [],
          findings: [
            {
              ruleId: 'x',
              severity: 'warning',
              message: 'Two\nlines',
              line: 1,
              column: 1,
              endLine: 1,
              endColumn: 2,
              offset: 0,
              endOffset: 1,
              idea: null,
              fingerprint: 'f',
              docs: 'https://example.org',
            },
          ],
        },
      ],
    };
    expect(renderGithub(report)).toBe(
      '::warning file=ideas/a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=x::Two%0Alines\n',
    );
  });

  it('prints nothing for a clean report', () => {
    expect(renderGithub({ version: '0.1.0', today: '2026-11-25', files: [] })).toBe('');
  });
});
