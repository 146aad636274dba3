// Lint stage (configuration): finds a config file in a directory and reads config text (YAML or
// JSON) into data. Reads the file system only to discover and read that one file; never the network.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { ConfigError, resolveConfig, type ResolveOptions } from './config.js';
import { CONFIG_FILE_NAMES } from './config-names.js';
import type { ResolvedConfig } from './types.js';

/** Reads a config file's text into data; throws ConfigError naming the file and line:column. */
export type ConfigReader = (text: string, name: string) => unknown;

/** Reads YAML (which JSON also is) with line:column errors. */
export const readYamlConfig: ConfigReader = (text, name) => {
  const document = parseDocument(stripBom(text), { prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    const where = error.linePos ? `${error.linePos[0].line}:${error.linePos[0].col}` : '1:1';
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${name}:${where}: ${lowerFirst(reason)}; expected valid YAML.`);
  }
  return document.toJS();
};

/** Reads JSON with line:column errors. */
export const readJsonConfig: ConfigReader = (text, name) => {
  const body = stripBom(text);
  if (body.trim() === '') return null;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const where = at ? lineColumn(body, Number(at[1])) : lineColumn(body, body.length);
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new ConfigError(`${name}:${where}: ${lowerFirst(reason)}; expected valid JSON.`);
  }
};

/** Config file names in priority order, each with its reader: the first that exists wins. */
export const CONFIG_FILES: readonly { path: string; read: ConfigReader }[] = CONFIG_FILE_NAMES.map((path) => ({
  path,
  read: readerFor(path),
}));

/** The reader for a config file name: JSON for `.json`, YAML otherwise. */
export function readerFor(name: string): ConfigReader {
  return extname(name).toLowerCase() === '.json' ? readJsonConfig : readYamlConfig;
}

/** Reads config text into data (the action reads the text from the base commit through the API). */
export function parseConfigText(text: string, name: string): unknown {
  return readerFor(name)(text, name);
}

/** Reads and resolves config text in one step; throws ConfigError naming `name`. */
export function resolveConfigText(text: string, name: string, options: ResolveOptions): ResolvedConfig {
  return resolveConfig(parseConfigText(text, name), name, options);
}

/** The first config file of CONFIG_FILES that exists in `directory`, as a path relative to it. */
export async function findConfigFile(directory: string): Promise<string | undefined> {
  for (const candidate of CONFIG_FILES) {
    if (await isFile(join(directory, candidate.path))) return candidate.path;
  }
  return undefined;
}

/** Where to look: `explicit` (relative to `cwd`) bypasses discovery. */
export interface LoadConfigOptions extends ResolveOptions {
  cwd: string;
  explicit?: string;
}

/** Finds (or takes the explicit) config file, reads and resolves it; no file means the defaults. */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const { cwd, explicit, ...resolveOptions } = options;
  const name = explicit ?? (await findConfigFile(cwd));
  if (name === undefined) return resolveConfig(undefined, undefined, resolveOptions);
  let text: string;
  try {
    text = await readFile(resolve(cwd, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? 'error'})`;
    throw new ConfigError(`${name}: ${reason}; expected a configuration file (YAML or JSON).`);
  }
  return resolveConfig(parseConfigText(text, name), name, resolveOptions);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
