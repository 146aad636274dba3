// Report stage: the names of the output formats, the CLI's `--format` choices. Their own module, with no imports,
// so that the CLI can check its arguments and print its help without loading the reporters (see src/cli/main.ts);
// index.ts holds a reporter for each name (a missing or extra one is a type error there).

/** The `--format` choices, default first. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'] as const;

/** A `--format` value. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Whether `name` is a known format. */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
