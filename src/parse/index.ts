// Parse stage: entry point — one Markdown file in, its ideas out; never throws.
import type { Root, RootContent, Yaml } from 'mdast';
import { findFields, type FieldContext } from './find-fields.js';
import { findIdeas, type IdeaSpan } from './find-ideas.js';
import { findLooseFrontMatter, frontMatterSource, readFrontMatter, type FrontMatterReading } from './front-matter.js';
import { findGlossary } from './glossary.js';
import { googleCodeWikiAsMarkdown, isGoogleCodeWiki } from './google-code-wiki.js';
import { parseLayout } from './html-layout.js';
import { htmlTablesAsMarkdown } from './html-tables.js';
import { fieldNames, toField, toFields, type RawField } from './raw-field.js';
import { readTable } from './tables.js';
import { markdownToText, lineStarts, pointAt, rangeAt, withPlainSpacesBeforePunctuation } from './text.js';
import { collectUnits, type Unit } from './units.js';
import { findScaleLegend, readScaleCode } from './scale-legend.js';
import { readTitleSize } from './title-size.js';
import { readProposerLine } from './proposers.js';
import { addPairedSize } from './paired-size.js';
import type { Field, FieldName, Idea, IdeaFile, ParseOptions } from './types.js';
import { ONE_IDEA_MIN_FIELDS } from './thresholds.js';
import { collectHeadings, isTemplateSlotFields } from './headings.js';
import { clearTemplateValues, templateValues } from './template-values.js';
import { isWikitextPath, parseWikitextFile } from './wikitext.js';
import { findUnreadSigns } from './unread-ideas.js';
import { forgetPeople } from './values/people.js';

export type { Field, FieldName, Idea, IdeaFile, Notice, ParseOptions, Point, Position, UnreadSign } from './types.js';
export { FIELD_NAMES } from './types.js';
export { HEAD_NOUNS, matchLabel } from './labels.js';
export { isWikitextPath } from './wikitext.js';

/**
 * Parses one idea file into ideas, fields, glossary and notices; any internal failure becomes a notice. The file
 * name chooses the reader: MediaWiki source (`.wiki`, `.mediawiki`) or Markdown (everything else, and a `.wiki` page
 * in Google Code's syntax, rewritten as Markdown first).
 */
export function parseIdeaFile(path: string, text: string, options: ParseOptions = {}): IdeaFile {
  forgetPeople();
  const source = typeof text === 'string' ? text : String(text ?? '');
  // A `.wiki` page in Google Code's syntax (`#summary` first) is read as the Markdown it displays as.
  const googleCode = isWikitextPath(path) && isGoogleCodeWiki(source);
  if (isWikitextPath(path) && !googleCode) return parseWikitext(path, source, options);
  // `**Difficulté** : Facile`: French spaces before a colon are read as plain ones (text.ts); the file keeps its text.
  const spaced = withPlainSpacesBeforePunctuation(source);
  const file: IdeaFile = {
    path,
    text: source,
    ideas: [],
    notices: [],
    tree: { type: 'root', children: [] },
    glossary: {},
  };
  // HTML layout (`<h3>Title</h3>`, `<a name="x">`, `<blockquote>…`) is read as the Markdown it displays as; offsets
  // are unchanged.
  let layout: string;
  try {
    ({ text: layout, tree: file.tree } = htmlTablesAsMarkdown(
      parseLayout(googleCode ? googleCodeWikiAsMarkdown(spaced) : spaced),
    ));
  } catch (error) {
    file.notices.push({
      message: `The file could not be read as Markdown (${describe(error)}), so no ideas were checked.`,
      line: 1,
      column: 1,
    });
    return file;
  }
  try {
    readIdeas(file, layout, options);
  } catch (error) {
    file.ideas = [];
    file.notices.push({
      message: `The ideas in this file could not be read (${describe(error)}), so none were checked.`,
      line: 1,
      column: 1,
    });
  }
  return file;
}

function parseWikitext(path: string, text: string, options: ParseOptions): IdeaFile {
  try {
    return { ...parseWikitextFile(path, withPlainSpacesBeforePunctuation(text), options), text };
  } catch (error) {
    const message = `The ideas in this page could not be read (${describe(error)}), so none were checked.`;
    return {
      path,
      text,
      ideas: [],
      notices: [{ message, line: 1, column: 1 }],
      tree: { type: 'root', children: [] },
      glossary: {},
    };
  }
}

/** Reads the ideas of `file`; `text` is its text as parsed (same offsets, HTML layout as Markdown: html-layout.ts). */
function readIdeas(file: IdeaFile, text: string, options: ParseOptions): void {
  const { tree } = file;
  const starts = lineStarts(text);
  let units = collectUnits(tree, text, starts, options);
  const context: FieldContext = { text, starts, options };

  const yaml = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const loose = yaml ? undefined : findLooseFrontMatter(text);
  const source = yaml ? frontMatterSource(yaml, text) : loose;
  if (loose) units = units.filter((unit) => unit.start >= loose.end);
  const frontMatter = source ? readFrontMatter(source.value, source.base, options) : undefined;
  file.glossary = findGlossary(units, text);
  if (frontMatter?.data) file.frontMatter = frontMatter.data;
  if (frontMatter?.error) {
    const point = pointAt(starts, frontMatter.error.offset);
    file.notices.push({
      message: `The front matter is not valid YAML (${frontMatter.error.message}); fix it so its fields can be read.`,
      line: point.line,
      column: point.column,
    });
  }
  // The headings' reading is shared by the idea finder and the signs of ideas it missed (findUnreadSigns).
  const headings = collectHeadings(units, text, options);
  const spans = findIdeas(units, text, options, documentTitle(units), headings, file.text);
  // A front matter naming idea fields makes the file one idea. One whose only such key is vague (`keywords:`, read
  // as skills as a `Keywords:` label is, weakly) does not when the body repeats an idea's labels in two sections or
  // two of the ideas found in it. Grammar: a site page's front matter (title, `keywords:`, `summary:`, `permalink:`)
  // over ideas that each label their difficulty, size or mentors (preCICE's `keywords: contribute, GSoC` above four
  // `### Project: …` sections or `- Project: …` items, each `- Difficulty: …` ⏎ `- Mentors: …`) is a page of those
  // ideas, its title the page's: an idea states its difficulty once, so labels of it in two ideas are two ideas'. A
  // specific key (`difficulty:`, `mentors:`) keeps the page one idea.
  if (
    frontMatter?.hasIdeaKeys &&
    (hasSpecificIdeaKeys(frontMatter) ||
      (!repeatsIdeaLabels(units, text, options) && spans.filter((span) => labelsOnceField(span, units)).length < 2))
  ) {
    file.ideas = [singleIdea(file, units, context, frontMatter, starts)];
    // A page read as one idea may hold several (src/parse/repeated-blocks.ts): it gets the signs too, here and below.
    file.unread = findUnreadSigns(units, file.ideas, text, starts, options, headings);
    return;
  }
  // No idea found, but the file gives an idea's fields (an LFX proposal page: a title, then prose sections and
  // labelled ones): the file is one idea, titled by its front matter or its first heading.
  // Labels of one field repeated on the page belong to several ideas (or template slots) that were not recognised:
  // the page is no single idea.
  const one = frontMatter?.title ? units.some((unit) => unit.hits.length > 0) : isOneIdea(units);
  if (spans.length === 0 && one && !repeatsIdeaLabels(units, text, options)) {
    file.ideas = [singleIdea(file, units, context, frontMatter, starts)];
    file.unread = findUnreadSigns(units, file.ideas, text, starts, options, headings);
    return;
  }
  const groups = new Map<number, Partial<Record<FieldName, Field>>>();
  const scale = findScaleLegend(text, options);
  const read = spans.map((span) => {
    const idea = spanToIdea(span, tree, units, context);
    const scaled = readScaleCode(scale, text, span.titleStart, span.titleEnd);
    const scaledField = scaled && !idea.fields[scaled.name] ? toField(scaled, context) : undefined;
    if (scaledField) idea.fields[scaledField.name] = scaledField;
    // A size in the title's closing parenthesis (`Add linear regression functions (Full-time project - 350h)`).
    const titled = idea.fields.size ? undefined : readTitleSize(text, span.titleStart, span.titleEnd);
    const sizeField = titled ? toField(titled, context) : undefined;
    if (sizeField) idea.fields.size = sizeField;
    // `Proposed by Alex Stokes` alone under the idea's heading names its mentors (proposers.ts).
    const proposer =
      idea.fields.mentors || span.bodyStart !== undefined || span.tableFields
        ? undefined
        : readProposerLine(units, span.unitFrom, span.unitTo, text);
    const proposerField = proposer ? toField(proposer, context) : undefined;
    if (proposerField) idea.fields.mentors = proposerField;
    if (span.groupFrom !== undefined && span.groupTo !== undefined) {
      let shared = groups.get(span.groupFrom);
      if (!shared) groups.set(span.groupFrom, (shared = findFields(units, span.groupFrom, span.groupTo, context)));
      for (const field of Object.values(shared))
        if (field.name !== 'description' && !idea.fields[field.name]) idea.fields[field.name] = field;
    }
    return idea;
  });
  // A section whose every field tells the author what to write is the list's template, not an idea.
  const isTemplate = (idea: Idea): boolean =>
    isTemplateSlotFields(Object.values(idea.fields).map((field) => field.value));
  const ideas = read.filter((idea) => !isTemplate(idea));
  // A value copied word for word from the page's template is no value: the author kept the template's text.
  const copied = templateValues(
    units,
    context,
    read.filter(isTemplate).map((idea) => idea.fields),
  );
  for (const idea of ideas) clearTemplateValues(idea, copied);
  // A page titled by its front matter whose sections give at most one idea's fields (a wiki page: `## Classification`
  // with the labels, then `## The Problem`, `## Tasks`) is one idea, the sections its parts.
  // So is such a page with one labelled section when other sections carry the idea's fields too (`## Mentors`).
  const fieldsOutside =
    spans.length === 1 &&
    units.some(
      (unit, index) =>
        (index < spans[0].unitFrom || index >= spans[0].unitTo) &&
        unit.hits.some((hit) => fieldNames(hit).some((name) => ONCE_FIELDS.has(name))),
    );
  // Not when the page says its sections are ideas (`This page collects ideas for projects…`).
  const listed = spans.some((span) => span.listed);
  if (frontMatter?.title && !listed && (spans.length > 1 || fieldsOutside) && ideas.filter(hasIdeaField).length <= 1) {
    file.ideas = [singleIdea(file, units, context, frontMatter, starts)];
    file.unread = findUnreadSigns(units, file.ideas, text, starts, options, headings);
    return;
  }
  file.ideas = ideas;
  file.unread = findUnreadSigns(units, ideas, text, starts, options, headings);
}

function hasIdeaField(idea: Idea): boolean {
  return Object.values(idea.fields).some((field) => field && IDEA_FIELDS.has(field.name) && field.value !== '');
}

function spanToIdea(span: IdeaSpan, tree: Root, units: Unit[], context: FieldContext): Idea {
  let fields: Partial<Record<FieldName, Field>>;
  if (span.tableFields) fields = firstOfEach(span.tableFields, context);
  else if (span.bodyStart !== undefined) {
    // A headless idea: its first unit carries the title, so its fields start after it.
    const bodyStart = span.bodyStart;
    // A title may run over several lines (`**Contribute to our [Electron-based desktop client` ⏎ `app](…)**`).
    const own = units
      .slice(span.unitFrom, span.unitTo)
      .filter((unit, index) => index === 0 || unit.kind !== 'line' || unit.end > bodyStart)
      .map((unit, index) =>
        index === 0 || unit.start < bodyStart
          ? {
              ...unit,
              start: Math.min(unit.end, Math.max(unit.start, bodyStart)),
              hits: unit.hits.filter((hit) => hit.labelStart >= bodyStart),
              itemStart: false,
            }
          : unit,
      )
      .filter((unit) => unit.end > unit.start || unit.kind !== 'line');
    fields = findFields(own, 0, own.length, context);
  } else fields = findFields(units, span.unitFrom, span.unitTo, context);
  for (const given of [...(span.codeFields ?? []), ...(span.inlineFields ?? [])])
    for (const field of toFields(given, context)) fields[field.name] ??= field;
  addPairedSize(fields);
  return {
    title: span.title,
    titlePosition: rangeAt(context.starts, span.titleStart, span.titleEnd),
    position: rangeAt(context.starts, span.start, span.end),
    section: span.section,
    fields,
    body: span.bodyItem
      ? [span.bodyItem]
      : span.tableFields
        ? tableBody(tree.children.slice(span.topFrom, span.topTo) as RootContent[], span)
        : (tree.children.slice(span.topFrom, span.topTo) as RootContent[]),
  };
}

/**
 * The body of an idea read from a table: the rows within the idea (its own row, when each row is an idea), so the
 * text of the other rows' ideas is not taken for its own.
 */
function tableBody(nodes: RootContent[], span: IdeaSpan): RootContent[] {
  return nodes.map((node) => {
    if (node.type !== 'table') return node;
    const rows = node.children.filter(
      (row) => (row.position?.start.offset ?? -1) >= span.start && (row.position?.end.offset ?? Infinity) <= span.end,
    );
    if (rows.length === 0 || rows.length === node.children.length) return node;
    const first = rows[0].position;
    const last = rows[rows.length - 1].position;
    return { ...node, children: rows, position: first && last ? { start: first.start, end: last.end } : undefined };
  });
}

function singleIdea(
  file: IdeaFile,
  units: Unit[],
  context: FieldContext,
  frontMatter: FrontMatterReading | undefined,
  starts: number[],
): Idea {
  const initial = (frontMatter?.fields ?? []).flatMap((field) => toFields(field, context));
  const fields = findFields(units, 0, units.length, context, initial);
  addPairedSize(fields);
  if (frontMatter?.summary && (!fields.description || fields.description.label === '')) {
    const summary = toField(frontMatter.summary, context, 'description');
    if (summary) fields.description = summary;
  }
  const firstHeading = units.find((unit) => unit.kind === 'heading' && unit.hits.length === 0);
  const title =
    frontMatter?.title ??
    (firstHeading
      ? {
          text: markdownToText(file.text.slice(firstHeading.start, firstHeading.end)),
          start: firstHeading.start,
          end: firstHeading.end,
        }
      : { text: baseName(file.path), start: 0, end: 0 });
  return {
    title: title.text,
    titlePosition: rangeAt(starts, title.start, title.end),
    position: rangeAt(starts, 0, file.text.length),
    section: [],
    fields,
    body: file.tree.children.filter((child) => child.type !== 'yaml') as RootContent[],
  };
}

/** Keeps the first field of each canonical name, a specific label before a weak one (`Involves`). */
function firstOfEach(cells: RawField[], context: FieldContext): Partial<Record<FieldName, Field>> {
  const result: Partial<Record<FieldName, Field>> = {};
  for (const weak of [false, true])
    for (const cell of cells)
      if (cell.weak === weak) for (const field of toFields(cell, context)) result[field.name] ??= field;
  return result;
}

/** Fields only an idea has: a page giving two of them is an idea's page, not an index or a guide. */
const IDEA_FIELDS = new Set<FieldName>(['outcomes', 'difficulty', 'skills', 'size', 'mentors']);

/** Whether the labels of a file with no idea found name enough idea fields for the file to be one idea. */
function isOneIdea(units: Unit[]): boolean {
  const named = new Set<FieldName>();
  for (const unit of units)
    for (const hit of unit.hits) for (const name of fieldNames(hit)) if (IDEA_FIELDS.has(name)) named.add(name);
  return named.size >= ONE_IDEA_MIN_FIELDS;
}

/** Whether the front matter names an idea field by a specific key (`difficulty:`, `mentors:`; not a vague `keywords:`). */
function hasSpecificIdeaKeys(frontMatter: FrontMatterReading): boolean {
  return frontMatter.fields.some((field) => !field.weak && fieldNames(field).some((name) => IDEA_FIELDS.has(name)));
}

/** Whether an idea found labels a field an idea states once (ONCE_FIELDS) in its own text or table. */
function labelsOnceField(span: IdeaSpan, units: Unit[]): boolean {
  const once = (raw: RawField): boolean => fieldNames(raw).some((name) => ONCE_FIELDS.has(name));
  if (span.tableFields) return span.tableFields.some(once);
  if ([...(span.inlineFields ?? []), ...(span.codeFields ?? [])].some(once)) return true;
  for (let index = span.unitFrom; index < span.unitTo; index++) if (units[index].hits.some(once)) return true;
  return false;
}

/** Fields an idea states once, in a short value (skills and outcomes may run over several labelled lines). */
const ONCE_FIELDS = new Set<FieldName>(['difficulty', 'size', 'mentors']);

/** Whether a field stated once per idea is labelled in two sections (`Mentors:` under each of two template slots). */
function repeatsIdeaLabels(units: Unit[], text: string, options: ParseOptions): boolean {
  // Field → the section (run of units between non-label headings) it was first labelled in; `Primary Mentor` and
  // `Secondary Mentor` under one `## Mentors` are one field.
  const seen = new Map<FieldName, number>();
  let section = 0;
  for (const unit of units) {
    if (unit.kind === 'heading' && unit.hits.length === 0) section++;
    const reading = unit.kind === 'table' ? readTable(unit.node as never, text, options) : undefined;
    const raw = reading?.kind === 'fields' ? reading.fields : unit.hits;
    const names = new Set(raw.flatMap((hit) => fieldNames(hit)).filter((name) => ONCE_FIELDS.has(name)));
    for (const name of names) {
      const first = seen.get(name);
      if (first !== undefined && first !== section) return true;
      seen.set(name, section);
    }
  }
  return false;
}

/** The unit index of a lone leading H1 (the page title), which is no section of the ideas under it. */
function documentTitle(units: Unit[]): number {
  const headings = units.map((unit, index) => ({ unit, index })).filter(({ unit }) => unit.kind === 'heading');
  const first = headings[0];
  if (!first || first.unit.depth !== 1) return -1;
  return headings.filter(({ unit }) => unit.depth === 1).length === 1 ? first.index : -1;
}

function baseName(path: string): string {
  return (
    path
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, '') ?? path
  );
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 120);
}
