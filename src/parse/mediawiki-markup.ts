// Parse stage: a Markdown file written in MediaWiki markup (a wiki page copied into a `.md` file) read as the Markdown
// it displays as: `=== Title ===` headings, `'''bold'''` labels, `''italic''`, `[[target|text]]` links, `#` list items.
import { FenceTracker, rewriteLinesOutsideFences } from './code-fences.js';

/** A MediaWiki heading line as read: its depth, its title (between the marks) and the line's carriage return. */
interface WikiHeading {
  depth: number;
  title: string;
  cr: string;
}

/**
 * A MediaWiki heading line: one to six `=`, a title holding a letter or digit, as many `=` again (`== Mentors ==`,
 * `===Title===`), trailing spaces. A line opened and closed by different runs (`== A ===`) stays text. Read by counting
 * the runs (linear in the line, whatever it holds).
 */
function wikiHeading(line: string): WikiHeading | undefined {
  if (line.charCodeAt(0) !== 0x3d) return undefined;
  const cr = line.endsWith('\r') ? '\r' : '';
  const bare = line.slice(0, line.length - cr.length).replace(/[ \t]+$/, '');
  let open = 0;
  while (open < bare.length && bare[open] === '=') open++;
  let close = 0;
  while (close < bare.length - open && bare[bare.length - 1 - close] === '=') close++;
  if (open > 6 || open !== close || open * 2 >= bare.length) return undefined;
  const title = bare.slice(open, bare.length - close);
  if (!/[\p{L}\p{N}]/u.test(title)) return undefined;
  return { depth: open, title, cr };
}

/** A Markdown ATX heading line (`## Title`, `#` alone). */
const ATX_HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t]|\r?$)/;

/** Fewest MediaWiki heading lines that make a page MediaWiki markup. */
const MIN_WIKI_HEADINGS = 2;

/**
 * Whether `text` is written in MediaWiki markup: at least two heading lines in MediaWiki's syntax (`== Title ==`,
 * outside code fences), more of them than Markdown ATX headings (a MediaWiki numbered item, `# step`, reads as one).
 */
export function isMediaWikiMarkup(text: string): boolean {
  if (!/^=[^\n]*=[ \t]*\r?$/m.test(text)) return false;
  let wiki = 0;
  let atx = 0;
  const fences = new FenceTracker();
  for (const line of text.split('\n')) {
    if (fences.inFence(line)) continue;
    if (wikiHeading(line)) wiki++;
    else if (ATX_HEADING_LINE.test(line)) atx++;
  }
  return wiki >= MIN_WIKI_HEADINGS && wiki > atx;
}

/**
 * The text of a page in MediaWiki markup written as the Markdown it displays as, every line keeping its length so that
 * positions in the result index the source (findings point at the lines and, but for the cases below, the columns
 * they name). Grammar (MediaWiki's): a line `={n} title ={n}` is a heading of depth n (`### title`; written without
 * spaces, `===Title===`, the title moves right by one column); on a line, `'''x'''` is bold (a label when it opens an
 * item: `* '''Mentor''': Jane`), `''x''` italic and `'''''x'''''` both (each pair written as Markdown's `**x**`,
 * `*x*`, `***x***` with the spare quotes as spaces outside it, the text keeping its offset; a colon right after a
 * closing run moves inside the room it leaves, `**Mentor**: `); `[[target|text]]` is a link showing `text`
 * (`[text](target) `), `[[target]]` the target's name; a run of `#` or `*` opening a line is a list item (`# step` →
 * `- step`). A page not in that markup (see isMediaWikiMarkup) is returned as it is.
 */
export function mediaWikiAsMarkdown(text: string): string {
  if (!isMediaWikiMarkup(text)) return text;
  return rewriteLinesOutsideFences(text, (line) => {
    const heading = wikiHeading(line);
    if (heading) return headingAsMarkdown(line, heading);
    return emphasisAsMarkdown(linksAsMarkdown(listMarkerAsMarkdown(line)));
  });
}

function headingAsMarkdown(line: string, { depth, title, cr }: WikiHeading): string {
  const spaced = /^[ \t]/.test(title);
  const rewritten = `${'#'.repeat(depth)}${spaced ? '' : ' '}${title}`;
  return rewritten.padEnd(line.length - cr.length, ' ') + cr;
}

/** A MediaWiki list marker opening a line: a run of `*` and `#` (`#`, `**`, `*#`), then a space or bold/italic. */
const LIST_MARKER = /^([*#]+)(?=[ \t]|'')/;

/** `# step` → `- step`; a nested marker (`## step`, `** item`) → ` - step` (one level: Markdown nests by indentation). */
function listMarkerAsMarkdown(line: string): string {
  const match = LIST_MARKER.exec(line);
  if (!match || (match[1] === '*' && /^\*[ \t]/.test(line))) return line;
  const marker = match[1];
  const rewritten = `${' '.repeat(marker.length - 1)}-`;
  return rewritten + line.slice(marker.length);
}

/** An internal link: `[[target|text]]` or `[[target]]`, on one line. */
const INTERNAL_LINK = /\[\[([^[\]|\n]+)(?:\|([^[\]\n]*))?\]\]/g;

function linksAsMarkdown(line: string): string {
  if (!line.includes('[[')) return line;
  return line.replace(INTERNAL_LINK, (whole: string, target: string, shown: string | undefined) => {
    if (shown !== undefined && shown.trim()) return `[${shown}](${target.trim()})`.padEnd(whole.length, ' ');
    return `  ${target}  `;
  });
}

/** A run of two or more apostrophes. */
const QUOTES = /'{2,}/g;

/** The Markdown for a pair of runs of `''` (italic), `'''` (bold) or `'''''` (both): opening and closing. */
const EMPHASIS: Record<number, [string, string]> = {
  2: [' *', '* '],
  3: [' **', '** '],
  5: ['  ***', '***  '],
};

/** Each pair of `''`, `'''` or `'''''` runs on the line (the first open run closed by the next of its length). */
function emphasisAsMarkdown(line: string): string {
  if (!line.includes("''")) return line;
  const runs = [...line.matchAll(QUOTES)].filter((run) => EMPHASIS[run[0].length]);
  const open = new Map<number, number>();
  const pairs: [number, number, number][] = [];
  for (const run of runs) {
    const length = run[0].length;
    const start = open.get(length);
    if (start === undefined) open.set(length, run.index);
    else {
      pairs.push([start, run.index, length]);
      open.delete(length);
    }
  }
  if (pairs.length === 0) return line;
  const chars = [...line.split('')];
  for (const [start, end, length] of pairs) {
    const [opening, closing] = EMPHASIS[length];
    for (let i = 0; i < length; i++) chars[start + i] = opening[i];
    // A colon right after the closing run moves into the room it leaves: `'''Mentor''':` → ` **Mentor**: `.
    const after = end + length;
    if (line[after] === ':' || line[after] === '：') {
      const marks = closing.trimEnd();
      const moved = `${marks}${line[after]}`.padEnd(length + 1, ' ');
      for (let i = 0; i <= length; i++) chars[end + i] = moved[i];
    } else for (let i = 0; i < length; i++) chars[end + i] = closing[i];
  }
  return chars.join('');
}
