// Parse stage: the label vocabulary — which written labels name which canonical field.
import { FIELD_NAMES, type FieldName, type ParseOptions } from './types.js';
import { decodeEntities, stripEmoji } from './text.js';

/** Labels seen in real idea lists, per canonical field (DESIGN.md "The idea model", FORMATS.md §3). */
export const FIELD_ALIASES: Record<FieldName, string[]> = {
  outcomes: [
    'outcomes',
    'outcome',
    'expected outcome',
    'expected outcomes',
    'expected result',
    'expected results',
    'expected results and milestones',
    'results',
    'deliverables',
    'expected deliverables',
    'project deliverables',
    'goals',
    'goal',
    'project goals',
    'goals (deliverables)',
    'aims of the project',
    'project aims',
    'the aims of the project are as follows',
    'task ideas and expected results',
    'what we want to achieve',
    'the result',
    'expected output',
    'objectives',
    'project objectives',
    'milestones and deliverables',
    'key deliverables',
    'project milestones',
    'milestones',
    'expected outputs',
    'success criteria',
  ],
  difficulty: [
    'difficulty',
    'difficulty level',
    'expected difficulty',
    'level',
    'complexity',
    'intensity',
    'project difficulty',
    'difficulty & requirements',
    'difficulty and requirements',
    'level of difficulty',
    'rating',
    'difficulty rating',
    'skill level',
    'experience level',
    'expertise level',
  ],
  skills: [
    'skills',
    'skills needed',
    'skills required',
    'required skills',
    'recommended skills',
    'desirable skills',
    'desired skills',
    'preferred skills',
    'prerequisites',
    'ideal prerequisites',
    'requirements',
    'student requirements',
    'involves',
    'recommended',
    'knowledge/skills involved',
    'skills involved',
    'programming skills',
    'tech stack',
    'technologies',
    'required knowledge',
    'skill set',
    'skillset',
    'knowledge prerequisites',
    'prerequisite knowledge',
    'skills preferred',
    'skills required/preferred',
    'helpful experience',
    'expected skills and technologies for the project',
    'possible technologies involved',
    'technologies involved',
    'pre-requisites',
    'technical skills',
    'knowledge required',
    'skills and knowledge',
    'relevant skills',
    'useful skills',
    'programming languages',
  ],
  mentors: [
    'mentor',
    'mentors',
    'possible mentors',
    'potential mentors',
    'suggested mentors',
    'co-mentor',
    'co-mentors',
    'coding mentors',
    'assisting mentors',
    'mentors information',
    'mentor information',
    'mentorship',
    'technical contact',
    'contact',
    'contacts',
    'experts',
    'expert',
    'project mentors',
    'primary mentor',
    'mentor contact',
    'mentor(s) and contact',
    'mentors and contacts',
    'secondary mentor',
    'backup mentor',
    'second mentor',
    'lead mentor',
    'contact person',
    'point of contact',
    'supervisor',
    'supervisors',
  ],
  size: [
    'size',
    'project size',
    'expected size',
    'expected project size',
    'duration',
    'project duration',
    'project length',
    'length',
    'effort',
    'hours',
    'expected time commitment',
    'time commitment',
    'estimated hours',
    'expected hours',
    'project type',
    'estimated effort',
    'estimated duration',
    'estimated time',
    'time estimate',
    'expected time',
    'time required',
    'project hours',
  ],
  verified: ['verified', 'last verified', 'last reviewed', 'reviewed', 'last updated', 'updated', 'date verified'],
  inserted: ['date of insert', 'date added', 'added', 'created', 'date created', 'inserted'],
  description: [
    'description',
    'summary',
    'overview',
    'details',
    'abstract',
    'project description',
    'brief description',
    'short description',
    'project context',
    'technical details',
    'project scope',
    'current state',
    'desc',
    'project summary',
    'project overview',
    'idea description',
    'brief explanation',
    'synopsis',
    'problem statement',
  ],
  program: ['gsoc', 'program', 'programme', 'programs', 'outreachy', 'eligible', 'initiatives'],
  review: ['review', 'review comments', 'reviewer comments', 'reviewers comments'],
  issue: [
    'issue',
    'issues',
    'upstream issue',
    'upstream issues',
    'upstream issue (url)',
    'tracking issue',
    'related issues',
    'relevant issues',
    'related issue',
    'github issue',
    'jira issue',
    'jira',
    'issue link',
    'task link',
    'github issues',
    'ticket',
    'tickets',
  ],
};

const EXTRA_WORD_LIMIT = 8;

/** Words that qualify a label without changing what it names (`Project Difficulty Level`, `Mentor name(s)`). */
const FILLER = new Set([
  'project',
  'expected',
  'estimated',
  'approximate',
  'required',
  'needed',
  'recommended',
  'suggested',
  'possible',
  'potential',
  'proposed',
  'level',
  'of',
  'the',
  'a',
  'an',
  'for',
  'this',
  'idea',
  'name',
  'email',
  'info',
  'information',
  'in',
  'total',
  'overall',
  'our',
  'your',
  'main',
  'key',
  'short',
  'general',
  'list',
  'preferred',
  'desired',
]);

/** Normalises a written label for comparison: lower case, no markup, emoji, `(s)` or trailing punctuation. */
export function normalizeLabel(label: string): string {
  let text = stripEmoji(decodeEntities(label)).toLowerCase();
  text = text
    .replace(/[*_`~]/g, '')
    .replace(/s?\(s\)/g, 's')
    .replace(/<[^>]*>/g, ' ');
  text = text.replace(/[\s\u00a0]+/g, ' ').trim();
  text = text.replace(/^[\s\p{P}\p{S}]+/u, '').replace(/[\s:.!?;,\-–—]+$/u, '');
  // `1. Description`, `a) Mentors`: an enumerator is no part of the label.
  text = text.replace(/^(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+/, '');
  return singular(text);
}

/** Singular and plural forms compare equal: "Mentor"/"Mentors", "Goal"/"Goals". */
function singular(text: string): string {
  return text
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') && !/(?:ss|is|us)$/.test(word) ? word.slice(0, -1) : word))
    .join(' ');
}

/**
 * Aliases that name their field only vaguely (`Involves` may describe the work, `Level` may be prose): a later
 * specific label of the same field wins over them.
 */
const DEMOTED = new Set(
  ['involves', 'level', 'technologies', 'technologies involved', 'possible technologies involved'].map(normalizeLabel),
);

/** How a written label names a field. */
export interface LabelMatch {
  name: FieldName;
  /** The label is an alias as written (or one with a `(qualifier)` or a second combined field). */
  exact: boolean;
  /** The alias names its field only vaguely (`Involves`, `Level`). */
  demoted: boolean;
}

interface AliasTable {
  keys: Map<string, FieldName>;
  /** Alias keys of 8+ characters by first letter, for forgiving one typo (`Diffuculty`). */
  long: Map<string, string[]>;
  cache: Map<string, LabelMatch | null>;
}

const CACHE_LIMIT = 4096;
const TYPO_MIN_LENGTH = 8;
const defaultTable = buildTable(undefined);
const tableCache = new WeakMap<object, AliasTable>();

function buildTable(extra: ParseOptions['fields']): AliasTable {
  const keys = new Map<string, FieldName>();
  const long = new Map<string, string[]>();
  for (const name of FIELD_NAMES) {
    for (const alias of [...(extra?.[name] ?? []), ...FIELD_ALIASES[name]]) {
      const key = normalizeLabel(alias);
      if (!key || keys.has(key)) continue;
      keys.set(key, name);
      if (key.length >= TYPO_MIN_LENGTH) long.set(key[0], [...(long.get(key[0]) ?? []), key]);
    }
  }
  return { keys, long, cache: new Map() };
}

function aliasTable(extra: ParseOptions['fields']): AliasTable {
  if (!extra) return defaultTable;
  let table = tableCache.get(extra);
  if (!table) {
    table = buildTable(extra);
    tableCache.set(extra, table);
  }
  return table;
}

/** The canonical field a written label names, or undefined when it is not a known alias. */
export function matchLabel(label: string, extra?: ParseOptions['fields']): FieldName | undefined {
  return readLabel(label, extra)?.name;
}

/**
 * Like matchLabel, without dropping qualifying words or forgiving typos: for a line that is a label only by
 * standing alone (no colon, no bold), where a loose match would turn prose into a label.
 */
export function matchLabelStrict(label: string, extra?: ParseOptions['fields']): FieldName | undefined {
  const found = readLabel(label, extra);
  return found?.exact ? found.name : undefined;
}

/** Reads a written label: its field, whether it matched as written, and whether its alias is a vague one. */
export function readLabel(label: string, extra?: ParseOptions['fields']): LabelMatch | undefined {
  if (label.length > 120) return undefined;
  const table = aliasTable(extra);
  const cached = table.cache.get(label);
  if (cached !== undefined) return cached ?? undefined;
  const found = lookUp(normalizeLabel(label), table) ?? null;
  if (table.cache.size >= CACHE_LIMIT) table.cache.clear();
  table.cache.set(label, found);
  return found ?? undefined;
}

function lookUp(key: string, table: AliasTable): LabelMatch | undefined {
  if (!key || key.split(' ').length > EXTRA_WORD_LIMIT) return undefined;
  const exact = table.keys.get(key);
  if (exact) return { name: exact, exact: true, demoted: DEMOTED.has(key) };
  // `Upstream Issue (URL)`, `Goals (Deliverables)`, `Mentors (GitHub handles)`: the qualifier is optional.
  const bare = key.replace(/\s*\([^)]*\)$/, '');
  const bareName = bare !== key && bare ? table.keys.get(bare) : undefined;
  if (bareName) return { name: bareName, exact: true, demoted: DEMOTED.has(bare) };
  // `Difficulty / Size`, `Mentors & contacts`: a combined label names its first field.
  const first = singular(bare.split(/\s*(?:\/|&|\band\b|,)\s*/)[0]);
  const firstName = first && first !== bare ? table.keys.get(first) : undefined;
  if (firstName) return { name: firstName, exact: true, demoted: DEMOTED.has(first) };
  const core = withoutFiller(first || bare);
  const loose = (core && table.keys.get(core)) || forgivingTypo(core ?? (first || bare), table);
  return loose ? { name: loose, exact: false, demoted: DEMOTED.has(core ?? '') } : undefined;
}

/** `Project Difficulty Level` → `difficulty`, `Expected size of project` → `size`: fillers dropped, the rest kept. */
function withoutFiller(key: string): string | undefined {
  const words = key.split(' ');
  const kept = words.filter((word) => !FILLER.has(word));
  if (kept.length === 0 || kept.length === words.length || kept.length > 3) return undefined;
  return kept.join(' ');
}

/** `Diffuculty` → `difficulty`: one slip (a letter changed, added, dropped or swapped) in a long alias. */
function forgivingTypo(key: string, table: AliasTable): FieldName | undefined {
  if (key.length < TYPO_MIN_LENGTH) return undefined;
  for (const alias of table.long.get(key[0]) ?? [])
    if (Math.abs(alias.length - key.length) <= 1 && withinOneEdit(key, alias)) return table.keys.get(alias);
  return undefined;
}

/** Whether two strings differ by at most one substitution, insertion, deletion or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}
