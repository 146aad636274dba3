// CLI stage: turns the command line's files, directories and globs (or the config's `files`) into the
// list of idea files to lint. Reads directory listings only; never file contents.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { createFileFilter } from '../lint/file-filter.js';
import type { ResolvedConfig } from '../lint/types.js';

/** A named file or pattern that does not exist or matches nothing: exit 2 with this message. */
export class FileError extends Error {
  override name = 'FileError';
}

// Never worth a walk: dependencies and git's own objects.
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** The files to lint (relative to cwd, `/`-separated, sorted), and what was named but not linted. */
export interface FoundFiles {
  paths: string[];
  /** Named files that the user's own `ignores` skip (each gets a warning), with the deciding glob. */
  ignored: { path: string; glob: string }[];
  /** Patterns that matched nothing, when that is not an error (`--no-error-on-unmatched-pattern`). */
  unmatched: string[];
}

/** How strict findFiles is. */
export interface FindOptions {
  /** Throw FileError for a named file that does not exist or a glob that matches nothing (default true). */
  errorOnUnmatched?: boolean;
}

/**
 * Resolves patterns against `cwd`; with none, every idea file of the config. A file named on the command
 * line is always linted, wherever it is and whatever `files` says; only the user's own `ignores` skip it
 * (ESLint and markdownlint-cli2 lint what they are given). Globs and directories expand to the idea files
 * they hold, and a glob that names files (such as a glob of README.md files) wins over the built-in ignores as a
 * `files` glob does.
 */
export async function findFiles(
  patterns: readonly string[],
  cwd: string,
  config: Pick<ResolvedConfig, 'files' | 'ignores'>,
  options: FindOptions = {},
): Promise<FoundFiles> {
  const errorOnUnmatched = options.errorOnUnmatched ?? true;
  const found = new Set<string>();
  const result: FoundFiles = { paths: [], ignored: [], unmatched: [] };
  const globs = patterns.filter((pattern) => picomatch.scan(toPosix(pattern)).isGlob);
  const filter = createFileFilter(config, { naming: globs.map((glob) => toRelative(cwd, glob)) });
  const unmatched = (pattern: string, message: string): void => {
    if (errorOnUnmatched) throw new FileError(message);
    result.unmatched.push(pattern);
  };
  if (patterns.length === 0) {
    for (const path of await walk(cwd, cwd)) if (filter.isIdeaFile(path)) found.add(path);
  }
  for (const pattern of patterns) {
    const scan = picomatch.scan(toPosix(pattern));
    if (scan.isGlob) {
      const matcher = picomatch(toRelative(cwd, pattern));
      const base = resolve(cwd, scan.base || '.');
      const matched = (await walk(base, cwd)).filter((path) => matcher(path) && filter.isIdeaFile(path));
      if (matched.length === 0) unmatched(pattern, `${JSON.stringify(pattern)}: no idea files match this pattern.`);
      for (const path of matched) found.add(path);
      continue;
    }
    const absolute = resolve(cwd, pattern);
    const kind = await kindOf(absolute);
    const path = toRelative(cwd, absolute);
    if (kind === 'missing') {
      unmatched(pattern, `${pattern}: no such file.`);
    } else if (kind === 'directory') {
      for (const inner of await walk(absolute, cwd)) if (filter.isIdeaFile(inner)) found.add(inner);
    } else {
      const glob = filter.userIgnoreOf(path);
      if (glob === undefined) found.add(path);
      else result.ignored.push({ path, glob });
    }
  }
  result.paths = [...found].sort();
  return result;
}

/** Every file under `directory`, relative to `cwd`; follows links to files, never links to directories. */
export async function walk(directory: string, cwd: string): Promise<string[]> {
  const files: string[] = [];
  const pending = [directory];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      continue; // Unreadable or vanished directories are not ours to report.
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      } else if (entry.isFile() || (entry.isSymbolicLink() && (await kindOf(full)) === 'file')) {
        files.push(toRelative(cwd, full));
      }
    }
  }
  return files.sort();
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

function toRelative(cwd: string, path: string): string {
  const relativePath = isAbsolute(path) ? relative(cwd, path) : relative(cwd, resolve(cwd, path));
  return toPosix(relativePath);
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
