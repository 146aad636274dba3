// CLI stage: what bin.ts and reexec.ts need to know of the pool (see pool.ts) without loading it: the flag that makes
// the CLI's script a pool child, and how much work starts a pool.

/** The first argument that makes the CLI's script a pool child instead of the CLI. */
export const POOL_CHILD_FLAG = '--idea-lint-pool-child';

/**
 * From this many bytes of files to lint on (their sizes on disk, summed), a run lints with a pool of processes;
 * below it, in process. Work decides, not the count of files: a file costs time in proportion to its length (idea
 * lists run from 1 to 160 KB). A pool pays a fixed price before it saves anything (the CLI started once more with
 * the GC flags, reexec.ts; a child started, the engine loaded in it and its code still cold on its first files) and
 * more CPU per file (one GC thread a process, a child's heap limit); it saves the part of the work the child takes
 * off this process, which only a free core makes a saving.
 *
 * Measured with bench/break-even.mjs (7 December 2026, 2 cores, load 13 to 18 from other work): the same
 * dist/cli.js on folders of real idea lists, pool (IDEA_LINT_WORKERS=2) against one process (=1), interleaved, wall
 * time pool over one process: 0.1 MB 1.60×, 0.45 MB 1.80×, 0.6 MB 1.36×, 1 MB 1.22×, 2 MB 1.24×, 4 MB 0.94×. Under
 * that load the break-even lies between 2 and 4 MB: an upper bound, since other work on the cores is what keeps the
 * child from saving time. On idle cores it comes earlier: bench/results.json's idle figures (12 files, 0.1 MB: pool
 * 2.3 s, one process 1.9 s; 750 files, 16 MB: the pool 0.59× one process) put it near 0.4 MB. 1 MB lies between the
 * two; on either side of the true value a run in that band costs at most ~20% more than the better choice, and a
 * pull request's few lists (under 0.2 MB) and a program audit (10 MB or more) are on the right side either way.
 */
export const POOL_MIN_BYTES = 1024 * 1024;

/** Whether `bytes` of files to lint are work enough for a pool (at least POOL_MIN_BYTES). */
export function worthAPool(bytes: number): boolean {
  return bytes >= POOL_MIN_BYTES;
}
