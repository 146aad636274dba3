// GitHub stage (inputs): reads and validates every action input in one place, with the defaults of
// action.yml. Touches no API and no file; a bad input becomes one InputError a mentor can act on.
import { z } from 'zod';
import { isIsoDate } from '../lint/config.js';
import { FILTER_MODES, type FilterMode } from './placement.js';

/** Severities the gate can fail on, and `never`. */
export const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'never'] as const;
/** What the action posts on a pull request. */
export const COMMENT_MODES = ['review', 'summary', 'off'] as const;
/** The largest `max-comments`: large reviews trip GitHub's abuse detection (reviewdog stays at 30). */
export const MAX_COMMENTS_LIMIT = 100;

/** The validated inputs. */
export interface ActionInputs {
  /** May be empty; only pull-request runs need it, and main checks that. */
  token: string;
  /** Explicit config path relative to the repository root, bypassing discovery. */
  config?: string;
  /** Globs replacing the configuration's `files`. */
  files?: string[];
  failOn: (typeof FAIL_ON_VALUES)[number];
  comment: (typeof COMMENT_MODES)[number];
  filterMode: FilterMode;
  maxComments: number;
  today?: string;
  /** Also set the needs-work label (config `issues.needsWorkLabel`) on pull requests with findings. */
  labelPullRequests?: boolean;
}

/** A bad input; its message is the whole story, no stack trace needed. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Reads one input by its action.yml name; `core.getInput` in the action. */
export type InputReader = (name: string) => string;

const QUOTE_LIMIT = 60;

const inputSchema = z.object({
  'github-token': z.string(),
  config: z
    .string()
    .transform((value) => value.replace(/^\.\//, ''))
    .refine((value) => value === '' || (!value.startsWith('/') && !value.split('/').includes('..')), {
      error: 'give a path inside the repository, such as .github/idea-lint.yml',
    }),
  files: z.string(),
  'fail-on': z.enum(FAIL_ON_VALUES, { error: 'use error, warning, notice or never' }),
  comment: z.enum(COMMENT_MODES, { error: 'use review, summary or off' }),
  'filter-mode': z.enum(FILTER_MODES, { error: 'use added, diff_context, file or nofilter' }),
  'max-comments': z
    .string()
    .regex(/^\d+$/, { error: `use a whole number from 0 to ${MAX_COMMENTS_LIMIT}` })
    .transform(Number)
    .refine((n) => n <= MAX_COMMENTS_LIMIT, { error: `use a whole number from 0 to ${MAX_COMMENTS_LIMIT}` }),
  today: z
    .string()
    .refine((value) => value === '' || isIsoDate(value), { error: 'write a date as YYYY-MM-DD, such as 2026-11-25' }),
  'label-pull-requests': z.enum(['true', 'false'], { error: 'use true or false' }),
});

const DEFAULTS: Record<keyof z.input<typeof inputSchema>, string> = {
  'github-token': '',
  config: '',
  files: '',
  'fail-on': 'error',
  comment: 'review',
  'filter-mode': 'added',
  'max-comments': '30',
  today: '',
  'label-pull-requests': 'false',
};

/**
 * Reads every input (an empty one takes action.yml's default) and validates them all; throws one
 * InputError naming each bad input, its value and the accepted values.
 */
export function readInputs(read: InputReader): ActionInputs {
  const raw: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(DEFAULTS)) {
    const value = read(name).trim();
    raw[name] = value === '' ? fallback : value;
  }
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `Input "${name}" is ${quote(raw[name] ?? '')}: ${issue.message}.`;
    });
    throw new InputError(problems.join(' '));
  }
  const data = parsed.data;
  const files = data.files
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return {
    token: data['github-token'],
    ...(data.config !== '' ? { config: data.config } : {}),
    ...(files.length > 0 ? { files } : {}),
    failOn: data['fail-on'],
    comment: data.comment,
    filterMode: data['filter-mode'],
    maxComments: data['max-comments'],
    ...(data.today !== '' ? { today: data.today } : {}),
    ...(data['label-pull-requests'] === 'true' ? { labelPullRequests: true } : {}),
  };
}

function quote(value: string): string {
  const cut = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
  return JSON.stringify(cut);
}
