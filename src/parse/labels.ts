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
]);

/** Normalises a written label for comparison: lower case, no markup, emoji, `(s)` or trailing punctuation. */
export function normalizeLabel(label: string): string {
  let text = stripEmoji(decodeEntities(label)).toLowerCase();
  text = text
    .replace(/[*_`~]/g, '')
    .replace(/\(s\)/g, 's')
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

const defaultTable = buildTable(undefined);
const tableCache = new WeakMap<object, Map<string, FieldName>>();

function buildTable(extra: ParseOptions['fields']): Map<string, FieldName> {
  const table = new Map<string, FieldName>();
  for (const name of FIELD_NAMES) {
    for (const alias of [...(extra?.[name] ?? []), ...FIELD_ALIASES[name]]) {
      const key = normalizeLabel(alias);
      if (key && !table.has(key)) table.set(key, name);
    }
  }
  return table;
}

function aliasTable(extra: ParseOptions['fields']): Map<string, FieldName> {
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
  return lookUp(label, extra, true);
}

/**
 * Like matchLabel, without dropping qualifying words: for a line that is a label only by standing alone
 * (no colon, no bold), where a loose match would turn prose into a label.
 */
export function matchLabelStrict(label: string, extra?: ParseOptions['fields']): FieldName | undefined {
  return lookUp(label, extra, false);
}

function lookUp(label: string, extra: ParseOptions['fields'], loose: boolean): FieldName | undefined {
  if (label.length > 120) return undefined;
  const key = normalizeLabel(label);
  if (!key || key.split(' ').length > EXTRA_WORD_LIMIT) return undefined;
  const table = aliasTable(extra);
  const exact = table.get(key);
  if (exact) return exact;
  // `Upstream Issue (URL)`, `Goals (Deliverables)`, `Mentors (GitHub handles)`: the qualifier is optional.
  const bare = key.replace(/\s*\([^)]*\)$/, '');
  if (bare !== key && bare && table.has(bare)) return table.get(bare);
  // `Difficulty / Size`, `Mentors & contacts`: a combined label names its first field.
  const first = singular(bare.split(/\s*(?:\/|&|\band\b|,)\s*/)[0]);
  if (first && first !== bare && table.has(first)) return table.get(first);
  return loose ? withoutFiller(first || bare, table) : undefined;
}

/** `Project Difficulty Level` → `difficulty`, `Expected size of project` → `size`: fillers dropped, the rest an alias. */
function withoutFiller(key: string, table: Map<string, FieldName>): FieldName | undefined {
  const words = key.split(' ');
  const kept = words.filter((word) => !FILLER.has(word));
  if (kept.length === 0 || kept.length === words.length || kept.length > 3) return undefined;
  return table.get(kept.join(' '));
}
