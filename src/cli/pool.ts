// CLI stage: lints many files on every core. Below POOL_MIN_BYTES of files (their sizes summed), or without a
// worker script, files are linted in process, one after the other. From POOL_MIN_BYTES on, this process and a pool of
// forked children (one process per core in all: one child on two cores) take files from a shared queue, one at a
// time, and the reports come back in input order: the same reports as in process.
// Children run the CLI's own script (dist/cli.js) with POOL_CHILD_FLAG; see pool-child.ts. What a
// child writes to stderr is passed on line by line as it comes; a child out of heap has its file linted again in
// process, a child that dies otherwise ends the run naming the file; the run ends once every child has.
import { fork, type ChildProcess } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { FileReport, ResolvedConfig } from '../lint/types.js';
import { FileError } from './find-files.js';
import { POOL_CHILD_FLAG, worthAPool } from './pool-flag.js';

export { POOL_CHILD_FLAG };

/**
 * How many files a child is given at a time: it lints them in order, and the next is already there when it sends a
 * report. With one at a time a child waited for the parent between files, 30–40 ms a file on busy cores.
 */
export const FILES_AHEAD = 2;

// Less work than POOL_MIN_BYTES (pool-flag.ts, which reexec.ts reads too) is linted in process: starting children
// costs more than they save.
export { POOL_MIN_BYTES, worthAPool } from './pool-flag.js';

/**
 * The largest file (bytes) this process lints while children are there to take it. Its heap has no limit (and the
 * CLI's GC flags only when bin.ts started it again with them, see reexec.ts: V8 takes flags only at start), and V8 keeps the heap a large file's trees grew to: on 300
 * files of the corpus, linted in one process without flags, the one 160 KB list raised the peak from 181 to 256 MB;
 * with the children's flags it stays near 180 MB either way. Idea lists run 10-30 KB (GSoC 2026's 750 pages: 12.5 KB
 * on average; the corpus's largest but one, 30 KB), so at twice the largest common size this process lints nearly
 * every list its turn comes to, and the children take the rare long ones.
 */
export const HERE_MAX_BYTES = 64 * 1024;

/**
 * V8 flags of every child. Each child is one of several busy processes on the machine, so V8's helper threads for
 * garbage collection only compete for cores (--single-threaded-gc). childExecArgv adds the heap limit.
 */
export const CHILD_EXEC_ARGV = ['--single-threaded-gc'];

/**
 * The old-generation heap (MB) of a child, `--max-old-space-size`: near it V8 collects harder instead of growing.
 * Without a limit a busy child's heap grows far beyond what it keeps alive (~20–50 MB live, yet 300 MB resident over
 * a few hundred files). Collecting from JavaScript past a resident size instead (gc(), then replacing the child)
 * doubled the CPU time of a program audit. A file too big for the limit makes V8 abort the child: the parent
 * lints that file in process and starts a fresh child.
 */
export const CHILD_MEMORY_MB = 128;

/**
 * How far a limited child's heap may grow past what survived the last full collection before the next one
 * (`--heap-growing-percent`: 300 lets it reach four times that, up to the limit). V8 picks the factor from the heap
 * limit: 4× for a limit of 2 GB or more (Node's default on a machine with 16 GB) but only 1.3× for 256 MB or less.
 * At 1.3× a process limited to 128 MB ran 12 full collections over 75 files of the corpus where one without a limit
 * ran 3, and spent ~40% more CPU on each file after the first 15 (incremental marking was on most of the time); at
 * 300% it runs 5, within ~10% of no limit, and the limit still bounds the heap (peak RSS of a child ~+15 MB).
 */
export const CHILD_HEAP_GROWING_PERCENT = 300;

/** The flags of a child with a heap limit of `memoryMb` (0: V8's default, and V8's own growth factor). */
export function childExecArgv(memoryMb: number): string[] {
  return memoryMb > 0
    ? [...CHILD_EXEC_ARGV, `--max-old-space-size=${memoryMb}`, `--heap-growing-percent=${CHILD_HEAP_GROWING_PERCENT}`]
    : CHILD_EXEC_ARGV;
}

/** Parent → child: the run's settings once, then one file at a time. */
export type ToChild =
  { type: 'init'; cwd: string; config: ResolvedConfig } | { type: 'lint'; index: number; path: string };

/** Child → parent: a file's report, or the error linting it threw (index -1: an error between files). */
export type FromChild =
  { index: number; report: FileReport } | { index: number; error: { name: string; message: string; stack?: string } };

export interface LintFilesOptions {
  cwd: string;
  config: ResolvedConfig;
  /** The script children run (the CLI's own); without it, everything is linted in process. */
  worker?: string;
  /**
   * `IDEA_LINT_WORKERS`: how many processes lint, this one included (0 or 1: this one alone, no child); default one
   * per core.
   */
  workers?: number;
  /**
   * Whether this process lints files beside its children (default true). False: the children alone, as many as
   * `workers` (the tests of the children's protocol, where which process lints which file must not vary).
   */
  here?: boolean;
  /** `IDEA_LINT_CHILD_MEMORY`: a child's heap limit in MB (default CHILD_MEMORY_MB; 0: V8's default). */
  childMemory?: number;
  /**
   * Takes each line a child writes to stderr (without its line end) as soon as it is written, lines of different
   * children never mixed; default: written to this process's stderr. V8's report of a child out of heap is left out
   * (the file is linted again in process).
   */
  onStderr?: (line: string) => void;
  /** Cores; default availableParallelism(). */
  cores?: number;
  /** Called as each file is done (the count so far, and that file's path). */
  onDone?: (done: number, path: string) => void;
  /**
   * Takes each report in the order of `paths`, as soon as the reports before it have come: lintFiles then keeps
   * none and returns an empty list, so a run over many files holds only the reports still waiting for an earlier one.
   */
  onReport?: (report: FileReport, index: number) => void;
}

/** An environment variable of the CLI with a value it cannot use: exit 2 with this message. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/** A linting process killed by a signal: exit 2 with this message (the run can be repeated, not a bug). */
export class PoolError extends Error {
  override name = 'PoolError';
}

/** The pool's settings read from the environment: IDEA_LINT_WORKERS and IDEA_LINT_CHILD_MEMORY. */
export interface PoolEnv {
  workers?: number;
  childMemory?: number;
}

/**
 * Reads IDEA_LINT_WORKERS and IDEA_LINT_CHILD_MEMORY: unset or empty for the default, else a whole number (0 or
 * more); anything else is an EnvError naming the variable, its value and what it accepts.
 */
export function readPoolEnv(env: Readonly<Record<string, string | undefined>>): PoolEnv {
  const workers = wholeNumber(
    env,
    'IDEA_LINT_WORKERS',
    'a count of processes',
    ', such as 4 (0 or 1: one process; unset: one per core)',
  );
  const childMemory = wholeNumber(
    env,
    'IDEA_LINT_CHILD_MEMORY',
    'a heap size',
    ` of megabytes, such as 256 (0: Node's default; unset: ${CHILD_MEMORY_MB})`,
  );
  return { ...(workers !== undefined ? { workers } : {}), ...(childMemory !== undefined ? { childMemory } : {}) };
}

function wholeNumber(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  what: string,
  example: string,
): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new EnvError(`${name} ${JSON.stringify(value)} is not ${what}; expected a whole number${example}.`);
}

/**
 * Lints `paths` with `lintPath` in process or in a pool of children; reports in the order of `paths`, returned
 * or given one by one to `options.onReport`.
 */
export async function lintFiles(
  paths: readonly string[],
  options: LintFilesOptions,
  lintPath: (path: string) => Promise<FileReport>,
): Promise<FileReport[]> {
  // The sizes decide the pool (unless IDEA_LINT_WORKERS does) and, in a pool, which files this process takes: one
  // stat a file, once, and no file read for it.
  const sizes = mayPool(paths.length, options) ? await sizesOf(paths, options.cwd) : undefined;
  const bytes = sizes?.reduce((sum, size) => sum + size, 0) ?? 0;
  const count = poolSize({ files: paths.length, bytes }, options);
  const reports: FileReport[] = [];
  const { onReport } = options;
  const take = onReport ?? ((report: FileReport) => void reports.push(report));
  if (count === 0 || !options.worker || !sizes) {
    for (const [index, path] of paths.entries()) {
      take(await lintPath(path), index);
      options.onDone?.(index + 1, path);
    }
    return reports;
  }
  await runPool(paths, sizes, count, options.worker, options, take, lintPath);
  return reports;
}

/** Whether a pool is possible at all, before the sizes are known: a worker script, two files, not one process. */
function mayPool(files: number, options: Pick<LintFilesOptions, 'worker' | 'workers'>): boolean {
  return options.worker !== undefined && files > 1 && (options.workers === undefined || options.workers > 1);
}

/**
 * How many children to start (0: in process alone) for `work`: the files and their bytes. By default a pool from
 * POOL_MIN_BYTES on (one process per core); `workers` (IDEA_LINT_WORKERS) sets the processes whatever the work.
 * This process lints files beside the children, so one process per core is one child fewer than the cores: a
 * process saved (its memory, its start-up and the engine it loads).
 */
export function poolSize(
  work: { files: number; bytes: number },
  options: Pick<LintFilesOptions, 'worker' | 'workers' | 'here' | 'cores'>,
): number {
  if (!options.worker) return 0;
  const processes = options.workers ?? (worthAPool(work.bytes) ? (options.cores ?? availableParallelism()) : 1);
  if (processes <= 1) return 0;
  return Math.min(processes, work.files) - (options.here === false ? 0 : 1);
}

function runPool(
  paths: readonly string[],
  sizes: readonly number[],
  count: number,
  worker: string,
  options: LintFilesOptions,
  take: (report: FileReport, index: number) => void,
  lintPath: (path: string) => Promise<FileReport>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Reports that came before an earlier file's: each goes to `take` once every report before it has.
    const waiting = new Map<number, FileReport>();
    let taken = 0;
    // The children still given files; `live` counts the processes not yet ended, given files or not: the children,
    // and this one until it has no more files to lint.
    const children = new Set<ChildProcess>();
    let live = 0;
    const memoryMb = options.childMemory ?? CHILD_MEMORY_MB;
    const say = options.onStderr ?? ((line: string) => void process.stderr.write(`${line}\n`));
    // The files taken, by a child or by this process; `next`: every file before it is taken; `left`: how many are not.
    const claimed = new Uint8Array(paths.length);
    let next = 0;
    let left = paths.length;
    const claim = (index: number): number => {
      claimed[index] = 1;
      left -= 1;
      return index;
    };
    // Files given to a child that ended before it linted them: the next children take them first.
    const requeued: number[] = [];
    /** A child's next file: one given back, else the first not taken. */
    const nextFile = (): number | undefined => {
      const again = requeued.shift();
      if (again !== undefined) return again;
      while (next < paths.length && claimed[next] === 1) next++;
      return next < paths.length ? claim(next) : undefined;
    };
    let done = 0;
    // How the run ends, once known. It settles when every child has ended as well, so that all the children
    // wrote to stderr is passed on before the report or the error.
    let outcome: { error?: Error } | undefined;

    const settle = (): void => {
      if (!outcome || live > 0) return;
      if (outcome.error) reject(outcome.error);
      else resolve();
    };

    const finish = (error?: Error): void => {
      if (outcome) return;
      outcome = error ? { error } : {};
      for (const child of children) {
        if (error) child.kill();
        else if (child.connected) child.disconnect();
      }
      children.clear();
      settle();
    };

    /** Files a report in; true when it was the last. */
    const deliver = (index: number, report: FileReport): boolean => {
      waiting.set(index, report);
      for (let ready = waiting.get(taken); ready; ready = waiting.get(taken)) {
        waiting.delete(taken);
        take(ready, taken);
        taken += 1;
      }
      done += 1;
      options.onDone?.(done, paths[index]);
      if (done === paths.length) finish();
      return done === paths.length;
    };

    const start = (): void => {
      const child = fork(worker, [POOL_CHILD_FLAG], {
        execArgv: childExecArgv(memoryMb),
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      children.add(child);
      live += 1;
      let gone = false;
      const endStderr = child.stderr ? passLines(child.stderr, say) : () => undefined;
      // The files given to the child, in the order it lints them: the first is the one it is linting.
      const given: number[] = [];
      const send = (message: ToChild): void => {
        // A child that died meanwhile cannot take it: its end reports the file it was given.
        child.send(message, () => undefined);
      };
      const stop = (): void => {
        children.delete(child);
        if (child.connected) child.disconnect();
      };
      // Keeps FILES_AHEAD files given to the child, so that it never waits for this process to answer (to be
      // scheduled, file a report and write its JSON) between two files; lets it go once it has none left. Near the
      // end (no more files left than children), one at a time: a file waiting behind another while a child has
      // nothing to do would make the run longer.
      const processes = (): number => children.size + (options.here === false ? 0 : 1);
      const ahead = (): number => (left + requeued.length > processes() ? FILES_AHEAD : 1);
      const feed = (): void => {
        while (given.length < ahead()) {
          const index = nextFile();
          if (index === undefined) break;
          given.push(index);
          send({ type: 'lint', index, path: paths[index] });
        }
        if (given.length === 0) stop();
      };
      child.on('message', (message: FromChild) => {
        if (outcome) return;
        if ('error' in message) {
          // As in process: a file error is the user's (exit 2 with its message), anything else a bug.
          const { name, message: text, stack } = message.error;
          const error = name === 'FileError' ? new FileError(text) : new Error(text);
          if (stack !== undefined) error.stack = stack;
          finish(error);
          return;
        }
        const at = given.indexOf(message.index);
        if (at >= 0) given.splice(at, 1);
        feed();
        deliver(message.index, message.report);
      });
      // The child has ended once it has exited and its stderr has ended: by then every line it wrote has been passed
      // on. (Not 'close': Node does not emit it for a child the parent disconnected.)
      let exit: [number | null, NodeJS.Signals | null] | undefined;
      let stderrOpen = child.stderr !== null;
      const ended = (): void => {
        if (exit && !stderrOpen) onEnd(...exit);
      };
      child.on('exit', (code, signal) => {
        exit = [code, signal];
        ended();
      });
      child.stderr?.on('close', () => {
        stderrOpen = false;
        ended();
      });
      // Counts the child out once, when it ends or could not start: false when it already was.
      const countOut = (): boolean => {
        if (gone) return false;
        gone = true;
        live -= 1;
        children.delete(child);
        return true;
      };
      const onEnd = (code: number | null, signal: NodeJS.Signals | null): void => {
        if (!countOut()) return;
        // The file it was linting, and those it had not begun: another child takes them.
        const lost = given.shift() ?? -1;
        requeued.push(...given.splice(0));
        const outOfHeap = lost >= 0 && outOfMemory(code, signal);
        // V8's report of a heap out of memory is not for the user: the file is linted again in process.
        endStderr(outOfHeap);
        if (outcome) {
          settle();
          return;
        }
        if (outOfHeap) {
          // A file too big for a child's heap: linted in process (no such limit), then a fresh child goes on.
          lintPath(paths[lost]).then(
            (report) => {
              if (!outcome && !deliver(lost, report) && (requeued.length > 0 || left > 0)) start();
            },
            (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
          );
          return;
        }
        if (lost >= 0 && signal) {
          // Killed from outside (the system out of memory, a user): not a bug of idea-lint.
          finish(
            new PoolError(
              `a linting process was killed (${signal}) while it linted ${paths[lost]}; run again, with ` +
                'IDEA_LINT_WORKERS=1 to lint in one process if memory is short.',
            ),
          );
        } else if (lost >= 0) {
          finish(new Error(`a linting process exited with code ${code} while it linted ${paths[lost]}`));
        }
      };
      child.on('error', (error) => {
        // A child that could not start never ends.
        if (child.pid === undefined) countOut();
        finish(error);
      });
      send({ type: 'init', cwd: options.cwd, config: options.config });
      feed();
    };

    // This process's next file: the first not taken that is no larger than HERE_MAX_BYTES, or any once no child is
    // left to take a larger one. It scans ahead of the children; what it passes over, they take.
    let mine = 0;
    const nextHere = (): number | undefined => {
      for (;;) {
        while (mine < paths.length && claimed[mine] === 1) mine++;
        if (mine >= paths.length) return undefined;
        const index = mine++;
        if (sizes[index] <= HERE_MAX_BYTES || children.size === 0) return claim(index);
      }
    };
    // This process lints files as a child does, from the same queue, one at a time: between two files it files the
    // reports the children sent meanwhile and gives them their next files.
    const lintHere = async (): Promise<void> => {
      for (let index = nextHere(); index !== undefined && !outcome; index = nextHere()) {
        // Lets the reports the children sent meanwhile in first (and them have their next files).
        await new Promise((done) => setImmediate(done));
        if (outcome) break;
        let report: FileReport;
        try {
          report = await lintPath(paths[index]);
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
          break;
        }
        if (outcome || deliver(index, report)) break;
      }
      live -= 1;
      settle();
    };

    for (let i = 0; i < count; i++) start();
    if (options.here !== false) {
      live += 1;
      void lintHere();
    }
  });
}

/**
 * The size of each file in bytes (stat, not read), 0 for one that cannot be read (linting it then says why, as in
 * process).
 */
function sizesOf(paths: readonly string[], cwd: string): Promise<number[]> {
  return Promise.all(
    paths.map((path) =>
      stat(resolvePath(cwd, path)).then(
        (stats) => stats.size,
        () => 0,
      ),
    ),
  );
}

/** The first line of V8's report of a heap out of memory, and its fatal error line. */
const HEAP_REPORT = /^(?:<--- Last few GCs --->|FATAL ERROR: .*heap out of memory)/;

/**
 * Passes each line of `stream` to `say` as soon as it is complete, except V8's report of a heap out of memory,
 * which is held from its first line on (with the blank lines before it). The function returned is called once the
 * stream has ended: it drops what was held (`drop`: the file is linted again) or passes it on.
 */
function passLines(stream: Readable, say: (line: string) => void): (drop: boolean) => void {
  const blank: string[] = [];
  let held: string[] | undefined;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (held) held.push(line);
    else if (line.trim() === '') blank.push(line);
    else if (HEAP_REPORT.test(line)) held = [...blank.splice(0), line];
    else {
      for (const empty of blank.splice(0)) say(empty);
      say(line);
    }
  });
  return (drop) => {
    if (!drop) for (const line of [...blank, ...(held ?? [])]) say(line);
  };
}

/** How a process that ran out of V8 heap ends: V8 aborts it (SIGABRT, or 134 where a shell reports it). */
function outOfMemory(code: number | null, signal: NodeJS.Signals | null): boolean {
  return signal === 'SIGABRT' || code === 134;
}
