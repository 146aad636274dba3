// CLI stage: one run of the CLI once main.ts has read the arguments: the configuration, the files, linting them
// (in process or in the pool), the fixes and the report. Loaded by main.ts with import() (a chunk of its own in
// dist/), so that --help and --version never load the engine.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../lint/config.js';
import { loadConfig } from '../lint/config-files.js';
import { buildReport, failsGate, lintText } from '../lint/engine.js';
import { countFindings } from '../report/counts.js';
import type { FileReport, Report, ResolvedConfig, Rule } from '../lint/types.js';
import { reporters, type Reporter } from '../report/index.js';
import { jsonPieces } from '../report/json.js';
import { VERSION } from '../version.js';
import type { CliOptions, FailOn } from './args.js';
import { FileError } from './find-files.js';
import { createFixer, type Fixer, type FixedFile } from './fix.js';
import { EnvError, lintFiles, PoolError, readPoolEnv, type PoolEnv } from './pool.js';
import { readText } from './read-text.js';
import { rules as registry } from '../../rules/index.js';
import { findRepositoryRoot } from './repo-root.js';
import { selectFiles, stdinPath, type Notes } from './select-files.js';
import { readInput } from './stdin.js';
import { unifiedDiff } from './unified-diff.js';
import type { MainParams, Output } from './params.js';

// Progress lines only help when a run takes a while, and only a person at a terminal sees them.
const PROGRESS_THRESHOLD = 50;

/** Runs what `options` (read from `params.argv`) asks for and returns the exit code; bugs propagate to bin.ts. */
export async function run(params: MainParams, options: CliOptions): Promise<number> {
  const { stdout, stderr, cwd } = params;
  let poolEnv: PoolEnv;
  try {
    poolEnv = readPoolEnv(params.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    stderr.write(`idea-lint: ${error.message}\n`);
    return 2;
  }
  const io: Notes = {
    note: (message) => {
      if (!options.quiet) stderr.write(`idea-lint: ${message}\n`);
    },
    warn: (message) => stderr.write(`idea-lint: warning: ${message}\n`),
  };

  const rules = params.rules ?? registry;
  try {
    const config = await loadConfig({
      cwd,
      ...(options.config !== undefined ? { explicit: options.config } : {}),
      ...(options.today !== undefined ? { today: options.today } : {}),
      now: params.now,
      rules,
    });
    const fixing = options.fix || options.fixDryRun;
    const fixer = createFixer(config, rules);
    const paths = options.stdin ? [] : await selectFiles(options, config, cwd, io);
    const showProgress = paths.length > PROGRESS_THRESHOLD && stderr.isTTY === true && !options.quiet;
    // The JSON report on stdout is written file by file as the files are linted, so that a program audit holds
    // no report in memory (the same text as rendering the whole report at the end).
    const streamed =
      options.format === 'json' && !options.output && !fixing ? streamJson(config.today, options, stdout) : undefined;
    const files = await lintFiles(
      paths,
      {
        cwd,
        config,
        // Test fakes (params.rules) live in this process only; fixes are applied and linted again in process.
        ...(params.worker !== undefined && !params.rules && !fixing ? { worker: params.worker } : {}),
        ...poolEnv,
        // A line a child wrote to stderr, passed on whole (over the progress line, which the next file redraws).
        onStderr: (line: string) => stderr.write(showProgress ? `\r\u001b[K${line}\n` : `${line}\n`),
        ...(streamed ? { onReport: streamed.add } : {}),
        ...(showProgress
          ? {
              onDone: (done: number, path: string) => stderr.write(`\r\u001b[KLinting ${done}/${paths.length} ${path}`),
            }
          : {}),
      },
      (path) => (fixing ? fixPath(path, cwd, config, fixer) : lintPath(path, cwd, config, rules)),
    );
    if (showProgress) stderr.write('\r\u001b[K');
    if (options.stdin) {
      const path = stdinPath(options, config, cwd, io);
      const text = await readInput(params.stdin ?? []);
      if (path !== undefined) {
        const file = fixing ? fixer.fix(path, text) : lintText(path, text, config, rules);
        if (streamed) streamed.add(file);
        else files.push(file);
      }
    }
    if (fixing) await reportFixes(fixer.fixed, options, cwd, { stdout, io });
    if (streamed) return streamed.end(io);

    const report = buildReport(files, config.today);
    const shown = options.quiet ? onlyFailing(report, options.failOn) : report;
    const color = options.format === 'stylish' && !options.output && stdout.isTTY === true && !params.env.NO_COLOR;
    const render: Reporter = reporters[options.format];
    const srcRoot = options.format === 'sarif' ? await findRepositoryRoot(cwd) : undefined;
    const text = render(shown, { color, rules, ...(srcRoot !== undefined ? { srcRoot, cwd } : {}) });
    if (options.output) await writeReport(resolve(cwd, options.output), options.output, text);
    else if (!options.fixDryRun) stdout.write(text);
    return exitCode(report, options, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof FileError || error instanceof PoolError) {
      stderr.write(`idea-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Reads and lints one file (in process, or in a pool child). */
export async function lintPath(
  path: string,
  cwd: string,
  config: ResolvedConfig,
  rules: readonly Rule[],
): Promise<FileReport> {
  const read = await readText(resolve(cwd, path), config.maxFileSize, path);
  if ('notice' in read)
    return { path, ideas: [], findings: [], notices: [{ message: read.notice, line: 1, column: 1 }] };
  return lintText(path, read.text, config, rules);
}

/** lintPath, fixing: in process, since the fixes must be applied and linted again in turn. */
async function fixPath(path: string, cwd: string, config: ResolvedConfig, fixer: Fixer): Promise<FileReport> {
  const read = await readText(resolve(cwd, path), config.maxFileSize, path);
  if ('notice' in read)
    return { path, ideas: [], findings: [], notices: [{ message: read.notice, line: 1, column: 1 }] };
  return fixer.fix(path, read.text);
}

/** `--fix` writes the fixed files; `--fix-dry-run` prints them as one unified diff on stdout instead. */
async function reportFixes(
  fixed: readonly FixedFile[],
  options: CliOptions,
  cwd: string,
  out: { stdout: { write(chunk: string): unknown }; io: Notes },
): Promise<void> {
  const count = fixed.reduce((sum, file) => sum + file.applied, 0);
  const summary = `${count} ${count === 1 ? 'fix' : 'fixes'} in ${fixed.length} ${fixed.length === 1 ? 'file' : 'files'}`;
  if (options.fixDryRun) {
    out.stdout.write(fixed.map((file) => unifiedDiff(file.path, file.before, file.after)).join(''));
    out.io.note(`${summary} would be applied; nothing was written.`);
    return;
  }
  for (const file of fixed) {
    try {
      await writeFile(resolve(cwd, file.path), file.after);
    } catch (error) {
      throw new FileError(
        `${file.path}: cannot write the fixes (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      );
    }
  }
  out.io.note(`applied ${summary}.`);
}

/**
 * The JSON report written to `stdout` file by file: `add` each file's report in order, then `end` writes the close
 * and returns the exit code. Keeps only what the exit code needs.
 */
function streamJson(
  today: string,
  options: CliOptions,
  stdout: Output,
): { add: (file: FileReport) => void; end: (io: Notes) => number } {
  let count = 0;
  let failed = false;
  let warnings = 0;
  return {
    add(file) {
      if (count === 0) stdout.write(jsonPieces.head(VERSION, today));
      const one = buildReport([file], today);
      failed ||= failsGate(one, options.failOn);
      warnings += countFindings(one).warning;
      const shown = options.quiet ? onlyFailing(one, options.failOn).files[0] : file;
      stdout.write(jsonPieces.file(shown, count));
      count += 1;
    },
    end(io) {
      if (count === 0) stdout.write(jsonPieces.head(VERSION, today));
      stdout.write(jsonPieces.tail(count));
      return gateCode(failed, warnings, options, io);
    },
  };
}

/** 1 when a finding fails --fail-on or the warnings exceed --max-warnings (saying so), else 0. */
function exitCode(report: Report, options: CliOptions, io: Notes): number {
  return gateCode(failsGate(report, options.failOn), countFindings(report).warning, options, io);
}

function gateCode(failed: boolean, warnings: number, options: CliOptions, io: Notes): number {
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.warn(`too many warnings: ${warnings}, over the maximum of ${options.maxWarnings} (--max-warnings).`);
    return 1;
  }
  return failed ? 1 : 0;
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
