// CLI stage: a run over many files starts the CLI once more with V8's GC flags, so that every linting process (the
// main one, which lints beside the pool's children, and the children) has them. V8 takes these flags only at start
// (setting them at run time with v8.setFlagsFromString once crashed V8). The first process only waits: it loads
// nothing but this module and args.ts, so it holds the memory of a bare Node (~40 MB) while the run goes on.
// Its own module, light, so that bin.ts can decide before loading the engine.
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { POOL_MIN_FILES } from './pool-flag.js';

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
  /** Whether `path` is a regular file; default statSync. */
  isFile?: (path: string) => boolean;
}

/**
 * Whether the CLI should start itself again with MAIN_EXEC_ARGV: a run that lints files (not --help, --version,
 * standard input, a usage error or --fix, which lints in process), on more than one core unless IDEA_LINT_WORKERS
 * says one process, not already started with the flags, and likely to lint many files, judged without discovery
 * from the arguments alone: no file named (the configuration's globs), a folder or a glob among them, or
 * POOL_MIN_FILES files or more. A wrong guess costs one start of Node (~40 ms), never a different report.
 */
export function shouldReexec(input: ReexecInput): boolean {
  if (MAIN_EXEC_ARGV.every((flag) => input.execArgv.includes(flag))) return false;
  const workers = input.env.IDEA_LINT_WORKERS;
  if (workers !== undefined && workers !== '' && (!/^\d+$/.test(workers) || Number(workers) <= 1)) return false;
  if ((input.cores ?? availableParallelism()) <= 1 && (workers === undefined || workers === '')) return false;
  let options;
  try {
    options = parseCliArgs(input.argv);
  } catch {
    return false;
  }
  if (options.help || options.version || options.stdin || options.fix || options.fixDryRun) return false;
  const { patterns } = options;
  if (patterns.length === 0 || patterns.length >= POOL_MIN_FILES) return true;
  const isFile = input.isFile ?? regularFile;
  return patterns.some((pattern) => !isFile(resolve(input.cwd, pattern)));
}

function regularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

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
