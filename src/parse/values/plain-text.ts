// Parse stage: text normalisers shared by the field value helpers (entities, HTML, Markdown markup, edges).
// Every pattern here is linear-time: no nested or adjacent overlapping quantifiers, and no unanchored
// `X+$`-style suffix searches (trimming walks the string instead).

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  times: '×',
  rarr: '→',
  larr: '←',
  star: '☆',
  starf: '★',
  bigstar: '★',
  check: '✓',
};

/** Decodes HTML character references (`&#9733;`, `&#x2605;`, `&amp;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Undoes Markdown's backslash escapes (CommonMark: a backslash before ASCII punctuation stands for that character) and
 * the escaped space some converters write for a non-breaking one (pandoc's `\ `): `joel.weiser\[AT\]oicr.on.ca`,
 * `jane\_doe@x.org`, `joel.weiser\ AT\ oicr.on.ca` read as the address their page displays. A backslash before a
 * letter or a digit, or ending a line (a hard break), is no escape and stays.
 */
export function unescapeMarkdown(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([!-/:-@[-`{-~ \u00a0])/g, (_whole, char: string) => (char === '\u00a0' ? ' ' : char));
}

/** Removes `<!-- … -->` comments; an unclosed comment runs to the end of the text. */
export function stripHtmlComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return out + text.slice(from);
    out += text.slice(from, open);
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out;
    from = close + 3;
  }
}

// Only well-known tags, so `<a@b.c>` and the obfuscation marker `<at>` survive.
const HTML_TAG = /<\/?(a|b|big|br|center|code|div|em|font|i|li|ol|p|small|span|strong|sub|sup|u|ul)(?=[\s/>])[^<>]*>/gi;
const BLOCK_TAGS = new Set(['br', 'div', 'li', 'p']);

/** Replaces common HTML tags: line-level ones (`<br>`, `<p>`, `<div>`, `<li>`) by a newline, inline ones by nothing. */
export function stripHtmlTags(text: string): string {
  return text.replace(HTML_TAG, (_whole, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? '\n' : ''));
}

const INLINE_LINK = /\[([^[\]\n]*)\]\(([^()\s]*)(?:\s+"[^"\n]*")?\s*(?:\)|$)/gm;
const REFERENCE_LINK = /\[([^[\]\n]*)\]\[[^[\]\n]*\]/g;

/**
 * Rewrites Markdown links `[text](url)` and `[text][ref]`; `render` decides what each inline link becomes
 * (by default its text). A link missing its closing `)` at the end of a line still counts.
 */
export function replaceLinks(text: string, render: (text: string, url: string) => string = (t) => t): string {
  return text
    .replace(INLINE_LINK, (_whole, label: string, url: string) => render(label, url))
    .replace(REFERENCE_LINK, '$1');
}

const EMPHASIS = /\*+|`+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;

/** Removes Markdown emphasis and code markers (`**`, `*`, `` ` ``, `~~`, `_` at word edges; `snake_case` keeps its `_`). */
export function stripEmphasis(text: string): string {
  return text.replace(EMPHASIS, '');
}

/** Turns every run of whitespace into one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const EDGE_CHAR = /^[\s\p{P}\p{S}\p{Cf}\p{Mn}]$/u;

/** Whether the code point is whitespace, punctuation, a symbol, a format character or a combining mark. */
const isEdge = (codePoint: number): boolean => EDGE_CHAR.test(String.fromCodePoint(codePoint));

/**
 * Removes whitespace, punctuation, symbols and emoji (with their joiners) from both ends. Walks in from each end
 * by code point (a surrogate pair as one, a lone surrogate alone), without an array of the text's characters.
 */
export function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end) {
    const codePoint = text.codePointAt(start)!;
    if (!isEdge(codePoint)) break;
    start += codePoint > 0xffff ? 2 : 1;
  }
  while (end > start) {
    const last = text.charCodeAt(end - 1);
    const paired = last >= 0xdc00 && last <= 0xdfff && end - 2 >= start && isHighSurrogate(text.charCodeAt(end - 2));
    const codePoint = paired ? text.codePointAt(end - 2)! : last;
    if (!isEdge(codePoint)) break;
    end -= paired ? 2 : 1;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Runs of ASCII capitals (built once: asciiLower is asked of every word some readers tokenise). */
const ASCII_CAPITALS = /[A-Z]+/g;

/** Lower-cases ASCII letters only, so offsets into the result match offsets into the input. */
export function asciiLower(text: string): string {
  return text.replace(ASCII_CAPITALS, (run) => run.toLowerCase());
}

/** The plain reading of a field value: entities decoded, comments, tags, link targets and emphasis removed, whitespace collapsed. */
export function plainValue(text: string): string {
  if (typeof text !== 'string') return '';
  let plain = PLAIN_VALUES.get(text);
  if (plain === undefined) {
    plain = collapseWhitespace(stripEmphasis(replaceLinks(stripHtmlTags(stripHtmlComments(decodeEntities(text))))));
    if (PLAIN_VALUES.size >= PLAIN_VALUES_KEPT) PLAIN_VALUES.clear();
    PLAIN_VALUES.set(text, plain);
  }
  return plain;
}

/**
 * Plain readings already made: the same field value is read by several rules (isPlaceholder for the mentors in
 * missing-mentor, min-mentors and missing-mentor-email; the difficulty twice), and each reading runs six
 * replaces. Kept for the last few thousand values, so a long run holds no more than that.
 */
const PLAIN_VALUES = new Map<string, string>();
const PLAIN_VALUES_KEPT = 4096;

/** Whether two words differ by at most one substitution, insertion, deletion or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
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

/** A match of a token pattern: its text and where it stands (end exclusive). */
export interface TextToken {
  text: string;
  start: number;
  end: number;
}

/**
 * Every match of a global (`g`) token pattern in `text`, in order, by one exec loop (no iterator and no array of match
 * objects beside the tokens). An empty match is skipped past, so a pattern that may match nothing cannot loop.
 */
export function tokensOf(text: string, pattern: RegExp): TextToken[] {
  const tokens: TextToken[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
