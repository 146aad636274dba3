// CLI stage: `idea-lint [files or globs…] [options]` as a function from arguments to an exit code
// (0 clean, 1 findings at or above --fail-on or over --max-warnings, 2 usage, configuration, environment variable
// or file error, or a linting process killed).
// Touches no `process`: bin.ts passes argv, cwd, env, the streams and the clock.
// This module reads the arguments and answers --help and --version; the run itself is in run.ts, loaded with
// import() only when there is one, so that ncc puts the engine in a chunk that those two answers never load
// (test/cli/entry-imports.test.ts keeps this module's static imports light).
import { VERSION } from '../version.js';
import { parseCliArgs, UsageError, USAGE, type CliOptions } from './args.js';
import type { MainParams } from './params.js';

export type { MainParams, Output } from './params.js';

/** Runs the CLI and returns its exit code; unexpected errors (bugs) propagate to bin.ts. */
export async function main(params: MainParams): Promise<number> {
  const { stdout, stderr } = params;
  let options: CliOptions;
  try {
    options = parseCliArgs(params.argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`idea-lint: ${error.message}\nRun "idea-lint --help" for usage.\n`);
    return 2;
  }
  if (options.help) {
    stdout.write(USAGE);
    return 0;
  }
  if (options.version) {
    stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { run } = await import('./run.js');
  return run(params, options);
}
