// Parse stage (wikitext): a small scanner for MediaWiki source — section headings and template calls with their
// parameters, by offset. Linear in the text; it never throws and never expands anything (no network, no templates).

/** A `== Heading ==` line. */
export interface WikiHeading {
  depth: number;
  /** Where the heading's words start and end (the `=` signs and spaces excluded). */
  textStart: number;
  textEnd: number;
  start: number;
  end: number;
}

/** One `|name=value` (or positional `|value`) argument of a template call. */
export interface WikiParameter {
  /** The name as written, trimmed; '' for a positional argument. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The value's source range, untrimmed (it runs to the next `|` or the closing `}}`). */
  valueStart: number;
  valueEnd: number;
}

/** A `{{Name|…}}` call. */
export interface WikiTemplate {
  name: string;
  start: number;
  end: number;
  parameters: WikiParameter[];
}

/** What the scanner finds at the top level of a page, in source order. */
export interface WikiScan {
  headings: WikiHeading[];
  templates: WikiTemplate[];
}

/** Tags whose content is literal text: no template, link or heading inside them counts. */
const LITERAL_TAGS = /<(nowiki|pre|syntaxhighlight|source|math)\b[^>]*>/iy;

/** Finds the page's top-level headings and template calls. */
export function scanWikitext(text: string): WikiScan {
  return new Scanner(text).scan();
}

class Scanner {
  private readonly cache = new Map<number, WikiTemplate | null>();
  /** Offsets from which no closing `]]` / literal tag end exists any more (so later searches stop at once). */
  private noLinkCloseFrom = Infinity;
  private readonly noTagCloseFrom = new Map<string, number>();

  constructor(private readonly text: string) {}

  scan(): WikiScan {
    const { text } = this;
    const headings: WikiHeading[] = [];
    const templates: WikiTemplate[] = [];
    let at = 0;
    while (at < text.length) {
      if ((at === 0 || text[at - 1] === '\n') && text[at] === '=') {
        const heading = this.heading(at);
        if (heading) {
          headings.push(heading);
          at = heading.end;
          continue;
        }
      }
      if (text.startsWith('{{', at)) {
        const template = this.template(at);
        if (template) {
          templates.push(template);
          at = template.end;
          continue;
        }
        at += 2;
        continue;
      }
      at = this.skipInert(at) ?? at + 1;
    }
    return { headings, templates };
  }

  /** The end of a comment, literal tag or link starting at `at`; undefined when none starts there. */
  private skipInert(at: number): number | undefined {
    const { text } = this;
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      return close === -1 ? text.length : close + 3;
    }
    if (text[at] === '<') {
      LITERAL_TAGS.lastIndex = at;
      const open = LITERAL_TAGS.exec(text);
      if (open) {
        const tag = open[1].toLowerCase();
        if (at >= (this.noTagCloseFrom.get(tag) ?? Infinity)) return undefined;
        const closing = new RegExp(`</${tag}\\s*>`, 'gi');
        closing.lastIndex = at + open[0].length;
        const close = closing.exec(text);
        if (!close) {
          this.noTagCloseFrom.set(tag, at);
          return undefined;
        }
        return close.index + close[0].length;
      }
    }
    if (text.startsWith('[[', at) && at < this.noLinkCloseFrom) {
      const close = text.indexOf(']]', at + 2);
      if (close === -1) {
        this.noLinkCloseFrom = at;
        return undefined;
      }
      return close + 2;
    }
    return undefined;
  }

  /** A heading line starting at `at`: `=`s, words, the same `=`s (trailing spaces and comments allowed). */
  private heading(at: number): WikiHeading | undefined {
    const { text } = this;
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = withoutTrailingComments(text.slice(at, end));
    const match = /^(={1,6})(.+?)(={1,6})$/.exec(line);
    if (!match) return undefined;
    const depth = Math.min(match[1].length, match[3].length);
    const inner = line.slice(depth, line.length - depth);
    const lead = inner.length - inner.trimStart().length;
    const words = inner.trim();
    if (!words) return undefined;
    const textStart = at + depth + lead;
    return { depth, textStart, textEnd: textStart + words.length, start: at, end };
  }

  /**
   * The template call opening at `start` (`{{`), or null when it is never closed. Iterative, so calls nested
   * thousands deep cannot overflow the stack.
   */
  private template(start: number): WikiTemplate | null {
    const cached = this.cache.get(start);
    if (cached !== undefined) return cached;
    const { text } = this;
    const frames: Frame[] = [openFrame(start)];
    let at = start + 2;
    while (at < text.length) {
      const frame = frames[frames.length - 1];
      if (text.startsWith('}}', at)) {
        closeSegment(text, frame, at);
        const call = { name: frame.name ?? '', start: frame.start, end: at + 2, parameters: frame.parameters };
        this.cache.set(frame.start, call);
        frames.pop();
        at += 2;
        if (frames.length === 0) return call;
        continue;
      }
      if (text.startsWith('{{', at)) {
        const known = this.cache.get(at);
        // An inner call that is never closed leaves this one unclosed too: any `}}` after it would close it first.
        if (known === null) break;
        if (known) at = known.end;
        else {
          frames.push(openFrame(at));
          at += 2;
        }
        continue;
      }
      if (text[at] === '|') {
        closeSegment(text, frame, at);
        frame.segmentStart = at + 1;
        frame.equals = -1;
        at += 1;
        continue;
      }
      if (text[at] === '=' && frame.equals === -1 && frame.name !== undefined) frame.equals = at;
      at = this.skipInert(at) ?? at + 1;
    }
    for (const frame of frames) this.cache.set(frame.start, null);
    return null;
  }
}

/** A call being read: its parameters so far and where its current `|…` segment began. */
interface Frame {
  start: number;
  name?: string;
  parameters: WikiParameter[];
  segmentStart: number;
  equals: number;
}

function openFrame(start: number): Frame {
  return { start, parameters: [], segmentStart: start + 2, equals: -1 };
}

function closeSegment(text: string, frame: Frame, end: number): void {
  if (frame.name === undefined)
    frame.name = text
      .slice(frame.segmentStart, end)
      .replace(/<!--[\s\S]*?-->/g, '')
      .trim();
  else frame.parameters.push(parameter(text, frame.segmentStart, end, frame.equals));
}

function parameter(text: string, start: number, end: number, equals: number): WikiParameter {
  if (equals === -1) return { name: '', nameStart: start, nameEnd: start, valueStart: start, valueEnd: end };
  const written = text.slice(start, equals);
  const lead = written.length - written.trimStart().length;
  const name = written.trim();
  return {
    name,
    nameStart: start + lead,
    nameEnd: start + lead + name.length,
    valueStart: equals + 1,
    valueEnd: end,
  };
}

/** A line without its trailing spaces and `<!-- … -->` comments (MediaWiki allows both after a heading). */
function withoutTrailingComments(line: string): string {
  let rest = line.trimEnd();
  while (rest.endsWith('-->')) {
    const open = rest.lastIndexOf('<!--');
    if (open === -1) break;
    rest = rest.slice(0, open).trimEnd();
  }
  return rest;
}
