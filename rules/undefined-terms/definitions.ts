// Rule undefined-terms, its machinery: the terms a block of prose defines (research/GUIDELINES.md §5.5). Pure.
import { overlapsInOrder, readAcronyms, type AcronymLimits } from './find-acronyms.js';
import { acronymLetters, endsWithLongForm, splitWords, startsWithLongForm } from './initials.js';
import type { TextBlock } from '../../src/lint/rule-kit.js';

/** A phrase that names the word after it as another name of what came before: "(or IOA/T)", "aka QuickData". */
const ALIAS =
  /(?:\(\s*or|\balso known as|\baka|\ba\.k\.a\.?|\balso called|\babbreviated(?: as| to)?|\bshort(?:ened)? (?:as|to)|\bhereafter)\s+/gi;

/** A phrase after a term that explains it: "DRBD stands for …", "XCP, short for …". */
const EXPLAINED_BY =
  /,?\s*(?:\(\s*)?(?:which\s+|that\s+)?(?:stands for|is short for|short for|means|meaning|i\.e\.|is an? (?:abbreviation|acronym|initialism) (?:of|for)|also known as|aka|a\.k\.a\.)\s/iy;

// Sticky patterns, tried right after a word.
const LINK_GAP = /\s*[(:,]?\s*/y;
const CLOSES = /\s*(?:[),;:]|for short\b|-\s)/y;
const PARENTHESIS = /\s*\(([^()]{3,200})\)/y;
const SEPARATOR = /\s*(?::|–|—|\s-|\|)\s+/y;

/** First words that make a parenthesis a remark rather than an explanation: "HVM (and PV)", "DRBD (see …)". */
const REMARK =
  /^(?:and|or|but|not|see|cf|e\.?g|eg|for example|for instance|such as|like|including|incl|etc|with|without|in|on|at|from|to|by|via|vs|versus|which|where|when|if|as|also|only|optional|required|deprecated|beta|version|v\d|previously|formerly|now|soon|perhaps|maybe|possibly|probably|optionally|usually|typically|mostly|mainly|currently|ideally|preferably|especially|here|this|these|those|it|its|they|we|you|i|is|are|was|were|has|have|will|would|can|could|should|may|might|must|do|does|not)\b/i;

const WORD = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;

/** How far, in characters, a long form or an explanation reaches from its term; keeps long blocks linear. */
const WINDOW = 300;

/** Keys (capitals, no plural) of every term `block` defines or links. Case is ignored: `xl (the toolstack)` defines XL. */
export function findDefinitions(block: TextBlock, limits: AcronymLimits): Set<string> {
  const defined = new Set<string>();
  const text = block.text;
  const words = [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const keysOf = (word: string): string[] => {
    const acronyms = readAcronyms(word, limits);
    return acronyms.length > 0 ? acronyms.map((acronym) => acronym.key) : [acronymLetters(word) || word.toUpperCase()];
  };

  const at = (pattern: RegExp, from: number): RegExpExecArray | null => {
    pattern.lastIndex = from;
    return pattern.exec(text);
  };
  // Asked once per word, in order: a sweep and a set instead of scanning every link for every word.
  const inLink = overlapsInOrder(block.links);
  const linkStarts = new Set(block.links.map(([from]) => from));
  for (const [index, { word, start, end }] of words.entries()) {
    const define = (): void => keysOf(word).forEach((key) => defined.add(key));
    // Linked: the link explains it, "[PVSCSI](…)", or a link follows at once, "XCP ([overview](…))".
    if (block.links.length > 0) {
      const linkAfter = end + at(LINK_GAP, end)![0].length;
      if (inLink(start, end) || linkStarts.has(linkAfter)) define();
    }
    // Long Form (ABBR) / Long Form (ABBR, also known as …) / Long Form (ABBR for short).
    if (/\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && at(CLOSES, end)) {
      const before = text.slice(Math.max(0, start - WINDOW), text.lastIndexOf('(', start));
      const longForm = before.split(/[.!?;:()[\]|]/).pop() ?? '';
      if (endsWithLongForm(splitWords(longForm), acronymLetters(word))) define();
    }
    // ABBR (an explanation of two or more words).
    const parenthesis = at(PARENTHESIS, end);
    if (parenthesis && isExplanation(parenthesis[1], word)) define();
    // ABBR stands for … / ABBR, also known as … / ABBR, short for …
    if (at(EXPLAINED_BY, end)) define();
    // ABBR: Long Form / ABBR – Long Form / | ABBR | Long form |, or a definition-list entry at the block's start.
    const separator = at(SEPARATOR, end);
    if (separator) {
      const rest = splitWords(text.slice(end + separator[0].length, end + WINDOW).split(/[.;()|]/)[0]);
      const entry = index === 0 && !REMARK.test(rest.join(' ')) && rest.filter((w) => /^\p{L}{2}/u.test(w)).length >= 2;
      if (entry || startsWithLongForm(rest, acronymLetters(word))) define();
    }
  }

  // … also known as ABBR / (or ABBR) / aka ABBR: every acronym in the next few words is another name.
  for (const match of text.matchAll(ALIAS)) {
    const from = match.index + match[0].length;
    const named = /^[^,;.()]{1,40}/.exec(text.slice(from))?.[0] ?? '';
    if (
      /\(\s*or$/i.test(match[0].trim()) &&
      !namesBefore(text.slice(Math.max(0, match.index - WINDOW), match.index), named, limits)
    ) {
      continue;
    }
    for (const alias of named
      .split(/\s+/)
      .slice(0, 4)
      .flatMap((w) => splitWords(w))) {
      readAcronyms(alias, limits).forEach((acronym) => defined.add(acronym.key));
    }
  }
  return defined;
}

/** Whether a parenthesis after a term explains it: two or more words that are not a remark, or its long form. */
function isExplanation(inside: string, term: string): boolean {
  const content = inside.trim();
  EXPLAINED_BY.lastIndex = 0;
  if (EXPLAINED_BY.test(`, ${content} `)) return true;
  const words = splitWords(content);
  if (startsWithLongForm(words, acronymLetters(term))) return true;
  if (REMARK.test(content) || /^(?:https?:|www\.)/.test(content)) return false;
  // Plain words, not a list of other acronyms or numbers: "Windows Debugger Stub", "the toolstack supplied alongside Xen".
  return words.filter((word) => /^\p{L}[\p{Ll}'’]+$/u.test(word) || /^\p{Lu}\p{Ll}/u.test(word)).length >= 2;
}

/**
 * Whether "Long Name (or ABBR)" gives another name: a name of two capitalised words before it, no article after
 * "or". "HVM (or PV)" and "Hyper-V (or a HCS)" name a second thing.
 */
function namesBefore(before: string, named: string, limits: AcronymLimits): boolean {
  if (/^(?:a|an|the)\s/i.test(named)) return false;
  const last = before.trimEnd().split(/\s+/).slice(-2);
  return (
    last.length === 2 && last.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && readAcronyms(last[1], limits).length === 0
  );
}
