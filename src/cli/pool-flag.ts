// CLI stage: the flag that makes the CLI's script a pool child (see pool.ts). Its own module so that bin.ts can
// read it without loading the pool.

/** The first argument that makes the CLI's script a pool child instead of the CLI. */
export const POOL_CHILD_FLAG = '--idea-lint-pool-child';
