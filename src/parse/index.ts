// Parse stage: entry point — one Markdown file in, its ideas out; never throws.
import type { Root, RootContent, Yaml } from 'mdast';
import { findFields, type FieldContext } from './find-fields.js';
import { findIdeas, type IdeaSpan } from './find-ideas.js';
import { findLooseFrontMatter, frontMatterSource, readFrontMatter, type FrontMatterReading } from './front-matter.js';
import { findGlossary } from './glossary.js';
import { parseMarkdown } from './markdown.js';
import { fieldNames, toField, toFields, type RawField } from './raw-field.js';
import { markdownToText, lineStarts, pointAt, rangeAt } from './text.js';
import { collectUnits, type Unit } from './units.js';
import type { Field, FieldName, Idea, IdeaFile, ParseOptions } from './types.js';
import { ONE_IDEA_MIN_FIELDS } from './thresholds.js';
import { isWikitextPath, parseWikitextFile } from './wikitext.js';

export type { Field, FieldName, Idea, IdeaFile, Notice, ParseOptions, Point, Position } from './types.js';
export { FIELD_NAMES } from './types.js';
export { HEAD_NOUNS, matchLabel } from './labels.js';
export { isWikitextPath } from './wikitext.js';

/**
 * Parses one idea file into ideas, fields, glossary and notices; any internal failure becomes a notice. The file
 * name chooses the reader: MediaWiki source (`.wiki`, `.mediawiki`) or Markdown (everything else).
 */
export function parseIdeaFile(path: string, text: string, options: ParseOptions = {}): IdeaFile {
  const source = typeof text === 'string' ? text : String(text ?? '');
  if (isWikitextPath(path)) return parseWikitext(path, source, options);
  const file: IdeaFile = {
    path,
    text: source,
    ideas: [],
    notices: [],
    tree: { type: 'root', children: [] },
    glossary: {},
  };
  try {
    file.tree = parseMarkdown(source);
  } catch (error) {
    file.notices.push({
      message: `The file could not be read as Markdown (${describe(error)}), so no ideas were checked.`,
      line: 1,
      column: 1,
    });
    return file;
  }
  try {
    readIdeas(file, options);
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
    return parseWikitextFile(path, text, options);
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

function readIdeas(file: IdeaFile, options: ParseOptions): void {
  const { text, tree } = file;
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
  if (frontMatter?.hasIdeaKeys) {
    file.ideas = [singleIdea(file, units, context, frontMatter, starts)];
    return;
  }
  const spans = findIdeas(units, text, options, documentTitle(units));
  // No idea found, but the file gives an idea's fields (an LFX proposal page: a title, then prose sections and
  // labelled ones): the file is one idea, titled by its front matter or its first heading.
  if (spans.length === 0 && (frontMatter?.title ? units.some((unit) => unit.hits.length > 0) : isOneIdea(units))) {
    file.ideas = [singleIdea(file, units, context, frontMatter, starts)];
    return;
  }
  const groups = new Map<number, Partial<Record<FieldName, Field>>>();
  const ideas = spans.map((span) => {
    const idea = spanToIdea(span, tree, units, context);
    if (span.groupFrom !== undefined && span.groupTo !== undefined) {
      let shared = groups.get(span.groupFrom);
      if (!shared) groups.set(span.groupFrom, (shared = findFields(units, span.groupFrom, span.groupTo, context)));
      for (const field of Object.values(shared))
        if (field.name !== 'description' && !idea.fields[field.name]) idea.fields[field.name] = field;
    }
    return idea;
  });
  // A page titled by its front matter whose sections give at most one idea's fields (a wiki page: `## Classification`
  // with the labels, then `## The Problem`, `## Tasks`) is one idea, the sections its parts.
  if (frontMatter?.title && spans.length > 1 && ideas.filter(hasIdeaField).length <= 1) {
    file.ideas = [singleIdea(file, units, context, frontMatter, starts)];
    return;
  }
  file.ideas = ideas;
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
  return {
    title: span.title,
    titlePosition: rangeAt(context.starts, span.titleStart, span.titleEnd),
    position: rangeAt(context.starts, span.start, span.end),
    section: span.section,
    fields,
    body: span.bodyItem ? [span.bodyItem] : (tree.children.slice(span.topFrom, span.topTo) as RootContent[]),
  };
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
  if (frontMatter?.summary && (!fields.description || fields.description.label === '')) {
    fields.description = toField(frontMatter.summary, context, 'description');
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
