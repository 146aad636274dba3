// The command line as users run it: every case runs the built dist/cli.js (`npm run bundle`) as a child process.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_IDEA, IDEA, makeProject, runCli } from './bin-support.js';

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

const paths = (stdout: string): string[] => JSON.parse(stdout).files.map((file: { path: string }) => file.path);

describe('dist/cli.js: which files are linted', () => {
  it('always lints a file named on the command line: outside the folder, absolute, or not Markdown', async () => {
    const other = makeProject({ 'ideas.md': IDEA });
    const dir = makeProject({
      '.idea-lint.yml': 'files: ["ideas/**/*.md"]\n',
      'ideas.txt': IDEA,
      'CHANGELOG.md': IDEA,
    });
    const relativeOther = join('..', other.split('/').at(-1)!, 'ideas.md');
    const result = await runCli(dir, [relativeOther, join(dir, 'CHANGELOG.md'), 'ideas.txt', '-f', 'json', ...TODAY]);
    expect(result.stderr).toBe('');
    expect(paths(result.stdout)).toEqual([relativeOther, 'CHANGELOG.md', 'ideas.txt'].sort());
    expect(result.code).toBe(0);
  });

  it("skips a named file only for the user's own ignores, with a warning on stderr", async () => {
    const dir = makeProject({
      '.idea-lint.yml': 'ignores: ["archive/**"]\n',
      'archive/2014.md': IDEA,
      'ideas.md': IDEA,
    });
    const result = await runCli(dir, ['archive/2014.md', 'ideas.md', '-f', 'json', ...TODAY]);
    expect(paths(result.stdout)).toEqual(['ideas.md']);
    expect(result.stderr).toBe(
      'idea-lint: warning: archive/2014.md is not linted: it matches "archive/**" in the "ignores" of .idea-lint.yml.\n',
    );
  });

  it('exits 2 saying why when nothing at all is linted', async () => {
    const ignored = makeProject({ '.idea-lint.yml': 'ignores: ["archive/**"]\n', 'archive/2014.md': IDEA });
    const named = await runCli(ignored, ['archive/2014.md', ...TODAY]);
    expect(named.code).toBe(2);
    expect(named.stdout).toBe('');
    expect(named.stderr).toContain(
      'idea-lint: nothing to lint: every file named is skipped by the "ignores" of .idea-lint.yml.\n',
    );
    const empty = makeProject({ 'README.md': IDEA, 'notes.txt': 'x' });
    const bare = await runCli(empty, TODAY);
    expect(bare).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'idea-lint: nothing to lint: no file here matches the "files" globs of the configuration (**/*.md) outside its "ignores"; name the files to lint, or change "files".\n',
    });
  });

  it('treats a pattern that matches nothing as no error with --no-error-on-unmatched-pattern', async () => {
    const dir = makeProject({ 'ideas.md': CLEAN_IDEA });
    const strict = await runCli(dir, ['ideas.md', 'missing/*.md', ...TODAY]);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toBe('idea-lint: "missing/*.md": no idea files match this pattern.\n');
    const lenient = await runCli(dir, [
      'ideas.md',
      'missing/*.md',
      'gone.md',
      '--no-error-on-unmatched-pattern',
      ...TODAY,
    ]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe('✔ No problems: 1 idea in 1 file.\n');
  });

  it('lets a files glob naming README.md win over the built-in ignores', async () => {
    const dir = makeProject({
      '.idea-lint.yml': 'files: ["programs/**/README.md"]\n',
      'programs/lfx/2026/README.md': IDEA,
      'programs/lfx/2026/CHANGELOG.md': IDEA,
      'README.md': IDEA,
    });
    expect(paths((await runCli(dir, ['-f', 'json', ...TODAY])).stdout)).toEqual(['programs/lfx/2026/README.md']);
  });

  it('un-ignores README.md with a negated ignores glob', async () => {
    const dir = makeProject({
      '.idea-lint.yml': 'ignores: ["!**/README.md"]\n',
      'gsoc/README.md': IDEA,
      'CHANGELOG.md': IDEA,
    });
    expect(paths((await runCli(dir, ['-f', 'json', ...TODAY])).stdout)).toEqual(['gsoc/README.md']);
  });
});

describe('dist/cli.js: severities in the configuration', () => {
  it('accepts severities as ESLint writes them: warn, 0/1/2 and [severity, options]', async () => {
    const config = [
      'rules:',
      '  undefined-terms: 2',
      '  thin-description: 0',
      '  invalid-date: [warn, {}]',
      '  stale-verification: { severity: 1, maxAgeDays: 30 }',
      '',
    ].join('\n');
    const dir = makeProject({ '.idea-lint.yml': config, 'ideas.md': IDEA });
    const result = await runCli(dir, ['-f', 'json', ...TODAY]);
    const findings = JSON.parse(result.stdout).files[0].findings as { ruleId: string; severity: string }[];
    expect(findings.map((f) => [f.ruleId, f.severity]).sort()).toEqual([
      ['invalid-date', 'warning'],
      ['stale-verification', 'warning'],
      ['undefined-terms', 'error'],
    ]);
    expect(result.code).toBe(1);
  });

  it('rejects a misspelt severity naming the file, the key and the severity meant', async () => {
    const dir = makeProject({ '.idea-lint.yml': 'rules:\n  undefined-terms: warnign\n', 'ideas.md': IDEA });
    const result = await runCli(dir, TODAY);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^\.idea-lint\.yml: rules\.undefined-terms: got "warnign" \(did you mean "warning"\?\); expected error, warning, notice or off \(or ESLint's warn, 0, 1 or 2\), or a mapping .*\.\n$/,
    );
  });
});
