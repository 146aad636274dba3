// Metamorphic variants of an idea list: label-preserving, line-preserving rewrites another author could plausibly
// have written (other heading levels, label styles, list markers, obfuscated emails, size and difficulty spellings,
// line endings). A reader finds the same ideas, on the same lines, with the same fields in every variant, so the
// human labels of the original (expected.json) hold for it, and the parser's reading should not change.
// Used by `npm run accuracy -- <dir> --variant <name>` (scripts/measure-accuracy.mjs) and by
// test/parse/variants.test.ts. Pure: text in, text out.
//
// Each rewrite keeps every line (it never adds or removes a line break) and skips a line where it could change what
// a reader finds: code blocks are never touched; headings keep their text; a difficulty word is rewritten only after
// a difficulty label (or in a difficulty column), a label only when its words name a field.
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';

/** The last texts' structures: the rewrites of one list all read the same original text, parsed once. */
const structures = new Map();

/** The Markdown structure the rewrites need: which lines are code, front matter, HTML, tables, headings, list items. */
function structure(text) {
  let found = structures.get(text);
  if (!found) {
    found = readStructure(text);
    if (structures.size >= 4) structures.delete(structures.keys().next().value);
    structures.set(text, found);
  }
  return found;
}

/**
 * A line of nothing but empty HTML anchors (`<a name="x">`), opening a block: the parser reads it as blank
 * (src/parse/anchor-lines.ts), so the heading under it is a heading; so must the rewrites (session 17: JRuby's
 * `<a name="jruby-ir-projects">` ⏎ `### JRuby IR projects ###` kept its level while `heading-deeper` moved the others).
 */
const ANCHOR_LINE = /^[ \t]{0,3}(?:<a\s+(?:name|id)\s*=[^<>]*>[ \t]*(?:<\/?a\s*\/?>)?[ \t]*)+\r?$/i;

function anchorLinesAsBlank(text) {
  if (!/<a\s+(?:name|id)\s*=/i.test(text)) return text;
  let opensBlock = true;
  let fence;
  return text
    .split('\n')
    .map((line) => {
      const marker = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length) fence = undefined;
        opensBlock = !fence;
        return line;
      }
      if (marker) {
        fence = marker[1];
        return line;
      }
      if (opensBlock && ANCHOR_LINE.test(line)) return line.replace(/[^\r]/g, ' ');
      opensBlock = !line.trim() || /^[ \t]{0,3}#{1,6}(?:[ \t]|\r?$)/.test(line);
      return line;
    })
    .join('\n');
}

function readStructure(text) {
  const tree = fromMarkdown(anchorLinesAsBlank(text), {
    extensions: [gfmTable(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  const kinds = new Map(); // line -> Set of 'code' | 'front' | 'html' | 'table' | 'heading'
  const mark = (node, kind) => {
    for (let line = node.position.start.line; line <= node.position.end.line; line++) {
      if (!kinds.has(line)) kinds.set(line, new Set());
      kinds.get(line).add(kind);
    }
  };
  const headings = [];
  const items = []; // { line, column, ordered }: where each list item's marker stands
  const paragraphs = new Set(); // lines where a paragraph starts
  const tables = []; // { start, end }
  const visit = (node, parent) => {
    if (node.type === 'code') mark(node, 'code');
    else if (node.type === 'yaml' || node.type === 'toml') mark(node, 'front');
    else if (node.type === 'html') mark(node, 'html');
    else if (node.type === 'table') {
      mark(node, 'table');
      tables.push({ start: node.position.start.line, end: node.position.end.line });
    } else if (node.type === 'heading') {
      mark(node, 'heading');
      headings.push({
        depth: node.depth,
        line: node.position.start.line,
        endLine: node.position.end.line,
        column: node.position.start.column,
      });
    } else if (node.type === 'listItem') {
      items.push({
        line: node.position.start.line,
        column: node.position.start.column,
        ordered: Boolean(parent.ordered),
      });
    } else if (node.type === 'paragraph') {
      paragraphs.add(node.position.start.line);
    }
    for (const child of node.children ?? []) visit(child, node);
  };
  visit(tree, null);
  const is = (line, kind) => kinds.get(line)?.has(kind) ?? false;
  return { headings, items, tables, paragraphs, is };
}

/** Lines without their line break (a CR stays with the break, so CRLF files round-trip). */
function splitLines(text) {
  return text.split('\n').map((raw) => {
    const cr = raw.endsWith('\r');
    return { body: cr ? raw.slice(0, -1) : raw, cr };
  });
}

function joinLines(lines) {
  return lines.map(({ body, cr }) => (cr ? `${body}\r` : body)).join('\n');
}

/** Rewrites each line (1-based number) that `skip` lets through with `rewrite(body, line)`. */
function mapLines(text, rewrite, skip = () => false) {
  const lines = splitLines(text);
  lines.forEach((entry, index) => {
    if (!skip(index + 1)) entry.body = rewrite(entry.body, index + 1);
  });
  return joinLines(lines);
}

const isMarkdown = (path) => !/\.(wiki|mediawiki|txt)$/i.test(path);

// ---------------------------------------------------------------------------------------------------------------
// Heading levels: every heading (ATX, setext, HTML <hN>) one level deeper or shallower, consistently, so the outline
// keeps its shape. Not applied when a level would leave 1–6 (a level-6 heading going deeper, a level-1 one going up).

const HTML_HEADING = /<(\/?)h([1-6])(?=[\s>])/gi;

function shiftHeadings(text, shape, by) {
  const { headings, is } = shape;
  const htmlLevels = [];
  splitLines(text).forEach(({ body }, index) => {
    if (is(index + 1, 'code')) return;
    for (const match of body.matchAll(HTML_HEADING)) if (!match[1]) htmlLevels.push(Number(match[2]));
  });
  // A heading glued to the end of a line (a scraper's, `…)## Title`: src/parse/glued-headings.ts) is a heading too.
  const gluedLevels = [];
  splitLines(text).forEach(({ body }, index) => {
    if (is(index + 1, 'code') || is(index + 1, 'heading')) return;
    const glued = GLUED_HEADING.exec(body);
    if (glued) gluedLevels.push(glued[2].length);
  });
  const levels = [...headings.map((heading) => heading.depth), ...htmlLevels, ...gluedLevels];
  if (levels.length === 0 || levels.some((level) => level + by < 1 || level + by > 6)) return text;
  const lines = splitLines(text);
  for (const heading of headings) {
    const entry = lines[heading.line - 1];
    const atx = /^(\s{0,3}(?:>\s*)*)(#{1,6})(?=\s|$)/.exec(entry.body);
    if (atx) {
      entry.body = `${atx[1]}${'#'.repeat(heading.depth + by)}${entry.body.slice(atx[0].length)}`;
    } else if (heading.endLine === heading.line + 1 && heading.column === 1) {
      // Setext: the text line becomes an ATX heading, the underline an empty line.
      entry.body = `${'#'.repeat(heading.depth + by)} ${entry.body.trim()}`;
      lines[heading.endLine - 1].body = '';
    } else {
      return text; // a setext heading over several lines or inside a container: leave the file as it is
    }
  }
  lines.forEach((entry, index) => {
    if (is(index + 1, 'code')) return;
    entry.body = entry.body.replace(HTML_HEADING, (_, slash, level) => `<${slash}h${Number(level) + by}`);
    if (!is(index + 1, 'heading') && gluedLevels.length > 0)
      entry.body = entry.body.replace(GLUED_HEADING, (_, before, marks, title) => {
        return `${before}${'#'.repeat(marks.length + by)}${title}`;
      });
  });
  return joinLines(lines);
}

/** A heading glued to the end of a line, as idea-lint reads one (src/parse/glued-headings.ts' GLUED_HEADING). */
const GLUED_HEADING = /([^\s#\-&/=:\\`<])(#{2,6})([ \t]+[\p{Lu}\p{N}][^#*_`|<>[\]\n\r]{0,118})$/u;

// ---------------------------------------------------------------------------------------------------------------
// Label styles. A label is a short run of words naming a field (FIELD_WORD) followed by a colon, in one of the
// styles below; it is rewritten wherever it stands in a line that is not code, front matter, HTML, a table or a
// heading (a plain `Label:` only at the start of the line, after any list marker, since mid-line it is prose).

const FIELD_WORD =
  /\b(difficult(y|ies)?|level|complexity|skills?|prerequisites?|requirements?|required|knowledge|mentors?|co-?mentors?|mentorship|contacts?|size|length|duration|hours|effort|time commitment|outcomes?|results?|deliverables?|expected|goals?|tech|technolog(y|ies)|languages?|stack|e-?mail)\b/i;
const LABEL_TEXT = String.raw`[A-Za-z][A-Za-z()/&,' -]{0,38}[A-Za-z)]|[A-Za-z]`;
// At most three words: a longer run ending in a colon is more often an idea's title (`Language System for plugins:`).
const isLabel = (label) => FIELD_WORD.test(label) && label.trim().split(/\s+/).length <= 3;

/** Emphasised label forms: `**L:**`, `**L**:`, `__L:__`, `__L__:`, `*L:*`, `*L*:`, `_L:_`, `_L_:`. */
// A stray second colon after it (`**Label:**:`, a typo of two lists) goes with the label: restyled, it has one.
const EMPHASISED = new RegExp(
  String.raw`(?<![*_\w])(\*\*|__|\*|_)(${LABEL_TEXT})(?:\s*:\1|\1\s*:)(?:\s*:(?!\/))?(?![*_])`,
  'g',
);
/** Line start before a label: indentation, quote markers, a list marker with an optional task box. */
const PREFIX = String.raw`^(\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)?)`;
const PLAIN = new RegExp(`${PREFIX}(${LABEL_TEXT}):(?=\\s|$)`);

const LABEL_STYLES = {
  'bold-colon-inside': (label) => `**${label}:**`,
  // `**Difficulty** – Medium`: a dash for the colon, after a bold label only (a plain `Label - value` is prose), and
  // only before a value on the line (a label whose value is the next block keeps its colon).
  'bold-dash': (label, hasValue) => (hasValue ? `**${label}** –` : `**${label}:**`),
  'bold-colon-outside': (label) => `**${label}**:`,
  plain: (label) => `${label}:`,
  'italic-colon-inside': (label) => `*${label}:*`,
  'underscore-colon-outside': (label) => `__${label}__:`,
};

function restyleLabels(text, shape, style, path) {
  if (!isMarkdown(path)) return text;
  const { is, paragraphs } = shape;
  const toPlain = style === LABEL_STYLES.plain;
  const prefixOnly = new RegExp(`${PREFIX}$`);
  const skip = (line) => ['code', 'front', 'html', 'table', 'heading'].some((kind) => is(line, kind));
  return mapLines(
    text,
    (body, line) => {
      // A plain label reads as one only where a paragraph (or item) starts: elsewhere it runs on from the text
      // before it once rendered, so emphasis is dropped only there.
      const blockStart = paragraphs.has(line);
      let out = body.replace(EMPHASISED, (whole, _mark, label, offset) => {
        if (!isLabel(label)) return whole;
        if (toPlain && !(blockStart && prefixOnly.test(body.slice(0, offset)))) return whole;
        return style(label.trim(), body.slice(offset + whole.length).trim() !== '');
      });
      const plain = PLAIN.exec(out);
      // A plain label at the start of the line, capitalised (the emphasised ones are restyled already).
      if (plain && isLabel(plain[2]) && /^[A-Z]/.test(plain[2])) {
        out = `${plain[1]}${style(plain[2], out.slice(plain[0].length).trim() !== '')}${out.slice(plain[0].length)}`;
      }
      return out;
    },
    skip,
  );
}

/**
 * A gloss in brackets after a field's label, before its separator (`**Difficulty (easy (new to the code), medium or
 * hard):**`, `Project size (hours):`, SU2's and SODA's form, regression-12): the label's words stay, the gloss says what
 * goes there. Only the usual names of a field (LABEL_NAMES) take one; emphasis and colon stay where they were.
 */
const GLOSSES = {
  difficulty: 'easy (new to the code), medium (some experience) or hard',
  skills: 'languages and tools',
  mentors: 'name (and email)',
  outcomes: 'what will be delivered',
  size: '90, 175 or 350 hours',
};

function glossOf(label) {
  const key = label.trim().toLowerCase();
  const field = Object.keys(LABEL_NAMES).find((name) => LABEL_NAMES[name].includes(key));
  return field === undefined ? undefined : GLOSSES[field];
}

function glossLabels(text, shape, path) {
  if (!isMarkdown(path)) return text;
  const { is, paragraphs } = shape;
  const skip = (line) => ['code', 'front', 'html', 'table', 'heading'].some((kind) => is(line, kind));
  return mapLines(
    text,
    (body, line) => {
      let out = body.replace(EMPHASISED, (whole, mark, label) => {
        const gloss = glossOf(label);
        return gloss === undefined ? whole : whole.replace(`${mark}${label}`, `${mark}${label.trimEnd()} (${gloss})`);
      });
      const plain = paragraphs.has(line) ? PLAIN.exec(out) : null;
      const gloss = plain ? glossOf(plain[2]) : undefined;
      if (plain && gloss !== undefined && /^[A-Z]/.test(plain[2]))
        out = `${plain[1]}${plain[2]} (${gloss}):${out.slice(plain[0].length)}`;
      return out;
    },
    skip,
  );
}

/**
 * `- **Label:** value`: a line that starts (unindented, outside any list or quote) with a field label in any of the
 * styles above becomes a list item, when it has a value on the line (an empty label's value is the next block, which
 * the new item would swallow). Composes with a label style: chained after it, it lists the restyled labels.
 */
function listLabels(text, shape, path) {
  if (!isMarkdown(path)) return text;
  const { is } = shape;
  const skip = (line) => ['code', 'front', 'html', 'table', 'heading'].some((kind) => is(line, kind));
  const emphasised = new RegExp(`^${EMPHASISED.source}\\s*\\S`);
  const plain = new RegExp(`^(${LABEL_TEXT}):\\s*\\S`);
  return mapLines(
    text,
    (body) => {
      const label = emphasised.exec(body)?.[2] ?? plain.exec(body)?.[1];
      return label !== undefined && isLabel(label) && /^[A-Za-z*_]/.test(body) ? `- ${body}` : body;
    },
    skip,
  );
}

/**
 * A run of two or more one-line label paragraphs (a blank line between each), each with its value on its line, made
 * a list whose items hold only the label, the value a nested item on the blank line after it (`- Expected outcomes:`
 * ⏎ `  - Implement the storage`, beyondstorage's OSPP page, regression-16): a list item that is only a label takes the
 * nested list as its value, as a bold label alone on its line takes the next block. The last label of the run keeps
 * its value on its line (`- Difficulty: Hard`): the line after it is no blank one to hold the value.
 */
function nestLabelValues(text, shape, path) {
  if (!isMarkdown(path)) return text;
  const lines = splitLines(text);
  const candidate = (line) => {
    if (line < 1 || line > lines.length || !oneLineParagraph(lines, shape, line)) return undefined;
    const found = openingLabel(lines[line - 1].body);
    // A value that would open a block of its own in an item (a heading, quote, list marker or numbered line) stays.
    return found && !/^(?:[#>+*-]|\d{1,9}[.)])(?:\s|$)|^\s*$/.test(found.value) ? found : undefined;
  };
  for (let line = 1; line <= lines.length; line++) {
    const run = [];
    for (let at = line; candidate(at); at += 2) run.push(at);
    if (run.length < 2) continue;
    const values = run.map((at) => candidate(at).value);
    run.forEach((at, index) => {
      const entry = lines[at - 1];
      const marked = /^(\*\*|__|\*|_)/.exec(entry.body)?.[1];
      const value = values[index];
      const labelPart = entry.body.slice(0, entry.body.length - value.length).trimEnd();
      if (index === run.length - 1) {
        entry.body = `- ${entry.body}`;
        return;
      }
      // `**Label:**` or `**Label**:` keeps its emphasis; the value goes to the line below as a nested item.
      entry.body = `- ${labelPart}`;
      lines[at].body = `  - ${value.trim()}`;
      if (marked === undefined && !/:$/.test(labelPart)) entry.body = `- ${labelPart}:`;
    });
    line = run[run.length - 1];
  }
  return joinLines(lines);
}

/**
 * French typography: a space before every label's colon (`**Difficulty :** Hard`, `**Mentors** : Jane`, `Size :
 * 175 hours`), plain or no-break (U+00A0), as BlueHats writes its labels (regression-16): every label reader accepts it.
 */
function frenchColons(text, shape, path, space) {
  if (!isMarkdown(path)) return text;
  const { is, paragraphs } = shape;
  const skip = (line) => ['code', 'front', 'html', 'table', 'heading'].some((kind) => is(line, kind));
  return mapLines(
    text,
    (body, line) => {
      let out = body.replace(EMPHASISED, (whole, mark, label) => {
        if (!isLabel(label)) return whole;
        return whole
          .replace(/[ \t]*:/, `${space}:`)
          .replace(new RegExp(`^(\\${mark[0]}+[^${mark[0]}]*?)[ \t]+${space}:`), `$1${space}:`);
      });
      const plain = paragraphs.has(line) || /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(out) ? PLAIN.exec(out) : null;
      if (plain && isLabel(plain[2]) && /^[A-Z]/.test(plain[2]))
        out = `${plain[1]}${plain[2].trimEnd()}${space}:${out.slice(plain[0].length)}`;
      return out;
    },
    skip,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Label layout: where label lines stand. Two one-line label paragraphs written on one line (`**Length:** 175 hours |
// **Difficulty:** Medium`, St. Jude's form, regression-11), the second's line left blank; a label line written as a
// heading below every heading of the file (`#### Difficulty: Medium`). Both keep every line, and every label's words.

/** A label opening a line (no indentation, list or quote), in any style, with a value after it on the line. */
const OPENING_LABEL = new RegExp(
  String.raw`^(?:${EMPHASISED.source.replace(String.raw`(?<![*_\w])`, '')}|(${LABEL_TEXT}):)[ \t]*(\S.*)$`,
);

/** The label a line opens with and the value after it, when the label names a field. */
function openingLabel(body) {
  const match = OPENING_LABEL.exec(body);
  if (!match) return undefined;
  const label = match[2] ?? match[3];
  return isLabel(label) ? { label: label.trim(), value: match[4] } : undefined;
}

/** Whether a line is a one-line paragraph of its own: a paragraph starts there, and blank lines (or the text's ends) are around it. */
function oneLineParagraph(lines, shape, line) {
  const blank = (at) => at < 1 || at > lines.length || lines[at - 1].body.trim() === '';
  const kinds = ['code', 'front', 'html', 'table', 'heading'];
  return (
    shape.paragraphs.has(line) && blank(line - 1) && blank(line + 1) && !kinds.some((kind) => shape.is(line, kind))
  );
}

function labelsOnOneLine(text, shape, path, separator, capitalised = false) {
  if (!isMarkdown(path)) return text;
  const lines = splitLines(text);
  for (let line = 1; line + 2 <= lines.length; line++) {
    const first = lines[line - 1];
    const second = lines[line + 1];
    if (!oneLineParagraph(lines, shape, line) || !oneLineParagraph(lines, shape, line + 2)) continue;
    const next = openingLabel(second.body);
    if (!openingLabel(first.body) || !next) continue;
    // After a dash a plain label opens a field only capitalised (`Easy - mentors: see below` is prose going on).
    if (capitalised && !/^[A-Z]/.test(next.label)) continue;
    first.body = `${first.body.trimEnd()}${separator}${second.body.trim()}`;
    second.body = '';
    line += 2;
  }
  return joinLines(lines);
}

/** The depth one level below every heading of the file (closed `###T###` and glued ones counted), or 7 when none is. */
function belowEveryHeading(lines, shape) {
  // Headings idea-lint reads that CommonMark does not: closed ones without a space (`###Title###`) and glued ones.
  const unparsed = lines.flatMap(({ body }, index) => {
    if (shape.is(index + 1, 'code')) return [];
    const closed = /^[ \t]{0,3}(#{1,6})[^#\s](?:.*[^#\s])?\1[ \t]*$/.exec(body);
    const glued = GLUED_HEADING.exec(body);
    return closed ? [closed[1].length] : glued ? [glued[2].length] : [];
  });
  return Math.max(...shape.headings.map((heading) => heading.depth), ...unparsed) + 1;
}

/** The label words of an idea's metadata, a level, a size, people, skills: a heading may give them on its line. */
const METADATA_WORD =
  /\b(difficult(y|ies)?|complexity|skills?|prerequisites?|required|mentors?|co-?mentors?|size|length|duration|hours|effort|languages?|tech|technolog(y|ies)|stack)\b/i;

/**
 * A run of two or more one-line label paragraphs one after the other (a blank line between), each naming an idea's
 * metadata (METADATA_WORD) with a value on its line, written as headings one level below every heading of the file,
 * whatever the label lines after them and however long the values (Homebrew's `### Title` ⏎ `#### Skills Required:
 * Ruby, Homebrew usage, basic HTTP download knowledge` ⏎ `#### Mentor: @x` ⏎ `#### Difficulty: Hard` ⏎ prose ⏎
 * `Expected outcome: …`, regression-13): label headings in a run are the fields of the section they sit in
 * (src/parse/label-headings.ts). A value with an address, markup, a link or a pipe stays a paragraph.
 */
function labelHeadingRuns(text, shape, path) {
  if (!isMarkdown(path) || shape.headings.length === 0) return text;
  const lines = splitLines(text);
  const depth = belowEveryHeading(lines, shape);
  if (depth > 6) return text;
  const candidate = (line) => {
    if (line < 1 || line > lines.length || !oneLineParagraph(lines, shape, line)) return undefined;
    const found = openingLabel(lines[line - 1].body);
    if (!found || !METADATA_WORD.test(found.label)) return undefined;
    const value = found.value.replace(/[*_]/g, '').trim();
    return value !== '' && !/[#<>|[\]`@]/.test(value) ? { label: found.label, value } : undefined;
  };
  for (let line = 1; line <= lines.length; line++) {
    const run = [];
    for (let at = line; candidate(at); at += 2) run.push(at);
    if (run.length < 2) continue;
    for (const at of run) {
      const { label, value } = candidate(at);
      lines[at - 1].body = `${'#'.repeat(depth)} ${label}: ${value}`;
    }
    line = run[run.length - 1];
  }
  return joinLines(lines);
}

/**
 * How many words a label's value may have to be written in its heading: idea-lint reads `### Difficulty: Medium` as
 * a label and `### Mentorship: a pairing bot for new contributors` as a title, by the value's length
 * (HEADING_LOOSE_VALUE_MAX_WORDS, for any label).
 */
const HEADING_LABEL_VALUE_MAX_WORDS = 3;

/**
 * A one-line label paragraph with a short value, written as a heading one level below every heading of the file
 * (`#### Difficulty: Medium`), where no label line stays below it in its section: a heading with its value inline and
 * labels under it names an idea (`## Summary: Improve the docs` over `- Mentors: Jane`), so the rewrite goes up from
 * each section's end and stops at the first label line it cannot write as a heading.
 */
/** Any emphasis on a line (`**Prerequisites**`, a label whose value is the next block, has no colon). */
const EMPHASIS_SPAN = /(\*\*|__|\*|_)([^*_\n]{1,60})\1/g;

function labelsAsHeadings(text, shape, path, joined = false) {
  if (!isMarkdown(path) || shape.headings.length === 0) return text;
  const lines = splitLines(text);
  const depth = belowEveryHeading(lines, shape);
  if (depth > 6) return text;
  const skip = (line) => ['code', 'front', 'html', 'table'].some((kind) => shape.is(line, kind));
  // A value with an address is left alone: the email rewrites lengthen it past a heading label's value.
  // Any label naming a field blocks, whatever its length (`**Expected size of project**:` is one to idea-lint), and
  // idea-lint knows more label words than FIELD_WORD (`**Estimated Time:**`): any label-like line blocks.
  const labelled = (body) =>
    [...body.matchAll(EMPHASIS_SPAN)].some(
      (match) => FIELD_WORD.test(match[2]) || /:\s*$/.test(match[2]) || body[match.index + match[0].length] === ':',
    ) || PLAIN.test(body);
  let blocked = false;
  for (let line = lines.length; line >= 1; line--) {
    const entry = lines[line - 1];
    if (shape.is(line, 'heading')) {
      blocked = false;
      continue;
    }
    if (skip(line) || !labelled(entry.body)) continue;
    const found = oneLineParagraph(lines, shape, line) ? openingLabel(entry.body) : undefined;
    const value = found?.value.replace(/[*_]/g, '').trim() ?? '';
    const short =
      value !== '' && value.split(/\s+/).length <= HEADING_LABEL_VALUE_MAX_WORDS && !/[#<>|[\]`@]/.test(value);
    if (blocked || !found || !short) {
      blocked = true;
      continue;
    }
    // Joined: two such label paragraphs, a blank line between, on one heading split by ` | ` (`#### Length: 175 |
    // Difficulty: Medium`), the second's line left blank; a label paragraph with no such neighbour above stays.
    if (joined) {
      const above = line >= 3 && lines[line - 2].body.trim() === '' ? lines[line - 3] : undefined;
      const upper =
        above && !skip(line - 2) && oneLineParagraph(lines, shape, line - 2) ? openingLabel(above.body) : undefined;
      const upperValue = upper?.value.replace(/[*_]/g, '').trim() ?? '';
      const upperShort =
        upperValue !== '' &&
        upperValue.split(/\s+/).length <= HEADING_LABEL_VALUE_MAX_WORDS &&
        !/[#<>|[\]`@]/.test(upperValue);
      if (!upper || !upperShort) {
        blocked = true;
        continue;
      }
      above.body = `${'#'.repeat(depth)} ${upper.label}: ${upperValue} | ${found.label}: ${value}`;
      entry.body = '';
      line -= 2;
      continue;
    }
    entry.body = `${'#'.repeat(depth)} ${found.label}: ${value}`;
  }
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// Label words: a field's usual label written with another usual name for it (`Skills required` → `Prerequisites`,
// `Mentors` → `Possible mentors`), in any style, and in a table's header row. Only whole labels named below change.

const LABEL_NAMES = {
  difficulty: ['difficulty', 'difficulty level', 'level', 'complexity'],
  skills: [
    'skills',
    'skills required',
    'required skills',
    'prerequisites',
    'skills needed',
    'skill requirements',
    'desired skills',
    'required knowledge',
  ],
  mentors: ['mentor', 'mentors', 'possible mentors', 'potential mentors', 'mentor(s)', 'mentors(s)'],
  outcomes: ['expected outcomes', 'expected outcome', 'outcomes', 'outcome', 'deliverables', 'expected results'],
  size: ['size', 'project size', 'duration', 'length', 'project length', 'project duration', 'expected size', 'hours'],
};

const LABEL_SYNONYMS = {
  a: {
    difficulty: 'difficulty level',
    skills: 'prerequisites',
    mentors: 'possible mentors',
    outcomes: 'deliverables',
    size: 'project length',
  },
  b: {
    difficulty: 'level',
    skills: 'skills needed',
    mentors: 'mentor(s)',
    outcomes: 'expected results',
    size: 'duration',
  },
  // A bound or a qualifier of the head (pf's `Minimum Difficulty: low`, SOFAStack's `项目社区导师`, regression-14): the
  // label still names the head's field.
  c: {
    difficulty: 'minimum difficulty',
    skills: 'minimum skills',
    mentors: 'community mentors',
    outcomes: 'minimum deliverables',
    size: 'maximum size',
  },
};

/** `label` renamed by `synonyms` (its case pattern kept), or undefined when it is not a label named above. */
function rename(label, synonyms) {
  const key = label.trim().toLowerCase();
  const field = Object.keys(LABEL_NAMES).find((name) => LABEL_NAMES[name].includes(key));
  if (!field) return undefined;
  const word = synonyms[field];
  const trimmed = label.trim();
  if (trimmed === trimmed.toUpperCase()) return word.toUpperCase();
  if (/^[a-z]/.test(trimmed)) return word;
  const words = trimmed.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^[A-Z(]/.test(w)))
    return word.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return word[0].toUpperCase() + word.slice(1);
}

function renameLabels(text, shape, synonyms, path) {
  if (!isMarkdown(path)) return text;
  const { is, tables } = shape;
  const lines = splitLines(text);
  const headers = new Set(tables.map(({ start }) => start));
  lines.forEach((entry, index) => {
    const line = index + 1;
    if (['code', 'front', 'html', 'heading'].some((kind) => is(line, kind))) return;
    if (is(line, 'table')) {
      if (!headers.has(line)) return;
      entry.body = cellsOf(entry.body)
        .map((cell) => {
          const inner = /^(\s*(?:\*\*|__|\*|_)?)([^*_|]+?)((?:\*\*|__|\*|_)?\s*)$/.exec(cell);
          const renamed = inner && rename(inner[2], synonyms);
          return renamed ? `${inner[1]}${renamed}${inner[3]}` : cell;
        })
        .join('|');
      return;
    }
    let out = entry.body.replace(EMPHASISED, (whole, _mark, label) => {
      const renamed = rename(label, synonyms);
      return renamed ? whole.replace(label, renamed) : whole;
    });
    const plain = PLAIN.exec(out);
    const renamed = plain && /^[A-Z]/.test(plain[2]) ? rename(plain[2], synonyms) : undefined;
    if (renamed) out = `${plain[1]}${renamed}:${out.slice(plain[0].length)}`;
    entry.body = out;
  });
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// List markers: every bullet item's marker becomes `target` (`-`, `*` or `+`), every ordered item's delimiter
// `target` (`.` or `)`), all at once so lists keep their items.

function remarkItems(text, path, shape, ordered, target) {
  if (!isMarkdown(path)) return text;
  const lines = splitLines(text);
  for (const item of shape.items) {
    if (item.ordered !== ordered) continue;
    const entry = lines[item.line - 1];
    const at = item.column - 1; // mdast columns count UTF-16 units, as string indexes do
    const marker = ordered ? /^\d{1,9}[.)]/.exec(entry.body.slice(at)) : /^[-*+]/.exec(entry.body.slice(at));
    if (!marker) continue;
    const end = at + marker[0].length;
    entry.body = `${entry.body.slice(0, end - 1)}${target}${entry.body.slice(end)}`;
  }
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// Mentors' addresses on the line after them: a mentor label line naming one person with one address in brackets
// (`**Mentor:** Jane Doe (jane@x.org)`, `- Mentors: Jane Doe <jane@x.org>`), followed by a blank line, becomes the
// mentor line without the address, and the blank line the address under a bare label in the same style (`**Email:**
// jane@x.org`), as Dragonfly's OSPP list writes `**导师：** yxxhero` ⏎ `**邮箱：** <aiopsclub@163.com>` (regression-14).
// Only where the line after the blank one is a heading or another field's label line, so no prose joins the paragraph.

const MENTOR_WITH_ADDRESS = new RegExp(
  String.raw`^(\s*(?:[-*+]\s+)?)((\*\*|__)?(?:(?:possible |potential |co-?)?mentors?|mentor\(s\))(?:\s*:\s*\3|\3\s*:)\s*)` +
    // `Jane Doe (jane@x.org)`, `Jane Doe <jane@x.org>`, or a mailto link `[Jane Doe](mailto:jane@x.org)`.
    String.raw`\[?([^()<>@\n,;:*_[\]]+?)\]?\s*[(<]\s*(?:mailto:)?([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\s*[)>]\s*$`,
  'i',
);

function mentorAddressLines(text, shape, path) {
  if (!isMarkdown(path)) return text;
  const { is } = shape;
  const lines = splitLines(text);
  const skip = (line) => ['code', 'front', 'html', 'table', 'heading'].some((kind) => is(line, kind));
  const labelLine = (body) => {
    const plain = PLAIN.exec(body);
    if (plain && isLabel(plain[2])) return true;
    const marked = new RegExp(EMPHASISED.source).exec(body.replace(/^\s*(?:[-*+]\s+)?/, ''));
    return marked !== null && marked.index === 0 && isLabel(marked[2]);
  };
  for (let index = 0; index + 2 < lines.length; index++) {
    const line = index + 1;
    if (skip(line) || lines[index + 1].body.trim() !== '') continue;
    const after = lines[index + 2].body;
    if (!(is(line + 2, 'heading') || (!skip(line + 2) && labelLine(after)))) continue;
    const found = MENTOR_WITH_ADDRESS.exec(lines[index].body);
    if (!found) continue;
    const [, prefix, label, mark = '', name, address] = found;
    lines[index].body = `${prefix}${label}${name.trim()}`;
    const indent = prefix.trim() ? ' '.repeat(prefix.length) : prefix;
    lines[index + 1].body = `${indent}${mark}Email:${mark} ${address}`;
    index += 2;
  }
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// Emails: every address (bare, autolink, Markdown or HTML mailto link) written out obfuscated, as lists do against
// spam. A mailto link keeps its text, followed by the address in parentheses.

const EMAIL =
  /(?<![\w.%+-])(?:mailto:)?([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![\w-])/g;

const OBFUSCATIONS = {
  brackets: (local, domain) => `${local} [at] ${domain.split('.').join(' [dot] ')}`,
  parens: (local, domain) => `${local} (at) ${domain}`,
  caps: (local, domain) => `${local} AT ${domain.split('.').join(' DOT ')}`,
  words: (local, domain) => `${local} at ${domain.split('.').join(' dot ')}`,
  // A converter's Markdown escapes of the same (`joel.weiser\[AT\]oicr.on.ca`, GMOD's wiki, regression-13): the page
  // displays `x[AT]y.org`.
  escaped: (local, domain) => `${local.replace(/[_*]/g, '\\$&')}\\[AT\\]${domain}`,
};

function obfuscateEmails(text, shape, form) {
  const { is } = shape;
  const keepText = (label, address) => (label.includes(address) || !label.trim() ? address : `${label} (${address})`);
  return mapLines(
    text,
    (body) =>
      body
        .replace(/\[([^\]\n]*)\]\(\s*<?mailto:([^)\s>?]+)[^)\s>]*>?\s*\)/gi, (_, label, address) =>
          keepText(label, address),
        )
        .replace(/<a\s[^>]*href\s*=\s*["']mailto:([^"'?]+)[^"']*["'][^>]*>(.*?)<\/a>/gi, (_, address, label) =>
          keepText(label, address),
        )
        .replace(/<(?:mailto:)?([^<>\s@]+@[^<>\s@]+)>/gi, '$1')
        .replace(EMAIL, (_, local, domain) => form(local, domain)),
    (line) => is(line, 'code'),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Size spellings: `175 hours` written `175h`, `175 hrs`, `~175 hours`, `175-hour`, `175 hours (medium)` (GSoC's
// names: 90 small, 175 medium, 350 large). Not in headings (a title keeps its text) or code.

const HOURS = /(?<![\d~.,])(\d{2,3})\s+(hours)\b/gi;
const GSOC_SIZE_NAMES = { 90: 'small', 175: 'medium', 350: 'large' };

const SIZE_SPELLINGS = {
  h: (hours) => `${hours}h`,
  hrs: (hours) => `${hours} hrs`,
  approx: (hours, word) => `~${hours} ${word}`,
  hyphen: (hours) => `${hours}-hour`,
  named: (hours, word, line) =>
    GSOC_SIZE_NAMES[hours] && !/\b(small|medium|large|intermediate)\b/i.test(line)
      ? `${hours} ${word} (${GSOC_SIZE_NAMES[hours]})`
      : `${hours} ${word}`,
};

function respellSizes(text, shape, spell) {
  const { is } = shape;
  return mapLines(
    text,
    (body) => body.replace(HOURS, (_, hours, word) => spell(hours, word, body)),
    (line) => is(line, 'code') || is(line, 'heading'),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Difficulty wording: the level after a difficulty label (`Difficulty:`, `Level`, `Complexity`, within 40
// characters, with no size word between) or in a table column headed so, with the levels joined to it (`Medium to
// Hard`, `Easy/Medium`). Lines that are headings or code keep their words.

const DIFFICULTY_LABEL = /\b(difficulty|level|complexity)\b/i;
const LEVEL = String.raw`\b(?:easy|medium|hard)\b`;
const LEVEL_RUN = new RegExp(`${LEVEL}(?:\\s*(?:-|–|/|to|or|,)\\s*${LEVEL})*`, 'i');

const DIFFICULTY_WORDINGS = {
  lower: (word) => word.toLowerCase(),
  upper: (word) => word.toUpperCase(),
  // Beginner / Intermediate / Advanced: the wording of many lists (and of programs' forms).
  words: (word) => matchCase(word, { easy: 'beginner', medium: 'intermediate', hard: 'advanced' }[word.toLowerCase()]),
  // Beginner / Intermediate / Difficult.
  'words-difficult': (word) =>
    matchCase(word, { easy: 'beginner', medium: 'intermediate', hard: 'difficult' }[word.toLowerCase()]),
};

function matchCase(original, word) {
  if (original === original.toUpperCase()) return word.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** The level words of `run` (one match of LEVEL_RUN) reworded. */
const reword = (run, wording) => run.replace(new RegExp(LEVEL, 'gi'), (word) => wording(word));

function rewordAfterLabel(body, wording) {
  const label = DIFFICULTY_LABEL.exec(body);
  if (!label) return body;
  const start = label.index + label[0].length;
  const after = body.slice(start);
  const run = LEVEL_RUN.exec(after);
  if (!run || run.index > 40 || /\b(size|hours?|length|duration|time)\b/i.test(after.slice(0, run.index))) return body;
  return `${body.slice(0, start)}${after.slice(0, run.index)}${reword(run[0], wording)}${after.slice(run.index + run[0].length)}`;
}

/** Cells of a table row split on unescaped pipes (the text between them, kept as is). */
const cellsOf = (row) => row.split(/(?<!\\)\|/);

function rewordDifficulty(text, shape, wording) {
  const { tables, is } = shape;
  const lines = splitLines(text);
  const done = new Set();
  for (const { start, end } of tables) {
    const header = cellsOf(lines[start - 1].body);
    const column = header.findIndex((cell) => /\b(difficulty|level|complexity)\b/i.test(cell));
    for (let line = start; line <= end; line++) done.add(line);
    if (column === -1) continue;
    for (let line = start + 2; line <= end; line++) {
      const cells = cellsOf(lines[line - 1].body);
      if (cells.length !== header.length) continue; // a row that does not line up with the header: leave it
      const run = LEVEL_RUN.exec(cells[column]);
      if (run) cells[column] = cells[column].replace(run[0], reword(run[0], wording));
      lines[line - 1].body = cells.join('|');
    }
  }
  lines.forEach((entry, index) => {
    const line = index + 1;
    if (done.has(line) || is(line, 'code') || is(line, 'heading')) return;
    entry.body = rewordAfterLabel(entry.body, wording);
  });
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// Ideas as list items: the ideas written as headings with a body (`### Faster parser` ⏎ text ⏎ `**Difficulty:** …`)
// written instead as the top-level items of a list, their bodies the items' content (`- Faster parser` ⏎ `  text` ⏎
// `  **Difficulty:** …`), as MariaDB's GSoC 2022 page writes them (regression-11). The idea headings are the leaf ATX
// headings of the level where most leaf headings carry a field label in their text (two at least); each becomes `- `
// and its title, and every non-empty line of its body, up to the next heading, is indented by two spaces, so that it
// stays in the item (a line of indented code stays code). Headings of other levels stay: they become the categories
// over the lists. Not applied to a file whose idea headings have sub-headings (parts) or are setext or HTML headings.

/** Whether a line (after any list marker) starts with a field label. */
function startsWithLabel(body) {
  const rest = body.replace(/^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?/, '');
  const emphasised = new RegExp(`^${EMPHASISED.source}`).exec(rest);
  if (emphasised) return isLabel(emphasised[2]);
  const plain = /^([A-Za-z][A-Za-z()/&,' -]{0,38}[A-Za-z)]|[A-Za-z]):(?=\s|$)/.exec(rest);
  return plain !== null && isLabel(plain[1]);
}

/** Whether a line holds a field label (in any style of LABEL_STYLES, a plain one at its start). */
function holdsLabel(body) {
  for (const match of body.matchAll(EMPHASISED)) if (isLabel(match[2])) return true;
  const plain = PLAIN.exec(body);
  return plain !== null && isLabel(plain[2]) && /^[A-Z]/.test(plain[2]);
}

/**
 * A bold title closing with a full stop, then the idea's first line of prose on the same line (Salesforce's `* **Design
 * an oclif linter.** Linters have become…`, regression-13): the `ideas-as-bold-items` spelling of an item's title.
 */
const BOLD_STOP = (title) =>
  /[?!]$/.test(title.trim()) ? `**${title.trim()}**` : `**${title.replace(/[.:;,\s]+$/, '')}.**`;

function ideasAsItems(text, path, shape, bold = undefined) {
  if (!isMarkdown(path)) return text;
  const { headings, is } = shape;
  const lines = splitLines(text);
  const atx = (heading) => /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(lines[heading.line - 1].body);
  // Each heading's body: the lines after it up to the next heading, and whether it is a leaf carrying a label.
  const bodies = headings.map((heading, index) => {
    const next = headings[index + 1];
    const from = heading.endLine + 1;
    const to = next ? next.line - 1 : lines.length;
    const leaf = !next || next.depth <= heading.depth;
    let labelled = false;
    // An item of its own text (not starting with a label) that carries a label is an idea written as an item
    // already (Zulip's `- Contribute to … **Skills required**: …`, MariaDB's items): the heading is their category.
    let items = false;
    let inItem = false;
    for (let line = from; line <= to; line++) {
      const body = lines[line - 1].body;
      if (/^(?:[-*+]|\d{1,9}[.)])\s/.test(body)) inItem = !startsWithLabel(body);
      else if (/^\S/.test(body)) inItem = false;
      if (['code', 'html', 'table', 'front'].some((kind) => is(line, kind)) || !holdsLabel(body)) continue;
      labelled = true;
      if (inItem) items = true;
    }
    return { from, to, leaf, labelled, items };
  });
  const counts = new Map();
  headings.forEach((heading, index) => {
    if (bodies[index].leaf && bodies[index].labelled) counts.set(heading.depth, (counts.get(heading.depth) ?? 0) + 1);
  });
  const [level, count] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0]);
  if (count < 2) return text;
  const ideas = headings.map((heading, index) => index).filter((index) => headings[index].depth === level);
  // Sub-headings under an idea heading are its parts: an item cannot hold a heading, so the file is left alone.
  if (ideas.some((index) => !bodies[index].leaf || bodies[index].items)) return text;
  if (ideas.some((index) => headings[index].column !== 1 || headings[index].endLine !== headings[index].line))
    return text;
  if (ideas.some((index) => !atx(headings[index]))) return text;
  // A bold title cannot hold emphasis or a link of its own: such a file is left alone.
  if (bold && ideas.some((index) => /[*_[\]<>`]/.test(atx(headings[index])[2]))) return text;
  for (const index of ideas) {
    const title = atx(headings[index])[2];
    // A title that opens like a list marker or a heading (`1. Faster parser`) is escaped so it stays text.
    const escaped = title.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([-+*>#])/, '\\$1');
    const { from, to } = bodies[index];
    lines[headings[index].line - 1].body = `- ${bold ? bold(title) : escaped}`;
    // The bold title goes on with the body's first line when that is a line of prose opening a paragraph (not a
    // label, an item, code, HTML or a table); its own line is left blank, so the lines stay where they were.
    let first = from;
    while (bold && first <= to && lines[first - 1].body.trim() === '') first++;
    if (bold && first <= to && shape.paragraphs.has(first)) {
      const body = lines[first - 1].body;
      const plain = !['code', 'html', 'table', 'front', 'heading'].some((kind) => is(first, kind));
      if (plain && /^[\p{L}\p{N}]/u.test(body) && !holdsLabel(body) && !startsWithLabel(body)) {
        lines[headings[index].line - 1].body += ` ${body.trim()}`;
        lines[first - 1].body = '';
      }
    }
    for (let line = from; line <= to; line++) {
      const entry = lines[line - 1];
      if (entry.body.trim() !== '') entry.body = `  ${entry.body}`;
    }
  }
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// Ideas as blocks opened by a title label: the idea headings of ideasAsItems (`### Faster parser` ⏎ body) written as
// a label line naming the title (`**Title:** Faster parser` ⏎ body), as openGauss' OSPP page writes its ideas
// (`**项目标题：** **Title**` ⏎ `**项目描述：** …`, regression-15). The idea headings are chosen as ideasAsItems chooses
// them; a file where one of them follows a line of text or an item directly (the label line would join that paragraph
// or item) is left alone, as are files ideasAsItems leaves alone. Headings of other levels stay: categories.

/** A line opening with a label naming a title (`Project: …`, `**Title:** …`, `- Project name: …`, `项目标题：…`). */
const TITLE_LINE =
  /^\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?(?:\*\*|__|\*|_)?(?:project(?: idea| title| name)?|idea(?: title)?|title|topic|name|项目标题|项目名称)(?:\*\*|__|\*|_)?\s*[:：]/i;

function ideasAsTitleLabels(text, path, shape, label) {
  if (!isMarkdown(path)) return text;
  const { headings } = shape;
  const lines = splitLines(text);
  const marked = ideasAsItems(text, path, shape);
  if (marked === text) return text;
  // The idea headings ideasAsItems rewrote: their lines start with `- ` there.
  const after = splitLines(marked);
  const ideas = headings.filter(
    (heading) => after[heading.line - 1].body.startsWith('- ') && lines[heading.line - 1].body.startsWith('#'),
  );
  const titleOf = (heading) => /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(lines[heading.line - 1].body)[1];
  // A label heading (`#### Mentor:`) is a field, not an idea; a body already naming its title (`Project: …`, `Title:
  // …`) would give the idea two titles.
  if (ideas.some((heading) => /:\s*$/.test(titleOf(heading)) || isLabel(titleOf(heading)))) return text;
  if (lines.some(({ body }) => TITLE_LINE.test(body))) return text;
  if (ideas.length < 2) return text;
  if (ideas.some((heading) => heading.line > 1 && lines[heading.line - 2].body.trim() !== '')) return text;
  for (const heading of ideas) lines[heading.line - 1].body = label(titleOf(heading));
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// The heading over the ideas named as the ideas of another year or group (session 18, Connexions' `# Last Year's Ideas`
// over four ideas, regression-16): the one heading text these rewrites change. A reader still finds the ideas under it
// (the page lists them as ideas; expected.json's convention), so the labels hold.

/** An ATX heading that only names the list of ideas: `## Project Ideas`, `# Ideas`, `## List of ideas`, `## Ideas List`. */
const IDEAS_HEADING =
  /^(\s{0,3}#{1,6}[ \t]+)(?:list of |the )?(?:project |gsoc |student )?ideas(?: list)?[ \t]*:?[ \t]*(#*[ \t]*)$/i;

function renameIdeasHeading(text, path, shape, title) {
  if (!isMarkdown(path)) return text;
  const lines = splitLines(text);
  for (const heading of shape.headings) {
    const entry = lines[heading.line - 1];
    const match = IDEAS_HEADING.exec(entry.body);
    if (match && heading.endLine === heading.line)
      entry.body = `${match[1]}${title}${match[2] ? ` ${match[2].trim()}` : ''}`;
  }
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// Wiki-export layout (session 18: the Google Code wiki exports of Synoptic and GC3Pie, regression-16): headings closed
// with their marks (`## Title ##`), a rule under each heading (`---`), and an HTML line break, rule or paragraph tag on
// the blank line before each heading (`<br />` ⏎ `## Title ##`), which in CommonMark opens an HTML block over the
// heading unless the reader (src/parse/break-lines.ts) sees it as the space it shows.

/** An ATX heading line: its indentation and quote markers, its marks, its title (without trailing spaces). */
const ATX_LINE = /^(\s{0,3}(?:>\s*)*)(#{1,6})([ \t]+\S.*?)?[ \t]*$/;

/** Every ATX heading closed with as many marks as open it (`## Title` → `## Title ##`); closed ones stay. */
function closeHeadings(text, path, shape) {
  if (!isMarkdown(path)) return text;
  const lines = splitLines(text);
  for (const heading of shape.headings) {
    if (heading.endLine !== heading.line || heading.column !== 1) continue;
    const entry = lines[heading.line - 1];
    const atx = ATX_LINE.exec(entry.body);
    if (!atx || !atx[3] || /[ \t]#+$/.test(atx[3])) continue;
    entry.body = `${atx[1]}${atx[2]}${atx[3]} ${atx[2]}`;
  }
  return joinLines(lines);
}

/**
 * The blank line right before each ATX heading written `tag` (`<br />`, `<hr/>`), where the line before that blank one
 * is neither HTML nor a table row (which the tag would continue) and the heading is ATX (a setext title would join the
 * tag's paragraph).
 */
function tagBeforeHeadings(text, path, shape, tag) {
  if (!isMarkdown(path)) return text;
  const lines = splitLines(text);
  for (const heading of shape.headings) {
    const at = heading.line - 1; // 1-based line of the blank line before the heading
    if (
      at < 1 ||
      heading.endLine !== heading.line ||
      heading.column !== 1 ||
      !ATX_LINE.test(lines[heading.line - 1].body)
    )
      continue;
    if (lines[at - 1].body.trim() !== '') continue;
    if (shape.is(at, 'code') || shape.is(at, 'front') || shape.is(at - 1, 'html') || shape.is(at - 1, 'table'))
      continue;
    if (shape.is(at - 1, 'front') || shape.is(at - 1, 'code')) continue;
    lines[at - 1].body = tag;
  }
  return joinLines(lines);
}

/** A rule on the blank line right after each ATX heading (`## Title` ⏎ `---`), where a line follows that blank one. */
function rulesUnderHeadings(text, path, shape) {
  if (!isMarkdown(path)) return text;
  const lines = splitLines(text);
  for (const heading of shape.headings) {
    const after = heading.line + 1; // 1-based line after the heading
    if (heading.endLine !== heading.line || heading.column !== 1 || !ATX_LINE.test(lines[heading.line - 1].body))
      continue;
    if (after > lines.length || lines[after - 1].body.trim() !== '' || shape.is(after, 'code')) continue;
    lines[after - 1].body = '---';
  }
  return joinLines(lines);
}

// ---------------------------------------------------------------------------------------------------------------
// Invisible bytes: CRLF line endings, trailing spaces, a byte order mark.

const withTrailing = (text, spaces) =>
  mapLines(
    text,
    (body) => (body.trim() === '' ? body : `${body}${spaces}`),
    () => false,
  );

/**
 * The rewrites by name, each in a family (rewrites of one family are alternatives: one spelling of the same thing).
 * `apply(text, path, shape)` returns the variant (the text itself when the rewrite does not apply); `shape` is the
 * structure of the original text, which every rewrite keeps (they keep lines, and list markers' columns).
 */
export const VARIANTS = Object.freeze({
  'heading-deeper': {
    family: 'heading',
    about: 'every heading one level deeper (## → ###), unless one is at level 6',
    apply: (text, path, shape) => (isMarkdown(path) ? shiftHeadings(text, shape, 1) : text),
  },
  'heading-shallower': {
    family: 'heading',
    about: 'every heading one level shallower (### → ##), unless one is at level 1',
    apply: (text, path, shape) => (isMarkdown(path) ? shiftHeadings(text, shape, -1) : text),
  },
  ...Object.fromEntries(
    Object.entries(LABEL_STYLES).map(([name, style]) => [
      `label-${name}`,
      {
        family: 'label',
        about: `field labels written ${style('Label', true)} value`,
        apply: (text, path, shape) => restyleLabels(text, shape, style, path),
      },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(LABEL_SYNONYMS).map(([name, synonyms]) => [
      `label-names-${name}`,
      {
        family: 'label-names',
        about: `field labels named ${Object.values(synonyms).join(', ')}`,
        apply: (text, path, shape) => renameLabels(text, shape, synonyms, path),
      },
    ]),
  ),
  'mentor-address-line': {
    family: 'mentor-address-line',
    about: "a mentor's address in brackets moved to a bare address label on the blank line after (**Email:** a@b.org)",
    apply: (text, path, shape) => mentorAddressLines(text, shape, path),
  },
  'label-gloss': {
    family: 'label-gloss',
    about: "a gloss in brackets after a field's usual label, before its colon (**Difficulty (easy, medium or hard):**)",
    apply: (text, path, shape) => glossLabels(text, shape, path),
  },
  'label-list-item': {
    family: 'label-list',
    about: 'label lines outside a list made list items (- **Label:** value)',
    apply: (text, path, shape) => listLabels(text, shape, path),
  },
  'label-item-nested': {
    family: 'label-list',
    about:
      'a run of one-line label paragraphs made a list of label items, each value a nested item on the blank line after (- Label: ⏎   - value)',
    apply: (text, path, shape) => nestLabelValues(text, shape, path),
  },
  'french-colons': {
    family: 'typography',
    about: 'a space before every label colon, as French typography has it (**Label** : value, Label : value)',
    apply: (text, path, shape) => frenchColons(text, shape, path, ' '),
  },
  'french-colons-nbsp': {
    family: 'typography',
    about: 'a no-break space (U+00A0) before every label colon (**Label**\u00a0: value)',
    apply: (text, path, shape) => frenchColons(text, shape, path, '\u00a0'),
  },
  'labels-one-line-pipe': {
    family: 'label-layout',
    about: 'two one-line label paragraphs written on one line, split by | (the second line left blank)',
    apply: (text, path, shape) => labelsOnOneLine(text, shape, path, ' | '),
  },
  'labels-one-line-dot': {
    family: 'label-layout',
    about: 'two one-line label paragraphs written on one line, split by · (the second line left blank)',
    apply: (text, path, shape) => labelsOnOneLine(text, shape, path, ' · '),
  },
  // A scraper's or writer's run of labels after a spaced dash or a semicolon (`Skills: Python - Mentors: Jane`, the
  // Wikimedia list of regression-13): the second label opens a field as after a pipe.
  'labels-one-line-dash': {
    family: 'label-layout',
    about: 'two one-line label paragraphs written on one line, split by - (the second line left blank)',
    apply: (text, path, shape) => labelsOnOneLine(text, shape, path, ' - ', true),
  },
  'labels-one-line-semicolon': {
    family: 'label-layout',
    about: 'two one-line label paragraphs written on one line, split by ; (the second line left blank)',
    apply: (text, path, shape) => labelsOnOneLine(text, shape, path, '; '),
  },
  'labels-as-headings': {
    family: 'label-layout',
    about: 'a one-line label paragraph with a short value written as a heading below all others (#### Label: value)',
    apply: (text, path, shape) => labelsAsHeadings(text, shape, path),
  },
  'labels-as-heading-run': {
    family: 'label-layout',
    about:
      'two or more one-line label paragraphs in a row naming a level, size, people or skills written as headings below all others, whatever follows (#### Skills: … ⏎ #### Difficulty: Hard)',
    apply: (text, path, shape) => labelHeadingRuns(text, shape, path),
  },
  'labels-as-heading-pipe': {
    family: 'label-layout',
    about:
      'two one-line label paragraphs with short values written as one heading below all others, split by | (#### A: v | B: w)',
    apply: (text, path, shape) => labelsAsHeadings(text, shape, path, true),
  },
  'ordered-dot': {
    family: 'ordered',
    about: 'ordered items written 1.',
    apply: (text, path, shape) => remarkItems(text, path, shape, true, '.'),
  },
  ...Object.fromEntries(
    ['*', '+', '-'].map((marker) => [
      `bullets-${{ '*': 'star', '+': 'plus', '-': 'dash' }[marker]}`,
      {
        family: 'bullets',
        about: `bullets written ${marker}`,
        apply: (text, path, shape) => remarkItems(text, path, shape, false, marker),
      },
    ]),
  ),
  'ordered-paren': {
    family: 'ordered',
    about: 'ordered items written 1)',
    apply: (text, path, shape) => remarkItems(text, path, shape, true, ')'),
  },
  ...Object.fromEntries(
    Object.entries(OBFUSCATIONS).map(([name, form]) => [
      `email-${name}`,
      {
        family: 'email',
        about: `emails written ${form('a', 'b.org')}`,
        apply: (text, path, shape) => obfuscateEmails(text, shape, form),
      },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(SIZE_SPELLINGS).map(([name, spell]) => [
      `size-${name}`,
      {
        family: 'size',
        about: `sizes written ${spell('175', 'hours', '')}`,
        apply: (text, path, shape) => respellSizes(text, shape, spell),
      },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(DIFFICULTY_WORDINGS).map(([name, wording]) => [
      `difficulty-${name}`,
      {
        family: 'difficulty',
        about: `difficulty levels written ${['Easy', 'Medium', 'Hard'].map(wording).join(' / ')}`,
        apply: (text, path, shape) => rewordDifficulty(text, shape, wording),
      },
    ]),
  ),
  'ideas-as-items': {
    family: 'layout',
    about: 'ideas written as headings with a body rewritten as top-level list items, their bodies nested in them',
    apply: (text, path, shape) => ideasAsItems(text, path, shape),
  },
  'ideas-as-bold-items': {
    family: 'layout',
    about:
      'as ideas-as-items, each item opening with its title in bold closed by a full stop and the first line of prose (- **Faster parser.** The parser…)',
    apply: (text, path, shape) => ideasAsItems(text, path, shape, BOLD_STOP),
  },
  'ideas-as-title-labels': {
    family: 'layout',
    about:
      'ideas written as headings with a body rewritten as blocks opened by a bold title label (**Title:** Faster parser ⏎ body)',
    apply: (text, path, shape) => ideasAsTitleLabels(text, path, shape, (title) => `**Title:** ${title}`),
  },
  'ideas-as-project-names': {
    family: 'layout',
    about:
      'ideas written as headings with a body rewritten as blocks opened by a plain title label (Project name: Faster parser ⏎ body)',
    apply: (text, path, shape) => ideasAsTitleLabels(text, path, shape, (title) => `Project name: ${title}`),
  },
  'ideas-heading-last-year': {
    family: 'ideas-heading',
    about: "the heading naming the list of ideas (## Project Ideas) renamed as last year's (## Last Year's Ideas)",
    apply: (text, path, shape) => renameIdeasHeading(text, path, shape, "Last Year's Ideas"),
  },
  'ideas-heading-past': {
    family: 'ideas-heading',
    about: 'the heading naming the list of ideas (## Project Ideas) renamed as past ones (## Past project ideas)',
    apply: (text, path, shape) => renameIdeasHeading(text, path, shape, 'Past project ideas'),
  },
  'closed-headings': {
    family: 'heading-close',
    about: 'every ATX heading closed with its marks (## Title ##), as Google Code wiki exports write them',
    apply: (text, path, shape) => closeHeadings(text, path, shape),
  },
  'heading-rules': {
    family: 'heading-rule',
    about: 'a rule (---) on the blank line under every ATX heading',
    apply: (text, path, shape) => rulesUnderHeadings(text, path, shape),
  },
  'html-breaks': {
    family: 'html-line',
    about: 'an HTML line break (<br />) on the blank line before every ATX heading',
    apply: (text, path, shape) => tagBeforeHeadings(text, path, shape, '<br />'),
  },
  'html-rules': {
    family: 'html-line',
    about: 'an HTML rule (<hr/>) on the blank line before every ATX heading',
    apply: (text, path, shape) => tagBeforeHeadings(text, path, shape, '<hr/>'),
  },
  'html-paragraphs': {
    family: 'html-line',
    about: 'an HTML paragraph tag (<p>) on the blank line before every ATX heading',
    apply: (text, path, shape) => tagBeforeHeadings(text, path, shape, '<p>'),
  },
  'trailing-space': { family: 'trailing', about: 'a space after every line', apply: (text) => withTrailing(text, ' ') },
  'hard-breaks': {
    family: 'trailing',
    about: 'two spaces after every line (Markdown hard breaks)',
    apply: (text) => withTrailing(text, '  '),
  },
  crlf: { family: 'crlf', about: 'CRLF line endings', apply: (text) => text.replace(/\r?\n/g, '\r\n') },
  bom: {
    family: 'bom',
    about: 'a byte order mark before the text',
    apply: (text) => (text.startsWith('\uFEFF') ? text : `\uFEFF${text}`),
  },
});

/** The names of the rewrites, in the order of VARIANTS. */
export const VARIANT_NAMES = Object.freeze(Object.keys(VARIANTS));

/** The families in the order rewrites are chained (one that reads the structure before CRLF and the BOM). */
export const FAMILIES = Object.freeze([...new Set(VARIANT_NAMES.map((name) => VARIANTS[name].family))]);

/** `text` (of the file at `path`) rewritten by the variant `name`; throws for an unknown name. */
export function applyVariant(name, text, path = 'ideas.md') {
  return applyVariants([name], text, path);
}

/**
 * `text` rewritten by several variants in turn (at most one per family, in FAMILIES order): their rewrites touch
 * different parts of a line, so the chain reads as each of them does. Throws for an unknown name or two of a family.
 */
export function applyVariants(names, text, path = 'ideas.md') {
  for (const name of names) {
    if (!VARIANTS[name]) throw new Error(`Unknown variant "${name}"; known: ${VARIANT_NAMES.join(', ')}.`);
  }
  const ordered = [...names].sort(
    (a, b) => FAMILIES.indexOf(VARIANTS[a].family) - FAMILIES.indexOf(VARIANTS[b].family),
  );
  ordered.forEach((name, index) => {
    if (index > 0 && VARIANTS[ordered[index - 1]].family === VARIANTS[name].family) {
      throw new Error(`"${ordered[index - 1]}" and "${name}" are alternatives: chain one of them.`);
    }
  });
  const shape = structure(text);
  return ordered.reduce((out, name) => VARIANTS[name].apply(out, path, shape), text);
}
