// The CLI's pool of children: reports in input order whatever order the children finish in, errors and crashes
// surfaced; and dist/cli.js gives the same JSON report with the pool forced on as linting in process.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FileError } from '../../src/cli/find-files.js';
import { CHILD_EXEC_ARGV, lintFiles, POOL_MIN_FILES, poolSize } from '../../src/cli/pool.js';
import { resolveConfig } from '../../src/lint/config.js';
import type { FileReport } from '../../src/lint/types.js';
import { rules as registry } from '../../rules/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A stand-in child speaking the pool's protocol: it answers after a random delay (so children finish out of
// order) with its pid and V8 flags as the report's notice; "throw" and "missing" fail, "crash" exits.
const fakeChild = join(scratch, 'fake-child.mjs');
writeFileSync(
  fakeChild,
  `process.on('message', (message) => {
  if (message.type !== 'lint') return;
  const { index, path } = message;
  if (path === 'crash') process.exit(3);
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
  it('reports the same JSON for a multi-file set (nested folders, a skipped file, a file error notice)', async () => {
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
    const run = (workers: string) =>
      exec(process.execPath, [CLI_BIN, '--format', 'json', '--fail-on', 'never', '.'], {
        cwd: project,
        env: { ...process.env, IDEA_LINT_WORKERS: workers },
        maxBuffer: 64 * 1024 * 1024,
      });
    const [alone, pooled] = [await run('0'), await run('3')];
    const report = JSON.parse(alone.stdout) as { files: FileReport[] };
    expect(report.files).toHaveLength(files.length);
    expect(report.files.flatMap((file) => file.findings).length).toBeGreaterThan(100);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.stderr).toBe(alone.stderr);
  });
});
