// CLI stage: reads the command line into options and holds the help text. Pure: no process, no I/O.
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAMES } from '../lint/config-names.js';
import { isIsoDate } from '../lint/iso-date.js';
import type { Severity } from '../lint/types.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/format-names.js';

/** A command line that cannot be run: exit 2 with this message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The level at which findings fail the run. */
export type FailOn = Severity | 'never';

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/** What the command line asks for. */
export interface CliOptions {
  /** Files, directories or globs; empty means the config's `files`. */
  patterns: string[];
  /** `-` among the files: lint standard input too. */
  stdin: boolean;
  /** `--stdin-filename`: the name standard input is linted (and configured) as. */
  stdinFilename?: string;
  /** `--fix`: write the rules' fixes to the files. */
  fix: boolean;
  /** `--fix-dry-run`: print the fixes as a unified diff and write nothing. */
  fixDryRun: boolean;
  /** `--max-warnings N`: exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  config?: string;
  format: FormatName;
  failOn: FailOn;
  today?: string;
  output?: string;
  quiet: boolean;
  /** `--no-error-on-unmatched-pattern` clears it: a pattern that matches nothing is not an error. */
  errorOnUnmatchedPattern: boolean;
  help: boolean;
  version: boolean;
}

/** The help text (`--help`). */
export const USAGE = `Usage: idea-lint [files or globs…] [options]
       idea-lint - [--stdin-filename NAME] [options]

Checks project idea lists (GSoC, Outreachy, LFX…) for what applicants and reviewers need:
outcomes, difficulty, mentors with email, defined terms, recent verification.

Options:
  -c, --config FILE        use this configuration file instead of looking for one
  -f, --format NAME        output format: ${FORMAT_NAMES.join(', ')} (default: stylish)
      --fail-on LEVEL      exit 1 on findings at or above: error (default), warning, notice, never
      --today YYYY-MM-DD   lint as of this day (default: today)
  -o, --output FILE        write the report to FILE instead of standard output
      --max-warnings N     exit 1 when there are more than N warnings
      --fix                apply the rules' fixes to the files (ISO dates, glossary expansions…)
      --fix-dry-run        print the fixes as a unified diff and write nothing
      --stdin-filename NAME
                           lint standard input ("-") as the file NAME (its config and format)
  -q, --quiet              report only the findings that fail the run, and no notes
      --no-error-on-unmatched-pattern
                           a file or glob that matches nothing is not an error
  -v, --version            print the version
  -h, --help               print this help

With no files, idea-lint lints what the configuration's "files" globs match (default: **/*.md,
except README, CHANGELOG, CONTRIBUTING, CODE_OF_CONDUCT, LICENSE and .github/). A file named on the
command line is always linted unless the configuration's own "ignores" match it.

Configuration: the first of ${CONFIG_FILE_NAMES.join(', ')}
(or --config FILE).

Exit status: 0 when no finding is at or above --fail-on, 1 when one is,
2 for a usage, configuration or file error.
`;

/** Parses argv (without node and the script); throws UsageError naming the bad argument. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'fail-on': { type: 'string', default: 'error' },
        today: { type: 'string' },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (!isFormatName(values.format)) {
    throw new UsageError(
      `--format ${JSON.stringify(values.format)} is not a format; expected ${FORMAT_NAMES.join(', ')}.`,
    );
  }
  const failOn = values['fail-on'];
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on ${JSON.stringify(failOn)} is not a level; expected ${FAIL_ON.join(', ')}.`);
  }
  if (values.today !== undefined && !isIsoDate(values.today)) {
    throw new UsageError(
      `--today ${JSON.stringify(values.today)} is not a date; expected YYYY-MM-DD, such as 2026-11-25.`,
    );
  }
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    throw new UsageError(
      `--max-warnings ${JSON.stringify(maxWarnings)} is not a count; expected a whole number, such as 0 or 10.`,
    );
  }
  const stdin = positionals.includes('-');
  const stdinFilename = values['stdin-filename'];
  if (stdin && positionals.length > 1) {
    throw new UsageError('"-" (standard input) cannot be mixed with files; lint them in separate runs.');
  }
  if (stdinFilename !== undefined && !stdin) {
    throw new UsageError('--stdin-filename names standard input; add "-" to read it.');
  }
  if (stdin && values.fix) {
    throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the fixes as a diff.');
  }
  if (values.fix && values['fix-dry-run']) {
    throw new UsageError('--fix and --fix-dry-run are alternatives; choose one.');
  }
  return {
    patterns: stdin ? [] : positionals,
    stdin,
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    ...(maxWarnings !== undefined ? { maxWarnings: Number(maxWarnings) } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    format: values.format,
    failOn: failOn as FailOn,
    ...(values.today !== undefined ? { today: values.today } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    quiet: values.quiet,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    help: values.help,
    version: values.version,
  };
}

/** node:util's messages are long and aimed at programmers; keep the part that names the argument. */
function describeParseError(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      // e.g. "Option '-f, --format <value>' argument missing", "Option '--quiet' does not take an argument".
      const name = option
        ?.split(/[ ,]+/)
        .filter((part) => part.startsWith('-'))
        .at(-1);
      if (name && /argument missing/.test(error.message)) return `${name} needs a value.`;
      if (name && /does not take an argument/.test(error.message)) return `${name} takes no value.`;
      return `${error.message.split('. ')[0]!.replace(/\.$/, '')}.`;
    }
    default:
      return `${error.message.split('. ')[0]!.replace(/\.$/, '')}.`;
  }
}
