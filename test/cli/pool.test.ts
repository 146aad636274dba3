// The CLI's pool of children: reports in input order whatever order the children finish in, errors and crashes
// surfaced, this process linting files beside them; and dist/cli.js gives the same JSON report with the pool forced
// on as linting in process.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { FileError } from '../../src/cli/find-files.js';
import {
  CHILD_EXEC_ARGV,
  CHILD_HEAP_GROWING_PERCENT,
  CHILD_MEMORY_MB,
  childExecArgv,
  EnvError,
  HERE_MAX_BYTES,
  lintFiles,
  POOL_MIN_BYTES,
  PoolError,
  poolSize,
  readPoolEnv,
} from '../../src/cli/pool.js';
import { resolveConfig } from '../../src/lint/config.js';
import type { FileReport } from '../../src/lint/types.js';
import { rules as registry } from '../../rules/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A stand-in child speaking the pool's protocol: it lints the files it is sent one at a time, in order (the pool
// sends the next before the last is done), and answers after a random delay (so children finish out of order) with its pid and V8 flags as the report's notice; "throw" and "missing" fail, "crash" says why on stderr and
// exits, "oom" writes the start of V8's report and aborts as V8 aborts a child out of heap, "warn" writes a line to
// stderr in two pieces, "hang" writes its pid to stderr and a piece of a line, then never answers. Each child says
// "bye" on stderr when the pool lets it go.
const fakeChild = join(scratch, 'fake-child.mjs');
writeFileSync(
  fakeChild,
  `process.on('disconnect', () => process.stderr.write('bye\\n'));
const queue = [];
let busy = false;
process.on('message', (message) => {
  if (message.type !== 'lint') return;
  queue.push(message);
  if (!busy) next();
});
const answer = (reply) => {
  process.send(reply);
  busy = false;
  next();
};
function next() {
  const message = queue.shift();
  if (!message) return;
  busy = true;
  const { index, path } = message;
  if (path === 'crash') {
    process.stderr.write('crash: the parser gave up\\n');
    process.exit(3);
  }
  if (path === 'oom') {
    process.stderr.write('before oom\\n\\n<--- Last few GCs --->\\n\\n[1:0x1] Mark-Compact 8.0 (12.9) -> 8.0 (16.6) MB\\n');
    process.stderr.write('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\\n');
    process.kill(process.pid, 'SIGABRT');
  }
  if (path === 'hang') return process.stderr.write('hanging ' + process.pid + '\\nno line end');
  if (path === 'throw')
    return answer({ index, error: { name: 'TypeError', message: 'boom', stack: 'TypeError: boom\\n    at child' } });
  if (path === 'missing') return answer({ index, error: { name: 'FileError', message: 'missing: not found.' } });
  if (path === 'warn') {
    process.stderr.write('(node:1) Warning: ');
    setImmediate(() => process.stderr.write('something odd\\n'));
  }
  setTimeout(() => answer({ index, report: { path, ideas: [], findings: [], notices: [
    { message: process.pid + ' ' + process.execArgv.join(' '), line: 1, column: 1 },
  ] } }), Math.random() * 20);
}
`,
);

const config = resolveConfig({ today: '2026-06-01' }, undefined, { rules: registry });
const inProcess = async (path: string): Promise<FileReport> => ({ path, ideas: [], findings: [], notices: [] });
const paths = (n: number) => Array.from({ length: n }, (_, i) => `file-${i}.md`);

describe('poolSize', () => {
  const small = { files: 100, bytes: POOL_MIN_BYTES - 1 };
  const big = { files: 100, bytes: POOL_MIN_BYTES };

  it('lints in process without a worker script, below POOL_MIN_BYTES whatever the files, or when told 0 or 1', () => {
    expect(poolSize(big, {})).toBe(0);
    expect(poolSize(small, { worker: fakeChild, cores: 2 })).toBe(0);
    expect(poolSize({ files: 10_000, bytes: 500_000 }, { worker: fakeChild, cores: 8 })).toBe(0);
    expect(poolSize(big, { worker: fakeChild, workers: 0 })).toBe(0);
    expect(poolSize(big, { worker: fakeChild, workers: 1 })).toBe(0);
    // One big file: nothing for a child to take beside this process.
    expect(poolSize({ files: 1, bytes: 10 * POOL_MIN_BYTES }, { worker: fakeChild, cores: 2 })).toBe(0);
  });

  it('starts one child per core but one (this process lints too) from POOL_MIN_BYTES on, or one fewer than told', () => {
    expect(poolSize(big, { worker: fakeChild, cores: 2 })).toBe(1);
    expect(poolSize(big, { worker: fakeChild, cores: 8 })).toBe(7);
    expect(poolSize({ files: 3, bytes: POOL_MIN_BYTES }, { worker: fakeChild, cores: 8 })).toBe(2);
    expect(poolSize(big, { worker: fakeChild })).toBe(Math.min(availableParallelism(), 100) - 1);
    // Told: whatever the work.
    expect(poolSize(small, { worker: fakeChild, workers: 2 })).toBe(1);
    expect(poolSize({ files: 3, bytes: 0 }, { worker: fakeChild, workers: 4 })).toBe(2);
    expect(poolSize(big, { worker: fakeChild, workers: 4 })).toBe(3);
    // The children alone: as many as told.
    expect(poolSize({ files: 3, bytes: 0 }, { worker: fakeChild, workers: 4, here: false })).toBe(3);
    expect(poolSize(big, { worker: fakeChild, workers: 4, here: false })).toBe(4);
    expect(poolSize(big, { worker: fakeChild, workers: 1, here: false })).toBe(0);
  });
});

describe('lintFiles with a pool', () => {
  // What the children wrote to stderr, line by line.
  let said: string[] = [];
  // The children alone (`here: false`): which process lints which file is known, so is what each writes.
  const options = {
    cwd: scratch,
    config,
    worker: fakeChild,
    workers: 3,
    here: false,
    onStderr: (line: string) => said.push(line),
  };
  beforeEach(() => {
    said = [];
  });

  it('returns the reports in input order, from several children started with the GC flags', async () => {
    const done: number[] = [];
    const reports = await lintFiles(paths(40), { ...options, onDone: (count) => done.push(count) }, inProcess);
    expect(reports.map((report) => report.path)).toEqual(paths(40));
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const children = new Set(reports.map((report) => report.notices[0].message));
    expect(children.size).toBe(3);
    for (const child of children) expect(child).toContain(CHILD_EXEC_ARGV.join(' '));
  });

  it('gives each report to onReport in input order as soon as the earlier ones have come, keeping none', async () => {
    const taken: [string, number][] = [];
    const reports = await lintFiles(
      paths(40),
      { ...options, onReport: (report, index) => taken.push([report.path, index]) },
      inProcess,
    );
    expect(reports).toEqual([]);
    expect(taken).toEqual(paths(40).map((path, index) => [path, index]));
    const alone: [string, number][] = [];
    await lintFiles(paths(3), { ...options, workers: 0, onReport: (r, i) => alone.push([r.path, i]) }, inProcess);
    expect(alone).toEqual(paths(3).map((path, index) => [path, index]));
  });

  it('lints a file a child ran out of memory on in process, and goes on with a fresh child', async () => {
    // The three first children all run out of heap on their first file: the other files are linted by fresh ones.
    const list = ['oom', 'oom', 'oom', ...paths(10), 'oom', ...paths(5)];
    const reports = await lintFiles(list, options, inProcess);
    expect(reports.map((report) => report.path)).toEqual(list);
    // The files linted in process carry no child's notice; the others came from children.
    expect(reports.filter((report) => report.notices.length === 0).map((report) => report.path)).toEqual([
      'oom',
      'oom',
      'oom',
      'oom',
    ]);
    const children = new Set(reports.flatMap((report) => report.notices.map((notice) => notice.message)));
    expect(children.size).toBeGreaterThanOrEqual(1);
    for (const child of children) expect(child).toContain(`--max-old-space-size=${CHILD_MEMORY_MB}`);
    // What the children wrote before V8's report is passed on; the report is not (the file was linted again).
    expect(said.filter((line) => line !== 'bye')).toEqual(Array(4).fill('before oom'));
  });

  it('limits the heap of a child to IDEA_LINT_CHILD_MEMORY (0: no limit)', () => {
    expect(childExecArgv(CHILD_MEMORY_MB)).toEqual([
      ...CHILD_EXEC_ARGV,
      `--max-old-space-size=${CHILD_MEMORY_MB}`,
      `--heap-growing-percent=${CHILD_HEAP_GROWING_PERCENT}`,
    ]);
    expect(childExecArgv(0)).toEqual(CHILD_EXEC_ARGV);
  });

  it('lints in process below the threshold', async () => {
    const reports = await lintFiles(paths(3), { cwd: scratch, config, worker: fakeChild }, inProcess);
    expect(reports.map((report) => report.notices)).toEqual([[], [], []]);
  });

  it("rethrows a child's error with its stack, a file error as a FileError", async () => {
    const thrown = lintFiles([...paths(5), 'throw', ...paths(5)], options, inProcess);
    await expect(thrown).rejects.toThrow('boom');
    await expect(thrown).rejects.toHaveProperty('stack', 'TypeError: boom\n    at child');
    const missing = lintFiles([...paths(5), 'missing'], options, inProcess);
    await expect(missing).rejects.toBeInstanceOf(FileError);
    await expect(missing).rejects.toThrow('missing: not found.');
  });

  it('fails with the file a child died on, after passing on what it said', async () => {
    await expect(lintFiles([...paths(5), 'crash', ...paths(5)], options, inProcess)).rejects.toThrow(
      'a linting process exited with code 3 while it linted crash',
    );
    expect(said).toContain('crash: the parser gave up');
  });

  it('passes on each line a child writes to stderr while it lints, and fails with the file it was killed on', async () => {
    // The child writing "hanging" never answers: it ends only because its line came while it was still linting.
    const run = lintFiles(
      [...paths(5), 'hang', ...paths(5)],
      {
        ...options,
        onStderr: (line) => {
          said.push(line);
          const pid = /^hanging (\d+)$/.exec(line)?.[1];
          if (pid) process.kill(Number(pid), 'SIGKILL');
        },
      },
      inProcess,
    );
    await expect(run).rejects.toBeInstanceOf(PoolError);
    await expect(run).rejects.toThrow(
      'a linting process was killed (SIGKILL) while it linted hang; run again, with IDEA_LINT_WORKERS=1 to lint in one process if memory is short.',
    );
    // The piece of a line it wrote last is passed on as well.
    expect(said.filter((line) => line.startsWith('hanging ') || line === 'no line end')).toEqual([
      expect.stringMatching(/^hanging \d+$/),
      'no line end',
    ]);
  });

  it('passes lines on whole, and what children write as they end before the run is over', async () => {
    const list = [...paths(5), 'warn', ...paths(5), 'warn', ...paths(5)];
    const reports = await lintFiles(list, options, inProcess);
    expect(reports.map((report) => report.path)).toEqual(list);
    expect(said.filter((line) => line !== 'bye')).toEqual([
      '(node:1) Warning: something odd',
      '(node:1) Warning: something odd',
    ]);
    expect(said.filter((line) => line === 'bye')).toHaveLength(3);
  });
});

describe('lintFiles with this process linting beside its children', () => {
  let said: string[] = [];
  const options = { cwd: scratch, config, worker: fakeChild, onStderr: (line: string) => said.push(line) };
  beforeEach(() => {
    said = [];
  });
  // This process's lintPath: a file takes it a few milliseconds, as a child's does; "missing" fails as a child's does.
  const here = async (path: string): Promise<FileReport> => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (path === 'missing') throw new FileError('missing: not found.');
    return inProcess(path);
  };

  it('lints files here and in one child fewer than the processes told, reports in input order', async () => {
    for (const workers of [2, 3]) {
      const done: number[] = [];
      const reports = await lintFiles(paths(40), { ...options, workers, onDone: (count) => done.push(count) }, here);
      expect(reports.map((report) => report.path)).toEqual(paths(40));
      expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      // A child's report carries its pid and flags; this process's none.
      const children = new Set(reports.flatMap((report) => report.notices.map((notice) => notice.message)));
      expect(children.size).toBe(workers - 1);
      for (const child of children) expect(child).toContain(CHILD_EXEC_ARGV.join(' '));
      expect(reports.filter((report) => report.notices.length === 0).length).toBeGreaterThan(0);
    }
    expect(said.filter((line) => line !== 'bye')).toEqual([]);
  });

  it('leaves the files over HERE_MAX_BYTES to the child, and lints the others it comes to', async () => {
    const big = join(scratch, 'big.md');
    const small = join(scratch, 'small.md');
    writeFileSync(big, 'x'.repeat(HERE_MAX_BYTES + 1));
    writeFileSync(small, 'x'.repeat(HERE_MAX_BYTES));
    const list = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? big : i % 3 === 1 ? small : `file-${i}.md`));
    const reports = await lintFiles(list, { ...options, workers: 2 }, here);
    expect(reports.map((report) => report.path)).toEqual(list);
    // Every big file came from the child (its report carries the child's notice); some small ones were linted here.
    expect(reports.filter((report) => report.path === big).every((report) => report.notices.length === 1)).toBe(true);
    expect(reports.filter((report) => report.notices.length === 0).length).toBeGreaterThan(0);
  });

  it('gives the reports to onReport in input order', async () => {
    const taken: [string, number][] = [];
    const reports = await lintFiles(
      paths(40),
      { ...options, workers: 2, onReport: (report, index) => taken.push([report.path, index]) },
      here,
    );
    expect(reports).toEqual([]);
    expect(taken).toEqual(paths(40).map((path, index) => [path, index]));
  });

  it('fails as in process on a file error, whichever process met it', async () => {
    const run = lintFiles([...paths(12), 'missing', ...paths(12)], { ...options, workers: 2 }, here);
    await expect(run).rejects.toBeInstanceOf(FileError);
    await expect(run).rejects.toThrow('missing: not found.');
  });

  it('lints here the files a child ran out of memory on, and goes on', async () => {
    // The child is given the first two files and runs out of heap on the first.
    const list = ['oom', 'oom', ...paths(10), 'oom', ...paths(10)];
    const reports = await lintFiles(list, { ...options, workers: 2 }, here);
    expect(reports.map((report) => report.path)).toEqual(list);
    expect(reports.filter((report) => report.path === 'oom').map((report) => report.notices)).toEqual([[], [], []]);
    expect(said.filter((line) => line !== 'bye' && line !== 'before oom')).toEqual([]);
    expect(said.filter((line) => line === 'before oom').length).toBeGreaterThanOrEqual(1);
  });
});

describe('readPoolEnv', () => {
  it('reads IDEA_LINT_WORKERS and IDEA_LINT_CHILD_MEMORY as whole numbers, 0 included; unset or empty: default', () => {
    expect(readPoolEnv({})).toEqual({});
    expect(readPoolEnv({ IDEA_LINT_WORKERS: '', IDEA_LINT_CHILD_MEMORY: '' })).toEqual({});
    expect(readPoolEnv({ IDEA_LINT_WORKERS: '0', IDEA_LINT_CHILD_MEMORY: '0' })).toEqual({
      workers: 0,
      childMemory: 0,
    });
    expect(readPoolEnv({ IDEA_LINT_WORKERS: '4', IDEA_LINT_CHILD_MEMORY: '256' })).toEqual({
      workers: 4,
      childMemory: 256,
    });
  });

  it.each([
    ['IDEA_LINT_WORKERS', 'lots', 'a count of processes'],
    ['IDEA_LINT_WORKERS', '-1', 'a count of processes'],
    ['IDEA_LINT_WORKERS', '2.5', 'a count of processes'],
    ['IDEA_LINT_WORKERS', ' 4', 'a count of processes'],
    ['IDEA_LINT_CHILD_MEMORY', 'lots', 'a heap size'],
    ['IDEA_LINT_CHILD_MEMORY', '-1', 'a heap size'],
    ['IDEA_LINT_CHILD_MEMORY', '128MB', 'a heap size'],
    ['IDEA_LINT_CHILD_MEMORY', '1e3', 'a heap size'],
    ['IDEA_LINT_CHILD_MEMORY', '99999999999999999999', 'a heap size'],
  ])('rejects %s=%j, naming the variable, the value and what it accepts', (name, value, what) => {
    const read = () => readPoolEnv({ [name]: value });
    expect(read).toThrow(EnvError);
    expect(read).toThrow(`${name} ${JSON.stringify(value)} is not ${what}; expected a whole number`);
  });
});

const CLI_BIN = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');

describe.skipIf(!existsSync(CLI_BIN))('dist/cli.js with the pool on and off', () => {
  it('reports byte-identical JSON, SARIF, GitHub and text output, with children kept or out of memory', async () => {
    const project = join(scratch, 'program');
    for (const copy of ['a', 'b/c']) cpSync(CORPUS, join(project, copy), { recursive: true });
    writeFileSync(join(project, 'a', 'not-text.md'), Buffer.from([0x23, 0x20, 0x00, 0x41]));
    writeFileSync(join(project, 'b', 'huge.md'), `# Ideas\n\n${'word '.repeat(40_000)}\n`);
    writeFileSync(join(project, 'b', 'c', 'latin-1.md'), Buffer.from('# Id\u00e9es\n\n## R\u00e9seau\n', 'latin1'));
    mkdirSync(join(project, 'd', 'e', 'f'), { recursive: true });
    writeFileSync(join(project, 'd', 'e', 'f', 'deep.md'), `# Ideas\n\n## Deep idea\n\nMentors: Jane Doe\n`);
    mkdirSync(join(project, 'empty'));
    writeFileSync(
      join(project, '.idea-lint.json'),
      JSON.stringify({ files: ['**/*.md'], today: '2026-06-01', maxFileSize: 180_000 }),
    );
    const files = readdirSync(project, { recursive: true }).filter((name) => String(name).endsWith('.md'));
    expect(files.length).toBeGreaterThan(20);
    const exec = promisify(execFile);
    const run = (format: string, workers: string, childMemory = '') =>
      exec(process.execPath, [CLI_BIN, '--format', format, '--fail-on', 'never', '.'], {
        cwd: project,
        env: { ...process.env, IDEA_LINT_WORKERS: workers, IDEA_LINT_CHILD_MEMORY: childMemory },
        maxBuffer: 64 * 1024 * 1024,
      });
    const alone = await run('json', '0');
    const report = JSON.parse(alone.stdout) as { today: string; files: FileReport[] };
    expect(report.today).toBe('2026-06-01'); // the configuration is read
    expect(report.files).toHaveLength(files.length);
    expect(report.files.flatMap((file) => file.findings).length).toBeGreaterThan(100);
    // The files not read as text (NUL bytes, over maxFileSize, not UTF-8) are in the report with a notice.
    expect(
      report.files
        .filter((file) => file.notices.some((notice) => notice.message.startsWith('Skipped:')))
        .map((file) => file.path),
    ).toEqual(['a/not-text.md', 'b/c/latin-1.md', 'b/huge.md']);
    expect(report.files.map((file) => file.path)).toContain('d/e/f/deep.md');
    for (const [format, single] of [
      ['json', alone],
      ['sarif', await run('sarif', '0')],
      ['github', await run('github', '0')],
      ['stylish', await run('stylish', '0')],
    ] as const) {
      // Three processes (two children), and two (one child, the default on two cores).
      for (const workers of format === 'json' ? ['3', '2'] : ['3']) {
        const pooled = await run(format, workers);
        expect(pooled.stdout).toBe(single.stdout);
        expect(pooled.stderr).toBe(single.stderr);
      }
    }
    // Children out of heap on almost every file (a limit of 8 MB: V8 aborts them), each file linted again in
    // process: the same report, and nothing of V8's on stderr.
    const recycled = await run('json', '2', '8');
    expect(recycled.stdout).toBe(alone.stdout);
    expect(recycled.stderr).toBe(alone.stderr);
  }, 300_000);

  it('stops on a file it cannot read with the same message and exit code as in process', async () => {
    // A link to a socket: listed as a file, yet opening it fails (ENXIO), even for root.
    const project = join(scratch, 'unreadable');
    mkdirSync(project);
    for (let i = 0; i < 6; i++) writeFileSync(join(project, `ideas-${i}.md`), `# Ideas\n\n## Idea ${i}\n`);
    const server = createServer().listen(join(scratch, 'socket'));
    await once(server, 'listening');
    try {
      symlinkSync(join(scratch, 'socket'), join(project, 'ideas-3b.md'));
      const run = (workers: string) =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
          execFile(
            process.execPath,
            [CLI_BIN, '--fail-on', 'never', '.'],
            { cwd: project, env: { ...process.env, IDEA_LINT_WORKERS: workers } },
            (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
          ),
        );
      const alone = await run('0');
      expect(alone).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'idea-lint: ideas-3b.md: cannot read the file (ENXIO); check that it exists and that you may read it.\n',
      });
      expect(await run('3')).toEqual(alone);
    } finally {
      server.close();
    }
  }, 60_000);
});
