// GitHub stage (configuration source): where the action's configuration comes from. On a pull request
// it is read from the base commit through the API, never from the head, so a pull request cannot
// switch its own checks off; elsewhere from the checked-out workspace.
import { ConfigError, resolveConfig, type ResolveOptions } from '../lint/config.js';
import { CONFIG_FILES, loadConfig, resolveConfigText } from '../lint/config-files.js';
import type { ResolvedConfig } from '../lint/types.js';
import type { GitHubClient } from './client.js';
import { rules } from '../../rules/index.js';

/** What the caller knows that the config file does not; the rule set is the registry. */
export type ConfigOptions = Omit<ResolveOptions, 'rules'>;

/** Reads the config at `baseSha` through the API: `explicit`, or the first file of the discovery table. */
export async function loadBaseConfig(
  client: GitHubClient,
  baseSha: string,
  explicit: string | undefined,
  options: ConfigOptions,
): Promise<ResolvedConfig> {
  const candidates = explicit !== undefined ? [explicit] : CONFIG_FILES.map((file) => file.path);
  for (const path of candidates) {
    const text = await client.readFile(path, baseSha);
    if (text !== undefined) return resolveConfigText(text, path, { ...options, rules });
  }
  if (explicit !== undefined) {
    throw new ConfigError(
      `${explicit}: no such file at the base commit ${baseSha.slice(0, 7)}; expected a configuration file (YAML or JSON) on the base branch, since pull requests are checked with the base branch's configuration.`,
    );
  }
  return resolveConfig(undefined, undefined, { ...options, rules });
}

/** Reads the config from the workspace: `explicit`, or discovery; no file means the defaults. */
export function loadWorkspaceConfig(
  workspace: string,
  explicit: string | undefined,
  options: ConfigOptions,
): Promise<ResolvedConfig> {
  return loadConfig({ cwd: workspace, ...(explicit !== undefined ? { explicit } : {}), ...options, rules });
}

/** The config with the `files` input, when given, replacing the configured globs. */
export function withFilesOverride(config: ResolvedConfig, files: string[] | undefined): ResolvedConfig {
  return files ? { ...config, files } : config;
}
