// CLI stage: what main() and run() are given: the arguments and the surroundings (bin.ts fills them in, tests fake
// them). A module of its own so that run.ts, loaded by main.ts with import(), needs nothing from main.ts.
import type { Rule } from '../lint/types.js';
import type { Input } from './stdin.js';

/** A stream the CLI writes to. */
export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI may know about its surroundings. */
export interface MainParams {
  /** Arguments without node and the script. */
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  /** When the run started: the default `today`. */
  now: Date;
  /** Standard input, read for `idea-lint -` (default: empty). */
  stdin?: Input;
  /** The rules to run (default: the registry); tests pass small fakes. */
  rules?: readonly Rule[];
  /** The CLI's script, which pool children run (see pool.ts); without it every file is linted in process. */
  worker?: string;
}
