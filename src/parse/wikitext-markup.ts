// Parse stage (wikitext): a stretch of MediaWiki markup rewritten as Markdown, with a map from every Markdown
// character back to its offset in the page, so the Markdown tools (mdast, plain text) keep pointing into the page.
// Nothing is expanded: an inner template call becomes the text of its unnamed arguments (`{{Comment|x}}` → `x`).

/** Markdown text and, for each of its characters, the page offset it came from. */
export interface MappedMarkdown {
  markdown: string;
  /** `origin[i]` is the page offset of `markdown[i]`. */
  origin: number[];
}

/** Link targets that are files or categories: no words for a reader. */
const MEDIA_LINK = /^\s*:?\s*(?:file|image|media|category)\s*:/i;
const EXTERNAL_LINK = /\[((?:https?:|ftp:|mailto:|\/\/)[^\s\]]+)(?:[ \t]+([^\]\n]*))?\]/y;
const EMPHASIS = /'{2,5}/y;
const LIST_MARKER = /[*#:;]+[ \t]*/y;
const LITERAL = /<(nowiki|pre)\b[^>]*>/iy;

/** Rewrites `text[from, to)` as Markdown: lists, links, bold and italics, inner templates. */
export function wikiToMarkdown(text: string, from: number, to: number): MappedMarkdown {
  const out: MappedMarkdown = { markdown: '', origin: [] };
  convert({ text, pairs: matchPairs(text, from, to), unclosed: new Map() }, from, to, out, 0);
  return out;
}

interface Source {
  text: string;
  /** Where each `{{` / `[[` that is closed ends (the offset after its `}}` / `]]`). */
  pairs: Map<number, number>;
  /** Per literal tag, the first offset from which it has no closing tag (so it is not searched for again). */
  unclosed: Map<string, number>;
}

/** Nested calls deeper than this are kept as written (a page never needs more; a hostile one gains nothing). */
const MAX_DEPTH = 8;

function convert(source: Source, from: number, to: number, out: MappedMarkdown, depth: number): void {
  const { text, pairs } = source;
  let at = from;
  const copy = (start: number, end: number): void => {
    out.markdown += text.slice(start, end);
    for (let i = start; i < end; i++) out.origin.push(i);
  };
  const emit = (piece: string, origin: number): void => {
    out.markdown += piece;
    for (let i = 0; i < piece.length; i++) out.origin.push(origin);
  };
  while (at < to) {
    const lineStart = at === from || text[at - 1] === '\n';
    if (lineStart) {
      LIST_MARKER.lastIndex = at;
      const marker = LIST_MARKER.exec(text);
      if (marker && marker.index + marker[0].length <= to) {
        const kind = marker[0].trimEnd().slice(-1);
        if (kind === '*' || kind === '#') emit('- ', at);
        at += marker[0].length;
        continue;
      }
    }
    const char = text[at];
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      const end = close === -1 || close + 3 > to ? to : close + 3;
      copy(at, end);
      at = end;
    } else if (char === '<' && literalEnd(source, at, to) !== undefined) {
      const { contentStart, contentEnd, end } = literalEnd(source, at, to) as LiteralSpan;
      copy(contentStart, contentEnd);
      at = end;
    } else if (text.startsWith('{{', at) && depth < MAX_DEPTH && (pairs.get(at) ?? to + 1) <= to) {
      const end = pairs.get(at) as number;
      const args = splitAtPipes(source, at + 2, end - 2)
        .slice(1)
        .filter(([start, stop]) => !isNamed(text, start, stop));
      args.forEach(([start, stop], index) => {
        if (index > 0) emit(' ', start);
        convert(source, start, stop, out, depth + 1);
      });
      at = end;
    } else if (text.startsWith('[[', at) && depth < MAX_DEPTH && (pairs.get(at) ?? to + 1) <= to) {
      const end = pairs.get(at) as number;
      if (!MEDIA_LINK.test(text.slice(at + 2, Math.min(end - 2, at + 40)))) {
        const parts = splitAtPipes(source, at + 2, end - 2);
        const [start, stop] = parts[parts.length > 1 ? 1 : 0];
        convert(source, start, parts.length > 2 ? parts[parts.length - 1][1] : stop, out, depth + 1);
      }
      at = end;
    } else if (char === '[' && externalLink(text, at, to)) {
      const [match, url, label] = externalLink(text, at, to) as RegExpExecArray;
      const labelStart = at + match.indexOf(label ?? '\0', 1 + url.length);
      emit('[', at);
      if (label) convert(source, labelStart, labelStart + label.length, out, depth + 1);
      else copy(at + 1, at + 1 + url.length);
      emit(`](${url})`, at + match.length - 1);
      at += match.length;
    } else if (char === "'" && emphasisLength(text, at, to) > 0) {
      at += emphasisLength(text, at, to);
    } else {
      // `~~~~` (an unsigned signature) is text in wikitext, not Markdown strikethrough.
      if (char === '~') emit('\\', at);
      copy(at, at + 1);
      at += 1;
    }
  }
}

interface LiteralSpan {
  contentStart: number;
  contentEnd: number;
  end: number;
}

function literalEnd(source: Source, at: number, to: number): LiteralSpan | undefined {
  const { text, unclosed } = source;
  LITERAL.lastIndex = at;
  const open = LITERAL.exec(text);
  if (!open) return undefined;
  const tag = open[1].toLowerCase();
  if (at >= (unclosed.get(tag) ?? Infinity)) return undefined;
  const closing = new RegExp(`</${tag}\\s*>`, 'gi');
  closing.lastIndex = at + open[0].length;
  const close = closing.exec(text);
  if (!close || close.index + close[0].length > to) {
    unclosed.set(tag, at);
    return undefined;
  }
  return { contentStart: at + open[0].length, contentEnd: close.index, end: close.index + close[0].length };
}

function externalLink(text: string, at: number, to: number): RegExpExecArray | undefined {
  EXTERNAL_LINK.lastIndex = at;
  const match = EXTERNAL_LINK.exec(text);
  return match && at + match[0].length <= to ? match : undefined;
}

function emphasisLength(text: string, at: number, to: number): number {
  EMPHASIS.lastIndex = at;
  const match = EMPHASIS.exec(text);
  return match && at + match[0].length <= to ? match[0].length : 0;
}

/** The ranges between the `|`s of `text[from, to)` that belong to it, not to calls or links inside it. */
function splitAtPipes(source: Source, from: number, to: number): [number, number][] {
  const { text, pairs } = source;
  const parts: [number, number][] = [];
  let start = from;
  let at = from;
  while (at < to) {
    const nested = text[at] === '{' || text[at] === '[' ? pairs.get(at) : undefined;
    if (nested !== undefined && nested <= to) at = nested;
    else if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      at = close === -1 ? to : close + 3;
    } else if (text[at] === '|') {
      parts.push([start, at]);
      start = ++at;
    } else at++;
  }
  parts.push([start, to]);
  return parts;
}

/** Pairs each `{{` with its `}}` and each `[[` with its `]]` in one pass; unclosed openers stay unpaired. */
function matchPairs(text: string, from: number, to: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: { at: number; kind: string }[] = [];
  let at = from;
  while (at < to) {
    const two = text.slice(at, at + 2);
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      at = close === -1 ? to : close + 3;
    } else if (two === '{{' || two === '[[') {
      open.push({ at, kind: two[0] });
      at += 2;
    } else if (
      (two === '}}' || two === ']]') &&
      open.length > 0 &&
      open[open.length - 1].kind === (two === '}}' ? '{' : '[')
    ) {
      pairs.set((open.pop() as { at: number }).at, at + 2);
      at += 2;
    } else at++;
  }
  return pairs;
}

function isNamed(text: string, start: number, end: number): boolean {
  return /^[^=[\]{}|<>\n]*=/.test(text.slice(start, end));
}
