// Rule undefined-terms, its machinery: an index of the long forms a text spells out, so that asking whether any
// earlier paragraph of an idea spells a term costs the same for the thousandth term as for the first. Pure.
import type { TextBlock } from '../../src/lint/rule-kit.js';
import {
  MAX_LETTERS,
  MAX_SKIPPED,
  SENTENCE_END,
  containsLongForm,
  isContent,
  isNameStart,
  markJoinedSmallWords,
  spells,
  splitText,
  strictInitials,
  type SplitText,
} from './initials.js';

/** Distinct CamelCase words kept per first letter: real text has a handful; past it, the rest are not looked at. */
const PER_KEY = 32;

/**
 * Spellings followed from one word: in prose one path (each word gives its initial); words in capitals or with
 * inner capitals may give more, and a run of them branches. Past this many steps the rest of the run is not read.
 */
const STEPS_PER_START = 256;

/** One text's long forms, each with the smallest end offset (in the text) of a place that spells it. */
export class LongForms {
  /** Letters (three or more) that consecutive words spell strictly, as containsLongForm reads them. */
  readonly strict = new Map<string, number>();
  /** Two letters spelled by two Title Case words or two hyphenated words ("Storage Repository", "high-availability"). */
  readonly pairs = new Map<string, number>();
  /** Two letters spelled by two plain lower-case words ("computational linguistics"), counted only near the use. */
  readonly plainPairs = new Map<string, number>();
  /** CamelCase words ("WebAssembly") by their first letter, with their parts and end offset. */
  readonly compounds = new Map<string, { parts: string[]; end: number }[]>();
  private readonly maxLetters: number;
  private steps = 0;

  /** Adds the long forms of `text` (a block's text, or the idea's skills). */
  constructor(text: string, maxLetters = MAX_LETTERS) {
    this.maxLetters = Math.min(maxLetters, MAX_LETTERS);
    this.readPairs(text);
    for (const sentence of sentencesOf(text)) this.readSentence(sentence);
  }

  /**
   * Whether the text spells `letters` (see containsLongForm), at a place ending at or before `before`; with
   * `nearby`, two plain lower-case words count for two letters.
   */
  spells(letters: string, nearby = false, before = Infinity): boolean {
    if (letters.length < 2 || letters.length > this.maxLetters) return false;
    const within = (end: number | undefined): boolean => end !== undefined && end <= before;
    if (this.compoundSpells(letters, before)) return true;
    if (letters.length === 2)
      return within(this.pairs.get(letters)) || (nearby && within(this.plainPairs.get(letters)));
    return within(this.strict.get(letters));
  }

  /** Adds what `other` spells (every place of it, as if it came before anything here). */
  absorb(other: LongForms): void {
    for (const [key, end] of other.strict) this.record(this.strict, key, end);
    for (const [key, end] of other.pairs) this.record(this.pairs, key, end);
    for (const [key, end] of other.plainPairs) this.record(this.plainPairs, key, end);
    for (const [first, words] of other.compounds)
      for (const word of words) this.addCompound(first, word.parts, word.end);
  }

  private addCompound(first: string, parts: string[], end: number): void {
    const list = this.compounds.get(first) ?? [];
    const word = parts.join('');
    if (list.length < PER_KEY && !list.some((known) => known.parts.join('') === word)) list.push({ parts, end });
    this.compounds.set(first, list);
  }

  private compoundSpells(letters: string, before: number): boolean {
    const words = this.compounds.get(letters[0]) ?? [];
    return words.some(({ parts, end }) => end <= before && spells(parts, 0, letters, 0, true));
  }

  private record(map: Map<string, number>, key: string, end: number): void {
    const known = map.get(key);
    if (known === undefined || end < known) map.set(key, end);
  }

  /** Two-word pairs, read over the whole text as containsLongForm's pattern reads it. */
  private readPairs(text: string): void {
    let previous: { word: string; end: number } | undefined;
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0];
      const end = match.index + word.length;
      if (previous) {
        const between = text.slice(previous.end, match.index);
        const key = `${previous.word[0]}${word[0]}`.toUpperCase();
        if (between === ' ' && TITLE.test(previous.word) && TITLE.test(word)) this.record(this.pairs, key, end);
        else if (between === '-' && HYPHENATED.test(previous.word) && HYPHENATED.test(word))
          this.record(this.pairs, key, end);
        else if (between === ' ' && PLAIN.test(previous.word) && PLAIN.test(word))
          this.record(this.plainPairs, key, end);
      }
      previous = { word, end };
    }
  }

  /** Every strict spelling starting at each word of a sentence, and its CamelCase words. */
  private readSentence(words: Word[]): void {
    for (const { word, end } of words) {
      if (word === word.toUpperCase()) continue;
      const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
      if (parts.length < 2) continue;
      this.addCompound(word[0].toUpperCase(), parts, end);
    }
    for (let start = 0; start < words.length; start++) {
      const word = words[start].word;
      if (!isContent(word) || !isNameStart(word) || !/^[A-Z]$/.test(word[0].toUpperCase())) continue;
      this.steps = 0;
      this.walk(words, start, '', 0, 0, 0);
    }
  }

  /** strictlySpells run forward: records each spelling of three letters or more it can complete. */
  private walk(words: Word[], index: number, spelled: string, used: number, plain: number, skipped: number): void {
    if (index === words.length || spelled.length >= this.maxLetters || ++this.steps > STEPS_PER_START) return;
    const { word, end } = words[index];
    if (!isContent(word)) {
      if (spelled.length === 0 || skipped >= MAX_SKIPPED) return;
      this.walk(words, index + 1, spelled, used, plain, skipped + 1);
      // A small word giving its initial between two words of the long form ("Freedom of Information"): what it
      // spells is recorded only when a later word completes it.
      const initial = word[0].toUpperCase();
      if (/^[a-z]/i.test(word) && spelled.length + 1 < this.maxLetters)
        this.walk(words, index + 1, spelled + initial, used, plain, 0);
      // Capitalised inside the phrase ("Single Sign-On"), it is a word of the name and may end the long form.
      if (/^[A-Z]/.test(word) && spelled.length + 1 >= 3 && used >= 2 && plain >= 1)
        this.record(this.strict, spelled + word[0], end);
      return;
    }
    const capitals = word === word.toUpperCase();
    const upper = strictInitials(word);
    if (!/^[A-Z]/.test(upper)) return;
    const isPlain = capitals ? 0 : 1;
    const next = (letters: string): void => {
      const text = spelled + letters;
      if (text.length > this.maxLetters) return;
      if (text.length >= 3 && used + 1 >= 2 && plain + isPlain >= 1) this.record(this.strict, text, end);
      this.walk(words, index + 1, text, Math.min(2, used + 1), Math.min(1, plain + isPlain), 0);
    };
    next(upper[0]);
    if (upper.length > 1 && /^[A-Z]+$/.test(upper)) next(upper);
  }
}

/**
 * How many questions an idea answers by reading its text again: cheap for the few terms most ideas have. Past
 * them, its long forms are indexed once and each further question costs the same whatever the idea's length.
 */
const DIRECT_QUESTIONS = 12;

/** The long forms of an idea's blocks and skills, asked about term by term. */
export class IdeaLongForms {
  private questions = 0;
  private readonly split: SplitText[] = [];
  private readonly forms: LongForms[] = [];
  private readonly earlier = new LongForms('');
  private readonly words = new ShortenedWords();
  private read = 0;
  private skillsSplit?: SplitText;
  private skillsForms?: LongForms;
  private spelledWords?: Set<string>;

  constructor(
    private readonly blocks: TextBlock[],
    private readonly skills: string | undefined,
  ) {}

  /** Counts one more term asked about: past DIRECT_QUESTIONS, the idea is indexed. */
  ask(): void {
    this.questions++;
  }

  /** Whether a block up to `index` spells `letters` (containsLongForm, not nearby). */
  upTo(index: number, letters: string): boolean {
    if (!this.indexed()) return this.blocks.some((_, at) => at <= index && containsLongForm(this.splitAt(at), letters));
    this.readUpTo(index);
    return this.earlier.spells(letters);
  }

  /** Whether block `at` spells `letters`, near a use (`nearby`), ending at or before `before`. */
  inBlock(at: number, letters: string, nearby: boolean, before = Infinity): boolean {
    if (this.indexed()) return this.formsAt(at).spells(letters, nearby, before);
    const text = this.blocks[at].text;
    return containsLongForm(
      before < text.length ? splitText(text.slice(0, before)) : this.splitAt(at),
      letters,
      nearby,
    );
  }

  /**
   * Whether any block of the idea spells `letters` in plain words, before or after the use: "east-west (intra-VCP) …
   * traffic", then "securely operate CS virtual cloud providers" in the idea's outcomes (Carbyne Stack, regression-6).
   * A reader of the whole idea meets the long form. Stricter than a spelling before the use, since words far from it
   * match by chance ("all common Linux" is no ACL): consecutive words of four letters or more, each giving its
   * initial, three letters or more. Indexed once per idea: each question is a set lookup.
   */
  anywhere(letters: string): boolean {
    if (letters.length < 3 || letters.length > MAX_LETTERS) return false;
    if (!this.spelledWords) {
      this.spelledWords = new Set<string>();
      for (const block of this.blocks) addInitialRuns(proseOf(block), this.spelledWords);
    }
    return this.spelledWords.has(letters);
  }

  /** Whether the idea's skills spell `letters`. */
  inSkills(letters: string): boolean {
    if (!this.skills) return false;
    if (this.indexed()) return (this.skillsForms ??= new LongForms(this.skills)).spells(letters);
    return containsLongForm((this.skillsSplit ??= splitText(this.skills)), letters);
  }

  /** Whether a term with `letters` before the word `next` shortens a word written before `next` up to block `index`. */
  shortens(index: number, letters: string, next: string): boolean {
    if (!this.indexed()) return this.blocks.some((block, at) => at <= index && shortensIn(block.text, letters, next));
    this.readUpTo(index);
    return this.words.shortens(letters, next);
  }

  private indexed(): boolean {
    return this.questions > DIRECT_QUESTIONS;
  }

  private splitAt(at: number): SplitText {
    return (this.split[at] ??= splitText(this.blocks[at].text));
  }

  private formsAt(at: number): LongForms {
    return (this.forms[at] ??= new LongForms(this.blocks[at].text));
  }

  private readUpTo(index: number): void {
    for (; this.read <= index; this.read++) {
      this.earlier.absorb(this.formsAt(this.read));
      this.words.read(this.blocks[this.read].text);
    }
  }
}

/** A block's text with what is not prose (code spans, web addresses, handles: TextBlock.skip) blanked out. */
function proseOf(block: TextBlock): string {
  if (block.skip.length === 0) return block.text;
  let text = block.text;
  for (const [from, to] of block.skip) text = text.slice(0, from) + '.'.repeat(to - from) + text.slice(to);
  return text;
}

/** A small word of a compound after a hyphen (`sign-on`, `opt-in`, `roll-out`), as markJoinedSmallWords reads it. */
const JOINED_SMALL = /^(?:on|in|up|off|out|of|to|by|at)$/i;

/** A word that may give its initial to a long form read anywhere in an idea: letters only, four or more. */
const LONG_WORD = /^\p{L}{4,}$/u;

/**
 * Adds to `runs` the initials (in capitals) of every run of 3 to MAX_LETTERS consecutive long words of `text` joined by
 * a space or a hyphen ("virtual cloud providers" gives VCP, "high-throughput computing" HTC); punctuation ends a run.
 */
function addInitialRuns(text: string, runs: Set<string>): void {
  let initials = '';
  let previousEnd = -1;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const between = previousEnd >= 0 ? text.slice(previousEnd, match.index) : '';
    const joined = between === ' ' || between === '-';
    if (!joined) initials = '';
    previousEnd = match.index + match[0].length;
    // A small word joined by a hyphen is a part of the compound (markJoinedSmallWords): "single sign-on" gives SSO.
    const part = between === '-' && initials.length > 0 && JOINED_SMALL.test(match[0]);
    if (!LONG_WORD.test(match[0]) && !part) {
      initials = '';
      previousEnd = -1;
      continue;
    }
    initials = (initials + match[0][0].toUpperCase()).slice(-MAX_LETTERS);
    for (let length = 3; length <= initials.length; length++) runs.add(initials.slice(-length));
  }
}

/** ShortenedWords for one text, read without an index. */
function shortensIn(text: string, letters: string, next: string): boolean {
  const words = new ShortenedWords();
  words.read(text);
  return words.shortens(letters, next);
}

/**
 * Words written in full right before a capitalised word (`Github Actions`), by that word: a later `GH Actions`
 * shortens one of them.
 */
export class ShortenedWords {
  private readonly before = new Map<string, Set<string>>();

  /** Adds the words of `text` that stand before a capitalised word. */
  read(text: string): void {
    let previous: { word: string; end: number } | undefined;
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0];
      if (previous && FULL_WORD.test(previous.word) && /^\s+$/.test(text.slice(previous.end, match.index))) {
        const words = this.before.get(word) ?? new Set<string>();
        if (words.size < PER_KEY) words.add(previous.word.toLowerCase());
        this.before.set(word, words);
      }
      previous = { word, end: match.index + word.length };
    }
  }

  /**
   * Whether a term with `letters` before `next` shortens a word read before `next`: the word starts with the
   * term's first letter and holds its letters in order (`Github` for GH).
   */
  shortens(letters: string, next: string): boolean {
    const lower = letters.toLowerCase();
    for (const word of this.before.get(next) ?? []) {
      if (word[0] !== lower[0] || word === lower) continue;
      let at = 0;
      for (const char of word) if (char === lower[at]) at++;
      if (at === lower.length) return true;
    }
    return false;
  }
}

/** A word written in full: four letters or more. */
const FULL_WORD = /^\p{L}{4,}$/u;

const TITLE = /^[A-Z]\p{Ll}+$/u;
const HYPHENATED = /^[A-Za-z]\p{Ll}+$/u;
const PLAIN = /^[a-z]\p{Ll}{3,}$/u;

interface Word {
  word: string;
  /** End offset of the word in the text. */
  end: number;
}

/** SENTENCE_END, global. */
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/** The text's sentences as splitText cuts them, each as its words (splitWords) with their end offsets. */
function sentencesOf(text: string): Word[][] {
  const sentences: Word[][] = [];
  let from = 0;
  const marked = markJoinedSmallWords(text);
  // Each sentence is read as its cut is found, not after a list of every cut (which kept all the matches alive).
  const cutAt = (index: number, length: number): void => {
    const words: Word[] = [];
    for (const token of marked.slice(from, index).matchAll(SENTENCE_TOKEN)) {
      const lead = TOKEN_LEAD.exec(token[0])![0].length;
      const trail = TOKEN_TRAIL.exec(token[0].slice(lead))![0].length;
      const word = token[0].slice(lead, token[0].length - trail);
      if (word) words.push({ word, end: from + token.index + token[0].length - trail });
    }
    sentences.push(words);
    from = index + length;
  };
  for (const cut of marked.matchAll(SENTENCE_ENDS)) cutAt(cut.index, cut[0].length);
  cutAt(text.length, 0);
  return sentences;
}

// sentencesOf's patterns, built once (a literal in a loop is a new RegExp at each evaluation). The global one is only
// given to `matchAll`, which copies it; the others are not global, so no lastIndex is shared.
const SENTENCE_TOKEN = /[^\s\-/–—，、\u3000]+/g;
const TOKEN_LEAD = /^[^\p{L}\p{N}&]*/u;
const TOKEN_TRAIL = /[^\p{L}\p{N}&]*$/u;
