// Parse stage: reads a difficulty value (`Medium`, `Medium to hard, depending…`, `★★☆`) onto a three-level scale.
import { isUndecided } from './placeholder.js';
import { plainValue, tokensOf, withinOneEdit, type TextToken } from './plain-text.js';

/** A difficulty level. */
export type Level = 'easy' | 'medium' | 'hard';

/** The words (or phrases) that name each level, compared case-insensitively word by word. */
export interface DifficultyScale {
  easy: string[];
  medium: string[];
  hard: string[];
}

/** The default scale: JIRA priorities (`Major`, `Minor`, `Critical`) are deliberately not on it. */
export const DEFAULT_DIFFICULTY_SCALE: DifficultyScale = Object.freeze({
  // Spanish/Portuguese and Chinese levels as Latin-American orgs and OSPP write them (OSPP's two are 基础 and 进阶).
  easy: Object.freeze([
    'easy',
    'beginner',
    'low',
    'low hanging fruit',
    'starter',
    // The proficiency scale novice / intermediate / experienced: Cesium's wiki (`Difficulty: Novice`) and SVG-Edit's
    // (`Skill level: Novice`), both regression-8.
    'novice',
    'fácil',
    'facil',
    'básico',
    'basico',
    'principiante',
    'iniciante',
    // `low` and `high` in Spanish/Portuguese.
    'bajo',
    'baja',
    'baixo',
    'baixa',
    '简单',
    '基础',
    '入门',
    '低',
  ]) as string[],
  medium: Object.freeze([
    'medium',
    'intermediate',
    'moderate',
    'media',
    'medio',
    'médio',
    'intermedio',
    'intermediário',
    'intermediario',
    '中等',
    '中',
  ]) as string[],
  hard: Object.freeze([
    'hard',
    'high',
    'advanced',
    'difficult',
    'challenging',
    'expert',
    // The top of the same proficiency scale (SVG-Edit's `Skill level: Experienced`, regression-8), beside `expert`.
    'experienced',
    'very high',
    'extremely difficult',
    'difícil',
    'dificil',
    'avanzado',
    'avançado',
    'avancado',
    'alto',
    'alta',
    '困难',
    '进阶',
    '高级',
    '高',
  ]) as string[],
});

/** What a difficulty value says. */
export interface DifficultyReading {
  /** Levels named, in the order written, without repeats; two or more for a range. */
  levels: Level[];
  /** True when the value spans two or more levels (`Medium-High`, `Easy/medium`). */
  range: boolean;
  /** Star rating counts when the value is written in stars (`★★☆`, `&#9733; &#9733; &#9734;`). */
  stars?: { filled: number; total: number };
  /** True when the value is empty, a placeholder (`Unknown`, `TBD`) or offers every level (`Easy, Medium or Hard`). */
  placeholder: boolean;
  /** True when a level was read: from stars, or from the first sentence. */
  recognised: boolean;
}

const LEVELS: Level[] = ['easy', 'medium', 'hard'];
const TOKEN = /[\p{L}\p{N}]+|[-/–—~,&、]/gu;
const CONNECTORS = new Set(['to', 'or', '或', '-', '/', '–', '—', '~']);
/** A conjunction written between Han words without spaces (`简单、中等或困难`): cut out as a word of its own. */
const HAN_CONJUNCTION = /(?<=\p{Script=Han})([或和与及])(?=\p{Script=Han})/gu;
/**
 * Chinese degree adverbs before a level word, written without a space (`较难` "rather hard", `比较简单` "fairly easy",
 * `非常困难`, `稍难`, `偏难`, `很容易`): cut off as a modifier word of their own, as `very` and `rather` are.
 */
const HAN_DEGREES = [
  '比较',
  '较为',
  '相对',
  '相当',
  '稍微',
  '稍',
  '略微',
  '略',
  '偏',
  '很',
  '非常',
  '十分',
  '特别',
  '极其',
  '极为',
  '极',
  '有点',
  '有些',
  '较',
];
const MODIFIERS = new Set([
  'very',
  'extremely',
  'quite',
  'fairly',
  'rather',
  'pretty',
  'somewhat',
  'relatively',
  'reasonably',
  ...HAN_DEGREES,
]);
const FILLED_STAR = '★';
const EMPTY_STAR = '☆';

type Token = TextToken;

interface Phrase {
  words: string[];
  level: Level;
}

/** Level words a degree adverb qualifies: the scale's (`困难`, `简单`, `中等`, `高`, `低`) and the bare `难`, `容易`, `易`. */
const HAN_DEGREE_LEVEL = new RegExp(
  `(?<!\\p{Script=Han})(${HAN_DEGREES.join('|')})(难|困难|简单|容易|易|高|低|中等)(?=偏[上下难易高低]|(?!\\p{Script=Han}))`,
  'gu',
);
/** The bare level words after a degree adverb, as the scale writes them: `难` hard, `容易` and `易` easy. */
const HAN_BARE_LEVELS: Record<string, string> = { 难: '困难', 容易: '简单', 易: '简单' };
/** A side after a middle level (`中等偏上` "upper medium", `中偏下`): cut off, so the level read is the middle one. */
const HAN_SIDE = /(?<!\p{Script=Han})(中等|中)(偏[上下难易高低])(?!\p{Script=Han})/gu;

/**
 * The value's words: Han conjunctions, degree adverbs and sides cut out as words of their own (Curve's OSPP page
 * writes `项目难度：较难`, regression-15), so `较难` reads as `较 困难` (rather hard) and `中等偏上` as medium.
 */
function tokenise(text: string): Token[] {
  const lower = text
    .toLowerCase()
    .replace(HAN_CONJUNCTION, ' $1 ')
    .replace(HAN_DEGREE_LEVEL, (_, degree: string, level: string) => ` ${degree} ${HAN_BARE_LEVELS[level] ?? level} `)
    .replace(HAN_SIDE, ' $1 $2 ');
  return tokensOf(lower, TOKEN);
}

/**
 * Each scale's phrases, read once: a lint reads every idea's difficulty with the same scale or two, and reading the
 * phrases again for every value was a twentieth of all the memory rules allocate. The scales are the frozen default
 * and the resolved configuration's, which nothing changes after; the phrases are only read.
 */
const PHRASES = new WeakMap<DifficultyScale, Phrase[]>();

function phrasesOf(scale: DifficultyScale): Phrase[] {
  let phrases = PHRASES.get(scale);
  if (!phrases) PHRASES.set(scale, (phrases = readPhrases(scale)));
  return phrases;
}

function readPhrases(scale: DifficultyScale): Phrase[] {
  const phrases: Phrase[] = [];
  for (const level of LEVELS) {
    for (const entry of scale[level] ?? []) {
      const words = tokenise(String(entry))
        .map((t) => t.text)
        .filter((w) => w !== '-' && w !== ',');
      if (words.length > 0) phrases.push({ words, level });
    }
  }
  // Longest phrase first, so `very high` wins over `high` and `low hanging fruit` over `low`.
  return phrases.sort((a, b) => b.words.length - a.words.length);
}

/** The level whose phrase starts at token `i` (one modifier such as `very` may come first), and where it ends. */
function levelAt(tokens: Token[], i: number, phrases: Phrase[]): { level: Level; end: number } | undefined {
  for (const start of [i, i + 1]) {
    if (start === i + 1 && !MODIFIERS.has(tokens[i]?.text ?? '')) break;
    for (const phrase of phrases) {
      let k = start;
      let matched = true;
      for (let w = 0; w < phrase.words.length; w++) {
        if (w > 0 && tokens[k]?.text === '-') k++;
        if (tokens[k]?.text !== phrase.words[w]) {
          matched = false;
          break;
        }
        k++;
      }
      if (matched) return { level: phrase.level, end: k };
    }
  }
  return undefined;
}

/** Words that, hyphenated after a level, keep it a level: `medium-difficulty`, `high-level` is not (a compound). */
const DIFFICULTY_NOUNS = new Set(['difficulty', 'complexity']);

/**
 * `low-level`, `high-performance`: a level word tightly hyphenated to a non-level word is an adjective;
 * `medium-difficulty` names the level.
 */
function isCompound(tokens: Token[], end: number, phrases: Phrase[]): boolean {
  const hyphen = tokens[end];
  const next = tokens[end + 1];
  return (
    hyphen?.text === '-' &&
    next !== undefined &&
    tokens[end - 1].end === hyphen.start &&
    hyphen.end === next.start &&
    !DIFFICULTY_NOUNS.has(next.text) &&
    levelAt(tokens, end + 1, phrases) === undefined
  );
}

/**
 * The first level named in `text` and any levels chained to it by `to`, `-`, `/`, `or`; levels listed with commas
 * count only when the list closes with such a connector (`Easy, Medium or Hard`), not before other words
 * (`Medium, hard to say`).
 */
function levelsIn(text: string, phrases: Phrase[]): Level[] {
  const tokens = tokenise(text);
  for (let i = 0; i < tokens.length; i++) {
    const first = levelAt(tokens, i, phrases);
    if (first === undefined) continue;
    if (isCompound(tokens, first.end, phrases)) continue;
    const levels = [first.level];
    // How many levels the chain holds up to its last link made by a connector (a comma alone is tentative).
    let kept = 1;
    let j = first.end;
    for (;;) {
      let commas = 0;
      while (tokens[j]?.text === ',') {
        j++;
        commas++;
      }
      const connector = CONNECTORS.has(tokens[j]?.text ?? '');
      if (!connector && commas === 0) break;
      if (connector) j++;
      while (tokens[j]?.text === ',') j++;
      const next = levelAt(tokens, j, phrases);
      if (next === undefined) break;
      levels.push(next.level);
      if (connector) kept = levels.length;
      j = next.end;
    }
    return [...new Set(levels.slice(0, kept))];
  }
  return [];
}

function levelForStars(filled: number, total: number): Level {
  const share = filled / total;
  if (share <= 0.4) return 'easy';
  if (share <= 0.7) return 'medium';
  return 'hard';
}

function countOf(text: string, ch: string): number {
  let count = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) count++;
  return count;
}

const SENTENCE_END = /[.!?;\n]/;

const SIZE_LEVELS: Record<string, Level> = { small: 'easy', large: 'hard' };

/** A value that is one size word (`Large.`, `Small`) and nothing else reads as the level of the same rank. */
function sizeWordLevel(text: string): Level[] {
  const word = text.trim().replace(/[.!]$/, '').toLowerCase();
  const level = SIZE_LEVELS[word];
  return level ? [level] : [];
}

/**
 * A level word this long written with one slip is still read (`Meduim`, `Intermedite`), as a label's head is; a
 * shorter one is not (`Hart`). Listed in src/parse/thresholds.ts.
 */
export const LEVEL_TYPO_MIN_LENGTH = 6;

/** A value of one word within one slip (a letter changed, added, dropped or two swapped) of a long level word. */
function misspeltLevel(text: string, phrases: Phrase[]): Level[] {
  const word = text.trim().replace(/[.!]$/, '').toLowerCase();
  if (word.length < LEVEL_TYPO_MIN_LENGTH - 1 || !/^\p{L}+$/u.test(word)) return [];
  const found = phrases.find(
    (phrase) =>
      phrase.words.length === 1 &&
      phrase.words[0].length >= LEVEL_TYPO_MIN_LENGTH &&
      withinOneEdit(word, phrase.words[0]),
  );
  return found ? [found.level] : [];
}

/**
 * A difficulty value whose first sentence has this many words and names no level is prose: its second sentence
 * may state the level (`This problem has some interesting edge cases, … . A basic solution should be fairly easy`).
 * Listed in src/parse/thresholds.ts.
 */
export const DIFFICULTY_PROSE_MIN_WORDS = 8;

/**
 * Words that join levels in a list of them: commas, the range connectors, and the conjunctions `and`/`or` of the
 * languages the scale is written in (`Easy, Medium and Hard`, `fácil, media y difícil`, `facile et difficile`,
 * `leicht und schwer`, `简单、中等或困难`, `Easy & Hard`).
 */
const LIST_JOINERS = new Set([
  ...CONNECTORS,
  ',',
  '&',
  '、',
  'and',
  'y',
  'e',
  'et',
  'und',
  'ou',
  'o',
  'oder',
  '或',
  '和',
  '与',
  '及',
]);

/**
 * The levels of a value that is a list of levels and nothing else (`Easy/Medium/Hard`, `Low, medium or high.`,
 * `Beginner, Intermediate and Advanced`, `Easy, Medium, Hard`), in the order written without repeats; undefined when
 * the value holds any other word.
 */
function listedLevels(text: string, phrases: Phrase[]): Level[] | undefined {
  const tokens = tokenise(text.replace(/[.!]\s*$/, ''));
  const levels: Level[] = [];
  for (let i = 0; i < tokens.length;) {
    if (LIST_JOINERS.has(tokens[i].text)) {
      i++;
      continue;
    }
    const level = levelAt(tokens, i, phrases);
    if (!level) return undefined;
    levels.push(level.level);
    i = level.end;
  }
  return levels.length > 0 ? [...new Set(levels)] : undefined;
}

/**
 * Reads a difficulty value. A level must be named in the first sentence (`Hard, because…`, `Some of the
 * work is medium. …`), or in the second after a first one of prose; ranges give two levels; stars map by the filled share (≤40% easy, ≤70% medium,
 * else hard) unless a level word is written beside them (`★★☆ (medium)`), which wins.
 */
export function parseDifficulty(value: string, scale: DifficultyScale = DEFAULT_DIFFICULTY_SCALE): DifficultyReading {
  const text = plainValue(value);
  const phrases = phrasesOf(scale ?? DEFAULT_DIFFICULTY_SCALE);
  const filled = countOf(text, FILLED_STAR);
  const total = filled + countOf(text, EMPTY_STAR);
  if (total === 0 && isUndecided(text)) return { levels: [], range: false, placeholder: true, recognised: false };
  // `3/5`, `2 out of 5`: a rating on a numeric scale is read as stars are, by its share of the scale.
  const rating = /^\s*(\d{1,2})\s*(?:\/|out of|of)\s*(\d{1,2})\b/i.exec(text);
  if (total === 0 && rating && +rating[1] >= 1 && +rating[1] <= +rating[2] && +rating[2] >= 3 && +rating[2] <= 10) {
    const written = levelsIn(text, phrases);
    const levels = written.length > 0 ? written : [levelForStars(+rating[1], +rating[2])];
    return { levels, range: levels.length > 1, placeholder: false, recognised: true };
  }
  if (total > 0) {
    const written = levelsIn(text, phrases);
    const levels = written.length > 0 ? written : [levelForStars(filled, total)];
    return { levels, range: levels.length > 1, stars: { filled, total }, placeholder: false, recognised: true };
  }

  // A prose section may open with a sentence of context and state the level in the next one (`This problem has
  // some edge cases. A basic solution should be fairly easy, …`).
  // A short first sentence (`See below.`) points elsewhere: only a first sentence of prose lets the next one speak.
  const end = text.search(SENTENCE_END);
  const first = end < 0 ? text : text.slice(0, end);
  // A first sentence of levels alone lists them all, joined by commas and conjunctions as well as by the range
  // connectors (`Beginner, Intermediate and Advanced`, `Easy, Medium, Hard`, `fácil, media y difícil`): each level
  // listed is offered, where prose joins only the levels a connector chains (`Medium, and hard if …` is medium).
  let levels = listedLevels(first, phrases) ?? levelsIn(first, phrases);
  if (levels.length === 0 && end >= 0 && first.trim().split(/\s+/).length >= DIFFICULTY_PROSE_MIN_WORDS) {
    const rest = text.slice(end + 1);
    const next = rest.search(SENTENCE_END);
    levels = levelsIn(next < 0 ? rest : rest.slice(0, next), phrases);
  }
  // `Large.`: a size word alone, on the scale the size and difficulty of an idea share (small, medium, large).
  if (levels.length === 0) levels = sizeWordLevel(text);
  // `Meduim`: a value of one word, a level word of six letters or more written with one slip.
  if (levels.length === 0) levels = misspeltLevel(text, phrases);
  // Every level of the scale offered: the template's menu of choices when written as its hint, a sentence about the
  // rating (`An easy, intermediate or hard/difficult rating of each project`, libreswan's RFC ideas, regression-5) or
  // the levels wrapped whole in brackets (`(easy, medium or hard)`); a value of the levels alone (`Easy/Medium/Hard`,
  // `Beginner, Intermediate or Advanced`) states that the idea suits any level (FISSURE's open `Roadmap Items/Other`
  // idea, regression-14): a range over the whole scale, as `Easy to Hard` is read, and as size.ts reads `90/175/350
  // hours` (the template slots that carry such a value, `### Title`, are no ideas: headings.ts).
  if (levels.length >= LEVELS.length) {
    const stated = !/^\s*[([{]/.test(text) && listedLevels(text, phrases) !== undefined;
    return { levels, range: true, placeholder: !stated, recognised: stated };
  }
  return { levels, range: levels.length > 1, placeholder: false, recognised: levels.length > 0 };
}
