// Rule undefined-terms, its machinery: the acronyms an idea uses without defining them, judged per idea. Pure.
import type { Idea, IdeaFile, Position } from '../../src/parse/types.js';
import {
  groupBlocks,
  ideaBlocks,
  introBlocks,
  outsideHeadingBlocks,
  rangeAt,
  type TextBlock,
} from '../../src/lint/rule-kit.js';
import { findDefinitions, withVersionBases } from './definitions.js';
import { findAcronyms, overlapsInOrder, readAcronyms, type AcronymLimits, type AcronymUse } from './find-acronyms.js';
import { acronymLetters } from './initials.js';
import { IdeaLongForms, LongForms } from './long-forms.js';
import { listedAsTechnology } from './technology-lists.js';
import { NOT_TERMS } from './well-known.js';

/** What decides whether a term needs defining. */
export interface TermCheck extends AcronymLimits {
  /** Whether a key (capitals, no plural) is known without a definition: well-known, allowed, in a glossary. */
  isKnown(key: string): boolean;
  /** Whether a key is one of the page's own words (pageTerms): the organisation's and its products' names. */
  isPageWord?(key: string): boolean;
}

/** The first use of a term the idea does not define. */
export interface UndefinedTerm extends AcronymUse {
  position: Position;
  /** Whether `position` covers exactly the word, so a fix may replace it. */
  exact: boolean;
}

/**
 * The undefined terms of an idea, one per term at its first use. A use is defined by a definition earlier in
 * the idea or anywhere in its own block (WCAG G97: "immediately before or after"); a use in the title or a
 * heading by a definition anywhere in the idea. A long form spelled out earlier in the idea also counts.
 */
export function findUndefinedTerms(
  idea: Idea,
  file: IdeaFile,
  starts: readonly number[],
  check: TermCheck,
): UndefinedTerm[] {
  const blocks = blocksOf(idea, file);
  const uses = blocks.map((block) => findAcronyms(block, check));
  // Definitions are looked for only of the keys the idea's uses may ask about; an idea that uses no term reads none.
  const asked = askedKeys(uses);
  // A term linked anywhere in the idea, as the text of a link or a word of an address beside it ("- [IQB
  // project](…)" under Resources, "CUDA Toolkit docs: https://docs.nvidia.com/cuda/"), is explained by the idea for
  // every use, before the link or after it: the reader of the idea has the link.
  const linked = new Set<string>();
  const definitions = blocks.map((block) =>
    asked.size > 0 ? new Set(withVersionBases(findDefinitions(block, check, asked, linked))) : NONE,
  );
  // A release explains its base, linked or defined (`EPUB3 Spec: http://…` links EPUB: withVersionBases).
  for (const key of withVersionBases(linked)) linked.add(key);
  const anywhere = new Set(definitions.flatMap((keys) => [...keys]));
  const before = new Set<string>();
  const seen = new Set<string>();
  const found: UndefinedTerm[] = [];
  const longForms = new IdeaLongForms(blocks, idea.fields.skills?.value);
  const spans = labelSpans(idea);
  const fieldLines = blocks.map((block) => isFieldLine(block, spans, file.text));
  // The headings of the sections the idea sits in name the project it belongs to: a name there spells its own
  // initialism (`### OpenColorIO` over ideas that say OCIO).
  let sections: LongForms | undefined;
  const ideaText = file.text.slice(idea.position.start.offset, idea.position.end.offset);
  let extensions: Set<string> | undefined;
  let fileNames: Set<string> | undefined;
  let numbered: Set<string> | undefined;
  let cited: Set<string> | undefined;
  let skillInitials: Set<string> | undefined;
  let firstProse: Map<string, number> | undefined;
  let people: Set<string> | undefined;
  blocks.forEach((block, index) => {
    // A title, a heading or a field line (`| Technologies | Python, NLP/LLMs |` above the prose) labels the idea: the
    // idea's text explains it, wherever.
    const label = block.kind !== 'text' || fieldLines[index];
    const defined = (key: string): boolean =>
      check.isKnown(key) ||
      definitions[index].has(key) ||
      before.has(key) ||
      (label && anywhere.has(key)) ||
      linked.has(key) ||
      (extensions ??= fileExtensions(ideaText)).has(key) ||
      (fileNames ??= namedFiles(ideaText)).has(key) ||
      (numbered ??= numberedSeries(ideaText)).has(key) ||
      (cited ??= citedTerms(ideaText, file.text)).has(key);
    // A plural written in capitals (`LLMS`, `APIS`) is known when its singular is, and a known term with a version
    // or width after it (`ARM64`, `UTF8`) is known.
    const covered = (key: string): boolean =>
      defined(key) ||
      (/[A-Z]S$/.test(key) && defined(key.slice(0, -1))) ||
      (/^[A-Z]{2,}\d+$/.test(key) && defined(key.replace(/\d+$/, '')));
    // Two words the reader knows run together in capitals: a name of NOT_TERMS or the page's own name, then a known
    // term (`REACTJS`: React and JS; `SOFARPC`: SOFAStack's SOFA and RPC), or two known terms the page also writes
    // apart (`SODACSI` beside "SODA CSI(Container Storage Interface)"). Two terms never written apart make an
    // initialism of their own (`PVSCSI`, ParaVirtualized SCSI, in the Xen example, stays flagged though PV and SCSI
    // are known there).
    const joined = (key: string): boolean =>
      joinsTwo(
        key,
        (left, right) =>
          ((NAMES_IN_CAPITALS.has(left) || check.isPageWord?.(left) === true) && covered(right)) ||
          (covered(left) && covered(right) && writtenApart(file.text, left, right)),
      );
    for (const use of uses[index]) {
      if (seen.has(use.key)) continue;
      // An item of a label's list of technologies beside a product's name ("Skills: Java, GWT, Javascript"): named
      // as one of them. Only this use: a later use in the idea's prose is still checked.
      if (listedAsTechnology(block.text, use.start, use.end)) continue;
      seen.add(use.key);
      if (covered(use.key) || (use.parts.length > 1 && use.parts.every(covered)) || joined(use.key)) continue;
      if (NUMBERED_NAME.test(use.key)) continue;
      // `(GM: sure)`, `Comments by EG:`: a person's initials as a speaker's tag (speakerInitials).
      if (speakerTag(block.text, use.start, use.end) && (people ??= peopleInitials(file)).has(use.key)) continue;
      // Spelled out earlier without the acronym beside it ("high-availability features … an HA setup"), in the
      // skills the idea asks for ("WebAssembly" for WASM), or in plain words earlier in the use's own paragraph.
      const letters = acronymLetters(use.term);
      longForms.ask();
      if (longForms.upTo(index, letters)) continue;
      // `E2E` for "end-to-end", `P2P` for "peer-to-peer": the 2 reads "to", spelled out anywhere in the idea.
      if (spelledWithTo(use.term, ideaText)) continue;
      // The first word of a product's name in running prose (`RIPE Atlas`, `ACE Editor`, `IDA Pro`): named as such.
      if (!label && PRODUCT_AFTER.test(block.text.slice(use.end, use.end + PRODUCT_AFTER_CHARS))) continue;
      // A use in the title or a heading: the plain words of its opening blocks ("### QP differentiation"
      // over "Differentiate solutions of quadratic programs").
      const section = label ? sectionAfter(blocks, fieldLines, index) : [];
      if (section.some((at) => longForms.inBlock(at, letters, true))) continue;
      // A use in the title or a heading that the idea's prose takes up again: the paragraph of its first use there
      // spells it out, before or after that use ("## HR Management Module" over "The CARE HR Module project aims to
      // enhance the human resource management …"). The label names the term; the prose that uses it explains it.
      const prose = label ? (firstProse ??= firstProseUses(uses, blocks, fieldLines)).get(use.key) : undefined;
      if (prose !== undefined && prose > index && longForms.inBlock(prose, letters, true)) continue;
      // Read once per idea: a term's question is then a set lookup, whatever the skills' length.
      skillInitials ??= skillItemInitials(idea.fields.skills?.value);
      if (longForms.inSkills(letters) || skillInitials.has(letters)) continue;
      // Spelled out later in the idea (three letters or more, as two ordinary words match two letters by chance).
      if (letters.length >= 3 && longForms.anywhere(letters)) continue;
      if ((sections ??= sectionForms(file, idea)).spells(letters)) continue;
      // A short form of one word written in full earlier before the same word (`Github Actions` … `GH Actions`).
      const next = NEXT_NAME.exec(block.text.slice(use.end, use.end + NEXT_NAME_CHARS))?.[1];
      if (next && longForms.shortens(index, letters, next)) continue;
      if (block.kind === 'text' && longForms.inBlock(index, letters, true)) continue;
      // Written elsewhere on the page as a word not in capitals (`qemu`, `SCXMl`, `Gnome` inside a sentence): a name
      // the writer put in capitals, not an initialism.
      if (wordsNotInCapitals(file, check).has(use.key)) continue;
      // `K8S` for "Kubernetes", `I18N` for "internationalization": a numeronym of a word the idea writes.
      if (spelledAsNumeronym(use.term, ideaText)) continue;
      found.push({ ...use, ...locate(block, use, file, starts, idea.titlePosition) });
    }
    for (const key of definitions[index]) before.add(key);
  });
  return found;
}

/**
 * A speaker's tag: the term right before a colon (closing emphasis or quotes aside), opening a parenthesis, a line
 * (after a bullet or emphasis) or a sentence, or after "by": "(GM: I have a partial implementation …) (EG: great !)", "ET: imo this
 * project mixes …", "'''Comments by EG''': Note that …" (Coq's wiki, regression-15). A discussion on the page signs
 * each remark with its writer's initials.
 */
const TAG_AFTER = /^['"*_’”]*\s*[:：]/u;
const TAG_BEFORE = /(?:(?:^|\n)[ \t]*(?:[-*+][ \t]+)?['"*_]*|[(（]\s*|[.!?。！？]\s*|\bby\s+)$/u;

function speakerTag(text: string, start: number, end: number): boolean {
  return TAG_AFTER.test(text.slice(end, end + 6)) && TAG_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * A person's name: two or three capitalised words, maybe with a middle initial (`Emilio J. Gallego`, `Enrico Tassi`,
 * `Pierre-Marie Pedrot`), each word a capital then lower-case letters.
 */
const PERSON =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \t]+(\p{Lu})\.)?[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

/** Each file's people's initials (peopleInitials), read once: its ideas share them. */
const PEOPLE = new WeakMap<IdeaFile, Set<string>>();

/**
 * The initials of the names of two or three words the page writes (PERSON): `Emilio J. Gallego` gives EG and EJG,
 * `Enrico Tassi` ET. The grammar: a term of two or three letters used as a speaker's tag (speakerTag) whose letters
 * are the initials of a name the page writes is that person signing a remark, not a term (GM, EG and ET in Coq's
 * wiki, regression-15, read as people's initials). The tag alone is not enough (`API: the interface`), nor the name
 * alone (`GM` in prose may be a term).
 */
function peopleInitials(file: IdeaFile): Set<string> {
  const known = PEOPLE.get(file);
  if (known) return known;
  const initials = new Set<string>();
  PEOPLE.set(file, initials);
  for (const match of file.text.matchAll(PERSON)) {
    const [, first, middle, last] = match;
    initials.add(first[0] + last[0]);
    if (middle) initials.add(first[0] + middle + last[0]);
  }
  return initials;
}

/** Shortest part, in letters, of a term read as two known words run together (joinsTwo). */
const JOINED_LONG_PART = 4;

/**
 * Whether a term in capitals is two known words run together: a split into two parts of two letters or more, one of
 * them JOINED_LONG_PART letters or more, that `known` accepts (`REACTJS` = REACT + JS, `SODACSI` = SODA + CSI). The
 * long part keeps two short terms from making a third by chance (`IOPS` is not IO and PS).
 */
export function joinsTwo(key: string, known: (left: string, right: string) => boolean): boolean {
  if (!/^[A-Z]+$/.test(key) || key.length < JOINED_LONG_PART + 2) return false;
  for (let at = 2; at <= key.length - 2; at++) {
    const [left, right] = [key.slice(0, at), key.slice(at)];
    if (Math.max(left.length, right.length) < JOINED_LONG_PART) continue;
    if (known(left, right)) return true;
  }
  return false;
}

/** Whether the text writes `left` and `right` as two words in capitals, a space apart (`SODA CSI`). */
function writtenApart(text: string, left: string, right: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${left}\\s+${right}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * Words of NOT_TERMS of four letters or more: names and words the writer puts in capitals (`REACT`, `NODE`,
 * `SPARK`), read as the word, not a term, when a known term is run onto them (`REACTJS`, `NODEJS`).
 */
const NAMES_IN_CAPITALS = new Set(NOT_TERMS.filter((word) => word.length >= JOINED_LONG_PART));

/** Each idea's blocks (ideaBlocks), read once: findUndefinedTerms and wordsNotInCapitals both read every idea's. */
const IDEA_BLOCKS = new WeakMap<Idea, TextBlock[]>();

function blocksOf(idea: Idea, file: IdeaFile): TextBlock[] {
  let blocks = IDEA_BLOCKS.get(idea);
  if (!blocks) IDEA_BLOCKS.set(idea, (blocks = ideaBlocks(idea, file)));
  return blocks;
}

/** For each key, the index of the first prose block (a paragraph, not a field line) that uses it: read once per idea. */
function firstProseUses(
  uses: readonly AcronymUse[][],
  blocks: readonly TextBlock[],
  fieldLines: readonly boolean[],
): Map<string, number> {
  const first = new Map<string, number>();
  blocks.forEach((block, at) => {
    if (block.kind !== 'text' || fieldLines[at]) return;
    for (const use of uses[at]) if (!first.has(use.key)) first.set(use.key, at);
  });
  return first;
}

/**
 * The initials of each item of the idea's skills that is a phrase of two words or more: "Reinforcement learning,
 * Python, Langchain, OOPs" gives RL, which the item defines (AI Planet, regression-10). A skill is named in sentence
 * case, so its later words need no capital, as they do in prose; one item is one name, so the initials cannot come
 * from two phrases by chance.
 */
function skillItemInitials(skills: string | undefined): Set<string> {
  const initials = new Set<string>();
  for (const item of skills?.split(/[,;\n:()]|\s(?:and|or|&)\s/) ?? []) {
    const words = item
      .replace(/^[\s*•-]+/, '')
      .trim()
      .split(/\s+/)
      .filter((word) => /^\p{L}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
    if (words.length >= 2 && words.length <= 8) initials.add(words.map((word) => word[0].toUpperCase()).join(''));
  }
  return initials;
}

/** Small words a skill's name may hold that give no initial ("Knowledge of Java", "Theory of Computation"). */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'a', 'an', 'for', 'in', 'on', 'to', 'with']);

/**
 * A name of letters with a number at its end (`TALOS2`, `PX4`, `BLAKE3`, `GEN3`, `SU2`, `CVC5`, `FAT32`, `DB2`): a
 * model, release or generation of a product, named as such, not an initialism to spell out. Over the twelve
 * term-labelled sets readers labelled such a term defined or named 25 times (the four false alarms above among them)
 * and undefined once (`UML2`, already known as UML with a number). A number inside the term is no release: `I2C`,
 * `M2M`, `P2P` and `E2E` stay checked, as do `K8S` (a numeronym) and `SHA-256` (read as numbered documents).
 */
const NUMBERED_NAME = /^[A-Z]{2,}\d+$/;

/** No definitions: a block of an idea that uses no term. */
const NONE: ReadonlySet<string> = new Set<string>();

/**
 * Every key `covered` may ask `defined` about for these uses: each term and each part of a compound, with its plural
 * `s` or its number dropped (`LLMS` → LLM, `ARM64` → ARM).
 */
function askedKeys(uses: AcronymUse[][]): Set<string> {
  const keys = new Set<string>();
  const add = (key: string): void => {
    keys.add(key);
    if (/[A-Z]S$/.test(key)) keys.add(key.slice(0, -1));
    if (/^[A-Z]{2,}\d+$/.test(key)) keys.add(key.replace(/\d+$/, ''));
  };
  for (const blockUses of uses)
    for (const use of blockUses) {
      add(use.key);
      for (const part of use.parts) add(part);
    }
  return keys;
}

/** The long forms of each file's section headings, read once per file: ideas share their sections. */
const SECTION_FORMS = new WeakMap<IdeaFile, Map<string, LongForms>>();

/** The long forms the headings of the sections `idea` sits in spell. */
function sectionForms(file: IdeaFile, idea: Idea): LongForms {
  const key = idea.section.join('. ');
  const byKey = SECTION_FORMS.get(file) ?? new Map<string, LongForms>();
  SECTION_FORMS.set(file, byKey);
  let forms = byKey.get(key);
  if (!forms) byKey.set(key, (forms = new LongForms(key)));
  return forms;
}

/**
 * A product's name that a term starts, in running prose (not a title, heading or field line, where every word may be
 * capitalised): one word in Title Case right after the term, then punctuation or a function word that ends the noun
 * phrase ("RIPE Atlas but we miss …", "ACE Editor (for programming …)", "backends using Vivisect, IDA Pro, dnfile").
 * The capital says the two words are one name, as "Visual Studio" is. Not a small word or a sentence's first word
 * ("… with SQL. The …"); not a capitalised word before a noun, which it modifies ("the OCIO Java bindings"), nor
 * before "of" ("PID Tuning of RC vehicles", a list item's headline in Title Case).
 */
const PRODUCT_AFTER =
  /^ (?!(?:The|A|An|And|Or|But|In|On|Of|For|To|With|It|This|That|We|You|If|As|At|By)\b)\p{Lu}\p{Ll}{2,}(?=\s*(?:[(),.;:!?'’]|$)|\s+(?:but|and|or|is|are|was|were|has|have|to|from|with|in|on|at|by|as|which|that)\b)/u;
/** How far after a use the product's word is looked for. */
const PRODUCT_AFTER_CHARS = 40;

/**
 * Whether a term of two letters around a 2 (`E2E`, `P2P`, `B2B`) is spelled out in the idea as "<word>-to-<word>"
 * with those initials ("end-to-end tests", "peer-to-peer"): the 2 reads "to", as the acronym is spoken.
 */
function spelledWithTo(term: string, text: string): boolean {
  const match = /^([A-Z])2([A-Z])$/.exec(term);
  if (!match) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${match[1]}\\p{L}*-to-${match[2]}\\p{L}`, 'iu').test(text);
}

/**
 * The series of numbered documents the idea names by number: `XEP-0198`, `MDEV-18827`, `CIP-0045`, `LB-1231`, a term
 * in capitals, a hyphen and a number of two digits or more. The term is the series' name (XMPP's extension proposals,
 * MariaDB's Jira project, Cardano's improvement proposals, ListenBrainz' tickets): the reader finds the document by
 * its number, and a bare use in the same idea ("the XEP") is that series. Read as named or defined in four lists of
 * three sets (ejabberd's XEP, regression-12; MariaDB's MDEV, MCOL and MDBF, regression-11; Cardano's CIP,
 * regression-8; ListenBrainz' LB, regression-12), never as undefined. A one-digit number is a version (`GPT-4`).
 */
function numberedSeries(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.-])([A-Z][A-Z0-9]*[A-Z])-\d{2,}(?![\p{L}\p{N}]|[.,]\d)/gu))
    found.add(match[1]);
  return found;
}

/**
 * A numbered reference marker after a term, or after the noun phrase it starts (up to three more words, no
 * punctuation between): `[7]` or `[^7]` (a Markdown footnote). "UDP is an OSI layer 4 [7] protocol" (ServiceTalk,
 * regression-14) cites its source for "OSI layer 4", as a link would.
 */
const CITED =
  /(?<![\p{L}\p{N}])([A-Z][A-Z0-9]*[A-Z0-9](?:-[A-Z0-9]+)*)(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}-]*){0,3}[ \t]*(?:\([ \t]*(?:(?:[Ss]ee|[Cc]f\.?|[Rr]ef\.?)[ \t]*)?)?\[\^?(\d{1,3})\]/gu;

/**
 * The terms the idea cites a numbered reference for (CITED, also in parentheses: "QZX (ref. [7])", "QZX ([7])") whose
 * entry the page holds: a line that starts with the same marker (`[7] https://…`, `- [7] …`, `[^7]: …`), as a list
 * of references or footnotes does, or an item of a numbered list with that number holding an address (`7. Author,
 * https://…`), as a references section written as a Markdown list does. The reference says where to read about the
 * term, as a link beside it does.
 */
function citedTerms(ideaText: string, pageText: string): Set<string> {
  const found = new Set<string>();
  if (!/\[\^?\d/.test(ideaText)) return found;
  for (const match of ideaText.matchAll(CITED)) {
    const entry = new RegExp(`^[ \\t]*(?:[-*+][ \\t]+)?\\[\\^?${match[2]}\\]:?[ \\t]+\\S`, 'm');
    const numbered = new RegExp(`^[ \\t]*${match[2]}[.)][ \\t]+[^\\n]*(?:https?://|www\\.)`, 'm');
    if (entry.test(pageText) || numbered.test(pageText)) found.add(match[1].toUpperCase());
  }
  return found;
}

/**
 * Whether a term is a numeronym of a word the idea writes: its first letter, a number of three or more, its last
 * letter, and a word with those letters around that many letters ("Kubernetes" for `K8S`, SODA's "Kubernetes
 * Operators(CRD, Controller), K8S API", regression-12; "internationalization" for `I18N`, "accessibility" for `A11Y`).
 * A number under three is "to" (`E2E`, `P2P`: spelledWithTo), and would match ordinary words ("edge" for E2E).
 */
function spelledAsNumeronym(term: string, text: string): boolean {
  const match = /^([A-Z])(\d{1,2})([A-Z])$/.exec(term);
  if (!match || Number(match[2]) < 3) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${match[1]}\\p{L}{${match[2]}}${match[3]}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Shortest plain word (no digit, no inner capital) taken as the name a term in capitals spells. */
const MIN_PLAIN_WORD = 4;

/**
 * Words of lower-case letters joined by hyphens, not led or followed by a dot, an underscore or a sigil: a package's
 * name (`go-cqhttp`, `xarray-erddap`), not an identifier (`noaa_coops`) or a file name (`erddap-server.yml`).
 */
const HYPHENATED_NAME = /(?<![\p{L}\p{N}@$#\\/._-])[a-z]+(?:-[a-z]+)+(?![\p{L}\p{N}]|[-_.][\p{L}\p{N}])/gu;

/**
 * wordsNotInCapitals' words and its tests of each, built once: a regular expression literal in a loop makes a new
 * object each time it is evaluated, five per word of the page here. PAGE_WORD is global but only given to
 * `matchAll`, which copies it, so its lastIndex is never shared.
 */
const PAGE_WORD = /(?<![\p{L}\p{N}@$#\\/.\-_])[\p{L}\p{N}]+(?![\p{L}\p{N}]|[-_.][\p{L}\p{N}])/gu;
const ASCII_WORD = /^[a-zA-Z0-9]+$/;
const LOWER_CASE = /[a-z]/;
const DIGIT = /\d/;
const PLAIN_WORD = /^[A-Z]?[a-z]+$/;
const TITLE_CASE_WORD = /^[A-Z][a-z]+$/;

/** The words each file writes not in capitals (wordsNotInCapitals), read once per file and limits. */
const NOT_IN_CAPITALS = new WeakMap<IdeaFile, Set<string>>();

/**
 * The words, in capitals, that the page writes somewhere in its prose (the introduction, the ideas, the paragraphs
 * between them; not code, addresses or mentors) not in capitals: in lower case (`qemu targets`, `the grid view`), in
 * mixed case (`WebGL`, `SCXMl`), or in Title Case inside a sentence of a paragraph ("or Gnome (the targeted …)").
 * A term the page also writes so is a name the writer put in capitals (coreboot's QEMU and qemu, regression-12;
 * Qubes' GNOME and Gnome, regression-6; MariaDB's GRID and grid, WHERE and where, regression-11), not an initialism,
 * which is written in capitals wherever it appears. Over the eleven term-labelled sets this removed five false alarms
 * and no term labelled undefined. Words joined by `_` or `.` are identifiers and file names (`noaa_coops`,
 * `erddap.yml`), not the word; words of lower-case letters joined by hyphens name a package after each word
 * (`xarray-erddap` beside ERDDAP, regression-2; `go-cqhttp` beside CQHTTP, regression-13: both read as names, and no
 * term labelled undefined in the twelve sets is written so); a word with a digit is no evidence (`e2e` is an
 * initialism in lower case); a Title Case word at the start of a sentence, in a heading or in the title may be any
 * word capitalised.
 */
function wordsNotInCapitals(file: IdeaFile, limits: AcronymLimits): Set<string> {
  let words = NOT_IN_CAPITALS.get(file);
  if (words) return words;
  words = new Set<string>();
  const blocks = [...introBlocks(file), ...groupBlocks(file), ...file.ideas.flatMap((idea) => blocksOf(idea, file))];
  for (const block of blocks) {
    const inSkip = overlapsInOrder([...block.skip, ...block.quiet]);
    for (const match of block.text.matchAll(PAGE_WORD)) {
      const word = match[0];
      if (word.length < limits.minLength || word.length > limits.maxLength || !ASCII_WORD.test(word)) continue;
      // A word with a digit is no evidence: `e2e` and `p2p` are initialisms in lower case (numeronyms: `K8S` above).
      if (!LOWER_CASE.test(word) || DIGIT.test(word) || inSkip(match.index, match.index + word.length)) continue;
      // A term's own spellings in mixed case (`PCIe`, `NVMe`, `VDIs`) are the term, not another word.
      if (readAcronyms(word, limits).length > 0) continue;
      // A plain word (lower case or Title Case) of two or three letters is mostly an English word ("can", "as",
      // "Mac"), which the page writes whatever the term is (`CAN` bus, `AS` numbers, `MAC` addresses).
      const plain = PLAIN_WORD.test(word);
      if (plain && word.length < MIN_PLAIN_WORD) continue;
      if (TITLE_CASE_WORD.test(word) && (block.kind !== 'text' || !insideSentence(block.text, match.index))) continue;
      words.add(word.toUpperCase());
    }
    // A name in lower case joined by hyphens (`go-cqhttp`, `xarray-erddap`): a package named after each of its
    // words of four letters or more, written not in capitals. In a code span too (`aima-python`, `aima-java`): a
    // repository or package the idea points at, named after the project it writes AIMA (aimacode, regression-15).
    // Not in a mentors field (names), and never inside an address: the pattern wants no `/`, `.`, `#` or `@`
    // before the name and no `.`, `-` or `_` joining more after it, so `github.com/o/aima-python`, `#cl-light`
    // and `erddap-server.yml` give nothing.
    const inQuiet = overlapsInOrder(block.quiet);
    for (const match of block.text.matchAll(HYPHENATED_NAME)) {
      if (inQuiet(match.index, match.index + match[0].length)) continue;
      for (const part of match[0].split('-'))
        if (part.length >= MIN_PLAIN_WORD && part.length <= limits.maxLength) words.add(part.toUpperCase());
    }
  }
  NOT_IN_CAPITALS.set(file, words);
  return words;
}

/** Whether a word at `start` follows a word or a comma of its sentence (not the block's start, a full stop, a bullet or a label). */
function insideSentence(text: string, start: number): boolean {
  const before = /(\S)\s*$/u.exec(text.slice(Math.max(0, start - 20), start));
  return before !== null && /[\p{L}\p{N},]/u.test(before[1]);
}

/**
 * The file extensions an idea writes (`.mtl`, `.obj`, `` `.zim` ``), in capitals: a term the idea also writes as an
 * extension is a file format the idea names as such ("Support for `.mtl` Files" … "OBJ/MTL workflows"). An extension
 * is a dot led by no letter, digit or dot, then a letter and up to five letters or digits, then no letter or digit:
 * `p5.js` and `index.html` are names, not extensions, and `...` is no dot.
 */
function fileExtensions(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.])\.(\p{L}[\p{L}\p{N}]{1,5})(?![\p{L}\p{N}])/gu))
    found.add(match[1].toUpperCase());
  return found;
}

/**
 * The names in capitals of files the idea writes with a lower-case extension (`LANG.lproj`, `CHANGELOG.txt`,
 * `QZX.js`): a term the idea also writes as a file's name is a placeholder of a path or the name of a file or
 * library ("values-LANG for Android, LANG.lproj for iOS", MIT App Inventor, regression-9), not an initialism to
 * spell out. The name starts after no letter, digit, dot, slash or hyphen and the extension ends the word.
 */
function namedFiles(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}./\\-])([A-Z][A-Z0-9]+)\.[a-z][a-z0-9]{0,5}(?![\p{L}\p{N}])/gu))
    found.add(match[1]);
  return found;
}

/** The capitalised word after a use, when it is part of a name (`GH Actions`); a small word says nothing. */
const NEXT_NAME = /^\s+(\p{Lu}\p{L}{2,})/u;
/** How far after a use its next word is looked for. */
const NEXT_NAME_CHARS = 200;

/** How many blocks after a title or heading may spell out its terms in plain words (its opening lines). */
const OPENING_BLOCKS = 3;
/** How many blocks the opening blocks may span with the field lines among them. */
const OPENING_BLOCKS_WITH_FIELDS = 12;

/**
 * The opening blocks a title or heading at `index` introduces: up to OPENING_BLOCKS, before the next heading. Field
 * lines (`Difficulty: Easy`, `Contacts: …`) are not counted: the prose after them opens the idea ("## Standalone NUI
 * editor", two field lines, then 'Our "New UI" …').
 */
function sectionAfter(blocks: TextBlock[], fieldLines: boolean[], index: number): number[] {
  const section: number[] = [];
  let prose = 0;
  const last = Math.min(blocks.length - 1, index + OPENING_BLOCKS_WITH_FIELDS);
  for (let at = index + 1; at <= last && prose < OPENING_BLOCKS; at++) {
    // Sub-headings before any prose (field lines aside) open its first section ("## RTL support for Wagtail", then
    // "### Summary", then the prose that says "right-to-left languages"); a heading after prose ends the opening.
    if (blocks[at].kind !== 'text') {
      if (prose > 0 || blocks[at].kind !== 'heading') break;
      continue;
    }
    section.push(at);
    if (!fieldLines[at]) prose++;
  }
  return section;
}

/** Fields whose values are prose, not labels: a use there is read as any paragraph's. */
const PROSE_FIELDS = new Set(['description', 'outcomes']);

/** The offsets each of the idea's fields spans, label to value, other than prose fields. */
function labelSpans(idea: Idea): [number, number][] {
  return Object.values(idea.fields)
    .filter((field) => field !== undefined && !PROSE_FIELDS.has(field.name))
    .map((field) => [field!.labelPosition.start.offset, (field!.valuePosition ?? field!.labelPosition).end.offset]);
}

/**
 * Whether every stretch of a block lies in the idea's field spans (labelSpans): a field line such as `Skills: …`,
 * `| **Technologies** | Python, AI, NLP/LLMs |` or `* Difficulty: Easy`, or several on consecutive lines.
 */
function isFieldLine(block: TextBlock, spans: [number, number][], source: string): boolean {
  if (block.kind !== 'text' || block.runs.length === 0 || spans.length === 0) return false;
  return block.runs.every((run) => covered(run.sourceStart, run.sourceEnd, spans, source));
}

/**
 * Whether the spans cover [from, to) of the source but for white space between them: one run of text may hold
 * several field lines ("Difficulty: Medium⏎Size: 175 hours" is one paragraph).
 */
function covered(from: number, to: number, spans: [number, number][], source: string): boolean {
  let at = from;
  while (at < to) {
    const span = spans.find(([start, end]) => start <= at && at < end);
    if (!span) return false;
    at = span[1];
    while (at < to && /\s/.test(source[at])) at++;
  }
  return true;
}

/**
 * Terms the page's introduction uses (before its first idea), or the introduction of a group of ideas (a paragraph
 * in no idea, after a group heading): the organisation's, program's and portal's own names (`CHAOSS` in CHAOSS's
 * list, `IPP` introducing the Image Processing Portal projects), known to anyone reading the page; and the terms
 * headings outside every idea define.
 */
export function pageTerms(file: IdeaFile, limits: AcronymLimits): Set<string> {
  if (!file.ideas.length) return new Set();
  const blocks = [...introBlocks(file), ...groupBlocks(file)];
  const used = blocks.flatMap((block) =>
    // A compound name names each of its parts: the organisation GNSS-SDR makes GNSS and SDR the page's words.
    findAcronyms(block, limits).flatMap((use) => (use.parts.length > 1 ? [use.key, ...use.parts] : [use.key])),
  );
  // So does a name in mixed case: its run of capitals is the word the organisation writes alone ("/openZIM" in
  // Kiwix's introduction, the project behind its ZIM files).
  for (const block of blocks) used.push(...innerCapitals(block.text, limits), ...leadingCapitals(block.text, limits));
  // And a name it spells out in Title Case: "built on top of the open Workflow Description Language" in St. Jude's
  // introduction makes WDL the page's word, as "Workflow Description Language (WDL)" there would.
  for (const block of introBlocks(file))
    used.push(...titleCaseInitials(block.text, limits), ...camelCaseNameInitials(block.text, limits));
  // A term a heading outside every idea defines, such as a group's heading over its ideas (`### Symbolic
  // Pathfinder (SPF)`), is defined for the whole page, as a glossary's is.
  const defined = outsideHeadingBlocks(file).flatMap((block) => [...findDefinitions(block, limits)]);
  // A release of a term the page names explains the term (`EPUB3 Spec` linked names EPUB: withVersionBases).
  return new Set(withVersionBases([...used, ...defined, ...ownAddressWords(file), ...linkedTerms(file, limits)]));
}

/**
 * The runs of capitals (two to maxLength) inside words in mixed case that start in lower case or end in lower case
 * after the run: `openZIM` gives ZIM, `openSUSE` SUSE, `libGDX` GDX. A word all in capitals is an acronym already,
 * and a word in CamelCase (`GitHub`) has no run.
 */
function innerCapitals(text: string, limits: AcronymLimits): string[] {
  const runs: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+([A-Z]{2,})(?![\p{L}\p{N}])/gu)) {
    const run = match[1];
    if (run.length >= limits.minLength && run.length <= limits.maxLength) runs.push(run);
  }
  return runs;
}

/**
 * The run of capitals (two to maxLength) that starts a word in CamelCase before a capitalised word: `SOFAStack` gives
 * SOFA, `XMLHttpRequest` XML. The organisation that names itself `SOFAStack` writes SOFA alone for itself, as
 * `openZIM` writes ZIM (innerCapitals); its products run the name onto a term (`SOFARPC`, joinsTwo).
 */
function leadingCapitals(text: string, limits: AcronymLimits): string[] {
  const runs: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])([A-Z]{2,})(?=\p{Lu}\p{Ll}+)/gu)) {
    const run = match[1];
    if (run.length >= limits.minLength && run.length <= limits.maxLength) runs.push(run);
  }
  return runs;
}

/**
 * The initials of each run of three or more words in Title Case (small words such as "of" may join them, and give no
 * initial): "the open Workflow Description Language" gives WDL, "Google Summer of Code" GSC. Only the whole run: its
 * parts are not names of their own.
 */
function titleCaseInitials(text: string, limits: AcronymLimits): string[] {
  const found: string[] = [];
  const run = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:(?: (?:of|and|for|the|to|in|on))* \p{Lu}\p{Ll}+)+(?![\p{L}\p{N}])/gu;
  for (const match of text.matchAll(run)) {
    const initials = match[0]
      .split(' ')
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
    if (initials.length >= 3 && initials.length <= limits.maxLength) found.push(initials.toUpperCase());
  }
  return found;
}

/** A run of two or more capitalised words, one of them at least with an inner capital (`MariaDB ColumnStore`). */
const CAMEL_CASE_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:\p{Lu}\p{L}*)*(?: \p{Lu}\p{Ll}+(?:\p{Lu}\p{L}*)*)+(?![\p{L}\p{N}])/gu;
/** Most words of such a run read for initials (each word gives one or two spellings). */
const CAMEL_CASE_RUN_WORDS = 6;

/**
 * The initials of each run of two or more capitalised words of which one is in CamelCase, each word giving its first
 * letter or its first letter and its inner capitals: "MariaDB ColumnStore" gives MCS (and MDBCS), the initialism by
 * which MariaDB's list writes its product ("Columnstore(MCS)", regression-11). A name the introduction writes so is
 * the organisation's own, as its Title Case names are (titleCaseInitials); three letters or more, since two
 * capitalised words meet by chance.
 */
function camelCaseNameInitials(text: string, limits: AcronymLimits): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CAMEL_CASE_RUN)) {
    const words = match[0].split(' ').slice(0, CAMEL_CASE_RUN_WORDS);
    const spellings = words.map((word) => {
      const all = (word[0] + word.slice(1).replace(/\P{Lu}/gu, '')).toUpperCase();
      return all.length > 1 ? [all[0], all] : [all];
    });
    for (let from = 0; from < words.length - 1; from++) {
      let keys = [''];
      for (let to = from; to < words.length; to++) {
        keys = keys.flatMap((key) => spellings[to].map((letters) => key + letters));
        if (to === from || !words.slice(from, to + 1).some((word) => /\p{Ll}\p{Lu}/u.test(word))) continue;
        for (const key of keys) if (key.length >= 3 && key.length <= limits.maxLength) found.push(key);
      }
    }
  }
  return found;
}

/**
 * Terms that are the whole text of a link anywhere on the page: "[XREPL](http://docs.racket-lang.org/xrepl/)" in one
 * idea of Racket's list (regression-9) explains the XREPL another idea's title names. The page itself says where to
 * read about it, as a glossary would.
 */
function linkedTerms(file: IdeaFile, limits: AcronymLimits): string[] {
  const terms: string[] = [];
  // Walked with a stack, not recursion: a hostile file may nest lists thousands deep.
  const stack: TreeNode[] = [file.tree as TreeNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'link') {
      if (node.url?.startsWith('#')) continue;
      const text = (node.children ?? [])
        .map((child) => (child.type === 'text' ? (child.value ?? '') : '\u0000'))
        .join('')
        .trim();
      const acronyms = readAcronyms(text, limits);
      if (acronyms.length === 1 && acronyms[0].word === text) terms.push(acronyms[0].key);
      continue;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return terms;
}

/** The parts of an mdast node linkedTerms reads. */
interface TreeNode {
  type: string;
  url?: string;
  value?: string;
  children?: TreeNode[];
}

/** Code forges, on which the first part of an address's path is the owner: the organisation. */
const FORGES = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sourceforge.net']);
/** A web address: its host and, when there is one, its first path segment. */
const ADDRESS = /https?:\/\/([a-z0-9.-]+)(?::\d+)?(?:\/([^\s/?#<>()[\]"']*))?/giu;

/**
 * The organisation's own names in the addresses the page's introduction (before its first idea) links to: the words
 * of each site's name (`moveit.ros.org` gives MOVEIT and ROS) and, on a code forge, of its owner
 * (`github.com/ros-planning/…` gives ROS). A project named after its ecosystem (MoveIt, a ROS project, whose page
 * says `ROS 2` and `a ROS interface` unexplained, regression-10) names it in its own address, as an organisation
 * names itself in its introduction; the top-level domain and `www` say nothing.
 */
function ownAddressWords(file: IdeaFile): string[] {
  const first = Math.min(...file.ideas.map((idea) => idea.titlePosition.start.offset));
  const words: string[] = [];
  for (const match of file.text.slice(0, first).matchAll(ADDRESS)) {
    const host = match[1].toLowerCase().replace(/^www\./, '');
    const parts = FORGES.has(host) ? [match[2] ?? ''] : host.split('.').slice(0, -1);
    for (const part of parts)
      for (const word of part.split(/[^a-z0-9]+/i))
        if (/^[a-z][a-z0-9]{1,7}$/i.test(word)) words.push(word.toUpperCase());
  }
  return words;
}

/**
 * The file position of a use: exact when its run is verbatim source or the word is found in its node; the idea's
 * title when the block does not say where it came from, so a finding always sits inside its idea.
 */
function locate(
  block: TextBlock,
  use: AcronymUse,
  file: IdeaFile,
  starts: readonly number[],
  fallback: Position,
): { position: Position; exact: boolean } {
  const run = block.runs.find((r) => r.start <= use.start && use.start < r.end) ?? block.runs[0];
  if (!run) return { position: fallback, exact: false };
  if (run.offset !== null && use.end <= run.end) {
    const from = run.offset + use.start - run.start;
    return { position: rangeAt(starts, from, from + use.word.length), exact: true };
  }
  const source = file.text.slice(run.sourceStart, run.sourceEnd);
  // Escaped as a Unicode pattern allows: `-` outside a class needs none (`\\-` is an invalid escape there, CERN-HSF).
  const word = use.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').exec(source);
  if (match) {
    const from = run.sourceStart + match.index;
    return { position: rangeAt(starts, from, from + use.word.length), exact: true };
  }
  return { position: rangeAt(starts, run.sourceStart, run.sourceEnd), exact: false };
}
