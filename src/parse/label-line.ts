// Parse stage: recognising field labels in one line — at its start (`Label: value`, `**Label:**`, `_Label:_`…),
// after a sentence (`… hours. **Skills required**: Python`) or broken over two lines (`**Skills` ⏎ `required**:`).
import type { Nodes } from 'mdast';
import { ELLIPTIC, FILLER, HEAD_NOUNS, MODIFIERS } from './label-words.js';
import { readLabel, withoutGloss, type LabelMatch } from './labels.js';
import { fromLabel, type RawField } from './raw-field.js';
import { stripEmoji } from './text.js';
import { parseDifficulty } from './values/difficulty.js';
import type { ParseOptions } from './types.js';
import {
  DASHED_LABEL_MAX_WORDS,
  FIRST_LINE_LABEL_MAX_WORDS,
  HEADING_LOOSE_VALUE_MAX_WORDS,
  HEADING_VALUE_MAX_WORDS,
  LABEL_MAX_CHARS,
  LINE_MIN_CHARS,
  LINE_WINDOW_CHARS,
  LONE_LABEL_MAX_WORDS,
  MARKED_LABEL_MAX_WORDS,
  QUOTED_LABEL_MAX_WORDS,
  SENTENCE_MIN_WORDS,
} from './thresholds.js';

/**
 * A known label found in a line or heading, with where its inline value lies: the value starts after the colon,
 * markup, spaces and `<br>`, and ends at the end of the line, a `;` before the next label, or the closing `**`.
 * `weak` also marks a plain label matched only loosely (`Our main goal:`).
 */
export interface LabelHit extends RawField {
  /** The value sits inside the label's own emphasis (`**Hours: 350**`): nothing after it belongs to it. */
  closed: boolean;
}

/** What a line starts with. */
export interface LineLabels {
  hits: LabelHit[];
  labelLike: boolean;
}

const NONE: LineLabels = { hits: [], labelLike: false };
/** How many words a value may have after a bold label without a colon (`__Duration__ 350 hours`). */
const BOLD_VALUE_MAX_WORDS = 8;
const LEADING_SYMBOLS = /^(?:(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3|[•▪▸►➤→])[ \t]*)+/u;
const LEADING_BREAKS = /^(?:[ \t]|<br\s*\/?>)*/i;
/** After a label without a colon, a value starts as values do (a number, a capital, a bracket or a handle). */
const VALUE_START = /^[ \t]+(?=[\p{Lu}\p{N}([@<])/u;

/** Reads the labels a line starts with; `first` tells whether the line starts its paragraph. */
export function readLineLabels(
  text: string,
  start: number,
  end: number,
  options: ParseOptions,
  context: {
    quoted: boolean;
    first: boolean;
    node: Nodes;
    continuation?: boolean;
    labelsFrom?: number;
    /** The line is inside a list item. */
    item?: boolean;
    /** An earlier line of the same paragraph has a label. */
    labelsAbove?: boolean;
  },
): LineLabels {
  // The line starts with the end of a label broken over the line before: only later labels can follow.
  if (context.labelsFrom !== undefined) return withInlineBold(text, context.labelsFrom, end, NONE, options);
  if (end - start < LINE_MIN_CHARS) return NONE;
  const line = text.slice(start, Math.min(end, start + LINE_WINDOW_CHARS));
  const single = context.first && isWholeParagraph(context.node, end);
  const read = withInlineBold(
    text,
    start,
    end,
    readLineStart(
      {
        text,
        line,
        start,
        end,
        single,
        quoted: context.quoted,
        first: context.first,
        continuation: context.continuation ?? false,
        item: context.item ?? false,
        labelsAbove: context.labelsAbove ?? false,
      },
      options,
    ),
    options,
  );
  return withInlinePlain(text, start, end, read, options);
}

/**
 * A plain label after a sentence on the same line: aimacode's `… and good educational pedagogy. Potential mentors:
 * Dragomir Radev, …` (regression-15), `… in Go. Difficulty: Medium`, `… 2 weeks. Required skills: Rust`. The grammar:
 * SENTENCE-END SPACE LABEL COLON SPACE VALUE, where SENTENCE-END is a full stop, `!` or `?` closing a word of two
 * letters or more (not an initial, `J. Doe`) or a figure, a bracket or a quote; LABEL a known label of an idea field
 * (not the description), exact and specific (no filler, no vague head such as `Level` or `Area`, not `Timeline`), of
 * at most MARKED_LABEL_MAX_WORDS words, capitalised as a sentence's first word is; and the value runs to the line's end
 * (in a paragraph, on over its next lines, as any label's). Prose with a colon is none: `Note: …`, `The idea: …`, `One
 * goal: speed` name no field exactly, and a label word inside a sentence (`… the mentors: Jane`) follows no sentence's
 * end. The label ends the value of a label before it on the line (`Difficulty: Medium. Mentors: Jane`).
 */
const INLINE_PLAIN =
  /(?<=(?:\p{L}{2}|[\p{N})\]"'”’`])[.!?]["'”’)]?[ \t]+)(\p{Lu}[\p{L}'’/& -]{0,40}?)[ \t]*:[ \t]+(?=\S)/gu;

function withInlinePlain(
  text: string,
  start: number,
  end: number,
  found: LineLabels,
  options: ParseOptions,
): LineLabels {
  const { from, segment } = afterLastLabel(text, start, end, found);
  if (end - from < 8 || !segment.includes(':')) return found;
  const hits = [...found.hits];
  INLINE_PLAIN.lastIndex = 0;
  for (let match = INLINE_PLAIN.exec(segment); match; match = INLINE_PLAIN.exec(segment)) {
    const label = match[1];
    if (words(label) > MARKED_LABEL_MAX_WORDS) continue;
    // Inside a code span or a link's text nothing is a label.
    const before = segment.slice(0, match.index);
    if ((before.match(/`/g)?.length ?? 0) % 2 === 1 || before.lastIndexOf('[') > before.lastIndexOf(']')) continue;
    const read = readLabel(label, options.fields);
    if (!read?.exact || read.demoted || read.quantityOnly || read.name === 'description') continue;
    const labelStart = from + match.index;
    if (hits.some((hit) => hit.labelStart <= labelStart && labelStart < hit.labelEnd)) continue;
    appendHit(hits, text, {
      ...fromLabel(read),
      label: cleanLabel(label),
      labelStart,
      labelEnd: from + match.index + match[0].trimEnd().length,
      valueStart: from + match.index + match[0].length,
      valueEnd: end,
      closed: false,
    });
  }
  if (hits.length === found.hits.length) return found;
  return { hits: hits.sort((a, b) => a.labelStart - b.labelStart), labelLike: found.labelLike };
}

/**
 * Whether a line carries on the sentence of the line before it (`…reported at a "deny"` ⏎ `level: if the…`),
 * so a plain `Word:` at its start is prose, not a label. A short line before it may be a title, and a line
 * ending with punctuation, a hard break or `<br>` ends its clause.
 */
export function continuesSentence(previous: string, previousIsLabel: boolean): boolean {
  if (previousIsLabel || previous.endsWith('  ') || previous.endsWith('\\')) return false;
  const trimmed = previous.trimEnd();
  if (/[.!?:;|*_`>]$/.test(trimmed)) return false;
  return words(trimmed) >= SENTENCE_MIN_WORDS;
}

/**
 * A plain label whose gloss makes it longer than a plain label's 80 characters (LABEL := PHRASE GLOSS?, labels.ts):
 * `Difficulty rating (easy (little experience/background), medium (…), hard (experienced)): medium` (SU2).
 */
const GLOSSED_PLAIN =
  /^([^:：|`[\]<>\n()]{1,60}?[ \t]*\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\)){1,200}\))[ \t]*(?::(?=\s|$)|：)/;

/** One line to read for labels, where it stands in the text, and what is known of its place in the block. */
interface LineToRead {
  text: string;
  /** The line's text (at most LINE_WINDOW_CHARS of it), starting at `start`. */
  line: string;
  start: number;
  end: number;
  /** The line is its paragraph whole. */
  single: boolean;
  quoted: boolean;
  /** The first line of its paragraph or item. */
  first: boolean;
  /** The line carries on the sentence of the line before it. */
  continuation: boolean;
  item: boolean;
  labelsAbove: boolean;
}

function readLineStart(at: LineToRead, options: ParseOptions): LineLabels {
  const read = readLineOpening(at, options);
  if (read.hits.length > 0 || at.line.startsWith('|')) return read;
  const glued = readGluedLabel(at, options);
  if (glued) return glued;
  if (at.continuation) return read;
  // `Stretch goal: a benchmark study | Difficulty: Hard`, `**Track:** web • **Difficulty:** Hard`: a first part naming
  // no field; the parts after a spaced pipe, dot or bullet are read as a line of their own (LABEL VALUE (SEP LABEL
  // VALUE)*, whatever the first label).
  const after = afterPipe(at.line, 0);
  if (after < 0) return read;
  const rest = readLineStart(restOfLine(at, after), options);
  return rest.hits.length > 0 ? rest : read;
}

/** The rest of a line from `offset` on, to be read as a line of its own (after a separator that parts fields). */
function restOfLine(at: LineToRead, offset: number): LineToRead {
  return {
    ...at,
    line: at.line.slice(offset),
    start: at.start + offset,
    single: false,
    first: true,
    continuation: false,
    labelsAbove: false,
  };
}

/**
 * A label glued into a line after a separator, as a scraper joins a page's bullets or table cells into one line
 * (`[T415145](…) - Skills required: Javascript - Mentors: Jane Doe - Size: 350 hours`, the Wikimedia list of
 * regression-13) or a writer runs fields on after prose (`…a Python library; Mentors: Jane Doe`). The grammar: TEXT SEP
 * LABEL COLON VALUE (SEP LABEL COLON VALUE)*, where SEP is a spaced dash (` - `, ` – `, ` — `), a spaced pipe, middle dot
 * or bullet (` | `, ` · `, ` • `) or a semicolon and a space (`; `); LABEL a known label of a field, exact and specific
 * (not `Level`, not `Timeline`), of at most MARKED_LABEL_MAX_WORDS words, written capitalised or in emphasis
 * (`**Mentors:**`); and COLON a colon followed by a space or the line's end. The first such SEP on the line starts the
 * label (the text before it stays with the field or description before), the later ones are read as after any label
 * (withSeparatedLabels). It holds on a line that carries on the sentence before it too: the label and its colon after a
 * separator are the cue, as a line's start is. Prose is not split: a dash before a word that is no label (`Python -
 * Note: …`), a lower-case word (`the bus - speed: 3`), a vague label (`foo - Level: 3`) or a label without its colon
 * (`Java - Skills are a plus`) reads as text.
 */
const GLUE_SEPARATOR = /(?:[ \t]+[-–—|·•]|;)[ \t]+(?=\S)/g;
const GLUED_PLAIN = /^([^\s:：|`[\]<>*_][^:：|`[\]<>\n*_]{0,39}?)[ \t]*[:：](?=[ \t]|$)/;
const GLUED_MARKED = /^(\*\*|__|\*|_)(?=[^\s*_])([^*_\n]{1,40}?)(?:[ \t]*[:：][ \t]*\1|\1[ \t]*[:：])(?=[ \t]|$)/;

function readGluedLabel(at: LineToRead, options: ParseOptions): LineLabels | undefined {
  const { line } = at;
  if (!/[:：]/.test(line)) return undefined;
  GLUE_SEPARATOR.lastIndex = 0;
  for (let match = GLUE_SEPARATOR.exec(line); match; match = GLUE_SEPARATOR.exec(line)) {
    const after = match.index + match[0].length;
    // Inside a code span (`` `* Name: text - **Difficulty:** *medium*` ``) nothing is a label.
    if ((line.slice(0, match.index).match(/`/g)?.length ?? 0) % 2 === 1) continue;
    const rest = line.slice(after);
    const marked = GLUED_MARKED.exec(rest);
    const plain = marked ? null : GLUED_PLAIN.exec(rest);
    const label = marked ? marked[2] : plain?.[1];
    if (label === undefined || words(withoutGloss(label)) > MARKED_LABEL_MAX_WORDS) continue;
    if (!marked && !/^\p{Lu}/u.test(label)) continue;
    const found = readLabel(label, options.fields);
    if (!found?.exact || found.demoted || found.quantityOnly) continue;
    const read = readLineOpening(restOfLine(at, after), options);
    if (read.hits.length === 0 || read.hits[0].labelStart !== at.start + after) continue;
    // `… - **Difficulty:** *easy* this means…`: a value marked as emphasis right after the label is that emphasis only
    // (as readInlineLabels reads it).
    const first = read.hits[0];
    const emphasis = EMPHASIS.exec(at.text.slice(first.valueStart, first.valueEnd));
    if (
      read.hits.length === 1 &&
      emphasis &&
      at.text.slice(first.valueStart + emphasis[0].length, first.valueEnd).trim()
    )
      return { ...read, hits: [{ ...first, valueEnd: first.valueStart + emphasis[0].length, closed: true }] };
    return read;
  }
  return undefined;
}

function readLineOpening(at: LineToRead, options: ParseOptions): LineLabels {
  const { text, line, start, end, single, quoted, first, continuation, item, labelsAbove } = at;
  const context = { quoted };
  if (line.startsWith('|')) return readCutRow(text, line, start, end, options);
  const bracketed = readBracketLabel(text, line, start, end, options);
  if (bracketed) return bracketed;
  const marked = /^(\*{1,3}|_{1,3})(?=[^\s*_])/.exec(line);
  if (marked) return readMarkedLabel(text, line, start, end, marked[1], single, options);
  // `🔥 **Difficulty:** Easy`, `• **Mentors:** …`: a symbol before a bold label. (`<br>`s before a label and labels in
  // HTML emphasis are written as the Markdown they display as in html-layout.ts.)
  const symbols = LEADING_SYMBOLS.exec(line)?.[0].length ?? 0;
  const afterSymbols = symbols > 0 ? /^(\*{1,3}|_{1,3})(?=[^\s*_])/.exec(line.slice(symbols)) : null;
  if (afterSymbols)
    return readMarkedLabel(text, line.slice(symbols), start + symbols, end, afterSymbols[1], single, options);
  const plain = /^([^:：|`[\]<>\n]{1,80}?)[ \t]*(?::(?=\s|$)|：)/.exec(line) ?? GLOSSED_PLAIN.exec(line);
  // `Difficulty – Medium` at the start of a paragraph or item: a dash after a known label separates its value.
  const dashed = plain || !first || continuation ? null : /^([^:|`[\]<>\n–—]{2,40}?)[ \t]+[–—-][ \t]+(?=\S)/.exec(line);
  if (dashed) {
    const found = readLabel(dashed[1], options.fields);
    if (found?.exact && !found.demoted && words(dashed[1]) <= DASHED_LABEL_MAX_WORDS)
      return withSeparatedLabels(
        text,
        hit(found, dashed[1], start, start + dashed[1].length, start + dashed[0].length, end, text),
        options,
      );
  }
  // `Deliverables:Contributors will…`, `Deliverables:- Provide…`: a plain label glued to a capitalised value or first
  // item (a scraped page's) opens a paragraph or item when exact and specific (`Note:This`, `https:` name no field).
  const gluedPlain =
    plain || !first || continuation
      ? null
      : /^([^\s:：|`[\]<>][^:：|`[\]<>\n]{0,40}?):(?=\p{Lu}|[-–—•*][ \t]*\p{Lu})/u.exec(line);
  if (gluedPlain) {
    const found = readLabel(gluedPlain[1], options.fields);
    if (found?.exact && !found.demoted && /^\p{Lu}/u.test(gluedPlain[1]))
      return withSeparatedLabels(
        text,
        hit(found, gluedPlain[1], start, start + gluedPlain[1].length, start + gluedPlain[0].length, end, text),
        options,
      );
  }
  if (plain) {
    const found = readLabel(plain[1], options.fields);
    // Inside a wrapped sentence only a capitalised, specific label is one (`Mentors: Jane` after a line
    // missing its full stop); `level: if the release…` there is prose.
    if (continuation && !(found?.exact && !found.demoted && /^\p{Lu}/u.test(plain[1]))) return NONE;
    if (found)
      return withSeparatedLabels(
        text,
        hit(plainMatch(found), plain[1], start, start + plain[1].length, start + plain[0].length, end, text),
        options,
      );
    return { hits: [], labelLike: isLabelLikePlain(plain[1]) };
  }
  const named = readNamedMentors(
    text,
    line,
    start,
    end,
    first ? item || !single : labelsAbove && !continuation,
    options,
  );
  if (named) return { hits: [named], labelLike: false };
  // A line that is only a label: a one-line paragraph, a quote (`> Complexity 👨🏻‍💻`), or a paragraph's first line.
  if (
    (single && (context.quoted || words(line) <= LONE_LABEL_MAX_WORDS)) ||
    (first && words(stripEmoji(withoutGloss(line))) <= FIRST_LINE_LABEL_MAX_WORDS)
  ) {
    const found = readLabel(line, options.fields);
    if (found?.exact) return { hits: [hit(found, line, start, end, end, end, text)], labelLike: false };
    if (single && context.quoted && words(stripEmoji(line)) <= QUOTED_LABEL_MAX_WORDS && !/[.!?,;]\s*$/.test(line))
      return { hits: [], labelLike: true };
  }
  return NONE;
}

/**
 * A label in brackets at a line's start, its value right after the closing bracket: `【项目难度】中`, `【导师联系方式】
 * summer2021@minigui.com` (OSPP's Chinese template as FMSoft writes it, regression-13), `〖Difficulty〗Hard`, `［Mentors］
 * Jane Doe`, `[Difficulty] Medium`. The grammar: OPEN LABEL CLOSE SEP? VALUE, where OPEN…CLOSE is a pair of lenticular
 * (`【】`, `〖〗`), full-width square or ASCII square brackets (the brackets are the label's mark, as emphasis is), SEP
 * an optional colon, and LABEL a known label of at most MARKED_LABEL_MAX_WORDS words. In ASCII brackets, which Markdown
 * also uses for links, only an exact, specific label is one, and never a link (`[Difficulty](…)`, `[Difficulty][ref]`)
 * or a checkbox (`[x]`); a bracketed word that names no field (`【项目标题】`) still ends the value before it.
 */
const BRACKET_LABEL =
  /^(?:【[ \t]*([^】\n]{1,40}?)[ \t]*】|〖[ \t]*([^〗\n]{1,40}?)[ \t]*〗|［[ \t]*([^］\n]{1,40}?)[ \t]*］|\[[ \t]*([^\]\n]{1,40}?)[ \t]*\](?![([:]))[ \t]*(?:[:：][ \t]*)?/;

function readBracketLabel(
  text: string,
  line: string,
  start: number,
  end: number,
  options: ParseOptions,
): LineLabels | undefined {
  if (!/^[【〖［[]/.test(line)) return undefined;
  const match = BRACKET_LABEL.exec(line);
  if (!match) return undefined;
  const ascii = match[4] !== undefined;
  const label = match[1] ?? match[2] ?? match[3] ?? match[4];
  if (words(withoutGloss(label)) > MARKED_LABEL_MAX_WORDS) return undefined;
  const found = readLabel(label, options.fields);
  if (!found || (ascii && (!found.exact || found.demoted))) {
    return ascii ? undefined : { hits: [], labelLike: isLabelLikeMarked(label) };
  }
  return withSeparatedLabels(
    text,
    hit(found, label, start, start + match[0].trimEnd().length, start + match[0].length, end, text),
    options,
  );
}

/**
 * A mentors label without a colon, then the mentors' names: `Mentor Sergei Golubchik`, `Mentors Jane Doe / John
 * Roe`, `Mentor Rucha Deodhar, Oleksandr Byelkin` (MariaDB writes them on the line after a hard break), `Possible
 * Mentors Pedro Gomes (lead), Ole Burghardt` (SU2, regression-12, a line among label lines). The grammar: at a line's
 * start (a list item's first line, a paragraph's first line when more lines follow, a line after a hard break — `\`,
 * two spaces, `<br>` — or a later line of a paragraph with a label line above it, not carrying on the sentence before
 * it; a paragraph of one line outside a list may be a title, so never), HEAD NAME (SEP NAME)*, where HEAD is an exact label of the
 * mentors field of up to three words ending in `mentor(s)` (`Mentor`, `Co-mentors`, `Possible Mentors`), SEP is `/`,
 * `,`, `&` or `and`, and NAME two to four capitalised words (name particles such as `van` aside) none of which is
 * itself a label of the grammar, optionally followed by a remark in brackets (`(lead)`). Narrow on purpose: `Mentor
 * Guidelines` (one word), `Mentor Application Deadline` as a title paragraph, a name word that is a label of the
 * grammar, a sentence (`Mentors will be assigned`) or a line ending in sentence punctuation never reads.
 */
const NAMED_MENTORS =
  /^((?:[\p{L}-]+[ \t]+){0,2}?(?:co-?)?mentors?)[ \t]+(\p{Lu}[^:：|`[\]<>\n]{2,120}?)[ \t]*(?:\\|<br\s*\/?>)?[ \t]*$/iu;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const NAME_PARTICLE = /^(?:van|von|der|den|de|da|del|dos|du|le|la|bin|al|y)$/;
/** A remark in brackets after a mentor's name: `(lead)`, `(primary)`. */
const NAME_REMARK = /[ \t]*\([^()\n]{1,30}\)[ \t]*$/;

function readNamedMentors(
  text: string,
  line: string,
  start: number,
  end: number,
  first: boolean,
  options: ParseOptions,
): LabelHit | undefined {
  if (!/^(?:[\p{L}-]+[ \t]+){0,2}?(?:co-?)?mentor/iu.test(line)) return undefined;
  const match = NAMED_MENTORS.exec(text.slice(start, end));
  if (!match) return undefined;
  if (!first && !afterHardBreak(text, start)) return undefined;
  const head = readLabel(match[1], options.fields);
  if (head?.name !== 'mentors' || !head.exact || head.demoted) return undefined;
  const names = match[2].split(/[ \t]*(?:[/,&]|\band\b)[ \t]*/);
  for (const name of names) {
    const parts = name.replace(NAME_REMARK, '').trim().split(/\s+/).filter(Boolean);
    const capitalised = parts.filter((part) => NAME_WORD.test(part));
    if (capitalised.length < 2 || capitalised.length > 4) return undefined;
    if (parts.some((part) => !NAME_WORD.test(part) && !NAME_PARTICLE.test(part))) return undefined;
    if (/[.]$/.test(parts[parts.length - 1]) || capitalised.some((part) => !isNameWord(part, options)))
      return undefined;
  }
  const labelEnd = start + match[1].length;
  const valueEnd = start + match[0].lastIndexOf(match[2]) + match[2].length;
  return { ...hit(head, match[1], start, labelEnd, labelEnd, end, text), valueEnd };
}

/**
 * Whether a capitalised word can be part of a person's name (`Sergei`, `Vicențiu`, `Deodhar`, `Nguyễn`, `Okonjo-Iweala`,
 * `Clément`), as opposed to a word of a title about mentoring (`Mentor Selection Process`, `Mentor Sign-up Form`,
 * `Mentors Office Hours`): no label of the grammar nor a word of its labels (a head noun, a modifier, a filler:
 * `Skills`, `Expected`, `Project`, `Contact`), no English function word capitalised in a title (`For`, `The`, `Of`),
 * no common noun of the pages' own sections (NOT_NAME_WORDS: `Process`, `Selection`, `Guidelines`, `Form`, `Hours`), and
 * no English abstract-noun ending (`-tion`, `-sion`, `-ment`, `-ship`, `-ness`, `-ility`, `-ities`, `-ology`), which
 * names in any language rarely have (a short `-ment` as `Clément` aside).
 */
function isNameWord(word: string, options: ParseOptions): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  // A capitalised particle (`Maria De La Cruz`) is one.
  if (NAME_PARTICLE.test(lower)) return true;
  if (readLabel(word, options.fields) || GRAMMAR_WORDS.has(lower) || NOT_NAME_WORDS.has(lower)) return false;
  return !(
    /(?:[ts]ions?|ships?|.{2}ness(?:es)?|ility|ities|olog(?:y|ies))$/.test(lower) ||
    (lower.length >= 8 && /ments?$/.test(lower))
  );
}

/** Every word of the label grammar's heads, modifiers and fillers (`skills`, `expected`, `project`, `contact`). */
const GRAMMAR_WORDS = new Set(
  [...Object.values(HEAD_NOUNS).flat(), ...MODIFIERS, ...FILLER, ...ELLIPTIC].flatMap((entry) =>
    // Words of two letters are left to NOT_NAME_WORDS: `An`, `Do`, `La` are names' words too (`Nguyễn Văn An`).
    entry
      .toLowerCase()
      .split(/[\s/-]+/)
      .filter((word) => word.length > 2),
  ),
);

/**
 * Words capitalised in titles that are no part of a name: English function words (not `A` or `An`, names too:
 * `Nguyễn Văn An`), and the common nouns of a list's
 * sections about mentoring and the program (`Mentor Selection Process`, `Mentor Application Deadline`, `Mentor
 * Guidelines`, `Mentors Office Hours`, `Mentor Sign-up Form`, `Mentor Matching Process`, `Mentor Onboarding Session`).
 */
// prettier-ignore
const NOT_NAME_WORDS = new Set([
  'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'or', 'our', 'your', 'their',
  'this', 'that', 'these', 'those', 'is', 'are', 'be', 'will', 'can', 'may', 'must', 'should', 'who', 'how', 'what',
  'process', 'selection', 'guidelines', 'guideline', 'guide', 'guides', 'deadline', 'deadlines', 'program', 'programme',
  'responsibilities', 'requirements', 'expectations', 'details', 'overview', 'summary', 'role', 'roles', 'matching',
  'onboarding', 'training', 'meeting', 'meetings', 'sign-up', 'signup', 'form', 'forms', 'page', 'section', 'policy',
  'agreement', 'handbook', 'manual', 'resources', 'criteria', 'feedback', 'timeline', 'schedule', 'tips', 'notes',
  'team', 'teams', 'pool', 'interest', 'proposal', 'proposals', 'hours', 'office', 'questions', 'faq', 'channel',
  'channels', 'duties', 'tasks', 'slots', 'chat', 'call', 'calls', 'session', 'sessions', 'portal', 'board', 'group',
  'groups', 'network', 'community', 'support', 'help', 'wanted', 'welcome', 'needed', 'opportunities', 'sync', 'list',
  'check-in', 'check-ins', 'checklist', 'rules', 'steps', 'tips', 'faqs', 'guidance', 'advice', 'agreement', 'code',
  'conduct', 'mentee', 'mentees', 'mentors', 'mentor', 'mentoring', 'mentorship', 'students', 'contributors',
  'organization', 'organisation', 'org', 'admins', 'admin', 'evaluations', 'evaluation', 'review', 'reviews', 'survey',
  'results', 'announcement', 'announcements', 'update', 'updates', 'week', 'weeks', 'period', 'phase', 'round',
]);

/** Whether the line starting at `start` follows a hard break (`\`, two spaces or `<br>` ending the line before). */
function afterHardBreak(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && /[ \t>]/.test(text[at - 1])) at--;
  if (text[at - 1] !== '\n') return false;
  at--;
  if (text[at - 1] === '\r') at--;
  const before = text.slice(Math.max(0, at - 12), at);
  // A backslash before trailing spaces is a hard break as its writer meant it, though CommonMark reads it as text.
  return /(?:\\[ \t]*|[ \t]{2}|<br\s*\/?>[ \t]*)$/i.test(before);
}

/** `| **Difficulty** | high`: a label cell and its value cell. */
const CUT_ROW = /^\|[ \t]*([^|\n]{1,60}?)[ \t]*\|[ \t]*([^|\n]*?)[ \t]*(?:\||$)/;

/**
 * A table row cut off from its table (a blank line ended the table, so the rest is a paragraph of `| … |` lines,
 * as LiveHD's `| **Link** | …` ⏎ `| **Difficulty** | high`): a row whose first cell is a label gives its field,
 * the value being the next cell.
 */
function readCutRow(text: string, line: string, start: number, end: number, options: ParseOptions): LineLabels {
  const row = CUT_ROW.exec(line);
  if (!row) return NONE;
  const found = readLabel(row[1], options.fields);
  if (!found?.exact) return NONE;
  const labelStart = start + line.indexOf(row[1]);
  const valueStart = row[2] ? start + row[0].lastIndexOf(row[2]) : start + row[0].length;
  return {
    hits: [
      {
        ...hit(found, row[1], labelStart, labelStart + row[1].length, valueStart, end, text),
        valueEnd: Math.min(end, valueStart + row[2].length),
        closed: true,
      },
    ],
    labelLike: false,
  };
}

/**
 * Reads a heading (or any one-line text) as a label: `#### Mentors`, `### Difficulty: Medium`. `anyLength`: the value
 * after the colon may be as long as a line (a heading among label headings, label-headings.ts), not a heading's few words.
 */
export function readWholeLabel(
  text: string,
  start: number,
  end: number,
  options: ParseOptions,
  anyLength = false,
): LabelHit[] {
  if (end <= start || end - start > (anyLength ? LINE_WINDOW_CHARS : LABEL_MAX_CHARS)) return [];
  const line = text.slice(start, end);
  const found = readLabel(line, options.fields);
  const inline = /^([^:：]{1,60}?)\s*[:：]\s*/.exec(line);
  // A loose reading of the whole line yields to a label and its value (`### Difficulty: Difficult`, whose value is a
  // label word, is `Difficulty` and `Difficult`).
  const labelAndValue = found && !found.exact && inline && inline[0].length < line.length;
  const whole = found ? [hit(found, line, start, end, end, end, text)] : [];
  if (found && !labelAndValue) return whole;
  if (inline) {
    // `### Difficulty: Medium` is a label; `### Mentorship: a pairing bot for new contributors` is a title.
    const inlineFound = readLabel(inline[1], options.fields);
    if (!inlineFound || inlineFound.name === 'program') return whole;
    const first = hit(inlineFound, inline[1], start, start + inline[1].length, start + inline[0].length, end, text);
    const rest = words(line.slice(inline[0].length));
    const limit = anyLength ? Infinity : inlineFound.exact ? HEADING_VALUE_MAX_WORDS : HEADING_LOOSE_VALUE_MAX_WORDS;
    // `#### Length: 175 hours | Difficulty: Medium`: several labels on one heading are read part by part, as on a
    // line of a paragraph (LABEL VALUE (SEP LABEL VALUE)*, withSeparatedLabels), each value short as a heading's is.
    const hits = withSeparatedLabels(text, { ...first }, options).hits;
    if (
      hits.length > 1 &&
      hits.every(
        (part, i) => words(text.slice(part.valueStart, part.valueEnd)) <= (i === 0 ? limit : HEADING_VALUE_MAX_WORDS),
      )
    )
      return hits;
    if (rest <= limit) return [first];
  }
  return whole;
}

function readMarkedLabel(
  text: string,
  line: string,
  start: number,
  end: number,
  marker: string,
  single: boolean,
  options: ParseOptions,
): LineLabels {
  const close = findClose(line, marker);
  if (close < 0) return NONE;
  const inner = line.slice(marker.length, close);
  const after = line.slice(close + marker.length);
  const afterStart = start + close + marker.length;
  const innerColon = /^(.*?)\s*[:：]\s*$/.exec(inner);
  if (innerColon) {
    const found = readLabel(innerColon[1], options.fields);
    if (found)
      return withSeparatedLabels(text, hit(found, innerColon[1], start, afterStart, afterStart, end, text), options);
    return { hits: [], labelLike: isLabelLikeMarked(innerColon[1]) };
  }
  const inside = /^([^:：]{1,60}?)\s*[:：]\s*(\S.*)$/.exec(inner);
  if (inside) {
    const found = readLabel(inside[1], options.fields);
    if (found) {
      const valueStart = start + marker.length + inner.length - inside[2].length;
      return {
        hits: [
          {
            ...fromLabel(found),
            label: cleanLabel(inside[1]),
            labelStart: start,
            labelEnd: valueStart,
            valueStart,
            valueEnd: start + close,
            closed: true,
          },
        ],
        labelLike: false,
      };
    }
    return NONE;
  }
  // `**Difficulty.** Hard. **Duration.** 350 hours`: a run-in heading, a bold label closed by a full stop, is a label
  // when it is exactly one (`**Note.** …` or `**Mentors.** will be …` prose is not); later ones on the line are read
  // by withInlineBold.
  const runIn = /^(.*\S)\s*\.$/.exec(inner);
  if (runIn) {
    const found = readLabel(runIn[1], options.fields);
    if (found?.exact && !found.demoted && (VALUE_START.test(after) || opensWithLevel(found, after)))
      return withSeparatedLabels(text, hit(found, runIn[1], start, afterStart, afterStart, end, text), options);
  }
  const colonAfter = /^[ \t]*[:：]/.exec(after);
  if (colonAfter) {
    const found = readLabel(inner, options.fields);
    const labelEnd = afterStart + colonAfter[0].length;
    if (found) return withSeparatedLabels(text, hit(found, inner, start, labelEnd, labelEnd, end, text), options);
    return { hits: [], labelLike: isLabelLikeMarked(inner) };
  }
  // `**Difficulty** — Medium`: a dash after a bold label separates it from its value (an en or em dash also when glued
  // to the value, `**Deliverables** –Contributors will…`, a scraped page's).
  const dash = /^[ \t]*(?:[–—-][ \t]+|(?<=[ \t])[–—])(?=\S)/.exec(after);
  if (dash) {
    const found = readLabel(inner, options.fields);
    if (found)
      return withSeparatedLabels(
        text,
        hit(found, inner, start, afterStart, afterStart + dash[0].length, end, text),
        options,
      );
  }
  // `__Duration__ 350 hours`: a bold label with no colon, then a short value that starts as values do (a number, a
  // capital, a bracket or a handle), not as a sentence continues (`**Mentors** will be assigned`).
  const spaced = VALUE_START.exec(after);
  if (spaced && words(after) <= BOLD_VALUE_MAX_WORDS && !/[.!?]\s*\S/.test(after.trim())) {
    const found = readLabel(inner, options.fields);
    if (found?.exact && !found.demoted)
      return {
        hits: [hit(found, inner, start, afterStart, afterStart + spaced[0].length, end, text)],
        labelLike: false,
      };
  }
  const breaks = LEADING_BREAKS.exec(after)?.[0] ?? '';
  if (breaks.length === after.length || /<br/i.test(breaks)) {
    const found = readLabel(inner, options.fields);
    if (found) return { hits: [hit(found, inner, start, afterStart, afterStart, end, text)], labelLike: false };
    return { hits: [], labelLike: (single || /<br/i.test(breaks)) && isLabelLikeMarked(inner) };
  }
  return NONE;
}

/** How many words a level may have after a run-in difficulty label (`**Difficulty.** medium to hard.`). */
const LEVEL_VALUE_MAX_WORDS = 4;

/**
 * Whether a difficulty label's value opens with a level, in any case (`**Difficulty.** hard.`): a level word's case
 * never decides whether it is the value (test/fixtures/VARIANTS.md gap 6), while a lower-case word after another
 * run-in label (`**Mentors.** will be …`) is prose going on.
 */
function opensWithLevel(found: LabelMatch, after: string): boolean {
  if (found.name !== 'difficulty' && !found.also?.includes('difficulty')) return false;
  const clause = /^[ \t]+([^.!?;,\n]{1,60})(?:[.!?;,]|$)/.exec(after)?.[1];
  return clause !== undefined && words(clause) <= LEVEL_VALUE_MAX_WORDS && parseDifficulty(clause).recognised;
}

/** A plain label (no markup) is weak when matched only loosely as well as when its alias is vague. */
function plainMatch(found: LabelMatch): LabelMatch {
  return { ...found, demoted: found.demoted || !found.exact };
}

/** Builds a hit whose value starts at `valueFrom` after skipping spaces and `<br>`s; weak when `found` is demoted. */
function hit(
  found: LabelMatch,
  label: string,
  labelStart: number,
  labelEnd: number,
  valueFrom: number,
  end: number,
  text: string,
): LabelHit {
  const skipped = LEADING_BREAKS.exec(text.slice(valueFrom, Math.min(end, valueFrom + 200)))?.[0].length ?? 0;
  return {
    ...fromLabel(found),
    label: cleanLabel(label),
    labelStart,
    labelEnd,
    valueStart: Math.min(end, valueFrom + skipped),
    valueEnd: end,
    closed: false,
  };
}

/**
 * Several labels on one line, each part feeding its field. The grammar: LABEL VALUE (SEP LABEL VALUE)*, where SEP is
 * `|`, `·`, `•`, `;` or `,` (with any spaces around it), a spaced dash (` - `, ` – `, ` — `: a scraped page's
 * `Skills: Python - **Mentors:** Jane - Size: 350 hours`, regression-13) or a run of two spaces or more, or a tab; LABEL is a label of
 * the grammar, marked with its colon inside or right after the emphasis (`**Difficulty:**`, `*Difficulty*:`,
 * `__Difficulty:__`) or a dash after it (`**Difficulty** – Medium`), or plain before a colon and a space
 * (`Difficulty: Medium`). St. Jude writes `**Length:** 175 hours
 * | **Difficulty:** Medium`; an old wiki `Date of insert: 01/22/2013; Verified: Not updated in 2016; GSoC: Yes`. After
 * a comma, a dash or spaces a plain label must be capitalised, exact and specific (`…, note: this` is prose going on). A strong
 * label closed inside its emphasis (`**Repository:**`) needs no separator: glued to the text before it
 * (`Small (about 90 hours of work)**Repository:**[…]`, a scraped page whose conversion ran bold labels together) it
 * still opens a field, in any emphasis (`*Repository:*`, `__Repository__:`; `_` not inside a word).
 */
const SEPARATED_LABEL =
  /(?:[ \t]*([|·•;,]|(?<=[ \t])[-–—](?=[ \t]))[ \t]*|[ \t]{2,}|\t|(?<=[^\s*_])(?=(?:\*\*|__|\*|_)[^\s*_][^*_\n]{0,40}?(?:[:：][*_]|[*_]{1,2}[:：]|[*_]{1,2}[ \t]+[–—])))(?:(\*\*|__|\*|_)(?=[^\s*_])([^*_\n]{1,40}?(?:[ \t]*\((?:[^()*_\n]|\([^()*_\n]*\)){1,200}\))?)(?:[ \t]*[:：][ \t]*\2|\2[ \t]*[:：]|\2[ \t]+(?:[–—-](?=[ \t]+\S)|[–—](?=\S)))|([^\s;:：|·•,*_`[\]<>][^;:：|·•,*_`[\]<>\n]{0,39}?)[ \t]*[:：](?=[ \t]|$))[ \t]*|(?:(?<=[^\s.])([.!?])[ \t]+|(?<=[^\s.!?])[ \t](?=\p{Lu}))(\p{Lu}[\p{L}\p{N}'’/&-]*(?:[ \t]+[\p{L}\p{N}'’/&-]+){0,3})[ \t]*[:：](?=[ \t]|$)[ \t]*/gu;

/**
 * Where the text after the first spaced pipe, middle dot or bullet at or after `from` starts (`a | B: c` → at `B`), or
 * -1: LABEL VALUE (SEP LABEL VALUE)* read on when the first label names no field.
 */
function afterPipe(line: string, from: number): number {
  const match = /[ \t]+[|·•][ \t]+(?=\S)/.exec(line.slice(from));
  return match === null ? -1 : from + match.index + match[0].length;
}

/** Separators that never join prose: after them, a plain label is one even when vague or loose (read as weak). */
const STRONG_SEPARATORS = ['|', '·', '•', ';'];

/** Splits a line holding several labels (SEPARATED_LABEL) into one hit per label. */
function withSeparatedLabels(text: string, first: LabelHit, options: ParseOptions): LineLabels {
  if (first.valueEnd - first.valueStart < 3) return { hits: [first], labelLike: false };
  const value = text.slice(first.valueStart, first.valueEnd);
  if (!/[:：–—-]/.test(value)) return { hits: [first], labelLike: false };
  const hits = [first];
  const lineEnd = first.valueEnd;
  SEPARATED_LABEL.lastIndex = 0;
  for (let match = SEPARATED_LABEL.exec(value); match; match = SEPARATED_LABEL.exec(value)) {
    const [whole, separator, marker, markedLabel, plainLabel, stop, spacedLabel] = match;
    const at = first.valueStart + match.index;
    if (spacedLabel !== undefined) {
      const found =
        spacedLabel && readSpacedLabel(value, match.index, stop, spacedLabel, hits[hits.length - 1], options);
      if (!found) {
        // A longer run of capitalised words was no label: a shorter one ending at the same colon may be.
        SEPARATED_LABEL.lastIndex = match.index + 1;
        continue;
      }
      const previous = hits[hits.length - 1];
      const labelStart = at + whole.indexOf(spacedLabel);
      // `Mentors: Jane Doe - Size: 175 hours`: a spaced dash before the label is neither's text.
      const end = stop ? at + 1 : at;
      const dash = /[ \t][-–—]$/.test(text.slice(end - 2, end)) ? end - 1 : end;
      previous.valueEnd = Math.min(previous.valueEnd, trimEndAt(text, previous.valueStart, dash));
      hits.push({
        ...fromLabel(found),
        label: cleanLabel(spacedLabel),
        labelStart,
        labelEnd: labelStart + spacedLabel.length,
        valueStart: at + whole.length,
        valueEnd: lineEnd,
        closed: false,
      });
      continue;
    }
    const label = marker ? markedLabel : plainLabel;
    // A plain run that is no label may hold a sentence before one (`…, OOP. Project difficulty: easy`): look again
    // from just after its start.
    const rewind = (): void => {
      if (!marker) SEPARATED_LABEL.lastIndex = match.index + whole.indexOf(label) + 1;
    };
    if (words(withoutGloss(label)) > MARKED_LABEL_MAX_WORDS) {
      rewind();
      continue;
    }
    // Glued to the text before it, a label needs its colon, and `_` is no emphasis inside a word (`snake_case_:`).
    const glued = separator === undefined && !/^\s/.test(whole);
    if (glued && (!marker || (marker.startsWith('_') && /[\p{L}\p{N}]/u.test(text[at - 1])))) continue;
    if (glued && !/[:：–—]/.test(whole)) continue;
    const found = readLabel(label, options.fields);
    const previous = hits[hits.length - 1];
    // A marked label of no field (`| **Repository:** …`) still ends the value before it; glued, only a strong one.
    if (!found && marker && isLabelLikeMarked(label) && (!glued || marker === '**'))
      previous.valueEnd = Math.min(previous.valueEnd, trimEndAt(text, previous.valueStart, at));
    if (!found) {
      rewind();
      continue;
    }
    if (
      !marker &&
      !STRONG_SEPARATORS.includes(separator) &&
      !(found.exact && !found.demoted && /^\p{Lu}/u.test(label))
    ) {
      rewind();
      continue;
    }
    // `Mentors: Jane Doe, Email: jane@…`: a label of the same field goes on with its value; after a dash, a second
    // mentor role (`**Mentor:** Jane - jane@x.org - **Backup Mentor:** Ford`) is a field of its own, joined to the first
    // as on a line of its own (find-fields' addsMentors).
    const secondMentor = separator !== undefined && /^[-–—]$/.test(separator) && /mentor/i.test(label);
    if (separator !== ';' && found.name === previous.name && !secondMentor) continue;
    const labelStart = at + whole.indexOf(marker ?? label);
    previous.valueEnd = Math.min(previous.valueEnd, trimEndAt(text, previous.valueStart, at));
    hits.push({
      ...fromLabel(found),
      label: cleanLabel(label),
      labelStart,
      labelEnd: marker ? at + whole.trimEnd().length : labelStart + label.length,
      valueStart: at + whole.length,
      valueEnd: lineEnd,
      closed: false,
      weak: found.demoted || (!marker && !found.exact),
    });
  }
  return { hits, labelLike: false };
}

/** Abbreviations whose full stop ends no sentence (`e.g. Mentors: …` goes on); single letters and `i.e.` too. */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|(?:\p{L}\.)+\p{L}|etc|vs|cf|approx|incl|resp|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|No|Fig)$/iu;

/**
 * A plain label inside a value after a sentence's end or a single space (SEPARATED_LABEL's last branch). The grammar:
 * VALUE (`.`|`!`|`?`) SPACE LABEL `:` — a sentence boundary after a word, not an abbreviation's full stop
 * (`e.g.`, `Dr.`), and a version's or an address's dots have no space after them — or VALUE SPACE LABEL `:`, where
 * LABEL is capitalised, exact and specific (as after a run of spaces) and names a field other than the value's own
 * (`Skills needed: C/C++. Project difficulty: easy`, `Project difficulty: easy Mentor: Vicențiu Ciorbaru`;
 * `Mentors: Jane Doe Email: …` goes on).
 */
function readSpacedLabel(
  value: string,
  index: number,
  stop: string | undefined,
  label: string,
  previous: LabelHit,
  options: ParseOptions,
): LabelMatch | undefined {
  if (words(withoutGloss(label)) > MARKED_LABEL_MAX_WORDS) return undefined;
  if (stop === '.' && ABBREVIATION.test(value.slice(Math.max(0, index - 12), index))) return undefined;
  const found = readLabel(label, options.fields);
  if (!found?.exact || found.demoted || found.quantityOnly) return undefined;
  if (found.name === previous.name || previous.also?.includes(found.name)) return undefined;
  return found;
}

function findClose(line: string, marker: string): number {
  let index = line.indexOf(marker, marker.length);
  while (index > 0) {
    const before = line[index - 1];
    const next = line[index + marker.length];
    if (before !== marker[0] && next !== marker[0] && before !== ' ') return index;
    index = line.indexOf(marker, index + 1);
  }
  return -1;
}

function isWholeParagraph(node: Nodes, lineEnd: number): boolean {
  const end = node.position?.end.offset;
  return end !== undefined && end <= lineEnd;
}

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** `Nice to have:`, `Prior art:` — short, capitalised, no sentence punctuation; ends the value before it. */
function isLabelLikePlain(label: string): boolean {
  const trimmed = label.trim();
  return /^[\p{Lu}\d]/u.test(trimmed) && words(trimmed) <= 3 && !/[.,;!?"]/.test(trimmed) && !/^https?$/i.test(trimmed);
}

function isLabelLikeMarked(label: string): boolean {
  const trimmed = stripEmoji(label).trim();
  return trimmed.length > 0 && words(trimmed) <= MARKED_LABEL_MAX_WORDS && !/[.;!?]$/.test(trimmed);
}

// Marked labels inside a line.

/**
 * A label in emphasis after a sentence on the same line. The grammar (issue 11, test/fixtures/VARIANTS.md gaps 1 and
 * 2): MARK LABEL SEP? MARK SEP? VALUE, where MARK is any emphasis (`**`, `__`, `*`, `_`: emphasis of any kind is the
 * same cue) and SEP a colon inside or after the emphasis, a run-in full stop inside it, or a dash (`–`, `—`, `-`)
 * after it, as at the start of a line.
 */
const INLINE_BOLD =
  /(^|[.!?;)][ \t]+)(\*\*|__|\*(?!\*)|_(?!_))([^*_\n]{1,40}?(?:[ \t]*\((?:[^()*_\n]|\([^()*_\n]*\)){1,200}\))?)(?:[ \t]*([:.])[ \t]*\2|\2[ \t]*:|\2(?![*_])[ \t]+[–—-](?=[ \t]+\S))[ \t]*/g;

/**
 * Adds marked labels that follow a sentence on the same line (`175 or 350 hours. **Skills required**: Python`,
 * `… hours. *Skills required:* Python`, `… hours. **Skills required** – Python`); the text before such a label is not
 * part of it.
 */
function withInlineBold(
  text: string,
  start: number,
  end: number,
  found: LineLabels,
  options: ParseOptions,
): LineLabels {
  const { from, segment } = afterLastLabel(text, start, end, found);
  if (end - from < 6 || (!segment.includes('*') && !segment.includes('_'))) return found;
  const hits = [...found.hits];
  INLINE_BOLD.lastIndex = 0;
  for (let match = INLINE_BOLD.exec(segment); match; match = INLINE_BOLD.exec(segment)) {
    if (match[1] === '') continue;
    const found = readLabel(match[3], options.fields);
    if (!found) continue;
    // A run-in label (`. **Duration.** 350 hours`) is one only when exact, as at the line's start, and only on a
    // line that starts with a label (`**Difficulty.** Hard. **Duration.** 350 hours`), not inside a sentence.
    if (
      match[4] === '.' &&
      (hits.length === 0 ||
        !(
          found.exact &&
          !found.demoted &&
          (VALUE_START.test(segment.slice(match.index + match[0].length - 1)) ||
            opensWithLevel(found, segment.slice(match.index + match[0].length - 1)))
        ))
    )
      continue;
    const labelStart = from + match.index + match[1].length;
    appendHit(hits, text, {
      ...fromLabel(found),
      label: cleanLabel(match[3]),
      labelStart,
      labelEnd: from + match.index + match[0].trimEnd().length,
      valueStart: from + match.index + match[0].length,
      valueEnd: end,
      closed: false,
    });
  }
  const wrapped = wrappedBoldLabel(text, from, end, segment, options);
  if (wrapped) appendHit(hits, text, wrapped);
  return hits.length === found.hits.length ? found : { hits, labelLike: found.labelLike };
}

/** Where labels after a sentence may stand on a line: from the last label's value on (at most 2,000 characters). */
function afterLastLabel(
  text: string,
  start: number,
  end: number,
  found: LineLabels,
): { from: number; segment: string } {
  const from = found.hits.length > 0 ? found.hits[found.hits.length - 1].valueStart : start;
  return { from, segment: text.slice(from, Math.min(end, from + 2000)) };
}

/** Adds a label found after others on a line: the value of the label before it ends where it starts. */
function appendHit(hits: LabelHit[], text: string, hit: LabelHit): void {
  const previous = hits[hits.length - 1];
  if (previous && previous.valueEnd > hit.labelStart)
    previous.valueEnd = trimEndAt(text, previous.valueStart, hit.labelStart);
  hits.push(hit);
}

const WRAPPED_OPEN = /(^|[.!?;)][ \t]+)(\*\*|__)([^*_\n]{1,30})$/;
const WRAPPED_CLOSE = /^[ \t>]*([^*_\n:]{1,30}?)(?:[ \t]*:[ \t]*(\*\*|__)|(\*\*|__)[ \t]*:)[ \t]*/;

/**
 * A bold label broken over two lines of a paragraph (`… medium. **Skills` ⏎ `required**: Python`): the hit
 * belongs to the line where the label starts, its value to the next line.
 */
function wrappedBoldLabel(
  text: string,
  from: number,
  end: number,
  segment: string,
  options: ParseOptions,
): LabelHit | undefined {
  if (end - from > 2000) return undefined;
  const open = WRAPPED_OPEN.exec(segment);
  if (!open) return undefined;
  let next = end;
  if (text[next] === '\r') next++;
  if (text[next] === '\n') next++;
  if (next === end) return undefined;
  const close = WRAPPED_CLOSE.exec(text.slice(next, next + 200));
  if (!close || (close[2] ?? close[3]) !== open[2]) return undefined;
  const label = `${open[3]} ${close[1]}`;
  const found = readLabel(label, options.fields);
  if (!found) return undefined;
  let lineEnd = text.indexOf('\n', next);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  return {
    ...fromLabel(found),
    label: cleanLabel(label),
    labelStart: from + open.index + open[1].length,
    labelEnd: next + close[0].trimEnd().length,
    valueStart: next + close[0].length,
    valueEnd: lineEnd,
    closed: false,
  };
}

function trimEndAt(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return at;
}

/** A label as written, without markup, emoji or trailing colon. */
export function cleanLabel(label: string): string {
  return stripEmoji(label)
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:：]$/, '');
}

// Bold labels inside a line of text, after what comes before them — `Web Interface: Developing a Web interface -
// **Difficulty:** *medium*` — read as fields of an idea that is one list item.

/**
 * A marked label closed by a colon inside or just after the emphasis (`**Difficulty:**`, `__Mentor__:`, `*Mentor:*`),
 * or by a dash after it (`**Difficulty** – *medium*`): any emphasis and either separator (test/fixtures/VARIANTS.md
 * gaps 1 and 2).
 */
const BOLD_LABEL =
  /(?<![*_])(\*\*|__|\*|_)(?=[^\s*_])([^*_\n]{1,80}?)(?<=\S)\1(?![*_])(?:[ \t]*:|[ \t]+[–—-](?=[ \t]+\S))?/g;
/** A value marked as emphasis right after its label (`*medium/high*`) is that emphasis only. */
const EMPHASIS = /^(\*|_)(?=\S)([^*_\n]{1,80}?)(?<=\S)\1(?![*_])/;

/**
 * The fields the bold labels of `text[start..end)` give, each label written after other text on its line and
 * before a separator (` - `, `;`, `,`, `(`, `|`) or the line's start; its value runs to the next such label or the
 * line's end. Labels at the start of a line are the label lines' reader's, so they are left alone.
 */
export function readInlineLabels(text: string, start: number, end: number, options: ParseOptions): RawField[] {
  const fields: RawField[] = [];
  const source = text.slice(start, end);
  const labels: { at: number; stop: number; label: string; found: NonNullable<ReturnType<typeof readLabel>> }[] = [];
  for (const match of source.matchAll(BOLD_LABEL)) {
    const at = match.index ?? 0;
    const inner = match[2].trim();
    const closed = inner.endsWith(':') || /[:–—-]$/.test(match[0]);
    const lineStart = source.lastIndexOf('\n', at - 1) + 1;
    const before = source.slice(lineStart, at);
    if (!closed || !/\S/.test(before) || !/(?:^|\s[-–—|]|[;,(])\s*$/.test(before)) continue;
    const label = inner.replace(/\s*:$/, '');
    if (label.split(/\s+/).length > MARKED_LABEL_MAX_WORDS) continue;
    const found = readLabel(label, options.fields);
    if (found) labels.push({ at, stop: at + match[0].length, label, found });
  }
  labels.forEach((entry, index) => {
    const lineEnd = source.indexOf('\n', entry.stop);
    let valueEnd = Math.min(lineEnd < 0 ? source.length : lineEnd, labels[index + 1]?.at ?? source.length);
    let valueStart = entry.stop;
    while (valueStart < valueEnd && /\s/.test(source[valueStart])) valueStart++;
    const emphasis = EMPHASIS.exec(source.slice(valueStart, valueEnd));
    if (emphasis) valueEnd = valueStart + emphasis[0].length;
    while (valueEnd > valueStart && /[\s,;|(–—-]/.test(source[valueEnd - 1])) valueEnd--;
    fields.push({
      ...fromLabel(entry.found),
      label: entry.label,
      labelStart: start + entry.at,
      labelEnd: start + entry.stop,
      valueStart: start + valueStart,
      valueEnd: start + valueEnd,
    });
  });
  const closed = closedInlineLabels(source, start, options);
  return closed.length > 0 ? [...fields, ...closed].sort((a, b) => a.labelStart - b.labelStart) : fields;
}

/** `… before applying. *You need: Javascript, Ruby*`: a label and its value inside one emphasis, after a sentence. */
const CLOSED_INLINE =
  /(?<=[.!?;)][ \t]+)(\*{1,2}|_{1,2})(?=[^\s*_])([^*_\n:：]{1,40}?)[ \t]*[:：][ \t]+([^*_\n]{1,300}?)\1(?![*_])/g;

/** The labels of `source` (at offset `start`) written with their value inside one emphasis after a sentence. */
function closedInlineLabels(source: string, start: number, options: ParseOptions): RawField[] {
  if (!source.includes('*') && !source.includes('_')) return [];
  const fields: RawField[] = [];
  for (const match of source.matchAll(CLOSED_INLINE)) {
    if (words(withoutGloss(match[2])) > MARKED_LABEL_MAX_WORDS) continue;
    const found = readLabel(match[2], options.fields);
    if (!found?.exact) continue;
    const labelStart = start + match.index;
    const valueStart = labelStart + match[0].length - match[1].length - match[3].length;
    fields.push({
      ...fromLabel(found),
      label: cleanLabel(match[2]),
      labelStart,
      labelEnd: valueStart,
      valueStart,
      valueEnd: valueStart + match[3].length,
    });
  }
  return fields;
}
