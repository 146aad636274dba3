// The command line as users run it: every case runs the built dist/cli.js (`npm run bundle`) as a child process.
import { describe, expect, it } from 'vitest';
import { IDEA, makeProject, runCli } from './bin-support.js';

const TODAY = ['--today', '2026-11-25'];

describe('dist/cli.js: disable comments', () => {
  it('reads idea-lint-disable-line as a one-line directive, not as idea-lint-disable', async () => {
    const first = IDEA.replace(
      'Rewrite the PCIe parser',
      'Rewrite the PCIe <!-- idea-lint-disable-line undefined-terms --> parser',
    );
    const second = IDEA.replace('# Ideas\n', '').replace('## Parser rewrite', '## Parser tests');
    const dir = makeProject({ 'ideas.md': `${first}${second}` });
    const result = await runCli(dir, ['ideas.md', '-f', 'json', ...TODAY]);
    const findings = JSON.parse(result.stdout).files[0].findings as { ruleId: string; line: number }[];
    expect(findings.filter((f) => f.ruleId === 'undefined-terms').map((f) => f.line)).toEqual([16]);
  });

  it('supports disable-next-line, disable/enable and disable-file', async () => {
    const nextLine = IDEA.replace('- Verified:', '<!-- idea-lint-disable-next-line invalid-date -->\n- Verified:');
    const block = `<!-- idea-lint-disable undefined-terms -->\n${IDEA}<!-- idea-lint-enable undefined-terms -->\n`;
    const file = `${IDEA}\n<!-- idea-lint-disable-file -->\n`;
    const dir = makeProject({ 'a.md': nextLine, 'b.md': block, 'c.md': file });
    const report = JSON.parse((await runCli(dir, ['a.md', 'b.md', 'c.md', '-f', 'json', ...TODAY])).stdout);
    const ids = (i: number) => report.files[i].findings.map((f: { ruleId: string }) => f.ruleId).sort();
    expect(ids(0)).toEqual(['thin-description', 'undefined-terms']);
    expect(ids(1)).toEqual(['invalid-date', 'thin-description']);
    expect(ids(2)).toEqual([]);
  });

  it('gives a notice for a directive naming an unknown rule, suggesting the rule meant', async () => {
    const dir = makeProject({ 'ideas.md': `<!-- idea-lint-disable undefined-term -->\n${IDEA}` });
    const result = await runCli(dir, ['ideas.md', ...TODAY]);
    expect(result.stdout).toMatch(
      /^ {2}1:1 +notice +"undefined-term" in this idea-lint-disable comment is not a rule id, so it changes nothing: did you mean "undefined-terms"\?$/m,
    );
    expect(result.stdout).toContain('undefined-terms\n');
  });
});

describe('dist/cli.js: severities', () => {
  it('prints a skipped binary file as a notice, never "info"', async () => {
    const dir = makeProject({ 'ideas.md': Buffer.from('# Ideas\u0000\n', 'utf8') });
    const result = await runCli(dir, ['ideas.md', ...TODAY]);
    expect(result.stdout).toContain(
      '  1:1  notice  Skipped: the file contains NUL bytes, so it is not text; idea files are Markdown.',
    );
    const severities = [...result.stdout.matchAll(/^ {2}\d+:\d+ +(\S+)/gm)].map((m) => m[1]);
    expect(severities.every((s) => ['error', 'warning', 'notice'].includes(s!))).toBe(true);
  });
});
