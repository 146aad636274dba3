// Parse stage: the label grammar — which written labels name which canonical fields. A label is a short noun
// phrase: a head noun (`outcome`, `skill`, `mentor`, `难度`…, src/parse/label-words.ts) with optional modifiers
// (`Expected`, `Required`, `Project`…), optionally after a preposition (`Level of difficulty`), and optionally
// several of them joined (`Difficulty & Requirements`, `Size and difficulty`, `项目规模/工时`), each naming its field.
import {
  ATTRIBUTIVE_HEADS,
  CONJUNCTIONS,
  ELLIPTIC,
  EXTENT_HEADS,
  FILLER,
  HEAD_NOUNS,
  MODIFIERS,
  NEEDS_CLAUSE,
  PREPOSITIONS,
  TIME_PLAN_HEADS,
  VAGUE_HEADS,
} from './label-words.js';
import { FIELD_NAMES, type FieldName, type ParseOptions } from './types.js';
import { decodeEntities, stripEmoji } from './text.js';
import { withinOneEdit } from './values/plain-text.js';
import {
  LABEL_MAX_CHARS,
  LABEL_MAX_CONTENT_WORDS,
  LABEL_MAX_SEGMENTS,
  LABEL_MAX_WORDS,
  TYPO_MIN_LENGTH,
} from './thresholds.js';

export { HEAD_NOUNS } from './label-words.js';

/** Normalises a written label for comparison: lower case, no markup, emoji, `(s)` or trailing punctuation. */
export function normalizeLabel(label: string): string {
  // Accents folded (`Descripción`, `Duração`); CJK characters do not decompose, so they are kept.
  let text = stripEmoji(decodeEntities(label)).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  text = text
    .replace(/[*_`~]/g, '')
    .replace(/s?\(s\)/g, 's')
    .replace(/\(es\)/g, 'es')
    .replace(/<[^>]*>/g, ' ');
  text = text.replace(/[\s\u00a0]+/g, ' ').trim();
  text = text.replace(/^[\s\p{P}\p{S}]+/u, '').replace(/[\s:：.!?;,\-–—]+$/u, '');
  // `1. Description`, `a) Mentors`: an enumerator is no part of the label.
  text = text.replace(/^(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+/, '');
  return singular(text);
}

/** Singular and plural forms compare equal: "Mentor"/"Mentors", "Goal"/"Goals", "Technology"/"Technologies". */
function singular(text: string): string {
  return text.split(' ').map(singularWord).join(' ');
}

function singularWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.length > 3 && word.endsWith('s') && !/(?:ss|is|us)$/.test(word) ? word.slice(0, -1) : word;
}

/** How a written label names a field. */
export interface LabelMatch {
  name: FieldName;
  /** Further fields a combined label names (`Difficulty & Requirements` → skills too). */
  also?: FieldName[];
  /** Head and modifiers only (`Expected Outcome`), no loose filler or typo (`Our main goal`, `Diffuculty`). */
  exact: boolean;
  /** The head names its field only vaguely (`Involves`, `Level`): a later specific label of the field wins. */
  demoted: boolean;
  /** The field named instead when the value is a size quantity (`Scope` → size for `350 hours`). */
  quantity?: FieldName;
  /** The label names no field unless its value is a size quantity (`Timeline`: a plan otherwise). */
  quantityOnly?: boolean;
}

const CACHE_LIMIT = 4096;

interface Grammar {
  heads: Map<string, FieldName>;
  /** Multi-word heads (`skill set`, `point of contact`) as word lists, longest first. */
  compounds: string[][];
  vague: Set<string>;
  modifiers: Set<string>;
  elliptic: Set<string>;
  /** Head nouns of 8+ characters by first letter, for forgiving one typo. */
  long: Map<string, string[]>;
  /** Modifiers of 8+ characters by first letter, likewise. */
  longModifiers: Map<string, string[]>;
  /** CJK heads and modifiers, longest first, for cutting a label written without spaces. */
  cjk: string[];
  /** Labels from configuration (`fields:`), matched as written. */
  extra: Map<string, FieldName>;
  cache: Map<string, LabelMatch | null>;
}

const HAN = /\p{Script=Han}/u;
const normalizeWords = (words: Iterable<string>): Set<string> => new Set([...words].map(normalizeLabel));
const baseGrammar = buildGrammar();
const grammarCache = new WeakMap<object, Grammar>();

function buildGrammar(extraFields?: ParseOptions['fields']): Grammar {
  const heads = new Map<string, FieldName>();
  const long = new Map<string, string[]>();
  for (const name of FIELD_NAMES) {
    for (const noun of HEAD_NOUNS[name]) {
      const key = normalizeLabel(noun);
      if (!key || heads.has(key)) continue;
      heads.set(key, name);
      if (key.length >= TYPO_MIN_LENGTH && !key.includes(' ')) long.set(key[0], [...(long.get(key[0]) ?? []), key]);
    }
  }
  const modifiers = normalizeWords(MODIFIERS);
  const longModifiers = new Map<string, string[]>();
  for (const key of modifiers)
    if (key.length >= TYPO_MIN_LENGTH && !HAN.test(key))
      longModifiers.set(key[0], [...(longModifiers.get(key[0]) ?? []), key]);
  const extra = new Map<string, FieldName>();
  for (const name of FIELD_NAMES)
    for (const alias of extraFields?.[name] ?? []) {
      const key = normalizeLabel(alias);
      if (key && !extra.has(key)) extra.set(key, name);
    }
  const compounds = [...heads.keys()]
    .filter((key) => key.includes(' '))
    .map((key) => key.split(' '))
    .sort((a, b) => b.length - a.length);
  const cjk = [...heads.keys(), ...modifiers].filter((word) => HAN.test(word)).sort((a, b) => b.length - a.length);
  return {
    heads,
    compounds,
    vague: normalizeWords(VAGUE_HEADS),
    modifiers,
    elliptic: normalizeWords(ELLIPTIC),
    long,
    longModifiers,
    cjk,
    extra,
    cache: new Map(),
  };
}

function grammarFor(extra: ParseOptions['fields']): Grammar {
  if (!extra) return baseGrammar;
  let grammar = grammarCache.get(extra);
  if (!grammar) {
    grammar = buildGrammar(extra);
    grammarCache.set(extra, grammar);
  }
  return grammar;
}

/** The canonical field a written label names (the first, for a combined label), or undefined. */
export function matchLabel(label: string, extra?: ParseOptions['fields']): FieldName | undefined {
  const found = readLabel(label, extra);
  // `Timeline` names a field only through its value (LabelMatch.quantityOnly).
  return found?.quantityOnly ? undefined : found?.name;
}

/**
 * Like matchLabel, without loose filler or forgiven typos: for a line that is a label only by standing alone
 * (no colon, no bold), where a loose match would turn prose into a label.
 */
export function matchLabelStrict(label: string, extra?: ParseOptions['fields']): FieldName | undefined {
  const found = readLabel(label, extra);
  return found?.exact && !found.quantityOnly ? found.name : undefined;
}

/** Every field a label names, the first one first. */
export function labelFields(found: LabelMatch): FieldName[] {
  return [found.name, ...(found.also ?? [])];
}

/** Reads a written label: its fields, whether it is exact, and whether its head is a vague one. */
export function readLabel(label: string, extra?: ParseOptions['fields']): LabelMatch | undefined {
  const phrase = withoutGloss(label);
  if (phrase.length > LABEL_MAX_CHARS) return undefined;
  const grammar = grammarFor(extra);
  const cached = grammar.cache.get(label);
  if (cached !== undefined) return cached ?? undefined;
  const whole = label.length > LABEL_MAX_CHARS ? undefined : parseLabel(normalizeLabel(label), grammar);
  const read = whole ?? (phrase !== label ? parseLabel(normalizeLabel(phrase), grammar) : undefined) ?? null;
  const found = read && !grammar.extra.has(normalizeLabel(phrase)) && headsIdeaList(phrase, grammar) ? null : read;
  if (grammar.cache.size >= CACHE_LIMIT) grammar.cache.clear();
  grammar.cache.set(label, found);
  return found ?? undefined;
}

/** Plural nouns for ideas at the head of an English noun phrase: its last word before a preposition, or its last. */
const IDEAS_HEAD_LAST = /^(?:ideas|projects|proposals)$/;
/** The same in Spanish and Portuguese, where the head comes first (`Proyectos de mentoría`, `Ideias para mentores`). */
const IDEAS_HEAD_FIRST = /^(?:ideas|proyectos|propuestas|ideias|projetos|propostas)$/;

/**
 * Whether a phrase that would name a field is about the ideas instead: a plural noun for ideas or projects is its
 * head (the last word before a preposition in English, the first in Spanish and Portuguese), and the field word only
 * qualifies it (`Proposed Projects for the Mentorship Project`, Open Mainframe Project's page title; `Mentorship
 * Projects`, `Ideas for new mentors`, `Proyectos de tutoría`). A list of ideas is no field. A phrase of modifiers
 * around the plural (`Project ideas`) names nothing already, and joined to a field's label (`Goals and ideas`) takes
 * that label's head; both keep their reading.
 */
function headsIdeaList(phrase: string, grammar: Grammar): boolean {
  const text = stripEmoji(decodeEntities(phrase))
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[*_`~]/g, '')
    .replace(/[^\p{L}\p{N}\s/&+,、＆／-]/gu, ' ');
  for (const part of text.split(CONJUNCTIONS)) {
    const words = part.split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    const preposition = words.findIndex((word) => PREPOSITIONS.has(word));
    const before = preposition < 0 ? words : words.slice(0, preposition);
    const last = before[before.length - 1];
    if (!(last !== undefined && IDEAS_HEAD_LAST.test(last)) && !IDEAS_HEAD_FIRST.test(words[0])) continue;
    const segment = readSegment(normalizeLabel(part), grammar);
    if (segment && segment !== 'bare' && segment !== 'elliptic') return true;
  }
  return false;
}

/**
 * A gloss after a label's phrase: a bracketed group, brackets nested inside it, closing the label (`Expected Project
 * Size (90 hrs/ small , 175 hrs/medium, 350 hrs/large)`, `Difficulty rating (easy (little experience), medium (…), hard
 * (experienced))`, SU2, regression-12; `Expected size of project (175 or 350 hour)`, SODA).
 */
const GLOSS = /[ \t]*\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*\)$/;
/** How long a gloss may be: a few options explained, not a paragraph. */
const GLOSS_MAX_CHARS = 200;

/**
 * The grammar LABEL := PHRASE GLOSS?: a label's phrase without its gloss (GLOSS), or the label as written when it has
 * none. The phrase is what names the field, however long the gloss.
 */
export function withoutGloss(label: string): string {
  if (!label.endsWith(')') || label.length > LABEL_MAX_CHARS + GLOSS_MAX_CHARS) return label;
  const gloss = GLOSS.exec(label);
  if (gloss === null || gloss.index === 0 || gloss[0].length > GLOSS_MAX_CHARS) return label;
  return label.slice(0, gloss.index);
}

/**
 * A noun phrase of a label: it names a field, or it is `elliptic` (a requirement adjective alone, `required`), or
 * `bare` (modifiers alone, `ideas`, `想法`): in a combination both take their neighbour's head.
 */
/** A noun phrase, then `to` and one verb or verbs joined by slashes (`skill to study / improve`). */
const PURPOSE_CLAUSE = /^(\p{L}[\p{L} -]*?) to \p{L}+(?: ?\/ ?\p{L}+)*$/u;

type Segment =
  { name: FieldName; exact: boolean; demoted: boolean; extent?: boolean; plan?: boolean } | 'elliptic' | 'bare';

function parseLabel(key: string, grammar: Grammar): LabelMatch | undefined {
  if (!key || key.split(' ').length > LABEL_MAX_WORDS) return undefined;
  // `Upstream Issue (URL)`, `Goals (Deliverables)`, `Mentors (GitHub handles)`: the qualifier is optional.
  // `The aims of the project are as follows:` introduces a list as its label does (plural: `is as follows` is prose).
  const bare = key.replace(/\s*\([^)]*\)$/, '').replace(/\s+are as follow$/, '');
  const configured = grammar.extra.get(key) ?? grammar.extra.get(bare);
  if (configured) return { name: configured, exact: true, demoted: false };
  if (NEEDS_CLAUSE.test(bare)) return { name: 'skills', exact: true, demoted: false };
  // `Skills to Study / Improve`, `Goals to achieve`: a purpose clause (`to` and a verb, or verbs joined by a slash)
  // after a noun phrase qualifies its head as a modifier does; the noun phrase alone must be a label of one field.
  const purpose = PURPOSE_CLAUSE.exec(bare);
  if (purpose && !CONJUNCTIONS.test(purpose[1])) {
    const segment = readSegment(purpose[1], grammar);
    if (segment && segment !== 'elliptic' && segment !== 'bare' && segment.exact)
      return {
        name: segment.name,
        exact: true,
        demoted: segment.demoted,
        ...(segment.plan ? { quantity: 'size' as const, quantityOnly: true } : {}),
      };
  }
  const parts = bare.split(CONJUNCTIONS).filter(Boolean);
  if (parts.length === 0 || parts.length > LABEL_MAX_SEGMENTS) return undefined;
  const segments: Segment[] = [];
  // `Constraints/requirements`: words joined by a slash are alternatives for one thing, so an unknown one takes the
  // field its known neighbour names (the label is then a loose one).
  let alternative = false;
  for (const part of parts) {
    const segment = HAN.test(part) ? readHanSegment(part, grammar) : readSegment(part, grammar);
    if (!segment) {
      if (!isSlashAlternative(bare, part)) return undefined;
      alternative = true;
      segments.push('bare');
      continue;
    }
    segments.push(segment);
  }
  // `Skills required/preferred`, `Goals and ideas`, `目标与想法`: a requirement adjective or a bare modifier takes the
  // head of its neighbour.
  const phrases = segments.filter(
    (segment): segment is Exclude<Segment, 'elliptic' | 'bare'> => segment !== 'elliptic' && segment !== 'bare',
  );
  // `Timeline/milestones`: beside another head, a time-plan head is the plan, and names nothing of its own.
  const named =
    phrases.length > 1 && phrases.some((segment) => !segment.plan)
      ? phrases.filter((segment) => !segment.plan)
      : phrases;
  if (named.length === 0) {
    // `Project`, `Project & Idea`: modifiers alone name nothing.
    if (segments.includes('bare')) return undefined;
    // `Recommended: Go, Kubernetes`: alone, a requirement adjective elides the skills it qualifies; loose, so a
    // later specific label wins and a line without a colon is never one.
    return { name: 'skills', exact: false, demoted: false };
  }
  const names = [...new Set(named.map((segment) => segment.name))];
  return {
    name: names[0],
    ...(names.length > 1 ? { also: names.slice(1) } : {}),
    exact: !alternative && named.every((segment) => segment.exact),
    demoted: named.every((segment) => segment.demoted),
    ...(named.length === 1 && (named[0].extent || named[0].plan) ? { quantity: 'size' as const } : {}),
    ...(named.length === 1 && named[0].plan ? { quantityOnly: true } : {}),
  };
}

/**
 * A single word of letters joined to a neighbour by a slash written without spaces (`constraints/requirements`, one
 * compound of alternatives), not a spaced one that lists two sections (`Notes / Mentors`).
 */
function isSlashAlternative(label: string, part: string): boolean {
  if (!/^\p{L}+$/u.test(part) || HAN.test(part)) return false;
  const pattern = new RegExp(`(?:^${part}/\\p{L}|\\p{L}/${part}$)`, 'u');
  return label.includes('/') && pattern.test(label) && !/\s(?:and|or|&)\s/.test(label);
}

/** One noun phrase: `expected outcome`, `level of difficulty`, `resultado esperado`. */
function readSegment(part: string, grammar: Grammar): Segment | undefined {
  const words = part.split(' ').filter(Boolean).map(singularWord);
  let exact = true;
  let content = 0;
  let preposition = -1;
  const heads: { name: FieldName; word: string; at: number; index: number }[] = [];
  let onlyElliptic = true;
  // An unknown word right before a head any qualifier keeps (`Special skills`): one at most.
  let attributive = -1;
  for (let index = 0; index < words.length; index++) {
    const compound = grammar.compounds.find((parts) => parts.every((word, offset) => words[index + offset] === word));
    const word = compound ? compound.join(' ') : words[index];
    const wordIndex = index;
    if (compound) index += compound.length - 1;
    const head = grammar.heads.get(word);
    if (!grammar.elliptic.has(word)) onlyElliptic = false;
    if (head) {
      heads.push({ name: head, word, at: preposition < 0 ? 0 : 1, index: wordIndex });
      content++;
    } else if (PREPOSITIONS.has(word)) {
      if (preposition < 0) preposition = index;
      if (FILLER.has(word) && index === words.length - 1) return undefined;
    } else if (grammar.modifiers.has(word)) content++;
    else if (FILLER.has(word)) exact = false;
    else {
      // `Prerequisties`: a typo may hide the plural, so `…ies` read as `…y` is also tried as `…ie`.
      const typo = forgivingTypo(word, grammar) ?? forgivingTypo(word.replace(/y$/, 'ie'), grammar);
      if (!typo) {
        // `Rquired skills`: one slip in a long modifier too.
        if (!forgivingTypo(word, grammar, grammar.longModifiers)) {
          if (attributive >= 0 || !/^\p{L}+$/u.test(word)) return undefined;
          attributive = index;
          exact = false;
          content++;
          continue;
        }
        exact = false;
        content++;
        continue;
      }
      heads.push({ name: grammar.heads.get(typo) as FieldName, word: typo, at: preposition < 0 ? 0 : 1, index });
      exact = false;
      content++;
    }
  }
  if (heads.length === 0) {
    if (onlyElliptic && words.length > 0) return 'elliptic';
    return words.length > 0 && words.every((word) => grammar.modifiers.has(word)) ? 'bare' : undefined;
  }
  if (content > LABEL_MAX_CONTENT_WORDS) return undefined;
  // The head is the last noun before a preposition (`Level of difficulty`), else the last one after it.
  const before = heads.filter((head) => head.at === 0);
  const head = (before.length > 0 ? before : heads)[(before.length > 0 ? before : heads).length - 1];
  if (attributive >= 0 && !(head.index === attributive + 1 && ATTRIBUTIVE_HEADS.has(head.word))) return undefined;
  // `Astronomy knowledge needed` then `Programming skills`: a head qualified by an unknown word is a vague one.
  const demoted =
    attributive >= 0 || (grammar.vague.has(head.word) && heads.every((other) => other.word === head.word));
  return {
    name: head.name,
    exact,
    demoted,
    ...(EXTENT_HEADS.has(head.word) ? { extent: true } : {}),
    ...(TIME_PLAN_HEADS.has(head.word) ? { plan: true } : {}),
  };
}

/**
 * A Chinese label, written without spaces: cut into known words; the last head noun names the field (hanHead). As in English
 * (`Community mentors`, `Special skills`, readSegment), one unknown qualifier of a few characters may stand right
 * before a head any qualifier keeps (`项目社区导师`, project community mentor, SOFAStack's OSPP page, regression-14;
 * `核心技能`): the label is then a loose one, as `Community mentors` is.
 */
function readHanSegment(part: string, grammar: Grammar): Segment | undefined {
  const text = part.replace(/\s+/g, '');
  const heads: string[] = [];
  let attributive = false;
  let at = 0;
  while (at < text.length) {
    const word = grammar.cjk.find((candidate) => text.startsWith(candidate, at));
    if (!word) {
      const skip = attributive ? -1 : attributiveRun(text, at, grammar);
      if (skip < 0) return undefined;
      attributive = true;
      at += skip;
      continue;
    }
    if (grammar.heads.has(word)) heads.push(word);
    at += word.length;
  }
  if (heads.length === 0) return 'bare';
  const head = hanHead(heads);
  const name = grammar.heads.get(head) as FieldName;
  if (attributive) return { name, exact: false, demoted: true };
  return { name, exact: true, demoted: grammar.vague.has(head) && heads.length === 1 };
}

/**
 * Nouns that, after another head, name that head's demands and not a field of their own: `产出要求` (outcome
 * requirements) are the outcomes, `技能要求` the skills; alone (`要求`) or after a modifier (`基本要求`) the head names
 * the skills it does in its own right.
 */
const HAN_RELATIONAL_HEADS = new Set(['要求']);

/**
 * The head of a Chinese compound is its last noun, as in Japanese: every noun before it qualifies it (`技术导师`,
 * technical mentor, is a mentor; `导师技能要求`, the mentor's skill requirements, and `项目技术要求` are skills;
 * `导师联系方式` is the mentor's contact). A relational head (HAN_RELATIONAL_HEADS) after another one names that
 * one (`项目产出要求`, the project's outcome requirements, is the outcomes).
 */
function hanHead(heads: string[]): string {
  let last = heads.length - 1;
  while (last > 0 && HAN_RELATIONAL_HEADS.has(heads[last])) last--;
  return heads[last];
}

/** Chinese heads any one qualifier before them keeps: mentor, skill, knowledge (as ATTRIBUTIVE_HEADS in English). */
const HAN_ATTRIBUTIVE_HEADS = ['导师', '技能', '知识'];
/** How many Han characters an unknown qualifier before such a head may have (`社区`, `开源社区`). */
const HAN_QUALIFIER_MAX_CHARS = 4;

/** The length of an unknown run of Han characters at `at` that a head keeping any qualifier follows, or -1. */
function attributiveRun(text: string, at: number, grammar: Grammar): number {
  for (let length = 1; length <= HAN_QUALIFIER_MAX_CHARS && at + length < text.length; length++) {
    if (!HAN.test(text[at + length - 1])) return -1;
    const next = HAN_ATTRIBUTIVE_HEADS.find((head) => text.startsWith(head, at + length));
    if (next && grammar.heads.has(next)) return length;
  }
  return -1;
}

/** `Diffuculty` → `difficulty`: one slip (a letter changed, added, dropped or swapped) in a long head noun. */
function forgivingTypo(word: string, grammar: Grammar, long = grammar.long): string | undefined {
  // The word written may have lost a letter of its long head (`Rquired`).
  if (word.length < TYPO_MIN_LENGTH - 1) return undefined;
  return (long.get(word[0]) ?? []).find(
    (head) => Math.abs(head.length - word.length) <= 1 && withinOneEdit(word, head),
  );
}
