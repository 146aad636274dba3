import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/cli/find-files.js';
import { HERE_MAX_BYTES } from '../../src/cli/pool.js';
import { main } from '../../src/cli/main.js';
import { lintPath } from '../../src/cli/run.js';
import { resolveConfig } from '../../src/lint/config.js';
import type { Rule } from '../../src/lint/types.js';
import { VERSION } from '../../src/version.js';
import { fakeRules } from './fake-rules.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'cli');
const NOW = new Date(2026, 10, 25, 12, 0, 0);
const CLI_BIN = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

interface RunOptions {
  rules?: readonly Rule[] | 'registry';
  stdin?: string;
  env?: Record<string, string>;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** The script of pool children (see pool.ts); only with the registry's rules. */
  worker?: string;
}

/** Runs the CLI in-process in `cwd` (a fixture project name or a path) and captures its output. */
async function run(cwd: string, argv: string[], options: RunOptions = {}) {
  const capture = (isTTY: boolean) => ({
    text: '',
    isTTY,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  });
  const stdout = capture(options.stdoutTTY ?? false);
  const stderr = capture(options.stderrTTY ?? false);
  const rules = options.rules === 'registry' ? undefined : (options.rules ?? fakeRules);
  const code = await main({
    argv,
    cwd: cwd.startsWith('/') ? cwd : join(fixtures, cwd),
    env: options.env ?? {},
    stdout,
    stderr,
    now: NOW,
    ...(rules ? { rules } : {}),
    ...(options.stdin !== undefined ? { stdin: [options.stdin] } : {}),
    ...(options.worker !== undefined ? { worker: options.worker } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function tempProject(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'idea-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const IDEA = '# Ideas\n\n## Parser rewrite\n\nOutcomes: A faster parser.\nSkills: TypeScript\nProgram: GSoC\n';
/** An idea list larger than HERE_MAX_BYTES: with a child running, only a child lints it. */
const LARGE_IDEA = `${IDEA}\n${'A line of description that pads the file past the size this process lints.\n'.repeat(1000)}`;

describe('idea-lint CLI', () => {
  it('prints findings in the stylish format by default and exits 1 on an error', async () => {
    const result = await run('findings', []);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'ideas.md',
        '  12:4  error    No outcomes: add a "outcomes" field.  fake-outcomes',
        '  12:4  warning  No skills: add a "skills" field.      fake-skills',
        '  12:4  notice   No program: add a "program" field.    fake-program',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 notice)',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('');
  });

  it('writes the stable JSON report with --format json', async () => {
    const result = await run('findings', ['--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['version', 'today', 'files']);
    expect(report.today).toBe('2026-11-25');
    expect(report.files).toHaveLength(1);
    expect(report.files[0].path).toBe('ideas.md');
    expect(report.files[0].ideas.map((idea: { title: string }) => idea.title)).toEqual([
      'Parser rewrite',
      'Better docs',
    ]);
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'fake-outcomes',
      'fake-program',
      'fake-skills',
    ]);
    expect(report.files[0].findings[0]).toMatchObject({
      severity: 'error',
      line: 12,
      column: 4,
      idea: 'Better docs',
      subject: 'outcomes',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('writes SARIF with -f sarif, describing the configured rules', async () => {
    const result = await run('findings', ['-f', 'sarif']);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(
      fakeRules.map((rule) => rule.id),
    );
    expect(log.runs[0].results.map((r: { level: string }) => r.level).sort()).toEqual(['error', 'note', 'warning']);
  });

  it('writes workflow commands with --format github', async () => {
    const result = await run('findings', ['--format=github']);
    expect(result.stdout.split('\n')[0]).toBe(
      '::error file=ideas.md,line=12,col=4,endLine=12,endColumn=15,title=fake-outcomes::No outcomes: add a "outcomes" field.',
    );
  });

  it.each([
    ['findings', [], 1],
    ['findings', ['--fail-on', 'warning'], 1],
    ['findings', ['--fail-on', 'never'], 0],
    ['clean', [], 0],
    ['clean', ['--fail-on', 'notice'], 0],
    ['config-files', [], 0],
    ['config-files', ['--fail-on', 'warning'], 0],
    ['config-files', ['--fail-on', 'notice'], 1],
  ])('in %s with %j exits %i', async (project, args, code) => {
    expect((await run(project, args)).code).toBe(code);
  });

  it('lints as of --today', async () => {
    const late = await run('today', ['--format', 'json', '--fail-on', 'warning']);
    expect(late.code).toBe(1);
    expect(JSON.parse(late.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'fake-verified',
    ]);
    const early = await run('today', ['--format', 'json', '--fail-on', 'warning', '--today', '2026-01-20']);
    expect(early.code).toBe(0);
    expect(JSON.parse(early.stdout)).toMatchObject({ today: '2026-01-20', files: [{ findings: [] }] });
  });

  it('exits 2 naming a file that does not exist', async () => {
    const result = await run('missing-file', ['ideas.md', 'nope.md']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'idea-lint: nope.md: no such file.\n' });
  });

  it('exits 2 when a glob matches no idea file', async () => {
    const result = await run('clean', ['ideas/*.md']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('idea-lint: "ideas/*.md": no idea files match this pattern.\n');
  });

  it.each([
    [['--frobnicate'], 'idea-lint: unknown option --frobnicate.'],
    [['--format', 'xml'], 'idea-lint: --format "xml" is not a format; expected stylish, json, sarif, github.'],
    [['--format'], 'idea-lint: --format needs a value.'],
    [['--quiet=yes'], 'idea-lint: --quiet takes no value.'],
    [
      ['--fail-on', 'sometimes'],
      'idea-lint: --fail-on "sometimes" is not a level; expected error, warning, notice, never.',
    ],
    [
      ['--today', '2026-13-01'],
      'idea-lint: --today "2026-13-01" is not a date; expected YYYY-MM-DD, such as 2026-11-25.',
    ],
  ])('exits 2 on the bad argument %j', async (args, message) => {
    const result = await run('bad-argument', args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${message}\nRun "idea-lint --help" for usage.\n`);
  });

  it('exits 2 on a bad config, naming the file and the key', async () => {
    const result = await run('bad-config', []);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '.idea-lint.yml: rules.no-such-rule: unknown rule; expected fake-outcomes, fake-skills, fake-program, fake-verified.\n',
    });
  });

  it('exits 2 on a bad IDEA_LINT_WORKERS or IDEA_LINT_CHILD_MEMORY, naming the variable and what it accepts', async () => {
    expect(await run('findings', [], { env: { IDEA_LINT_WORKERS: 'all' } })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'idea-lint: IDEA_LINT_WORKERS "all" is not a count of processes; expected a whole number, such as 4 (0 or 1: one process; unset: one per core).\n',
    });
    expect(await run('findings', [], { env: { IDEA_LINT_CHILD_MEMORY: '-64' } })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'idea-lint: IDEA_LINT_CHILD_MEMORY "-64" is not a heap size; expected a whole number of megabytes, such as 256 (0: Node\'s default; unset: 128).\n',
    });
    // 0 and numbers are accepted, as are empty values (the default).
    for (const env of [
      { IDEA_LINT_WORKERS: '0', IDEA_LINT_CHILD_MEMORY: '0' },
      { IDEA_LINT_WORKERS: '2', IDEA_LINT_CHILD_MEMORY: '256' },
      { IDEA_LINT_WORKERS: '', IDEA_LINT_CHILD_MEMORY: '' },
    ])
      expect((await run('findings', [], { env })).code).toBe(1);
  });

  it('fails with a FileError naming a file it cannot read and the reason, never the error of the system', async () => {
    const project = tempProject({ 'folder.md/ideas.md': IDEA });
    const config = resolveConfig({ today: '2026-06-01' }, undefined, { rules: fakeRules });
    const read = lintPath('folder.md', project, config, fakeRules);
    await expect(read).rejects.toBeInstanceOf(FileError);
    await expect(read).rejects.toThrow(
      'folder.md: cannot read the file (EISDIR); check that it exists and that you may read it.',
    );
    await expect(lintPath('gone.md', project, config, fakeRules)).rejects.toThrow(
      'gone.md: cannot read the file (ENOENT)',
    );
  });

  it('exits 2 when the --config file does not exist', async () => {
    const result = await run('clean', ['--config', 'missing.yml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('missing.yml: no such file; expected a configuration file (YAML or JSON).\n');
  });

  it('exits 2 saying why when no idea file matches the config', async () => {
    const result = await run('no-files', []);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'idea-lint: nothing to lint: no file here matches the "files" globs of the configuration (**/*.md, **/*.markdown, **/*.wiki, **/*.mediawiki) outside its "ignores"; name the files to lint, or change "files".\n',
    });
  });

  it('lints nothing and exits 0 with --no-error-on-unmatched-pattern', async () => {
    const result = await run('no-files', ['--no-error-on-unmatched-pattern', 'ideas/*.md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ No problems: 0 ideas in 0 files.\n');
    expect(result.stderr).toBe(
      'idea-lint: nothing matches "ideas/*.md".\nidea-lint: nothing to lint: no file named exists or matches.\n',
    );
  });

  it("lints what the discovered config's files match, minus its ignores", async () => {
    const result = await run('config-files', ['--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['ideas/2026.md']);
    expect(report.files[0].findings).toMatchObject([{ ruleId: 'fake-skills', severity: 'notice' }]);
  });

  it("expands globs and directories given on the command line within the config's files and ignores", async () => {
    const glob = JSON.parse((await run('config-files', ['**/*.md', '-f', 'json'])).stdout);
    expect(glob.files.map((file: { path: string }) => file.path)).toEqual(['ideas/2026.md']);
    const directory = JSON.parse((await run('config-files', ['./ideas', '-f', 'json'])).stdout);
    expect(directory.files.map((file: { path: string }) => file.path)).toEqual(['ideas/2026.md']);
  });

  it('finds idea files whose extension is in capitals in a folder, and still skips a README in capitals', async () => {
    const dir = tempProject({ 'gsoc/2021-Projects.MD': IDEA, 'gsoc/ideas.md': IDEA, 'gsoc/README.MD': IDEA });
    const result = await run(dir, ['gsoc', '-f', 'json']);
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual([
      'gsoc/2021-Projects.MD',
      'gsoc/ideas.md',
    ]);
  });

  it('lints a named file that only the built-in ignores would skip', async () => {
    const result = await run('findings', ['README.md', '-f', 'json']);
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual(['README.md']);
    expect(result.stderr).toBe('');
  });

  it("lints a named file that the config's files do not match", async () => {
    const result = await run('config-files', ['notes.md', 'ideas/2026.md', '-f', 'json']);
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual([
      'ideas/2026.md',
      'notes.md',
    ]);
    expect(result.stderr).toBe('');
  });

  it("skips a named file that the user's ignores match, with a warning, and exits 2 when nothing is left", async () => {
    const result = await run('config-files', ['ideas/archive/2014.md']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'idea-lint: warning: ideas/archive/2014.md is not linted: it matches "ideas/archive/**" in the "ignores" of .github/idea-lint.yml.',
        'idea-lint: nothing to lint: every file named is skipped by the "ignores" of .github/idea-lint.yml.',
        '',
      ].join('\n'),
    });
  });

  it('lints Markdown written with the .markdown extension (Jekyll sites) by default, as Markdown', async () => {
    const dir = tempProject({ 'events/2023-gsoc/index.markdown': IDEA, 'ideas.md': IDEA });
    const result = await run(dir, ['-f', 'json']);
    const files = JSON.parse(result.stdout).files as { path: string; ideas: unknown[] }[];
    expect(files.map((file) => file.path)).toEqual(['events/2023-gsoc/index.markdown', 'ideas.md']);
    expect(files.map((file) => file.ideas.length)).toEqual([1, 1]);
  });

  it('lints every idea file when run bare in a package named idea-lint, as in any project', async () => {
    const result = await run('project-itself', ['-f', 'json']);
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual([
      'docs/notes.md',
      'examples/xen-outreach-2014.md',
    ]);
    expect(result.code).toBe(1);
  });

  it('lints nothing in a package named idea-lint when the config matches nothing, as in any project', async () => {
    const result = await run('project-itself-config', ['-f', 'json']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^idea-lint: nothing to lint: no file here matches the "files" globs of .*\(ideas\/\*\*\/\*\.md\)/,
    );
    expect(result.code).toBe(2);
  });

  it('prints help and the version', async () => {
    const help = await run('clean', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: idea-lint \[files or globs…\] \[options\]/);
    expect(help.stdout).toContain('--fail-on LEVEL');
    expect(await run('clean', ['-v'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('writes the report to --output instead of stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'idea-lint-out-')), 'reports', 'ideas.sarif');
    const result = await run('findings', ['--format', 'sarif', '--output', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  it('streams the same JSON report to stdout as it writes to --output, with the same gate (--quiet, --max-warnings)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'idea-lint-out-'));
    for (const extra of [[], ['--quiet'], ['--max-warnings', '0'], ['--fail-on', 'never']]) {
      const out = join(dir, `${extra.join('')}.json`);
      const streamed = await run('findings', ['-f', 'json', ...extra]);
      const written = await run('findings', ['-f', 'json', '--output', out, ...extra]);
      expect(streamed.stdout).toBe(readFileSync(out, 'utf8'));
      expect(JSON.parse(streamed.stdout).files.length).toBeGreaterThan(0);
      expect([streamed.code, streamed.stderr]).toEqual([written.code, written.stderr]);
    }
  });

  it('reports only failing findings, and no notes, with --quiet', async () => {
    const result = await run('findings', ['--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('fake-outcomes');
    expect(result.stdout).not.toContain('fake-skills');
    expect((await run('no-files', ['-q', '--no-error-on-unmatched-pattern'])).stderr).toBe('');
  });

  it('colours the stylish output only on a terminal without NO_COLOR', async () => {
    expect((await run('findings', [], { stdoutTTY: true })).stdout).toContain('\u001b[31m');
    expect((await run('findings', [], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await run('findings', [])).stdout).not.toContain('\u001b[');
  });

  it('gives files that are not UTF-8 text a notice instead of linting them', async () => {
    const dir = tempProject({
      'nul.md': Buffer.from('# Ideas\u0000\n', 'utf8'),
      'latin1.md': Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'ok.md': IDEA,
    });
    const result = await run(dir, ['-f', 'json']);
    expect(result.code).toBe(0);
    const files = JSON.parse(result.stdout).files;
    expect(
      files.map((file: { path: string; notices: { message: string }[] }) => [
        file.path,
        file.notices.map((n) => n.message),
      ]),
    ).toEqual([
      ['latin1.md', ['Skipped: the file is not valid UTF-8; save it as UTF-8 to have it linted.']],
      ['nul.md', ['Skipped: the file contains NUL bytes, so it is not text; idea files are Markdown.']],
      ['ok.md', []],
    ]);
  });

  it('skips files over maxFileSize with a notice', async () => {
    const dir = tempProject({ '.idea-lint.yml': 'maxFileSize: 20\n', 'ideas.md': IDEA });
    const files = JSON.parse((await run(dir, ['-f', 'json'])).stdout).files;
    expect(files[0].notices[0].message).toBe(
      `Skipped: the file is ${Buffer.byteLength(IDEA)} bytes, over the 20 bytes limit (maxFileSize).`,
    );
    expect(files[0].findings).toEqual([]);
  });

  it('shows progress on a terminal only when linting more than 50 files', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 51 }, (_, i) => [`ideas/${String(i).padStart(2, '0')}.md`, IDEA]),
    );
    const dir = tempProject(many);
    const onTerminal = await run(dir, [], { stderrTTY: true });
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stderr).toContain('Linting 51/51 ideas/50.md');
    expect((await run(dir, [])).stderr).toBe('');
    const few = tempProject({ 'ideas.md': IDEA });
    expect((await run(few, [], { stderrTTY: true })).stderr).toBe('');
  });

  it('passes on each line a linting process writes to stderr, over the progress line on a terminal', async () => {
    const names = Array.from({ length: 51 }, (_, i) => `ideas-${String(i).padStart(2, '0')}.md`);
    // ideas-07.md is larger than HERE_MAX_BYTES, so the child lints it while this process lints small files beside it.
    const project = tempProject(
      Object.fromEntries(names.map((name) => [name, name === 'ideas-07.md' ? LARGE_IDEA : IDEA])),
    );
    // A stand-in child: an empty report for each file, and a warning on stderr for one.
    const worker = join(project, 'child.mjs');
    writeFileSync(
      worker,
      `process.on('message', (m) => {
        if (m.type !== 'lint') return;
        if (m.path === 'ideas-07.md') process.stderr.write('(node:1) Warning: odd\\n');
        process.send({ index: m.index, report: { path: m.path, ideas: [], findings: [], notices: [] } });
      });`,
    );
    expect(LARGE_IDEA.length).toBeGreaterThan(HERE_MAX_BYTES);
    const options = { rules: 'registry', worker, env: { IDEA_LINT_WORKERS: '2' } } as const;
    const plain = await run(project, ['--format', 'json'], options);
    // This process lints the small files with the real rules (IDEA names no mentor): exit 1 on their findings.
    expect(plain.code).toBe(1);
    expect(JSON.parse(plain.stdout).files).toHaveLength(51);
    expect(plain.stderr).toBe('(node:1) Warning: odd\n');
    const terminal = await run(project, ['--format', 'json'], { ...options, stderrTTY: true });
    expect(terminal.stderr).toContain('\r\u001b[K(node:1) Warning: odd\n');
    expect(terminal.stderr).toContain('\r\u001b[KLinting 51/51 ideas-');
  });

  it('exits 2 naming the file a linting process was killed on, and how to run again', async () => {
    // b.md is larger than HERE_MAX_BYTES: the child, not this process, lints it.
    const project = tempProject({ 'a.md': IDEA, 'b.md': LARGE_IDEA, 'c.md': IDEA });
    const worker = join(project, 'child.mjs');
    writeFileSync(
      worker,
      `process.on('message', (m) => {
        if (m.type !== 'lint') return;
        if (m.path === 'b.md') process.kill(process.pid, 'SIGKILL');
        process.send({ index: m.index, report: { path: m.path, ideas: [], findings: [], notices: [] } });
      });`,
    );
    expect(await run(project, [], { rules: 'registry', worker, env: { IDEA_LINT_WORKERS: '2' } })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'idea-lint: a linting process was killed (SIGKILL) while it linted b.md; run again, with IDEA_LINT_WORKERS=1 to lint in one process if memory is short.\n',
    });
  });

  it('lints the stdin stream it is given as --stdin-filename', async () => {
    const text = readFileSync(join(fixtures, 'findings', 'ideas.md'), 'utf8');
    const result = await run('clean', ['-', '--stdin-filename', 'sub/list.md', '-f', 'json'], { stdin: text });
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual(['sub/list.md']);
    expect(result.code).toBe(1);
  });

  it('exits 1 over --max-warnings even when --fail-on never passes', async () => {
    expect((await run('findings', ['--fail-on', 'never', '--max-warnings', '0'])).code).toBe(1);
    expect((await run('findings', ['--fail-on', 'never', '--max-warnings', '1'])).code).toBe(0);
  });

  it.each([
    [['-', 'ideas.md'], '"-" (standard input) cannot be mixed with files; lint them in separate runs.'],
    [['--stdin-filename', 'x.md'], '--stdin-filename names standard input; add "-" to read it.'],
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run are alternatives; choose one.'],
  ])('exits 2 on the combination %j', async (args, message) => {
    expect(await run('clean', args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `idea-lint: ${message}\nRun "idea-lint --help" for usage.\n`,
    });
  });

  it('runs the registered rules by default', async () => {
    const result = await run('project-itself', ['-f', 'json', 'examples/xen-outreach-2014.md'], { rules: 'registry' });
    expect(result.code).toBe(1);
    const ruleIds = JSON.parse(result.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ruleIds).toContain('missing-outcomes');
  });
});

describe.skipIf(!existsSync(CLI_BIN))('dist/cli.js', () => {
  const exec = promisify(execFile);
  const runBin = async (project: string, args: string[]) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [CLI_BIN, ...args], { cwd: join(fixtures, project) });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('exits as main does: 1 on findings, 2 on a bad argument, 0 for --version', async () => {
    expect((await runBin('project-itself', ['-f', 'json'])).code).toBe(1);
    const bad = await runBin('clean', ['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --frobnicate.');
    expect((await runBin('clean', ['--version'])).stdout).toBe(`${VERSION}\n`);
  });
});
