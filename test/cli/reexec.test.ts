import { describe, expect, it } from 'vitest';
import { CHILD_EXEC_ARGV, POOL_MIN_BYTES } from '../../src/cli/pool.js';
import {
  ESTIMATE_MAX_ENTRIES,
  estimateBytes,
  fixedPart,
  MAIN_EXEC_ARGV,
  shouldReexec,
  type ReexecInput,
  type Tree,
} from '../../src/cli/reexec.js';

const KB = 1024;

/** A file system in memory: files by absolute path with their sizes; folders are what holds them (and `dirs`). */
function fakeTree(files: Record<string, number>, dirs: string[] = []): Tree & { listed: string[] } {
  const folders = new Set(['/', ...dirs]);
  for (const path of [...Object.keys(files), ...dirs]) {
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) folders.add(path.slice(0, at));
  }
  const listed: string[] = [];
  return {
    listed,
    kind: (path) =>
      path in files ? { type: 'file', size: files[path]! } : folders.has(path) ? { type: 'folder' } : { type: 'other' },
    list: (folder) => {
      listed.push(folder);
      const names = new Map<string, boolean>();
      for (const path of [...Object.keys(files), ...folders]) {
        if (!path.startsWith(`${folder}/`) || path === folder) continue;
        const [name, ...rest] = path.slice(folder.length + 1).split('/');
        names.set(name!, rest.length > 0 || folders.has(path));
      }
      return [...names].map(([name, folder]) => ({ name, folder }));
    },
  };
}

// A project of small idea lists in /p (120 KB in all), and a program of big ones in /big (2 MB).
const SMALL = fakeTree(
  {
    '/p/a.md': 40 * KB,
    '/p/b.md': 30 * KB,
    '/p/ideas/c.md': 50 * KB,
    '/p/node_modules/x/huge.md': 10 * POOL_MIN_BYTES,
    '/p/.git/pack': 10 * POOL_MIN_BYTES,
  },
  ['/p/empty'],
);
const BIG_FILES = Object.fromEntries(
  Array.from({ length: 40 }, (_, i) => [`/big/org-${i}/ideas.md`, Math.ceil((2 * POOL_MIN_BYTES) / 40)]),
);

/** shouldReexec on 2 cores, started without flags, in /p (the small project) or `cwd`, on `tree`. */
function decide(argv: string[], more: Partial<ReexecInput> = {}): boolean {
  return shouldReexec({ argv, env: {}, execArgv: [], cwd: '/p', cores: 2, tree: SMALL, ...more });
}

describe('shouldReexec: which runs start the CLI again with the GC flags', () => {
  it('gives the main process the flag every child has', () => {
    expect(MAIN_EXEC_ARGV).toEqual(expect.arrayContaining(CHILD_EXEC_ARGV));
  });

  it('re-executes a run with work enough for a pool: the configured files, a folder, a glob or files named', () => {
    const big = { tree: fakeTree(BIG_FILES), cwd: '/big' };
    expect(decide([], big)).toBe(true);
    expect(decide(['-f', 'json', '--fail-on', 'never'], big)).toBe(true);
    expect(decide(['.'], big)).toBe(true);
    expect(decide(['org-1', 'org-2/'], big)).toBe(false); // 2 of 40 folders: 100 KB
    expect(decide(['**/*.md', '--quiet'], big)).toBe(true);
    expect(decide(Object.keys(BIG_FILES), big)).toBe(true);
    expect(decide(Object.keys(BIG_FILES).slice(0, 10), big)).toBe(false);
  });

  it('lints a small run in this process, whether folders, globs or files name it: no pool, so no second start', () => {
    for (const argv of [[], ['.'], ['ideas'], ['**/*.md'], ['a.md', 'ideas/'], ['a.md', 'b.md', '-f', 'sarif']])
      expect(decide(argv), argv.join(' ')).toBe(false);
    // Named many times, as a shell may: linted once, so counted once.
    expect(decide(Array.from({ length: Math.ceil(POOL_MIN_BYTES / (40 * KB)) }, () => 'a.md'))).toBe(false);
  });
  it('lints one named file in this process, however big: one file never makes a pool', () => {
    const huge = { tree: fakeTree({ '/big/all-ideas.md': 3 * POOL_MIN_BYTES }), cwd: '/big' };
    expect(decide(['all-ideas.md'], huge)).toBe(false);
    expect(decide(['all-ideas.md', '-f', 'json'], huge)).toBe(false);
    // A folder holding that one file is walked by discovery, which may find more: the estimate decides.
    expect(decide(['.'], huge)).toBe(true);
  });

  it('never re-executes --help, --version, standard input, --fix, --fix-dry-run or a usage error', () => {
    for (const argv of [['--help'], ['-v', '.'], ['-'], ['--fix', '.'], ['--fix-dry-run'], ['--format', 'nope', '.']])
      expect(decide(argv), argv.join(' ')).toBe(false);
  });

  it('never re-executes a process already started with the flags (no loop)', () => {
    const big = { tree: fakeTree(BIG_FILES), cwd: '/big' };
    expect(decide(['.'], { ...big, execArgv: [...MAIN_EXEC_ARGV] })).toBe(false);
    expect(decide(['.'], { ...big, execArgv: ['--inspect', ...MAIN_EXEC_ARGV, '--max-old-space-size=512'] })).toBe(
      false,
    );
    expect(decide(['.'], { ...big, execArgv: ['--max-old-space-size=512'] })).toBe(true);
  });

  it('follows IDEA_LINT_WORKERS and the cores: one process needs no flags; a bad value is left to the run', () => {
    const big = { tree: fakeTree(BIG_FILES), cwd: '/big' };
    for (const value of ['0', '1', 'x', '-2', '1.5'])
      expect(decide(['.'], { ...big, env: { IDEA_LINT_WORKERS: value } })).toBe(false);
    expect(decide(['.'], { ...big, env: { IDEA_LINT_WORKERS: '' } })).toBe(true);
    expect(decide(['.'], { ...big, cores: 1 })).toBe(false);
    // Two processes or more told: a pool whatever the work (pool.ts), so the flags too.
    expect(decide(['a.md'], { env: { IDEA_LINT_WORKERS: '2' } })).toBe(true);
    expect(decide(['.'], { cores: 1, env: { IDEA_LINT_WORKERS: '3' } })).toBe(true);
  });
});

describe('estimateBytes: at least what a run will lint, read from the file system before the configuration', () => {
  it('counts every file under a folder but node_modules and .git, named files, and globs by their fixed part', () => {
    expect(estimateBytes([], '/p', SMALL)).toBe(120 * KB);
    expect(estimateBytes(['.'], '/p', SMALL)).toBe(120 * KB);
    expect(estimateBytes(['ideas', 'b.md'], '/p', SMALL)).toBe(80 * KB);
    expect(estimateBytes(['ideas/*.md', 'missing.md', 'empty'], '/p', SMALL)).toBe(50 * KB);
    expect(estimateBytes(['/p/ideas/../a.md'], '/', SMALL)).toBe(40 * KB);
    expect(estimateBytes(['a.md', 'a.md', './a.md'], '/p', SMALL)).toBe(40 * KB);
  });

  it('stops once the sum reaches POOL_MIN_BYTES, or past ESTIMATE_MAX_ENTRIES entries (a big tree)', () => {
    const tree = fakeTree(BIG_FILES);
    const bytes = estimateBytes([], '/big', tree);
    expect(bytes).toBeGreaterThanOrEqual(POOL_MIN_BYTES);
    expect(bytes).toBeLessThan(2 * POOL_MIN_BYTES);
    expect(tree.listed.length).toBeLessThan(40);
    const many = fakeTree(
      Object.fromEntries(Array.from({ length: ESTIMATE_MAX_ENTRIES + 1 }, (_, i) => [`/m/${i}`, 1])),
    );
    expect(estimateBytes([], '/m', many)).toBe(POOL_MIN_BYTES);
  });

  it("takes a glob's folder up to its first special character", () => {
    expect(fixedPart('docs/ideas.md')).toBe('docs/ideas.md');
    expect(fixedPart('docs/**/*.md')).toBe('docs');
    expect(fixedPart('docs/20{25,26}/*.md')).toBe('docs');
    expect(fixedPart('*.md')).toBe('.');
    expect(fixedPart('!docs/a.md')).toBe('.');
    expect(fixedPart('/srv/ideas/*.md')).toBe('/srv/ideas');
    expect(fixedPart('/*.md')).toBe('/');
  });
});
