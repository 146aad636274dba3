// GitHub stage (runner boundary): what the action asks of the runner — inputs, outputs, annotations,
// the log, the job summary, failure — as one interface. The real one speaks the runner's workflow commands
// as @actions/core does (its command, file-command and utils modules, the same bytes), written out here
// because @actions/core's entry loads an HTTP client (undici, for OIDC tokens) that costs more start-up than
// the whole action may spend; @actions/core itself loads only for the job summary, when the run writes it.
// Unit tests pass a fake, so nothing in src/github/ but this file talks to the runner.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points (GitHub's AnnotationProperties). */
export interface AnnotationTarget {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Annotation kinds; GitHub shows at most 10 of each per step. */
export type AnnotationKind = 'error' | 'warning' | 'notice';

/** The runner, as the action sees it. */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  /** Marks the step failed with a one-line reason (exit status 1). */
  setFailed(message: string): void;
  annotate(kind: AnnotationKind, message: string, target?: AnnotationTarget): void;
  info(message: string): void;
  debug(message: string): void;
  /** Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY). */
  writeSummary(markdown: string): Promise<void>;
}

/** The runner, through workflow commands on stdout and its files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */
export function coreIO(): ActionIO {
  return {
    getInput: (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput: (name, value) => {
      if (process.env['GITHUB_OUTPUT']) issueFileCommand('OUTPUT', keyValueMessage(name, value));
      else {
        process.stdout.write(EOL);
        issueCommand('set-output', { name }, commandValue(value));
      }
    },
    setFailed: (message) => {
      process.exitCode = 1;
      issueCommand('error', {}, message);
    },
    annotate: (kind, message, target = {}) => issueCommand(kind, commandProperties(target), message),
    info: (message) => {
      process.stdout.write(message + EOL);
    },
    debug: (message) => issueCommand('debug', {}, message),
    writeSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; the log has the findings.
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      const core = await import('@actions/core');
      await core.summary.addRaw(markdown, true).write();
    },
  };
}

type CommandProperties = Record<string, string | number | undefined>;

/** @actions/core's toCommandValue. */
export function commandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

/** @actions/core's toCommandProperties: an annotation's target as command properties. */
function commandProperties(target: AnnotationTarget): CommandProperties {
  if (Object.keys(target).length === 0) return {};
  return {
    title: target.title,
    file: target.file,
    line: target.startLine,
    endLine: target.endLine,
    col: target.startColumn,
    endColumn: target.endColumn,
  };
}

/** `::command key=value,…::message` as @actions/core's Command writes it. */
export function formatCommand(command: string, properties: CommandProperties, message: unknown): string {
  let text = `::${command}`;
  const set = Object.entries(properties).filter(([, value]) => value);
  if (set.length > 0) text += ` ${set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
  return `${text}::${escapeData(message)}`;
}

function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issueFileCommand(command: string, message: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

/** @actions/core's prepareKeyValueMessage: `name<<delimiter` lines for GITHUB_OUTPUT. */
function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = commandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}
