// Parse stage: HTML inside Markdown read as the Markdown it displays as — the one place HTML layout is converted.
// Headings (`<h3>Title</h3>` → `### Title`), labels in HTML emphasis (`<i>Languages:</i>` → `*Languages:*`), `<br>`s
// opening a line, and quotes (`<blockquote>Skill level: Novice<br>…</blockquote>`, read as a block quote of text).
// Every line keeps its length, so positions in the result index the source: findings land on the lines they name.
import type { Blockquote, Root, RootContent } from 'mdast';
import { anchorLinesAsBlank } from './anchor-lines.js';
import { breakLinesAsBlank } from './break-lines.js';
import { closedHeadingsAsMarkdown } from './closed-headings.js';
import { contentTabsAsMarkdown } from './content-tabs.js';
import { iconLabelsAsMarkdown } from './icon-legend.js';
import { mediaWikiAsMarkdown } from './mediawiki-markup.js';
import { FenceTracker } from './code-fences.js';
import { gluedHeadingsAsLines, restoreGluedHeadings } from './glued-headings.js';
import { NestingError, parseMarkdown } from './markdown.js';
import { joinMarkerHeadings } from './marker-headings.js';

/** A page as parsed: its text with HTML layout written as Markdown (same offsets as the source), and its tree. */
export interface Layout {
  text: string;
  tree: Root;
}

/**
 * Parses a Markdown page with its HTML layout read as the Markdown it displays as: line by line first
 * (`mediaWikiAsMarkdown` for a page in MediaWiki markup, `contentTabsAsMarkdown` for MkDocs' `=== "Title"` tabs, `iconLabelsAsMarkdown` for icons a legend names, `closedHeadingsAsMarkdown` for `###Title###` headings, `htmlHeadingsAsMarkdown`, then `anchorLinesAsBlank` and `breakLinesAsBlank`), then
 * the HTML quote blocks of the tree (`htmlQuotesAsMarkdown`); a heading glued to the end of a line is parsed on a
 * line of its own (glued-headings.ts). Throws what parseMarkdown throws.
 */
export function parseLayout(source: string): Layout {
  const text = breakLinesAsBlank(
    anchorLinesAsBlank(
      htmlHeadingsAsMarkdown(
        closedHeadingsAsMarkdown(iconLabelsAsMarkdown(contentTabsAsMarkdown(mediaWikiAsMarkdown(source)))),
      ),
    ),
  );
  // A heading glued to the end of a line is parsed on a line of its own; the text and lines stay the source's.
  const glued = gluedHeadingsAsLines(text);
  const tree = parseMarkdown(glued.text);
  restoreGluedHeadings(tree, glued, text);
  // Marks alone on a line before a one-line paragraph (`##` ⏎ `Title`, a scraper's) are that heading: marker-headings.ts.
  joinMarkerHeadings(tree);
  return htmlQuotesAsMarkdown(tree, text);
}

/** A line that is one HTML heading: `<h3>Title (2)</h3>`, `<h2 id="x">Title</h2>`. */
const HTML_HEADING_LINE = /^([ \t]{0,3})<h([1-6])(?:\s[^<>]{0,200})?>(.*?)<\/h\2\s*>[ \t]*$/i;

/**
 * The text with each HTML heading alone on its line (`<h3>Title (2)</h3>`, outside code fences and comments) written
 * as the Markdown heading it displays as (`### Title (2)`), every other character kept at its offset so that
 * positions still index the original text. In CommonMark an `<h3>` line opens an HTML block that runs to the next
 * blank line, so a page writing its ideas as `<h3>` headings with `<br>`-separated lines (9front) would otherwise be
 * one opaque block. For `<h4>`–`<h6>`, whose `#` marks outgrow the tag, the title moves right by up to three columns.
 * On such a page, a `<br>` opening a line that continues a paragraph (`<br>Potential mentors: jpm`) becomes spaces.
 * On any page, `<br>`s before a label in emphasis move after it (see `breaksBeforeLabel`), and a label in HTML
 * emphasis opening a line becomes Markdown emphasis (see `htmlEmphasisLabel`).
 */
export function htmlHeadingsAsMarkdown(text: string): string {
  const headings = /<h[1-6][\s>]/i.test(text);
  if (!headings && !HTML_EMPHASIS_TAG.test(text) && !/<br[\s/>]/i.test(text)) return text;
  const lines = text.split('\n');
  const fences = new FenceTracker();
  let comment = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (fences.inFence(line)) continue;
    if (comment) {
      if (line.includes('-->')) comment = line.lastIndexOf('<!--') > line.lastIndexOf('-->');
      continue;
    }
    if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) {
      comment = true;
      continue;
    }
    lines[index] = htmlEmphasisLabel(breaksBeforeLabel(line));
    if (!headings) continue;
    // `<br>Potential mentors: jpm` continuing a paragraph: the break starts a line, as the line ending already does.
    const previous = index > 0 ? lines[index - 1] : '';
    const leadingBreak = /^<br\s*\/?>(?=\S)/i.exec(lines[index]);
    if (leadingBreak && previous.trim() && !/^[ \t]{0,3}#/.test(previous)) {
      lines[index] = ' '.repeat(leadingBreak[0].length) + lines[index].slice(leadingBreak[0].length);
      continue;
    }
    const match = HTML_HEADING_LINE.exec(line.replace(/\r$/, ''));
    if (!match || !match[3].trim()) continue;
    const [whole, indent, level, title] = match;
    const marks = `${indent}${'#'.repeat(Number(level))} `;
    const open = whole.indexOf('>') + 1;
    const rewritten = `${marks.padEnd(open, ' ')}${title}`;
    // Same length as the original line: the closing tag becomes spaces (or room for a longer `#` run).
    if (rewritten.length > whole.length) continue;
    lines[index] = rewritten.padEnd(whole.length, ' ') + line.slice(whole.length);
  }
  return lines.join('\n');
}

/**
 * `<br>`s opening a line (after any list or quote markers), then a label in emphasis: Markdown's (`**Mentor:**`) or
 * HTML's (`<i>Languages:</i>`, Open Data Kit).
 */
const BREAKS_BEFORE_EMPHASIS =
  /^((?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)((?:<br\s*\/?>[ \t]*)+)(?=(?:\*{1,3}|_{1,3})[^\s*_]|<(?:i|b|em|strong)>)/i;

/**
 * The line with the `<br>`s that open it before a label in emphasis moved after that emphasis (and a colon right after
 * it): `<br><i>Languages:</i>  Java` → `<i>Languages:</i>      Java`, `<br>**Mentor:** Jane` → `**Mentor:**     Jane`.
 * A break before a line's first words shows as nothing, and the label then opens the line as labels do; what follows
 * the emphasis (the value) keeps its offset. Emphasis not closed on the line moves whole.
 */
export function breaksBeforeLabel(line: string): string {
  const match = BREAKS_BEFORE_EMPHASIS.exec(line);
  if (!match) return line;
  const [lead, prefix, breaks] = match;
  const from = lead.length;
  const bare = line.replace(/\r$/, '');
  const marks = /^(?:\*{1,3}|_{1,3})/.exec(bare.slice(from))?.[0];
  let to: number;
  if (marks) {
    const close = bare.indexOf(marks, from + marks.length);
    to = close === -1 ? bare.length : close + marks.length;
  } else {
    const tag = /^<(i|b|em|strong)>/i.exec(bare.slice(from)) as RegExpExecArray;
    const close = new RegExp(`</${tag[1]}\\s*>`, 'i').exec(bare.slice(from));
    to = close ? from + close.index + close[0].length : bare.length;
  }
  if (bare[to] === ':') to++;
  return `${prefix}${bare.slice(from, to)}${' '.repeat(breaks.length)}${line.slice(to)}`;
}

/** An HTML emphasis tag (`<i>`, `<b>`, `<em>`, `<strong>`). */
const HTML_EMPHASIS_TAG = /<(?:i|b|em|strong)>/i;

/**
 * A label in HTML emphasis opening a line, after up to three spaces: `<i>Languages:</i> Java`, `<b>Mentor</b>: Jane`.
 * The text is short, has no markup, and the colon ends it inside or right after the tag.
 */
const HTML_EMPHASIS_LABEL = /^([ \t]{0,3})<(i|b|em|strong)>([^<>\n]{1,60}?:|[^<>\n]{1,60}?)[ \t]*<\/\2\s*>(:?)/i;

/**
 * The line with a label in HTML emphasis at its start written as the Markdown emphasis it displays as
 * (`<i>Languages:</i>` → `*Languages:*`, `<b>…</b>` → `**…**`), padded with spaces to its length so that offsets are
 * unchanged. HTML's `<em>`/`<i>` and `<strong>`/`<b>` are the same emphasis CommonMark renders `*…*` and `**…**` as, so
 * a label marked either way is read alike (Open Data Kit's `<br><i>Languages:</i>  Java<br>`, its `<br>` moved by
 * `breaksBeforeLabel`). Only a label ending at a colon is rewritten; emphasis elsewhere in a line is text and stays as
 * written.
 */
export function htmlEmphasisLabel(line: string): string {
  const match = HTML_EMPHASIS_LABEL.exec(line);
  if (!match) return line;
  const [whole, lead, tag, inner, colon] = match;
  if (!inner.endsWith(':') && !colon) return line;
  if (inner.endsWith(':') && colon) return line;
  if (!/\p{L}/u.test(inner)) return line;
  const mark = /^(?:b|strong)$/i.test(tag) ? '**' : '*';
  const rewritten = `${lead}${mark}${inner.trim()}${mark}${colon}`;
  return rewritten.padEnd(whole.length, ' ') + line.slice(whole.length);
}

/** An HTML block opening with a quote: `<blockquote>Skill level: Novice<br>` (SVG-Edit's ideas). */
const QUOTE_BLOCK = /^[ \t]{0,3}<blockquote(?=[\s>])/i;

/** Tags that lay text out in blocks and lines; inside an HTML quote they are written as spaces. */
const LAYOUT_TAG = /<\/?(?:blockquote|p|div|center|ul|ol|li|dl|dt|dd|br)(?=[\s/>])[^<>]*>/gi;

/**
 * The tree and text with each top-level HTML block that opens with `<blockquote>` read as the quote a browser shows:
 * a block quote whose text is Markdown (CommonMark leaves an HTML block opaque, so `<blockquote>Skill level: Novice<br>`
 * would hide an idea's labels). In the text, the block's layout tags (`<blockquote>`, `<br>`, `<p>`, `<li>`…) become
 * spaces and labels in HTML emphasis Markdown emphasis, each line keeping its length; the blocks' text is parsed
 * alone, without indented code (indentation in HTML is only space), and its nodes replace the HTML node in the tree,
 * inside a blockquote node at its position. The rule is HTML's: `<blockquote>` displays as a quote.
 */
export function htmlQuotesAsMarkdown(tree: Root, text: string): Layout {
  const quotes = new Set<RootContent>();
  for (const node of tree.children)
    if (node.type === 'html' && QUOTE_BLOCK.test(node.value) && node.position?.end.offset !== undefined)
      quotes.add(node);
  if (quotes.size === 0) return { text, tree };
  const layout: string[] = [];
  const alone: string[] = [];
  let cursor = 0;
  for (const node of quotes) {
    const start = node.position?.start.offset as number;
    const end = node.position?.end.offset as number;
    const quote = quoteText(text.slice(start, end));
    layout.push(text.slice(cursor, start), quote);
    alone.push(blank(text.slice(cursor, start)), quote);
    cursor = end;
  }
  layout.push(text.slice(cursor));
  alone.push(blank(text.slice(cursor)));
  // Everything outside the quotes is blank: the parse sees each quote alone, and its positions index the text.
  let inner: RootContent[];
  try {
    inner = parseMarkdown(alone.join(''), { indentedCode: false }).children;
  } catch (error) {
    // Tags written as spaces may indent a line past the nesting bound (`<blockquote>` 200 times): the quotes then stay
    // HTML blocks, as CommonMark reads them.
    if (error instanceof NestingError) return { text, tree };
    throw error;
  }
  let next = 0;
  tree.children = tree.children.map((node) => {
    if (!quotes.has(node)) return node;
    const end = node.position?.end.offset as number;
    const children: RootContent[] = [];
    while (next < inner.length && (inner[next].position?.start.offset ?? Infinity) < end) children.push(inner[next++]);
    return { type: 'blockquote', children, position: node.position } as Blockquote;
  });
  return { text: layout.join(''), tree };
}

/** The text of an HTML quote block as Markdown: layout tags written as spaces, labels in HTML emphasis as Markdown's. */
export function quoteText(html: string): string {
  return html
    .replace(LAYOUT_TAG, blank)
    .split('\n')
    .map((line) => {
      const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
      return indent + htmlEmphasisLabel(line.slice(indent.length));
    })
    .join('\n');
}

/** The text with every character but line endings written as a space. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
