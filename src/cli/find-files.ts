// CLI stage: turns the command line's files, directories and globs (or the config's `files`) into the
// list of idea files to lint. Reads directory listings only; never file contents.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { FileFilter } from '../lint/file-filter.js';

/** A named file or pattern that does not exist or matches nothing: exit 2 with this message. */
export class FileError extends Error {
  override name = 'FileError';
}

/** The files to lint (relative to cwd, `/`-separated, sorted), and named files skipped, with why. */
export interface FoundFiles {
  paths: string[];
  skipped: { path: string; reason: string }[];
}

// Never worth a walk: dependencies and git's own objects.
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/**
 * Resolves patterns against `cwd`; with none, every file the config's `files` match. Patterns only
 * narrow that set: a named file outside it is skipped with a reason (pre-commit names every staged
 * Markdown file, and the configuration decides which of them are idea files).
 */
export async function findFiles(patterns: readonly string[], cwd: string, filter: FileFilter): Promise<FoundFiles> {
  const found = new Set<string>();
  const skipped: FoundFiles['skipped'] = [];
  if (patterns.length === 0) {
    for (const path of await walk(cwd, cwd)) if (filter.isIdeaFile(path)) found.add(path);
    return { paths: [...found].sort(), skipped };
  }
  for (const pattern of patterns) {
    const scan = picomatch.scan(toPosix(pattern));
    if (scan.isGlob) {
      const matcher = picomatch(toRelative(cwd, pattern));
      const base = resolve(cwd, scan.base || '.');
      const matched = (await walk(base, cwd)).filter((path) => matcher(path) && filter.isIdeaFile(path));
      if (matched.length === 0) throw new FileError(`${JSON.stringify(pattern)}: no idea files match this pattern.`);
      for (const path of matched) found.add(path);
      continue;
    }
    const absolute = resolve(cwd, pattern);
    const kind = await kindOf(absolute);
    const path = toRelative(cwd, absolute);
    if (kind === 'missing') throw new FileError(`${pattern}: no such file.`);
    if (kind === 'directory') {
      for (const inner of await walk(absolute, cwd)) if (filter.isIdeaFile(inner)) found.add(inner);
    } else if (filter.isIgnored(path)) {
      skipped.push({ path, reason: 'it matches an "ignores" glob of the configuration' });
    } else if (!filter.isIdeaFile(path)) {
      skipped.push({ path, reason: 'the configuration\'s "files" globs do not match it' });
    } else {
      found.add(path);
    }
  }
  return { paths: [...found].sort(), skipped };
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
