// CLI stage: finds the repository root (the nearest folder holding `.git`, as `git rev-parse --show-toplevel`
// does without running git), which SARIF paths are relative to. Reads the file system only.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The nearest folder from `cwd` upwards that holds `.git` (a folder, or a file in worktrees), else `cwd`. */
export async function findRepositoryRoot(cwd: string): Promise<string> {
  for (let dir = cwd; ; dir = dirname(dir)) {
    try {
      await stat(join(dir, '.git'));
      return dir;
    } catch {
      // Not here; look in the parent.
    }
    if (dirname(dir) === dir) return cwd;
  }
}
