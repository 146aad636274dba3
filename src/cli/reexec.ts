// CLI stage: a run with work enough for a pool (see pool-flag.ts) starts the CLI once more with V8's GC flags, so
// that every linting process (the main one, which lints beside the pool's children, and the children) has them. V8
// takes these flags only at start (setting them at run time with v8.setFlagsFromString once crashed V8). The first
// process only waits: it loads nothing but this module and args.ts, so it holds the memory of a bare Node (~40 MB)
// while the run goes on. It judges the work before the configuration (and the engine that reads it) is loaded, from
// the sizes of what the arguments name, with a walk that stops at POOL_MIN_BYTES: a bound of what discovery will
// find, not a second discovery.
// Its own module, light, so that bin.ts can decide before loading the engine.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { POOL_MIN_BYTES, worthAPool } from './pool-flag.js';

/**
 * The V8 flags of the main process of a pool run. `--single-threaded-gc`, as the children have it: on a machine whose
 * cores all lint, V8's helper threads for garbage collection only compete with the other linting process for cores.
 * Alone it made the process's heap grow further between full collections (150 files of the corpus in one process:
 * peak RSS 288 MB, 254 MB without flags); `--heap-growing-percent` (the next full collection once the heap has grown
 * by that much over what survived the last) brings it down: 200 MB at 200% or 100% in that process; on the program
 * audit (750 files, the waiting first process included) 422 MB at 200%, 403 MB at 100%, 401 MB before this restart
 * (without the first process and without flags), for about the same CPU. The main process has no heap limit: it
 * lints what is too big for a child's heap.
 */
export const MAIN_EXEC_ARGV = ['--single-threaded-gc', '--heap-growing-percent=100'];

export interface ReexecInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The V8 and Node flags this process was started with (`process.execArgv`). */
  execArgv: readonly string[];
  cwd: string;
  /** Cores; default availableParallelism(). */
  cores?: number;
  /** The file system as the estimate sees it; default the real one (statSync, readdirSync). */
  tree?: Tree;
}

/** What the estimate reads of the file system: one path at a time, never a file's contents. */
export interface Tree {
  /** A regular file (followed through links) with its size, a folder, or anything else (missing, a socket…). */
  kind(path: string): { type: 'file'; size: number } | { type: 'folder' } | { type: 'other' };
  /** The names in a folder, with whether each is a folder (links are not: a walk never follows them); [] unreadable. */
  list(folder: string): { name: string; folder: boolean }[];
}

/**
 * The most entries (files and folders) the estimate looks at before it takes a run as big: it bounds the first
 * process's walk of a large tree with small files. A repository of idea lists holds a few hundred.
 */
export const ESTIMATE_MAX_ENTRIES = 5000;

/**
 * Whether the CLI should start itself again with MAIN_EXEC_ARGV: a run that lints files (not --help, --version,
 * standard input, a usage error or --fix, which lints in process), on more than one core unless IDEA_LINT_WORKERS
 * says one process, not already started with the flags, and with work enough for a pool (worthAPool), judged before
 * discovery (which needs the configuration, hence the engine) by estimateBytes: at least the bytes the run will lint.
 * IDEA_LINT_WORKERS of 2 or more makes a pool whatever the work, so a restart too; one named file never makes one. A
 * wrong guess costs one start of Node (~40 ms) or the GC flags, never a different report.
 */
export function shouldReexec(input: ReexecInput): boolean {
  if (MAIN_EXEC_ARGV.every((flag) => input.execArgv.includes(flag))) return false;
  const workers = input.env.IDEA_LINT_WORKERS;
  if (workers !== undefined && workers !== '' && (!/^\d+$/.test(workers) || Number(workers) <= 1)) return false;
  const told = workers !== undefined && workers !== '';
  if ((input.cores ?? availableParallelism()) <= 1 && !told) return false;
  let options;
  try {
    options = parseCliArgs(input.argv);
  } catch {
    return false;
  }
  if (options.help || options.version || options.stdin || options.fix || options.fixDryRun) return false;
  if (told) return true;
  const tree = input.tree ?? realTree;
  // One named file is linted in this process whatever its size: a pool needs two files.
  if (options.patterns.length === 1 && tree.kind(resolve(input.cwd, options.patterns[0])).type === 'file') return false;
  return worthAPool(estimateBytes(options.patterns, input.cwd, tree));
}

/**
 * An upper bound of the bytes a run over `patterns` (none: the configured files, under `cwd`) will lint, without
 * the configuration: a named file counts its size; a folder every file under it (as discovery walks it: not into
 * node_modules, .git or linked folders), idea file or not; a glob every file under its fixed part (`docs/**` → docs).
 * Stops as soon as the sum reaches POOL_MIN_BYTES, or past ESTIMATE_MAX_ENTRIES entries (then POOL_MIN_BYTES: a big
 * tree): the decision needs no more, and the first process stays light.
 */
export function estimateBytes(patterns: readonly string[], cwd: string, tree: Tree): number {
  let bytes = 0;
  let entries = 0;
  const seen = new Set<string>();
  const pending: string[] = [];
  const roots = patterns.length === 0 ? [cwd] : patterns.map((pattern) => resolve(cwd, fixedPart(pattern)));
  for (const root of roots) {
    if (seen.has(root)) continue;
    seen.add(root);
    const kind = tree.kind(root);
    if (kind.type === 'file') bytes += kind.size;
    else if (kind.type === 'folder') pending.push(root);
    if (bytes >= POOL_MIN_BYTES) return bytes;
  }
  // A folder named inside another named folder is counted twice: an upper bound still.
  while (pending.length > 0) {
    const folder = pending.pop()!;
    for (const entry of tree.list(folder)) {
      entries += 1;
      if (entries > ESTIMATE_MAX_ENTRIES) return Math.max(bytes, POOL_MIN_BYTES);
      if (entry.folder) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(join(folder, entry.name));
        continue;
      }
      const kind = tree.kind(join(folder, entry.name));
      if (kind.type === 'file') bytes += kind.size;
      if (bytes >= POOL_MIN_BYTES) return bytes;
    }
  }
  return bytes;
}

// As discovery (find-files.ts): never worth a walk.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * A pattern up to its first path segment with a glob's special character (the whole pattern when it has none): a
 * folder that holds everything the glob can match. Conservative: `a[b].md` is taken for a glob (its folder is
 * walked), and a leading `!` or `(` makes the fixed part empty (the current folder).
 */
export function fixedPart(pattern: string): string {
  const segments = pattern.split(/[/\\]/);
  const first = segments.findIndex((segment) => /[*?[\]{}()!+@]/.test(segment));
  if (first === -1) return pattern;
  const fixed = segments.slice(0, first).join('/');
  return fixed === '' && pattern.startsWith('/') ? '/' : fixed || '.';
}

const realTree: Tree = {
  kind(path) {
    try {
      const stats = statSync(path);
      if (stats.isFile()) return { type: 'file', size: stats.size };
      return stats.isDirectory() ? { type: 'folder' } : { type: 'other' };
    } catch {
      return { type: 'other' };
    }
  },
  list(folder) {
    try {
      return readdirSync(folder, { withFileTypes: true }).map((entry) => ({
        name: entry.name,
        folder: entry.isDirectory(),
      }));
    } catch {
      return [];
    }
  },
};

/**
 * Runs `script` with `argv` in a new Node process started with MAIN_EXEC_ARGV (after this process's own flags),
 * standard streams shared; this process ends as it does: with its exit code, or killed by the same signal. The
 * signals a user or a runner sends this process (SIGINT, SIGTERM, SIGHUP) are passed on to it.
 */
export function reexec(script: string, argv: readonly string[]): ChildProcess {
  // This process's own flags go on, but the inspector's: its port is this process's.
  const own = process.execArgv.filter((flag) => !/^--inspect(?:-brk|-port|-wait)?(?:=|$)/.test(flag));
  const child = spawn(process.execPath, [...own, ...MAIN_EXEC_ARGV, script, ...argv], {
    stdio: 'inherit',
  });
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const pass = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, pass);
  child.on('error', (error) => {
    process.stderr.write(`idea-lint: could not start the linting process: ${error.message}\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    for (const each of signals) process.off(each, pass);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 2;
  });
  return child;
}
