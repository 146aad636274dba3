// Parse stage: plain-text helpers — positions from offsets, and Markdown source turned into readable text.
import type { Point, Position } from './types.js';
import { decodeEntities } from './values/plain-text.js';

export { decodeEntities };

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f|\u20e3/gu;

/** Removes emoji (with skin tones, variation selectors and joiners). */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI, '');
}

/** Offsets at which each line of `text` starts (CRLF, LF and lone CR end lines). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 0-based index of the line holding `offset`, given the line starts of its text (binary search). */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The unist point of an offset, given the line starts of its text. */
export function pointAt(starts: readonly number[], offset: number): Point {
  const line = lineIndexAt(starts, offset);
  return { line: line + 1, column: offset - starts[line] + 1, offset };
}

/** The unist position of an offset range. */
export function rangeAt(starts: readonly number[], start: number, end: number): Position {
  return { start: pointAt(starts, start), end: pointAt(starts, end) };
}

/** A `#…` comment left from a template after a value (`#For GSoC, it is **required** to have…`). */
const TEMPLATE_COMMENT = /(?:^|\s)#(?=[A-Za-z])(?:[^\s#]+\s+){3,}[^\n]*$/;

/** Where a trailing template comment starts in a one-line value, or -1. */
export function templateCommentStart(line: string): number {
  const match = TEMPLATE_COMMENT.exec(line);
  if (!match) return -1;
  return match.index + (match[0][0] === '#' ? 0 : 1);
}

/** An HTML open or close tag as CommonMark defines it (so `<name (at) example (dot) org>` is text, not a tag). */
const HTML_TAG =
  /<\/[A-Za-z][A-Za-z0-9-]*\s*>|<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/g;

/**
 * inlineToText's answers to the latest lines asked, by line: the parse stage asks the same line again and again (a
 * heading's text for headings.ts, for repeated-blocks.ts, for the idea's title; three asks in four on the corpus
 * were repeats). Cleared when full, so it holds at most INLINE_CACHE_MAX lines, of the last file or two.
 */
const INLINE_CACHE = new Map<string, string>();
const INLINE_CACHE_MAX = 4096;

/** Strips inline Markdown and HTML from one line: emphasis, links, code ticks, tags, entities, emoji. */
export function inlineToText(source: string): string {
  let text = INLINE_CACHE.get(source);
  if (text === undefined) {
    if (INLINE_CACHE.size >= INLINE_CACHE_MAX) INLINE_CACHE.clear();
    INLINE_CACHE.set(source, (text = stripInline(source)));
  }
  return text;
}

function stripInline(source: string): string {
  let text = source;
  // Each step runs only when the text holds a character its pattern needs: this is asked of every line of every
  // field and item title, and most lines hold none of them.
  if (text.includes('<')) {
    text = text.replace(/<br\s*\/?>/gi, ' ');
    text = text.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  }
  // Link texts and titles are bounded, so a long run of `[` or `![` stays linear.
  if (text.includes('](') || text.includes('][')) text = replaceLinks(text);
  if (text.includes('<')) {
    text = text.replace(/<((?:https?|mailto|ftp):[^>\s]+)>/gi, '$1');
    text = text.replace(HTML_TAG, ' ');
  }
  if (text.includes('`')) text = text.replace(/`+/g, '');
  // An escaped marker (`my\_vsnprintf`, `JSON\_\*`) is the character itself, kept for the escape step below.
  if (text.includes('*')) text = text.replace(/(?<!\\)\*+/g, '');
  if (text.includes('_')) text = text.replace(/(?<![\p{L}\p{N}\\])_+|(?<!\\)_+(?![\p{L}\p{N}])/gu, '');
  if (text.includes('~~')) text = text.replace(/~~/g, '');
  if (text.includes('\\')) text = text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  text = decodeEntities(text);
  // Emoji, joiners and variation selectors are all outside ASCII.
  if (NOT_ASCII.test(text)) text = stripEmoji(text);
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * French typography sets a no-break space before the high punctuation `:` `;` `?` `!` (`**Difficulté** : Facile`,
 * `Durée\u00a0: 175 heures`): a no-break space (U+00A0), a narrow one (U+202F) or a thin one (U+2009), written as
 * the character or as an entity (`&nbsp;:`, `&#160;:`, `&#x202F;:`). Every label reader accepts spaces and tabs before
 * a colon or semicolon (`Label : value`, `**Label** : value`, `- Label : value`, `#### Label :`, `| Label : |`), so the
 * text as parsed writes these spaces as plain ones, one space per character (an entity as as many spaces as it has
 * characters), and every reader, in any language, accepts the French form; offsets are unchanged.
 */
// The character before the run is matched, not looked behind for, and is no `;` (an entity's end), so a run is tried
// from its start only: linear on any text (a run of thousands of spaces or entities).
const TYPOGRAPHIC_SPACE_BEFORE_PUNCTUATION =
  /([^\s;])((?:[ \t\u00a0\u2009\u202f]|&(?:nbsp|thinsp|#160|#8201|#8239|#x0*a0|#x0*2009|#x0*202f);)+)(?=[:;?!：；])/giu;
const TYPOGRAPHIC_SPACE = /[\u00a0\u2009\u202f]|&[#\w]+;/;

/** The text as read by the label readers: French spaces before `:` `;` `?` `!` as plain spaces, offsets unchanged. */
export function withPlainSpacesBeforePunctuation(text: string): string {
  if (!/[\u00a0\u2009\u202f]|&(?:nbsp|thinsp|#)/i.test(text)) return text;
  return text.replace(TYPOGRAPHIC_SPACE_BEFORE_PUNCTUATION, (whole, before: string, spaces: string) =>
    TYPOGRAPHIC_SPACE.test(spaces) ? `${before}${' '.repeat(spaces.length)}` : whole,
  );
}

/**
 * A table's delimiter row (`| --- | :-: |`, `-- --`). Written so that a line has one way to match: a run of
 * dashes is never split between cells, and a colon between two runs belongs to the second, else a long row
 * of dashes ending in another character backtracks exponentially.
 */
const TABLE_DELIMITER_ROW = /^\s*(?:\|\s*)?(?::?-{2,}(?!-)(?::(?!-))?\s*(?:\|\s*)?)+$/;

/** Images and links (inline and reference) replaced by their text, or by the address when the text is empty. */
function replaceLinks(source: string): string {
  let text = source.replace(/!\[([^\]]{0,300})\]\((?:[^()]|\([^()]*\))*\)?/g, '$1');
  // A destination may hold balanced parentheses (`…/474284-Predrag-Gruevski-(he-him)`).
  text = text.replace(
    /\[([^\]]{0,300})\]\(\s*(<[^>]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+["'(][^)]{0,300})?\)?/g,
    (_whole, label: string, url: string) => (label.trim() ? label : url.replace(/^<|>$/g, '')),
  );
  text = text.replace(/\[([^\]]{0,300})\]\[[^\]]{0,300}\]/g, '$1');
  return text;
}

const LINE_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))?(?:\[[ xX]\][ \t]+)?/;

/**
 * Turns a Markdown excerpt into plain text: one line per source line, list and quote markers removed.
 * `midLine`: the excerpt starts after a label on the same line, so its first line carries no marker.
 */
export function markdownToText(source: string, midLine = false): string {
  const lines: string[] = [];
  for (const [index, raw] of source.split(/\r\n|\r|\n/).entries()) {
    let line = index === 0 && midLine ? raw : raw.replace(LINE_PREFIX, '');
    if (/^#{1,6}(?:\s|$)/.test(line)) line = line.replace(/^#{1,6}\s*/, '').replace(/\s#+\s*$/, '');
    if (TABLE_DELIMITER_ROW.test(line)) continue;
    if (line.includes('|'))
      line = line
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .replace(/\s*\|\s*/g, ' | ');
    const text = inlineToText(line);
    if (text) lines.push(text);
  }
  return lines.join('\n');
}

/** A word for countWords: a letter or digit, then letters, digits, apostrophes, dots and hyphens. */
const COUNTED_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Counts words in plain text (by `test`, which builds no match: a word count is asked of every idea's text). */
export function countWords(text: string): number {
  COUNTED_WORD.lastIndex = 0;
  let count = 0;
  while (COUNTED_WORD.test(text)) count++;
  return count;
}
