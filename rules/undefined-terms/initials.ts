// Rule undefined-terms, its machinery: do a long form's initials spell an acronym? Pure string work.

/**
 * Longest run of letters looked for as plain words. An acronym has eight letters by default (`maxLength`), nine with
 * a final `e` (`PCIe`); a longer one is explained by a definition beside it.
 */
export const MAX_LETTERS = 12;

/** Most small words a long form skips in a row ("Department of the Defense" skips two). */
export const MAX_SKIPPED = 4;

/** Small words a long form may skip: "Department of Defense", "Bring Your Own Device". */
const SKIPPABLE = new Set([
  'of',
  'and',
  'for',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'with',
  'by',
  'at',
  'from',
  'or',
  'via',
  '&',
  // French articles, prepositions and `and`: "Agence nationale de la sécurité des systèmes
  // d'information (ANSSI)" (BlueHats, regression-16, whose labels are French since session 18).
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'au',
  'aux',
  'à',
  'pour',
  'par',
]);

/**
 * Words a name never starts with: determiners, quantifiers and pronouns. "nearly all common Linux filesystems"
 * does not spell ACL.
 */
const NOT_A_NAME_START = new Set(
  'all any each every some many most more few other such this that these those our your their its his her my we you they it is are be can not no very'.split(
    ' ',
  ),
);

/** The letters an acronym spells: capitals, without digits, hyphens or a plural `s` (`PVSCSI`, `PCIe` → PCIE). */
export function acronymLetters(term: string): string {
  return term
    .replace(/(?<=[A-Z])e?s$/, '')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
}

/** Splits a phrase into words for initials: on spaces, hyphens and slashes, punctuation trimmed. */
export function splitWords(phrase: string): string[] {
  return (
    phrase
      .split(/[\s\-/–—，、\u3000]+/)
      .map((word) => word.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, ''))
      // An elided French article or preposition is no part of the word (`d'information`, `l'Aviation`).
      .map((word) => word.replace(/^[dlDL]['’](?=\p{L}{2})/u, ''))
      .filter(Boolean)
  );
}

/**
 * Whether `words` (ending right before the acronym) end with a long form of `letters`. Each content word gives
 * its first letter and may give more in order (a sub-part capital, "ParaVirtualized SCSI" → PVSCSI); small
 * words may be skipped. So "Advanced Error Reporting (AER)" matches and "using the tool (ABC)" does not.
 */
export function endsWithLongForm(words: string[], letters: string): boolean {
  if (letters.length < 2) return false;
  for (let start = words.length - 1; start >= 0 && words.length - start <= letters.length * 2 + 2; start--) {
    if (isContent(words[start]) && spells(words, start, letters, 0, true)) return true;
  }
  return false;
}

/** Whether `words` begin with a long form of `letters` ("AER: Advanced Error Reporting …"). */
export function startsWithLongForm(words: string[], letters: string): boolean {
  if (letters.length < 2 || words.length === 0 || !isContent(words[0])) return false;
  return spells(words, 0, letters, 0, false);
}

export function isContent(word: string): boolean {
  return !SKIPPABLE.has(word.toLowerCase()) && !/^\d+$/.test(word);
}

/** Whether a word may start a name: not a determiner, quantifier or pronoun ("all common Linux filesystems"). */
export function isNameStart(word: string): boolean {
  return !NOT_A_NAME_START.has(word.toLowerCase());
}

/** Whether words from `index` spell `letters` from `at`; `toEnd`: every remaining word must be used. */
export function spells(words: string[], index: number, letters: string, at: number, toEnd: boolean): boolean {
  if (at === letters.length) return !toEnd || words.slice(index).every((word) => !isContent(word));
  if (index === words.length) return false;
  const word = words[index];
  if (!isContent(word)) {
    if (spells(words, index + 1, letters, at, toEnd)) return true;
    return (
      /^[a-z]/i.test(word) && word[0].toUpperCase() === letters[at] && spells(words, index + 1, letters, at + 1, toEnd)
    );
  }
  const upper = word.toUpperCase();
  if (upper[0] !== letters[at]) return false;
  // The word gives its first letter, then 0, 1, 2… more letters found in order inside it.
  let next = at + 1;
  let from = 1;
  for (;;) {
    if (spells(words, index + 1, letters, next, toEnd)) return true;
    if (next === letters.length) return false;
    const found = upper.indexOf(letters[next], from);
    if (found < 0) return false;
    from = found + 1;
    next++;
  }
}

/** A block's text split for `containsLongForm`: its sentences' words, and the text itself. */
export interface SplitText {
  text: string;
  sentences: string[][];
}

/** The two-letter long-form patterns of containsLongForm, by letters and `nearby`: a few hundred at most. */
const TWO_LETTER_PATTERNS = new Map<string, RegExp>();

/**
 * Where a sentence ends for a long form: the ASCII stops, brackets and bars, their full-width forms (`：`, `（`, `。`),
 * and any run of Chinese, Japanese or Korean script. Those scripts put no space between words, so a Latin name inside
 * them is a word of its own ("项目描述：WebAssembly 或者 WASM" writes WebAssembly), and the Latin words on either
 * side of such a run are not one phrase.
 */
export const SENTENCE_END =
  /[.!?;:()[\]|。！？；：（）【】「」『』《》、，\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u;

/**
 * A small word joined by a hyphen to the word before it (`Sign-On`, `sign-on`, `Opt-In`): one part of a compound
 * word, not a function word between two words of a phrase, so it may give a long form's letter, its last one too
 * ("Single Sign-On" spells SSO). Marked by a capital, as a name's small word in Title Case is (strictlySpells).
 */
const JOINED_SMALL_WORD =
  /(?<=\p{L}-)(?:on|in|up|off|out|of|to|by|at|and|or|the|for|with|from|via|a|an)(?![\p{L}\p{N}])/gu;

/** The text with each small word joined by a hyphen to the word before it capitalised (same length, same offsets). */
export function markJoinedSmallWords(text: string): string {
  return text.replace(JOINED_SMALL_WORD, (word) => word[0].toUpperCase() + word.slice(1));
}

/** Splits a text once for repeated `containsLongForm` calls. */
export function splitText(text: string): SplitText {
  return { text, sentences: markJoinedSmallWords(text).split(SENTENCE_END).map(splitWords) };
}

/**
 * Whether `text` spells out `letters` strictly somewhere: consecutive words giving their first letters (and the
 * capitals inside them, "ParaVirtualized"), small words skipped. Two letters need a tighter match, words in
 * Title Case or joined by a hyphen ("high-availability" for HA), since two ordinary words match by chance, unless
 * `nearby`: the text is the paragraph before the use. One CamelCase word may spell it too ("WebAssembly" → WASM).
 */
export function containsLongForm(split: SplitText, letters: string, nearby = false): boolean {
  if (letters.length < 2 || letters.length > MAX_LETTERS) return false;
  if (letters.length === 2) {
    const [a, b] = [letters[0], letters[1]];
    // Before the use, in its own paragraph, two plain content words mid-sentence are meant ("computational
    // linguistic analysis … ML/CL"); a sentence's capitalised first word ("Split messages … the SM layer") is not.
    const plain = nearby ? `|${a.toLowerCase()}\\p{Ll}{3,} ${b.toLowerCase()}\\p{Ll}{3,}` : '';
    // Built once per pair of letters (it has no g or y flag, so it keeps no state between texts).
    const key = `${letters}${nearby ? '+' : ''}`;
    let pattern = TWO_LETTER_PATTERNS.get(key);
    if (!pattern) {
      pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${a}\\p{Ll}+ ${b}\\p{Ll}+|[${a}${a.toLowerCase()}]\\p{Ll}+-[${b}${b.toLowerCase()}]\\p{Ll}+${plain})(?![\\p{L}\\p{N}])`,
        'u',
      );
      TWO_LETTER_PATTERNS.set(key, pattern);
    }
    return (
      pattern.test(split.text) || split.sentences.some((words) => words.some((word) => spellsCompound(word, letters)))
    );
  }
  const first = letters.charCodeAt(0);
  for (const words of split.sentences) {
    if (words.some((word) => spellsCompound(word, letters))) return true;
    for (let start = 0; start < words.length; start++) {
      if (
        mayGiveFirst(words[start], first) &&
        strictInitials(words[start])[0] === letters[0] &&
        isContent(words[start]) &&
        !NOT_A_NAME_START.has(words[start].toLowerCase()) &&
        strictlySpells(words, start, letters, 0)
      )
        return true;
    }
  }
  return false;
}

/**
 * Whether one CamelCase word of two parts or more spells `letters`: each part gives its first letter and may give
 * more found in order inside it ("WebAssembly" → WASM, "JavaScript" → JS).
 */
function spellsCompound(word: string, letters: string): boolean {
  if (!startsWithUpper(word, letters.charCodeAt(0))) return false;
  if (word[0]?.toUpperCase() !== letters[0] || word === word.toUpperCase()) return false;
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length >= 2 && spells(parts, 0, letters, 0, true);
}

/** `code` upper-cased when it is an ASCII small letter. */
function asciiUpper(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}

/**
 * Whether `word[0]` upper-cased may be the character `first`, asked without building strings: an ASCII first
 * character is compared as a capital; any other one may be. (containsLongForm asks this of every word of a text for
 * every term; most words are turned away here, before spellsCompound or strictInitials build anything.)
 */
function startsWithUpper(word: string, first: number): boolean {
  const code = word.charCodeAt(0);
  return code >= 128 || asciiUpper(code) === first;
}

/**
 * Whether strictInitials(word) may start with the character `first`: its first letter upper-cased, or its second
 * (`eXtensible`); any word not starting with an ASCII character may.
 */
function mayGiveFirst(word: string, first: number): boolean {
  return startsWithUpper(word, first) || word.charCodeAt(1) === first;
}

/**
 * The letters a word gives to a strict long form, first the one it always gives: a word in capitals all of them;
 * a word that marks an inner letter with a capital after a small first letter that letter ("eXtensible" for the X of
 * XML, SCXML); any other word its first letter and its inner capitals ("ParaVirtualized" PV).
 */
export function strictInitials(word: string): string {
  if (word === word.toUpperCase()) return word.toUpperCase();
  if (/^[a-z][A-Z][a-z]+$/.test(word)) return word[1];
  return (word[0] + word.slice(1).replace(/[^A-Z]/g, '')).toUpperCase();
}

/**
 * Whether a small word written with a capital after the long form's first letter gives its last letter: in Title Case
 * or joined by a hyphen (markJoinedSmallWords) it is a word of the name ("Single Sign-On", "Proof Of Concept"), as in
 * lower case between two words it is not ("a tool of choice").
 */
export function givesLastInitial(word: string, letters: string, at: number): boolean {
  return at > 0 && at + 1 === letters.length && /^[A-Z]/.test(word) && word[0] === letters[at];
}

/** Whether a small word gives the letter at `at` of a long form that goes on after it (see strictlySpells). */
export function givesSmallInitial(word: string, letters: string, at: number): boolean {
  return at + 1 < letters.length && /^[a-z]/i.test(word) && word[0].toUpperCase() === letters[at];
}

function strictlySpells(
  words: string[],
  index: number,
  letters: string,
  at: number,
  used = 0,
  plain = 0,
  skipped = 0,
): boolean {
  // Two words or more, one of them an ordinary word: "SR-IOV" does not spell itself.
  if (at === letters.length) return used >= 2 && plain >= 1;
  if (index === words.length) return false;
  const word = words[index];
  if (!isContent(word)) {
    if (at === 0 || skipped >= MAX_SKIPPED) return false;
    if (strictlySpells(words, index + 1, letters, at, used, plain, skipped + 1)) return true;
    // A small word between two words of the long form may give its initial too ("Freedom of Information" for FOI,
    // "Proof of Concept" for POC), never the last letter: the long form ends at a word of its own; unless the small
    // word is capitalised inside the phrase, a word of the name itself ("Single Sign-On" for SSO).
    return (
      (givesSmallInitial(word, letters, at) || givesLastInitial(word, letters, at)) &&
      strictlySpells(words, index + 1, letters, at + 1, used, plain, 0)
    );
  }
  const capitals = word === word.toUpperCase();
  const upper = strictInitials(word);
  if (!letters.startsWith(upper.slice(0, 1), at)) return false;
  const isPlain = capitals ? 0 : 1;
  // The first letter alone, or with the word's inner capitals.
  if (strictlySpells(words, index + 1, letters, at + 1, used + 1, plain + isPlain)) return true;
  return (
    upper.length > 1 &&
    letters.startsWith(upper, at) &&
    strictlySpells(words, index + 1, letters, at + upper.length, used + 1, plain + isPlain)
  );
}
