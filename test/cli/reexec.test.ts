import { describe, expect, it } from 'vitest';
import { CHILD_EXEC_ARGV, POOL_MIN_FILES } from '../../src/cli/pool.js';
import { MAIN_EXEC_ARGV, shouldReexec, type ReexecInput } from '../../src/cli/reexec.js';

const FILES = new Set(['/p/a.md', '/p/b.md', '/p/ideas/c.md']);

/** shouldReexec in /p on 2 cores, started without flags; `isFile` knows FILES (everything else: a folder or a glob). */
function decide(argv: string[], more: Partial<ReexecInput> = {}): boolean {
  return shouldReexec({ argv, env: {}, execArgv: [], cwd: '/p', cores: 2, isFile: (path) => FILES.has(path), ...more });
}

describe('shouldReexec: which runs start the CLI again with the GC flags', () => {
  it('gives the main process the flag every child has', () => {
    expect(MAIN_EXEC_ARGV).toEqual(expect.arrayContaining(CHILD_EXEC_ARGV));
  });

  it('re-executes a run over the configured files, a folder, a glob, or many named files', () => {
    expect(decide([])).toBe(true);
    expect(decide(['-f', 'json', '--fail-on', 'never'])).toBe(true);
    expect(decide(['.'])).toBe(true);
    expect(decide(['ideas'])).toBe(true);
    expect(decide(['**/*.md', '--quiet'])).toBe(true);
    expect(decide(['a.md', 'ideas/'])).toBe(true);
    const many = Array.from({ length: POOL_MIN_FILES }, () => 'a.md');
    expect(decide(many)).toBe(true);
  });

  it('lints a few named files in this process: no pool, so no second start', () => {
    expect(decide(['a.md'])).toBe(false);
    expect(decide(['a.md', 'b.md', 'ideas/c.md', '-f', 'sarif'])).toBe(false);
    expect(decide(Array.from({ length: POOL_MIN_FILES - 1 }, () => 'b.md'))).toBe(false);
  });

  it('never re-executes --help, --version, standard input, --fix, --fix-dry-run or a usage error', () => {
    for (const argv of [['--help'], ['-v', '.'], ['-'], ['--fix', '.'], ['--fix-dry-run'], ['--format', 'nope', '.']])
      expect(decide(argv), argv.join(' ')).toBe(false);
  });

  it('never re-executes a process already started with the flags (no loop)', () => {
    expect(decide(['.'], { execArgv: [...MAIN_EXEC_ARGV] })).toBe(false);
    expect(decide(['.'], { execArgv: ['--inspect', ...MAIN_EXEC_ARGV, '--max-old-space-size=512'] })).toBe(false);
    expect(decide(['.'], { execArgv: ['--max-old-space-size=512'] })).toBe(true);
  });

  it('follows IDEA_LINT_WORKERS and the cores: one process needs no flags; a bad value is left to the run', () => {
    for (const value of ['0', '1', 'x', '-2', '1.5'])
      expect(decide(['.'], { env: { IDEA_LINT_WORKERS: value } })).toBe(false);
    expect(decide(['.'], { env: { IDEA_LINT_WORKERS: '2' } })).toBe(true);
    expect(decide(['.'], { env: { IDEA_LINT_WORKERS: '' } })).toBe(true);
    expect(decide(['.'], { cores: 1 })).toBe(false);
    expect(decide(['.'], { cores: 1, env: { IDEA_LINT_WORKERS: '3' } })).toBe(true);
  });
});
