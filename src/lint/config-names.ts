// Lint stage (configuration): the config file names discovery tries. Its own module, with no imports, so that the
// CLI's help text can name them without loading the YAML parser (see src/cli/main.ts).

/** Config file names in priority order: the first that exists wins (config-files.ts gives each its reader). */
export const CONFIG_FILE_NAMES: readonly string[] = [
  '.github/idea-lint.yml',
  '.github/idea-lint.yaml',
  '.idea-lint.yml',
  '.idea-lint.yaml',
  '.idea-lint.json',
];
