// CLI stage: `idea-lint [files or globs…] [options]` as a function from arguments to an exit code
// (0 clean, 1 findings at or above --fail-on, 2 usage, configuration or file error).
// Touches no `process`: bin.ts passes argv, cwd, env, the streams and the clock.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../lint/config.js';
import { loadConfig } from '../lint/config-files.js';
import { buildReport, failsGate, lintText } from '../lint/engine.js';
import { createFileFilter } from '../lint/file-filter.js';
import type { FileReport, Report, ResolvedConfig, Rule } from '../lint/types.js';
import { reporters, type Reporter } from '../report/index.js';
import { VERSION } from '../version.js';
import { parseCliArgs, UsageError, USAGE, type CliOptions, type FailOn } from './args.js';
import { FileError, findFiles } from './find-files.js';
import { lintFiles } from './pool.js';
import { readText } from './read-text.js';

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
  /** The rules to run (default: the registry); tests pass small fakes. */
  rules?: readonly Rule[];
  /** The CLI's script, which pool children run (see pool.ts); without it every file is linted in process. */
  worker?: string;
}

/** The bundled example, linted when the CLI runs in its own project with nothing else to lint. */
const EXAMPLE = 'examples/xen-outreach-2014.md';
// Progress lines only help when a run takes a while, and only a person at a terminal sees them.
const PROGRESS_THRESHOLD = 50;

/** Runs the CLI and returns its exit code; unexpected errors (bugs) propagate to bin.ts. */
export async function main(params: MainParams): Promise<number> {
  const { stdout, stderr, cwd } = params;
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
  const note = (message: string): void => {
    if (!options.quiet) stderr.write(`idea-lint: ${message}\n`);
  };

  try {
    const config = await loadConfig({
      cwd,
      ...(options.config !== undefined ? { explicit: options.config } : {}),
      ...(options.today !== undefined ? { today: options.today } : {}),
      now: params.now,
      ...(params.rules ? { rules: params.rules } : {}),
    });
    const paths = await selectFiles(options, config, cwd, note);
    const showProgress = paths.length > PROGRESS_THRESHOLD && stderr.isTTY === true && !options.quiet;
    const files = await lintFiles(
      paths,
      {
        cwd,
        config,
        // Test fakes (params.rules) live in this process only.
        ...(params.worker !== undefined && !params.rules ? { worker: params.worker } : {}),
        ...(params.env.IDEA_LINT_WORKERS !== undefined ? { workers: params.env.IDEA_LINT_WORKERS } : {}),
        ...(showProgress
          ? {
              onDone: (done: number, path: string) => stderr.write(`\r\u001b[KLinting ${done}/${paths.length} ${path}`),
            }
          : {}),
      },
      (path) => lintPath(path, cwd, config, params.rules),
    );
    if (showProgress) stderr.write('\r\u001b[K');

    const report = buildReport(files, config.today);
    const shown = options.quiet ? onlyFailing(report, options.failOn) : report;
    const color = options.format === 'stylish' && !options.output && stdout.isTTY === true && !params.env.NO_COLOR;
    const render: Reporter = reporters[options.format];
    const text = render(shown, { color, ...(params.rules ? { rules: params.rules } : {}) });
    if (options.output) await writeReport(resolve(cwd, options.output), options.output, text);
    else stdout.write(text);
    return failsGate(report, options.failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof FileError) {
      stderr.write(`idea-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * The named files, or the config's. In idea-lint's own project (whose Markdown is docs and fixtures,
 * not idea lists) a bare `idea-lint` lints the bundled example, unless a config file says otherwise.
 */
async function selectFiles(options: CliOptions, config: ResolvedConfig, cwd: string, note: (m: string) => void) {
  const bare = options.patterns.length === 0;
  const ownProject = bare && (await isIdeaLintProject(cwd));
  if (ownProject && config.source === undefined) return [EXAMPLE];
  const found = await findFiles(options.patterns, cwd, createFileFilter(config));
  for (const { path, reason } of found.skipped) note(`skipped ${path}: ${reason}.`);
  if (!bare || found.paths.length > 0) return found.paths;
  if (ownProject) return [EXAMPLE];
  note(`no idea files match ${config.files.join(', ')} here; nothing to lint.`);
  return [];
}

/** Reads and lints one file (in process, or in a pool child). */
export async function lintPath(
  path: string,
  cwd: string,
  config: ResolvedConfig,
  rules?: readonly Rule[],
): Promise<FileReport> {
  const read = await readText(resolve(cwd, path), config.maxFileSize);
  if ('notice' in read)
    return { path, ideas: [], findings: [], notices: [{ message: read.notice, line: 1, column: 1 }] };
  return lintText(path, read.text, config, rules ? [...rules] : undefined);
}

const RANK: Record<FailOn, number> = { notice: 1, warning: 2, error: 3, never: 3 };

/** `--quiet`: only the findings that fail the run (errors under `--fail-on never`), and no notices. */
function onlyFailing(report: Report, failOn: FailOn): Report {
  const threshold = RANK[failOn];
  return {
    ...report,
    files: report.files.map((file) => ({
      ...file,
      findings: file.findings.filter((finding) => RANK[finding.severity] >= threshold),
      notices: [],
    })),
  };
}

async function writeReport(absolute: string, name: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  } catch (error) {
    throw new FileError(`${name}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

async function isIdeaLintProject(cwd: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as { name?: unknown };
    return manifest.name === 'idea-lint';
  } catch {
    return false;
  }
}
