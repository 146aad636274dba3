// CLI stage: decides what one run lints: the named files, the config's, or standard input under its name.
// Reads directory listings only; never idea files.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { createFileFilter } from '../lint/file-filter.js';
import type { ResolvedConfig } from '../lint/types.js';
import type { CliOptions } from './args.js';
import { FileError, findFiles } from './find-files.js';

/** Lines for stderr: notes (silenced by --quiet) and warnings. */
export interface Notes {
  note(message: string): void;
  warn(message: string): void;
}

/** The name standard input is reported under when --stdin-filename does not name it. */
export const STDIN_NAME = '<stdin>';

/**
 * The named files, or the config's. Nothing to lint is an error (exit 2, saying why), unless `--no-error-on-unmatched-pattern`.
 */
export async function selectFiles(
  options: CliOptions,
  config: ResolvedConfig,
  cwd: string,
  io: Notes,
): Promise<string[]> {
  const bare = options.patterns.length === 0;
  const found = await findFiles(options.patterns, cwd, config, {
    errorOnUnmatched: options.errorOnUnmatchedPattern,
  });
  const where = config.source ?? 'the configuration';
  for (const { path, glob } of found.ignored) {
    io.warn(`${path} is not linted: it matches ${JSON.stringify(glob)} in the "ignores" of ${where}.`);
  }
  for (const pattern of found.unmatched) io.note(`nothing matches ${JSON.stringify(pattern)}.`);
  if (found.paths.length > 0) return found.paths;
  const why = bare
    ? `no file here matches the "files" globs of ${where} (${config.files.join(', ')}) outside its "ignores"; name the files to lint, or change "files"`
    : found.ignored.length > 0 && found.unmatched.length === 0
      ? `every file named is skipped by the "ignores" of ${where}`
      : 'no file named exists or matches';
  if (!options.errorOnUnmatchedPattern) {
    io.note(`nothing to lint: ${why}.`);
    return [];
  }
  throw new FileError(`nothing to lint: ${why}.`);
}

/**
 * The path standard input is linted as: `--stdin-filename` relative to cwd (its name picks the format and
 * the `ignores` apply to it, as to a named file), or `<stdin>`. Undefined when the user's ignores skip it.
 */
export function stdinPath(options: CliOptions, config: ResolvedConfig, cwd: string, io: Notes): string | undefined {
  if (options.stdinFilename === undefined) return STDIN_NAME;
  const absolute = resolve(cwd, options.stdinFilename);
  const path = (isAbsolute(absolute) ? relative(cwd, absolute) : absolute).split(sep).join('/');
  const glob = createFileFilter(config).userIgnoreOf(path);
  if (glob === undefined) return path;
  const where = config.source ?? 'the configuration';
  io.warn(`${path} is not linted: it matches ${JSON.stringify(glob)} in the "ignores" of ${where}.`);
  const why = `standard input, read as ${path}, is skipped by the "ignores" of ${where}`;
  if (options.errorOnUnmatchedPattern) throw new FileError(`nothing to lint: ${why}.`);
  io.note(`nothing to lint: ${why}.`);
  return undefined;
}
