// Lint stage (configuration): validates a config file's data against one zod schema composed from
// the rule registry (passed by the caller), then resolves it (preset first, then the user's settings) into the
// ResolvedConfig the engine runs with. Pure: no file system and no clock (callers pass `now`).
import { z } from 'zod';
import { FIELD_NAMES } from '../parse/types.js';
import { acceptedValues, ConfigError, configErrorFromIssues } from './config-error.js';
import { PRESET_NAMES, presets, type PresetRuleEntry } from './presets.js';
import type { ResolvedConfig, Rule, RuleSetting, SeveritySetting } from './types.js';
import { SCHEMA_URL } from '../version.js';
import { ISO_DATE, isIsoDate } from './iso-date.js';

export { ConfigError } from './config-error.js';

/** The severities a rule can be set to. */
export const SEVERITY_SETTINGS = ['error', 'warning', 'notice', 'off'] as const;

/** ESLint's ways of writing a severity, accepted too: `warn`, and 0 (off), 1 (warning), 2 (error). */
export const SEVERITY_ALIASES: Readonly<Record<string, SeveritySetting>> = {
  warn: 'warning',
  0: 'off',
  1: 'warning',
  2: 'error',
};

/** A severity as written in a config file (ESLint's spellings included), as idea-lint's own word. */
export function normaliseSeverity(value: SeveritySetting | 'warn' | 0 | 1 | 2): SeveritySetting {
  return SEVERITY_ALIASES[String(value)] ?? (value as SeveritySetting);
}

/** Labels that make an issue an idea to lint when the config names none (`issues.labels`). */
export const DEFAULT_ISSUE_LABELS: readonly string[] = ['idea', 'gsoc', 'outreachy', 'lfx'];

/** The label of idea issues with findings when the config names none (`issues.needsWorkLabel`). */
export const DEFAULT_NEEDS_WORK_LABEL = 'idea: needs work';

/** Idea files when the config names none. */
export const DEFAULT_FILES: readonly string[] = ['**/*.md', '**/*.markdown', '**/*.wiki', '**/*.mediawiki'];

/** Files that are never idea files: project docs (any case, any extension, any folder), CI and dependencies. */
export const DEFAULT_IGNORES: readonly string[] = [
  ...['readme', 'changelog', 'contributing', 'code_of_conduct', 'license'].flatMap((name) => [
    `**/${anyCase(name)}`,
    `**/${anyCase(name)}.*`,
  ]),
  '.github/**',
  '**/node_modules/**',
];

/** 5 MB: far above any real idea list, low enough that a stray data file cannot stall a run. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

const DATE_ACCEPTED = 'a date written YYYY-MM-DD, such as 2026-11-25';

export { isIsoDate };

/** The local calendar date of `now` as `YYYY-MM-DD` (a mentor's "today", not UTC's). */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const SEVERITY_ACCEPTED = "error, warning, notice or off (or ESLint's warn, 0, 1 or 2)";

const severitySchema = z
  .union([z.enum([...SEVERITY_SETTINGS, 'warn']), z.literal([0, 1, 2])])
  .register(acceptedValues, { accepted: SEVERITY_ACCEPTED })
  .describe(
    "How the rule's findings count: error, warning or notice; off switches the rule off. ESLint's warn, 0 (off), 1 (warning) and 2 (error) also work.",
  );

const dateSchema = z
  .string()
  .regex(ISO_DATE, { abort: true })
  .refine(isIsoDate, { message: 'is not a calendar date', params: { accepted: DATE_ACCEPTED } })
  .register(acceptedValues, { accepted: DATE_ACCEPTED });

/** `severity` or `{ severity?, ...options }`, the options checked against the rule's own schema. */
function ruleEntrySchema(rule: Rule): z.ZodType {
  if (!(rule.options instanceof z.ZodObject)) {
    throw new Error(`Rule "${rule.id}" has options that are not a zod object schema.`);
  }
  const withSeverity = rule.options
    .extend({ severity: severitySchema.optional() })
    .strict()
    .describe(`Options of ${rule.id}, with an optional severity.`);
  // ESLint's form: [severity] or [severity, { options }].
  const eslintForm = z
    .tuple([severitySchema, rule.options.optional()])
    .register(acceptedValues, { accepted: 'a list [severity, { options }]' })
    .describe(`ESLint's form: [severity, { options of ${rule.id} }].`);
  return z.union([severitySchema, withSeverity, eslintForm]).optional().describe(`${rule.description} (${rule.docs})`);
}

/** The zod schema of a config file, composed from the rules' own option schemas. */
export function buildConfigSchema(rules: readonly Rule[]) {
  const ruleShape = Object.fromEntries(rules.map((rule) => [rule.id, ruleEntrySchema(rule)]));
  const fieldShape = Object.fromEntries(
    FIELD_NAMES.map((name) => [
      name,
      z.array(z.string().min(1)).optional().describe(`Extra labels that mean ${name}.`),
    ]),
  );
  return z
    .object({
      $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
      extends: z
        .enum(PRESET_NAMES)
        .default('recommended')
        .describe('The preset applied before these settings: recommended, xen-template or gsoc.'),
      files: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .describe('Globs of idea files (default: **/*.md, **/*.markdown, **/*.wiki, **/*.mediawiki).'),
      ignores: z
        .array(z.string().min(1))
        .optional()
        .describe(
          'Globs never linted, added to the defaults (README, CHANGELOG, CONTRIBUTING, CODE_OF_CONDUCT, LICENSE, .github/**, node_modules/**).',
        ),
      rules: z
        .object(ruleShape)
        .strict()
        .optional()
        .describe(
          'Per rule id: a severity, or an object of the rule\'s options with an optional severity. Options alone keep the preset\'s severity (an "off" rule turns on as a warning).',
        ),
      fields: z.object(fieldShape).strict().optional().describe('Extra label aliases per canonical field.'),
      glossary: z
        .record(z.string().min(1), z.string().min(1))
        .optional()
        .describe('Term: expansion, used by undefined-terms and its suggested fixes.'),
      today: dateSchema.optional().describe('The day the run is for, YYYY-MM-DD (default: the day the run starts).'),
      dateOrder: z
        .enum(['auto', 'dmy', 'mdy', 'ymd'])
        .default('auto')
        .describe("How to read dates such as 03/04/2014; auto infers it from the file's unambiguous dates."),
      maxFileSize: z
        .number()
        .int()
        .positive()
        .default(DEFAULT_MAX_FILE_SIZE)
        .describe('Files larger than this many bytes are skipped with a notice.'),
      issues: z
        .object({
          labels: z
            .array(z.string().min(1))
            .default([...DEFAULT_ISSUE_LABELS])
            .describe('Issues with one of these labels (any case) are ideas to lint.'),
          templates: z
            .array(z.string().min(1))
            .default([])
            .describe(
              'Issue forms (file names in .github/ISSUE_TEMPLATE/) whose issues are ideas to lint, labelled or not.',
            ),
          needsWorkLabel: z
            .string()
            .min(1)
            .default(DEFAULT_NEEDS_WORK_LABEL)
            .describe('The label set on an idea issue while it has findings, and removed once it has none.'),
        })
        .strict()
        .optional()
        .describe('Ideas proposed as GitHub issues: which issues the action lints on issue events.'),
    })
    .strict();
}

/** The validated content of a config file, before presets and defaults of rule options. */
export type ConfigFile = z.output<ReturnType<typeof buildConfigSchema>>;

/** What the caller knows that the file does not: `--today`, the run's start, the rule set. */
export interface ResolveOptions {
  /** Overrides the file's `today` (CLI `--today`, action input `today`). */
  today?: string;
  /** When the run started; used for `today` when neither the caller nor the file sets it. */
  now?: Date;
  /** The rules to configure: the registry, passed by the caller (CLI, action). */
  rules: readonly Rule[];
}

/**
 * Validates `raw` (a parsed config file; null or undefined for none) and resolves it: the preset's
 * settings, then the user's, every rule with a severity and fully defaulted options.
 * Throws ConfigError naming `source`, the key path and the reason.
 */
export function resolveConfig(raw: unknown, source: string | undefined, overrides: ResolveOptions): ResolvedConfig {
  const rules = overrides.rules;
  const label = source ?? 'configuration';
  const input = withoutEmptyKeys(raw ?? {});
  const schema = buildConfigSchema(rules);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw configErrorFromIssues(label, schema, input, parsed.error.issues);
  const file = parsed.data as ConfigFile;
  const userRules = ((input as { rules?: Record<string, PresetRuleEntry> }).rules ?? {}) as Record<
    string,
    PresetRuleEntry
  >;

  if (overrides.today !== undefined && !isIsoDate(overrides.today)) {
    throw new ConfigError(`today: got ${JSON.stringify(overrides.today)}; expected ${DATE_ACCEPTED}.`);
  }
  const today = overrides.today ?? file.today ?? (overrides.now ? localDate(overrides.now) : undefined);
  if (today === undefined)
    throw new Error('resolveConfig needs `now` when neither the caller nor the file sets `today`.');

  const preset = presets[file.extends];
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    settings[rule.id] = resolveRuleSetting(rule, [preset[rule.id], normaliseEntry(userRules[rule.id])]);
  }
  return {
    rules: settings,
    files: file.files ?? [...DEFAULT_FILES],
    ignores: [...DEFAULT_IGNORES, ...(file.ignores ?? [])],
    fields: stripUndefined(file.fields ?? {}),
    glossary: file.glossary ?? {},
    today,
    dateOrder: file.dateOrder,
    maxFileSize: file.maxFileSize,
    issues: file.issues ?? {
      labels: [...DEFAULT_ISSUE_LABELS],
      templates: [],
      needsWorkLabel: DEFAULT_NEEDS_WORK_LABEL,
    },
    ...(source !== undefined ? { source } : {}),
  };
}

/** A validated user entry in the preset's shape: ESLint's spellings and `[severity, options]` made plain. */
function normaliseEntry(entry: unknown): PresetRuleEntry | undefined {
  if (entry === undefined || entry === null) return undefined;
  if (Array.isArray(entry)) {
    const [severity, options] = entry as [Parameters<typeof normaliseSeverity>[0], Record<string, unknown>?];
    return { ...(options ?? {}), severity: normaliseSeverity(severity) };
  }
  if (typeof entry !== 'object') return normaliseSeverity(entry as Parameters<typeof normaliseSeverity>[0]);
  const { severity, ...options } = entry as { severity?: Parameters<typeof normaliseSeverity>[0] };
  return severity === undefined ? options : { ...options, severity: normaliseSeverity(severity) };
}

/** Applies entries in order over the rule's default severity; an object's options merge over earlier ones. */
function resolveRuleSetting(rule: Rule, entries: (PresetRuleEntry | undefined)[]): RuleSetting {
  let severity: SeveritySetting = rule.defaultSeverity;
  let options: Record<string, unknown> = {};
  for (const entry of entries) {
    if (entry === undefined) continue;
    if (typeof entry === 'string') {
      severity = entry;
      continue;
    }
    const { severity: explicit, ...rest } = entry;
    // Options without a severity mean "use this rule": keep the severity, but switch an off rule on.
    severity = explicit ?? (severity === 'off' ? 'warning' : severity);
    options = { ...options, ...rest };
  }
  const parsed = rule.options.safeParse(options);
  if (!parsed.success) {
    // User entries were validated above, so a failure here is a preset that does not fit the rule.
    throw new Error(`Preset options for rule "${rule.id}" do not fit its schema: ${parsed.error.message}`);
  }
  return { severity, options: parsed.data };
}

/** YAML's `rules:` with everything under it commented out reads as null: treat such keys as unset. */
function withoutEmptyKeys(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null));
}

function stripUndefined<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as never;
}

/** A JSON Schema (draft-07, what editors' YAML and JSON support reads) of the config file. */
export function buildJsonSchema(rules: readonly Rule[]): Record<string, unknown> {
  const schema = z.toJSONSchema(buildConfigSchema(rules), { target: 'draft-7', io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: SCHEMA_URL,
    title: 'idea-lint configuration',
    description: 'The configuration of idea-lint (.github/idea-lint.yml, .idea-lint.yml or .idea-lint.json).',
    ...rest,
  };
}

/** `readme` → `[Rr][Ee][Aa][Dd][Mm][Ee]`: a case-insensitive glob that needs no matcher option. */
function anyCase(word: string): string {
  return [...word].map((c) => (/[a-z]/.test(c) ? `[${c.toUpperCase()}${c}]` : c)).join('');
}
