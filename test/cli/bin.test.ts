// The command line as users run it: every case runs the built dist/cli.js (`npm run bundle`) as a child process.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAIN_EXEC_ARGV } from '../../src/cli/reexec.js';
import { CLEAN_IDEA, CLI_ENTRY, IDEA, makeProject, runCli } from './bin-support.js';

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
        'idea-lint: nothing to lint: no file here matches the "files" globs of the configuration (**/*.md, **/*.markdown, **/*.wiki, **/*.mediawiki) outside its "ignores"; name the files to lint, or change "files".\n',
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

const GLOSSARY = 'glossary:\n  PCIe: PCI Express\n';

describe('dist/cli.js: standard input', () => {
  it('lints standard input as the file --stdin-filename names, under the configuration', async () => {
    const dir = makeProject({ '.idea-lint.yml': 'files: ["ideas/**/*.md"]\nrules:\n  thin-description: off\n' });
    const result = await runCli(dir, ['-', '--stdin-filename', 'ideas/2026.md', '-f', 'json', ...TODAY], IDEA);
    const report = JSON.parse(result.stdout);
    expect(paths(result.stdout)).toEqual(['ideas/2026.md']);
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'undefined-terms',
      'invalid-date',
    ]);
    expect(result.code).toBe(0);
  });

  it('names standard input <stdin> without --stdin-filename', async () => {
    const result = await runCli(makeProject({}), ['-', ...TODAY], CLEAN_IDEA.replace('2026-03-25', '25 March 26'));
    expect(result.stdout).toMatch(/^<stdin>\n {2}14:13 +notice +Verified "25 March 26" has a two-digit year/);
  });

  it('skips standard input named as an ignored file, with a warning, and exits 2', async () => {
    const dir = makeProject({ '.idea-lint.yml': 'ignores: ["archive/**"]\n' });
    const result = await runCli(dir, ['-', '--stdin-filename', 'archive/old.md', ...TODAY], IDEA);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('idea-lint: warning: archive/old.md is not linted: it matches "archive/**"');
  });

  it('refuses --fix on standard input', async () => {
    const result = await runCli(makeProject({}), ['-', '--fix'], IDEA);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fix cannot write to standard input; use --fix-dry-run');
  });
});

describe('dist/cli.js: --fix and --fix-dry-run', () => {
  const fixedIdea = IDEA.replace('the PCIe parser', 'the PCI Express (PCIe) parser').replace(
    '25 March 26',
    '2026-03-25',
  );

  it("applies the rules' fixes to the files and reports what is left", async () => {
    const dir = makeProject({ '.idea-lint.yml': GLOSSARY, 'ideas.md': IDEA, 'clean.md': CLEAN_IDEA });
    const result = await runCli(dir, ['--fix', '-f', 'json', ...TODAY]);
    expect(readFileSync(join(dir, 'ideas.md'), 'utf8')).toBe(fixedIdea);
    expect(readFileSync(join(dir, 'clean.md'), 'utf8')).toBe(CLEAN_IDEA);
    const left = JSON.parse(result.stdout).files.flatMap((f: { findings: { ruleId: string }[] }) => f.findings);
    expect(left.map((f: { ruleId: string }) => f.ruleId)).not.toContain('invalid-date');
    expect(result.stderr).toBe('idea-lint: applied 2 fixes in 1 file.\n');
  });

  it('prints the fixes as a unified diff with --fix-dry-run and writes nothing', async () => {
    const dir = makeProject({ '.idea-lint.yml': GLOSSARY, 'ideas.md': IDEA });
    const result = await runCli(dir, ['--fix-dry-run', ...TODAY]);
    expect(readFileSync(join(dir, 'ideas.md'), 'utf8')).toBe(IDEA);
    expect(result.stdout).toBe(
      [
        '--- a/ideas.md',
        '+++ b/ideas.md',
        '@@ -2,11 +2,11 @@',
        ' ',
        ' ## Parser rewrite',
        ' ',
        '-Rewrite the PCIe parser so that it streams its input instead of loading it whole, which makes large files slow.',
        '+Rewrite the PCI Express (PCIe) parser so that it streams its input instead of loading it whole, which makes large files slow.',
        ' ',
        ' - Difficulty: Medium',
        ' - Size: 175 hours',
        ' - Skills: TypeScript',
        ' - Mentors: Jane Doe <jane@example.org>',
        ' - Expected outcomes: A streaming parser.',
        '-- Verified: 25 March 26',
        '+- Verified: 2026-03-25',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('idea-lint: 2 fixes in 1 file would be applied; nothing was written.\n');
  });

  it('prints the diff for standard input with --fix-dry-run', async () => {
    const result = await runCli(
      makeProject({}),
      ['-', '--stdin-filename', 'ideas.md', '--fix-dry-run', ...TODAY],
      IDEA,
    );
    expect(result.stdout).toContain('-- Verified: 25 March 26\n+- Verified: 2026-03-25\n');
  });
});

describe('dist/cli.js: --max-warnings', () => {
  it('exits 1 when the warnings exceed the maximum, and 0 at it', async () => {
    const dir = makeProject({ 'ideas.md': IDEA });
    expect((await runCli(dir, ['--max-warnings', '2', ...TODAY])).code).toBe(0);
    const over = await runCli(dir, ['--max-warnings', '1', ...TODAY]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('idea-lint: warning: too many warnings: 2, over the maximum of 1 (--max-warnings).\n');
    const bad = await runCli(dir, ['--max-warnings', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings "many" is not a count; expected a whole number, such as 0 or 10.');
  });
});

describe('dist/cli.js: --help', () => {
  it('lists every configuration file name discovery looks for', async () => {
    const help = (await runCli(makeProject({}), ['--help'])).stdout;
    for (const name of [
      '.github/idea-lint.yml',
      '.github/idea-lint.yaml',
      '.idea-lint.yml',
      '.idea-lint.yaml',
      '.idea-lint.json',
    ]) {
      expect(help).toContain(name);
    }
    for (const option of [
      '--stdin-filename',
      '--fix',
      '--fix-dry-run',
      '--max-warnings',
      '--no-error-on-unmatched-pattern',
    ]) {
      expect(help).toContain(option);
    }
  });
});

describe('dist/cli.js: SARIF', () => {
  it('declares %SRCROOT% as the repository root and makes URIs relative to it, not to the current folder', async () => {
    const dir = makeProject({ 'gsoc/ideas.md': IDEA });
    const result = await runCli(join(dir, 'gsoc'), ['ideas.md', '-f', 'sarif', ...TODAY]);
    const run = JSON.parse(result.stdout).runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
    const locations = run.results.map(
      (r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation,
    );
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location).toEqual({ uri: 'gsoc/ideas.md', uriBaseId: '%SRCROOT%' });
  });

  it('takes the current folder as the root outside a git repository', async () => {
    const dir = makeProject({ 'ideas.md': IDEA }, { git: false });
    const run = JSON.parse((await runCli(dir, ['ideas.md', '-f', 'sarif', ...TODAY])).stdout).runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(dir).href}/`);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('ideas.md');
  });
});

describe('dist/cli.js: output closed early', () => {
  it('stops with exit 2 and one line, not a stack trace, when the reader of stdout closes before the report ends', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`ideas-${i}.md`] = IDEA.repeat(20);
    const dir = makeProject(files);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI_ENTRY, '.', '-f', 'json', ...TODAY], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', IDEA_LINT_WORKERS: '1' },
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // Like `| head -c 1`: read the first chunk of the report, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end();
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'idea-lint: could not write the report to the output (the reader closed it); the run stopped.\n',
    );
  });
});

describe('dist/cli.js: a run with a pool (IDEA_LINT_WORKERS=2 here) starts itself again with the GC flags', () => {
  const env = (workers?: string): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...(workers !== undefined ? { IDEA_LINT_WORKERS: workers } : {}),
  });
  const manyFiles = (): string => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`org-${i}/ideas.md`] = IDEA.repeat(3);
    return makeProject(files);
  };
  /** The command lines of the processes `pid` started (Linux: /proc), '' each when unreadable. */
  const childCommands = (pid: number): string[] => {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return children.map((child) => {
      try {
        return readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\u0000').join(' ');
      } catch {
        return '';
      }
    });
  };

  it('gives the same report and exit code as one process', async () => {
    const dir = manyFiles();
    const run = (workers?: string) =>
      new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI_ENTRY, '.', '-f', 'json', ...TODAY], {
          cwd: dir,
          env: env(workers),
        });
        let stdout = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout }));
      });
    const [pooled, single] = [await run('2'), await run('1')];
    expect(pooled.code).toBe(1);
    expect(pooled).toEqual(single);
    expect(JSON.parse(pooled.stdout).files).toHaveLength(12);
  });

  it.runIf(existsSync('/proc/self/task'))(
    'lints in a process started with the flags, passes a signal on to it and ends by that signal',
    async () => {
      const dir = manyFiles();
      const child = spawn(process.execPath, [CLI_ENTRY, '.', '-f', 'json', ...TODAY], {
        cwd: dir,
        env: env('2'),
        stdio: 'ignore',
      });
      const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.on('exit', (code, signal) => resolve([code, signal])),
      );
      // Polled until the process it started has run Node (between fork and exec it shows the first one's command).
      const flagged = `${MAIN_EXEC_ARGV.join(' ')} ${CLI_ENTRY} . -f json`;
      let started: string[] = [];
      for (let tries = 0; tries < 500 && !started.some((command) => command.includes(flagged)); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        started = childCommands(child.pid!);
      }
      expect(started).toHaveLength(1);
      expect(started[0]).toContain(flagged);
      const inner = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim());
      child.kill('SIGTERM');
      expect(await ended).toEqual([null, 'SIGTERM']);
      // The process it started has ended too (killed by the same signal, not left running): polled, since on a busy
      // machine its end (and its pool's) may come some time after the first process's.
      const running = () =>
        existsSync(`/proc/${inner}/cmdline`) && readFileSync(`/proc/${inner}/cmdline`, 'utf8') !== '';
      for (let tries = 0; tries < 100 && running(); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(running()).toBe(false);
    },
  );
});
