// Lint stage (configuration): decides which paths are idea files under a ResolvedConfig's `files` and
// `ignores` globs. Shared by the CLI's file walker and the action's changed-file list. Pure.
//
// - The built-in ignores (README, CHANGELOG…, .github/**) give way to a `files` glob that names the file
//   (`programs/**/README.md`), never to a bare wildcard (`**/*.md`).
// - `ignores` read like .gitignore: in order, the last glob that matches decides, and `!glob` un-ignores.
import picomatch from 'picomatch';
import { DEFAULT_IGNORES } from './config.js';
import type { ResolvedConfig } from './types.js';

/** Answers for repository-relative paths with `/` separators. */
export interface FileFilter {
  /** Matched by an `ignores` glob (built-in or the user's): never linted as part of a set. */
  isIgnored(path: string): boolean;
  /** Matched by a `files` glob and not ignored. */
  isIdeaFile(path: string): boolean;
  /** The user's own `ignores` glob that ignores the path, if any (built-in ignores never skip a named file). */
  userIgnoreOf(path: string): string | undefined;
}

/** Extra globs that may name files past the built-in ignores (the CLI's own glob arguments). */
export interface FileFilterOptions {
  naming?: readonly string[];
}

/** A compiled ignore glob: `!` negates. */
interface IgnoreGlob {
  glob: string;
  negated: boolean;
  matches: (path: string) => boolean;
}

// A stand-in name for one path segment, to tell a glob that names a file from one that only matches it.
const DECOY = 'idea-lint-decoy';

/** Compiles the config's globs once. */
export function createFileFilter(
  config: Pick<ResolvedConfig, 'files' | 'ignores'>,
  options: FileFilterOptions = {},
): FileFilter {
  const matchesFiles = picomatch([...config.files]);
  // A file's extension is read in any case (`IDEAS.MD`, `ideas.Markdown`): file systems and GitHub's renderer treat
  // them as the same format, and a list left out for the case of its extension would pass unchecked.
  const included = (path: string): boolean => matchesFiles(path) || matchesFiles(withLowerCaseExtension(path));
  const { builtIn, user } = splitIgnores(config.ignores);
  const builtInGlobs = builtIn.map(compile);
  const userGlobs = user.map(compile);
  const naming = [...config.files, ...(options.naming ?? [])].map((glob) => picomatch(glob));
  const normalise = (path: string): string => path.replace(/\\/g, '/').replace(/^\.\//, '');

  const ignoredBuiltIn = (path: string): boolean => {
    const deciding = lastMatch(builtInGlobs, path);
    if (!deciding || deciding.negated) return false;
    return !naming.some((glob) => glob(path) && namesPast(glob, deciding.matches, path));
  };
  const ignoredAsWritten = (path: string): boolean => {
    const deciding = lastMatch(userGlobs, path);
    return deciding ? !deciding.negated : ignoredBuiltIn(path);
  };
  // The ignores read the path as `files` read it (`archive/*.md` ignores `archive/OLD.MD` where `**/*.md` took it in;
  // a `files` glob naming `README.md` files names `README.MD` past the built-in ignores), and the user's own ignores
  // also as written (`archive/*.MD`).
  const isIgnored = (path: string): boolean => {
    const form = matchesFiles(path) ? path : withLowerCaseExtension(path);
    if (ignoredAsWritten(form)) return true;
    const deciding = form === path ? undefined : lastMatch(userGlobs, path);
    return deciding !== undefined && !deciding.negated;
  };
  return {
    isIgnored: (path) => isIgnored(normalise(path)),
    isIdeaFile: (path) => {
      const relative = normalise(path);
      return included(relative) && !isIgnored(relative);
    },
    userIgnoreOf: (path) => {
      const relative = normalise(path);
      const deciding = lastMatch(userGlobs, relative) ?? lastMatch(userGlobs, withLowerCaseExtension(relative));
      return deciding && !deciding.negated ? deciding.glob : undefined;
    },
  };
}

/** The path with its extension in lower case (`docs/IDEAS.MD` → `docs/IDEAS.md`). */
function withLowerCaseExtension(path: string): string {
  return path.replace(/\.[^./]+$/, (extension) => extension.toLowerCase());
}

/** The built-in ignores lead `config.ignores` (resolveConfig puts them first); the rest are the user's. */
function splitIgnores(ignores: readonly string[]): { builtIn: string[]; user: string[] } {
  const leads = DEFAULT_IGNORES.every((glob, i) => ignores[i] === glob);
  return leads
    ? { builtIn: [...DEFAULT_IGNORES], user: ignores.slice(DEFAULT_IGNORES.length) }
    : { builtIn: [], user: [...ignores] };
}

function compile(glob: string): IgnoreGlob {
  const negated = glob.startsWith('!');
  return { glob, negated, matches: picomatch(negated ? glob.slice(1) : glob) };
}

function lastMatch(globs: readonly IgnoreGlob[], path: string): IgnoreGlob | undefined {
  let deciding: IgnoreGlob | undefined;
  for (const glob of globs) if (glob.matches(path)) deciding = glob;
  return deciding;
}

/**
 * Whether `glob` names what the ignore glob caught in `path`: for each segment the ignore depends on
 * (renaming it stops the ignore matching), `glob` stops matching too once it is renamed.
 */
function namesPast(glob: (path: string) => boolean, ignore: (path: string) => boolean, path: string): boolean {
  const segments = path.split('/');
  let depends = false;
  for (const [i, segment] of segments.entries()) {
    const renamed = [...segments];
    const extension = i === segments.length - 1 ? (/\.[^.]*$/.exec(segment)?.[0] ?? '') : '';
    renamed[i] = `${DECOY}${extension}`;
    const decoy = renamed.join('/');
    if (ignore(decoy)) continue;
    depends = true;
    if (glob(decoy)) return false;
  }
  return depends;
}
