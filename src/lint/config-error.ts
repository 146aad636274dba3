// Lint stage (configuration): turns zod issues into the messages admins read,
// `<file>: <key.path>: <reason>; expected <accepted values>.` Pure: no file system, no clock.
import { z } from 'zod';
import { closestMatch } from './did-you-mean.js';

/** A configuration file that cannot be used; its message is for users and never needs a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Accepted-value texts for schemas whose shape alone does not say it (e.g. a date pattern). */
export const acceptedValues = z.registry<{ accepted: string }>();

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;

const MAX_REPORTED_ISSUES = 5;
const QUOTE_LIMIT = 60;

/** Builds the ConfigError for a failed parse: one line per problem, the first few problems only. */
export function configErrorFromIssues(file: string, schema: z.ZodType, input: unknown, issues: Issue[]): ConfigError {
  const lines = issues.flatMap((issue) => describeIssue(schema, input, issue, []));
  const shown = lines.slice(0, MAX_REPORTED_ISSUES).map((line) => `${file}: ${line}`);
  if (lines.length > shown.length) shown.push(`${file}: …and ${lines.length - shown.length} more problems.`);
  return new ConfigError(shown.join('\n'));
}

/** Formats a key path as `rules.undefined-terms.allow[0]`; the top level is `(top level)`. */
export function formatKeyPath(path: Path): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(top level)' : text;
}

function describeIssue(schema: z.ZodType, input: unknown, issue: Issue, prefix: Path): string[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keys = objectKeys(schemaAt(schema, path));
        const reason = unknownKeyReason(path) + didYouMean(key, keys);
        return line([...path, key], reason, keys.length > 0 ? keys.join(', ') : 'no keys here');
      });
    case 'invalid_union':
      return describeUnion(schema, input, issue, path);
    case 'custom': {
      const accepted = (issue.params as { accepted?: string } | undefined)?.accepted;
      return [
        line(
          path,
          `${show(valueAt(input, path))} ${issue.message}`,
          accepted ?? describeAccepted(schemaAt(schema, path)),
        ),
      ];
    }
    default:
      return [gotLine(schema, input, path)];
  }
}

/** `key: got "erorr" (did you mean "error"?); expected …`: the value, a guess at what was meant, what fits. */
function gotLine(schema: z.ZodType, input: unknown, path: Path): string {
  const value = valueAt(input, path);
  const target = schemaAt(schema, path);
  const guess = typeof value === 'string' ? didYouMean(value, wordsAccepted(target)) : '';
  return line(path, `got ${show(value)}${guess}`, describeAccepted(target));
}

function didYouMean(value: string, candidates: readonly string[]): string {
  const guess = closestMatch(value, candidates);
  return guess !== undefined && guess !== value ? ` (did you mean ${JSON.stringify(guess)}?)` : '';
}

/** The words a schema accepts as text (enum and literal values, through wrappers and unions). */
function wordsAccepted(schema: z.ZodType | undefined): string[] {
  let target = schema;
  while (target && ['optional', 'default', 'nullable', 'prefault'].includes(target._zod.def.type)) {
    target = (target._zod.def as unknown as { innerType: z.ZodType }).innerType;
  }
  if (!target) return [];
  const def = target._zod.def as unknown as Record<string, unknown>;
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>);
  if (def.type === 'literal') return (def.values as unknown[]).filter((v): v is string => typeof v === 'string');
  if (def.type === 'union') return (def.options as z.ZodType[]).flatMap(wordsAccepted);
  return [];
}

/** For `severity | { options }`: report the branch the value was meant for, else both shapes. */
function describeUnion(schema: z.ZodType, input: unknown, issue: Issue & { errors: Issue[][] }, path: Path): string[] {
  // The branch whose problems all lie deeper than the value itself is the shape the user meant.
  const meant = issue.errors.find((branch) => branch.every((inner) => inner.path.length > 0));
  if (meant && meant.length > 0) return meant.flatMap((inner) => describeIssue(schema, input, inner, path));
  return [gotLine(schema, input, path)];
}

function unknownKeyReason(path: Path): string {
  if (path.length === 0) return 'unknown setting';
  if (path.length === 1 && path[0] === 'rules') return 'unknown rule';
  if (path[0] === 'rules' && (path.length === 2 || (path.length === 3 && typeof path[2] === 'number')))
    return 'unknown option for this rule';
  if (path.length === 1 && path[0] === 'fields') return 'unknown field';
  return 'unknown key';
}

function line(path: Path, reason: string, accepted: string): string {
  return `${formatKeyPath(path)}: ${reason}; expected ${accepted}.`;
}

/** The schema that validates the value at `path`, looking through optional, default and union wrappers. */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = objectLike(current, typeof key === 'number');
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodTuple) current = (current.def.items as z.ZodType[])[Number(key)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return undefined;
  }
  return current;
}

/** Whether a schema holds other values: an object, a tuple, an array or a record. */
function isContainer(schema: z.ZodType | undefined): boolean {
  return isList(schema) || schema instanceof z.ZodObject || schema instanceof z.ZodRecord;
}

function isList(schema: z.ZodType | undefined): boolean {
  return schema instanceof z.ZodArray || schema instanceof z.ZodTuple;
}

/** Unwraps optional/default/nullable, and picks a union's container branch (a list's for an index), to walk into. */
function objectLike(schema: z.ZodType | undefined, index = false): z.ZodType | undefined {
  const current = unwrap(schema);
  if (current instanceof z.ZodUnion) {
    const options = (current.options as z.ZodType[]).map(unwrap);
    const preferred = options.find((option) => (index ? isList(option) : isContainer(option) && !isList(option)));
    return preferred ?? options.find(isContainer);
  }
  return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodPrefault
  ) {
    if (acceptedValues.has(current)) return current;
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function objectKeys(schema: z.ZodType | undefined): string[] {
  const target = objectLike(schema);
  return target instanceof z.ZodObject ? Object.keys(target.shape) : [];
}

/** Plain words for what a schema accepts: `error, warning, notice or off`, `a whole number of at least 1`. */
export function describeAccepted(schema: z.ZodType | undefined): string {
  const target = unwrap(schema);
  if (!target) return 'a valid value';
  const registered = acceptedValues.get(target);
  if (registered) return registered.accepted;
  if (target instanceof z.ZodEnum) return orList(target.options.map(String));
  if (target instanceof z.ZodLiteral) return orList([...target.values].map(String));
  if (target instanceof z.ZodBoolean) return 'true or false';
  if (target instanceof z.ZodString) return (target.minLength ?? 0) > 0 ? 'non-empty text' : 'text';
  if (target instanceof z.ZodNumber) return describeNumber(target);
  if (target instanceof z.ZodArray) return `a list of ${plural(describeAccepted(target.element as z.ZodType))}`;
  if (target instanceof z.ZodRecord) {
    const keys = plural(describeAccepted(target.keyType as z.ZodType));
    return `a mapping of ${keys} to ${plural(describeAccepted(target.valueType as z.ZodType))}`;
  }
  if (target instanceof z.ZodObject) {
    const keys = objectKeys(target);
    return keys.length > 0 ? `a mapping with any of the keys ${keys.join(', ')}` : 'an empty mapping';
  }
  if (target instanceof z.ZodUnion) return (target.options as z.ZodType[]).map(describeAccepted).join(', or ');
  return 'a valid value';
}

/** `a whole number of at least 1`: the bounds a config key sets (not the safe-integer range every whole number has). */
function describeNumber(schema: z.ZodNumber): string {
  const parts = [schema.isInt ? 'a whole number' : 'a number'];
  const set = (bound: number | null): bound is number =>
    bound !== null && Number.isFinite(bound) && Math.abs(bound) < Number.MAX_SAFE_INTEGER;
  const { minValue: min, maxValue: max } = schema;
  // Whether a bound is inclusive is whether the schema accepts the bound itself.
  if (set(min)) parts.push(schema.safeParse(min).success ? `of at least ${min}` : `above ${min}`);
  if (set(max)) parts.push(schema.safeParse(max).success ? `of at most ${max}` : `below ${max}`);
  return parts.join(' ');
}

function plural(text: string): string {
  if (text === 'text' || text === 'non-empty text') return 'text values';
  return text.replace(/^an? /, '') + 's';
}

function orList(values: string[]): string {
  return values.length <= 1 ? (values[0] ?? 'nothing') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function valueAt(input: unknown, path: Path): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A value as a mentor would recognise it in the file: strings quoted and cut. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const cut = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value;
    return JSON.stringify(cut);
  }
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
