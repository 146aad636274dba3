// CLI stage: what bin.ts and reexec.ts need to know of the pool (see pool.ts) without loading it: the flag that makes
// the CLI's script a pool child, and how many files start a pool.

/** The first argument that makes the CLI's script a pool child instead of the CLI. */
export const POOL_CHILD_FLAG = '--idea-lint-pool-child';

/** From this many files on, a run lints with a pool of processes (fewer: in process). */
export const POOL_MIN_FILES = 10;
