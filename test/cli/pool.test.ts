// The CLI's pool of children: reports in input order whatever order the children finish in, errors and crashes
// surfaced; and dist/cli.js gives the same JSON report with the pool forced on as linting in process.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FileError } from '../../src/cli/find-files.js';
import {
  CHILD_EXEC_ARGV,
  CHILD_MEMORY_MB,
  childExecArgv,
  childMemoryMb,
  lintFiles,
  POOL_MIN_FILES,
  poolSize,
} from '../../src/cli/pool.js';
import { resolveConfig } from '../../src/lint/config.js';
import type { FileReport } from '../../src/lint/types.js';
import { rules as registry } from '../../rules/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A stand-in child speaking the pool's protocol: it answers after a random delay (so children finish out of
// order) with its pid and V8 flags as the report's notice; "throw" and "missing" fail, "crash" exits, "oom" aborts
// as V8 aborts a child out of heap.
const fakeChild = join(scratch, 'fake-child.mjs');
writeFileSync(
  fakeChild,
  `process.on('message', (message) => {
  if (message.type !== 'lint') return;
  const { index, path } = message;
  if (path === 'crash') process.exit(3);
  if (path === 'oom') process.kill(process.pid, 'SIGABRT');
  if (path === 'throw') return process.send({ index, error: { name: 'TypeError', message: 'boom' } });
  if (path === 'missing') return process.send({ index, error: { name: 'FileError', message: 'missing: not found.' } });
  setTimeout(() => process.send({ index, report: { path, ideas: [], findings: [], notices: [
    { message: process.pid + ' ' + process.execArgv.join(' '), line: 1, column: 1 },
  ] } }), Math.random() * 20);
});
`,
);

const config = resolveConfig({ today: '2026-06-01' }, undefined, { rules: registry });
const inProcess = async (path: string): Promise<FileReport> => ({ path, ideas: [], findings: [], notices: [] });
const paths = (n: number) => Array.from({ length: n }, (_, i) => `file-${i}.md`);

describe('poolSize', () => {
  it('lints in process without a worker script, below the threshold, or when told 0 or 1', () => {
    expect(poolSize(100, {})).toBe(0);
    expect(poolSize(POOL_MIN_FILES - 1, { worker: fakeChild })).toBe(0);
    expect(poolSize(100, { worker: fakeChild, workers: '0' })).toBe(0);
    expect(poolSize(100, { worker: fakeChild, workers: '1' })).toBe(0);
  });

  it('starts one child per core from the threshold on, or as many as told (no more than files)', () => {
    const cores = availableParallelism();
    expect(poolSize(POOL_MIN_FILES, { worker: fakeChild })).toBe(cores < 2 ? 0 : Math.min(cores, POOL_MIN_FILES));
    expect(poolSize(3, { worker: fakeChild, workers: '4' })).toBe(3);
    expect(poolSize(100, { worker: fakeChild, workers: '4' })).toBe(4);
  });
});

describe('lintFiles with a pool', () => {
  const options = { cwd: scratch, config, worker: fakeChild, workers: '3' };

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
    await lintFiles(paths(3), { ...options, workers: '0', onReport: (r, i) => alone.push([r.path, i]) }, inProcess);
    expect(alone).toEqual(paths(3).map((path, index) => [path, index]));
  });

  it('lints a file a child ran out of memory on in process, and goes on with a fresh child', async () => {
    const list = [...paths(5), 'oom', ...paths(5), 'oom', ...paths(5)];
    const reports = await lintFiles(list, options, inProcess);
    expect(reports.map((report) => report.path)).toEqual(list);
    // The two files linted in process carry no child's notice; the others came from children.
    expect(reports.filter((report) => report.notices.length === 0).map((report) => report.path)).toEqual([
      'oom',
      'oom',
    ]);
    expect(new Set(reports.flatMap((report) => report.notices.map((notice) => notice.message))).size).toBe(5);
  });

  it('limits the heap of a child to IDEA_LINT_CHILD_MEMORY (0: no limit)', () => {
    expect(childExecArgv(CHILD_MEMORY_MB)).toEqual([...CHILD_EXEC_ARGV, `--max-old-space-size=${CHILD_MEMORY_MB}`]);
    expect(childExecArgv(0)).toEqual(CHILD_EXEC_ARGV);
  });

  it('reads the memory limit from IDEA_LINT_CHILD_MEMORY, else the default', () => {
    expect(childMemoryMb('200')).toBe(200);
    expect(childMemoryMb('0')).toBe(0);
    expect(childMemoryMb(undefined)).toBe(CHILD_MEMORY_MB);
    expect(childMemoryMb('lots')).toBe(CHILD_MEMORY_MB);
    expect(childMemoryMb('-1')).toBe(CHILD_MEMORY_MB);
  });

  it('lints in process below the threshold', async () => {
    const reports = await lintFiles(paths(3), { cwd: scratch, config, worker: fakeChild }, inProcess);
    expect(reports.map((report) => report.notices)).toEqual([[], [], []]);
  });

  it("rethrows a child's error, a file error as a FileError", async () => {
    await expect(lintFiles([...paths(5), 'throw', ...paths(5)], options, inProcess)).rejects.toThrow('boom');
    const missing = lintFiles([...paths(5), 'missing'], options, inProcess);
    await expect(missing).rejects.toBeInstanceOf(FileError);
    await expect(missing).rejects.toThrow('missing: not found.');
  });

  it('fails with the file a child died on', async () => {
    await expect(lintFiles([...paths(5), 'crash', ...paths(5)], options, inProcess)).rejects.toThrow(
      'a linting process exited with code 3 while it linted crash',
    );
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
    mkdirSync(join(project, 'empty'));
    writeFileSync(
      join(project, 'idea-lint.json'),
      JSON.stringify({ files: ['**/*.md'], today: '2026-06-01', maxFileSize: 100_000 }),
    );
    const files = readdirSync(project, { recursive: true }).filter((name) => String(name).endsWith('.md'));
    expect(files.length).toBeGreaterThan(POOL_MIN_FILES * 2);
    const exec = promisify(execFile);
    const run = (format: string, workers: string, childMemory = '') =>
      exec(process.execPath, [CLI_BIN, '--format', format, '--fail-on', 'never', '.'], {
        cwd: project,
        env: { ...process.env, IDEA_LINT_WORKERS: workers, IDEA_LINT_CHILD_MEMORY: childMemory },
        maxBuffer: 64 * 1024 * 1024,
      });
    const alone = await run('json', '0');
    const report = JSON.parse(alone.stdout) as { files: FileReport[] };
    expect(report.files).toHaveLength(files.length);
    expect(report.files.flatMap((file) => file.findings).length).toBeGreaterThan(100);
    for (const [format, single] of [
      ['json', alone],
      ['sarif', await run('sarif', '0')],
      ['github', await run('github', '0')],
      ['stylish', await run('stylish', '0')],
    ] as const) {
      const pooled = await run(format, '3');
      expect(pooled.stdout).toBe(single.stdout);
      expect(pooled.stderr).toBe(single.stderr);
    }
    // Children out of heap on almost every file (a limit of 8 MB: V8 aborts them), each file linted again in
    // process: the same report, and nothing of V8's on stderr.
    const recycled = await run('json', '2', '8');
    expect(recycled.stdout).toBe(alone.stdout);
    expect(recycled.stderr).toBe(alone.stderr);
  }, 300_000);
});
