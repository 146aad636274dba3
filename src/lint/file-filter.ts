// Lint stage (configuration): decides which paths are idea files under a ResolvedConfig's `files` and
// `ignores` globs. Shared by the CLI's file walker and the action's changed-file list. Pure.
import picomatch from 'picomatch';
import type { ResolvedConfig } from './types.js';

/** Answers for repository-relative paths with `/` separators. */
export interface FileFilter {
  /** Matched by an `ignores` glob: never linted. */
  isIgnored(path: string): boolean;
  /** Matched by a `files` glob and not ignored. */
  isIdeaFile(path: string): boolean;
}

/** Compiles the config's globs once. */
export function createFileFilter(config: Pick<ResolvedConfig, 'files' | 'ignores'>): FileFilter {
  const included = picomatch([...config.files]);
  const ignored = config.ignores.length > 0 ? picomatch([...config.ignores]) : () => false;
  const normalise = (path: string): string => path.replace(/\\/g, '/').replace(/^\.\//, '');
  return {
    isIgnored: (path) => ignored(normalise(path)),
    isIdeaFile: (path) => {
      const relative = normalise(path);
      return included(relative) && !ignored(relative);
    },
  };
}
