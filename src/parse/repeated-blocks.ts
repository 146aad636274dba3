// Parse stage: the sign of several ideas read as one (src/parse/unread-ideas.ts turns it into an `unread-ideas`
// sign): an idea whose text repeats an idea-shaped block the finder did not split. Pure: reads units, no I/O.
//
// The grammar: a block is what one opener of a shape starts, up to the next opener of that shape (or the end of the
// idea, or a heading that closes it). The shapes are
// - headings of one depth (`### Project: Website modernization`), up to the next heading of that depth or above;
// - title lines: a whole line of one bold or emphasised phrase without a colon (`**SOFARPC 支持 Stream 流式处理方式**`),
//   outside lists, up to the next such line or any heading;
// - title-label lines of one list level: a line opening with a label naming the idea's title and giving it
//   (`**项目标题：** **Title**`, `Project name: …`, `- **Title:** …`; title-labels.ts), up to the next such line of that
//   level or any heading;
// - list items of one level that open with a title, not a label (`* Task #1: Adaptive Columnar Storage` ⏎
//   `  + Skills` …), up to the next item of that level or above.
// An opener that is a label (`#### Mentors`, `- Difficulty: Hard`, `**项目难度：进阶**`), that titles no idea
// (`### FAQ`, `**Your own idea**`, a template) or lies under a section that is none, opens no block.
// A block labels an idea field with a value, or with a bare label whose value follows (`+ Skills` ⏎ `C/Rust`). Within
// one idea, blocks of one shape are several ideas the finder did not split (the idea holds them, read as one) when
// - two of them label the same field an idea states once: its difficulty, its size or its mentors (skills and outcomes
//   may be labelled again in one idea's parts: `Required skills` in one, `Deliverables` per phase); each such block
//   is a sign (preCICE's `### Project:` sections under a front matter, SOFAStack's bold-line ideas, regression-14);
// - or two of them are titled as numbered ideas (`Task #1: …`, `Project 2 – …`, `Idea IV`, `课题一：…`; not a phase
//   or a milestone) and one of those labels an idea field: each numbered block is a sign (TensorBase's `* Task #N:`
//   items, only the first with fields);
// - or two title-label blocks label idea fields of their own: a title label names an idea (openGauss' OSPP page,
//   regression-15, when its blocks are not split).
// The sign names the openers in the first shape that shows them (shallowest heading, then title lines, then
// outermost items). A single idea written in labelled sections (`## Difficulty`, `## Mentors` label headings;
// `## Description` ⏎ `Mentors: …` once), one idea's parts (`### Phase 1` ⏎ `Deliverables: …`), a mentor and a
// co-mentor as labelled items, and numbered tasks whose fields lie outside them are none.
// Measured on every regression set, corpus, corpus-extra, wiki and /work/shared/corpus/real (213 lists): it fires on
// the three lists read as one page-wide idea (preCICE, SOFAStack, TensorBase) and nowhere else, even counting skills
// and outcomes as fields stated once; on the label-preserving variants of scripts/variants.mjs only on those three and
// where ideas are lost (Chimoney as ideas-as-items).
import type { FieldName, Idea } from './types.js';
import type { HeadingInfo } from './headings.js';
import { isNotAnIdeaSpanTitle, isPartTitle, isTemplateSection } from './headings.js';
import { fieldNames } from './raw-field.js';
import { inlineToText } from './text.js';
import { readTitleLabelLine } from './title-labels.js';
import type { Unit } from './units.js';

/** Fields only an idea has (as unread-ideas.ts counts them). */
const IDEA_FIELDS = new Set<FieldName>(['outcomes', 'difficulty', 'skills', 'mentors', 'size']);

/** Fields an idea states once, so that two blocks stating one are two ideas'. */
const ONCE_FIELDS = new Set<FieldName>(['difficulty', 'size', 'mentors']);

/**
 * A title that numbers an idea: a noun for an idea, project or task and a number, then the title or nothing (`Task #1:
 * Adaptive Columnar Storage`, `Project 2 – Faster parser`, `Idea IV`, `Proyecto 3:`, `课题一：…`). Not a phase or a
 * milestone: one idea's parts are numbered so, ideas are not.
 */
const NUMBERED_IDEA = new RegExp(
  String.raw`^(?:(?:(?:project\s+)?idea|project|task|topic|proposal|proyecto|projeto|propuesta|proposta|tarea|tarefa)\s*(?:#\s*)?(?:\d{1,3}|[IVXLC]{1,6})|(?:项目|任务|课题|题目|选题)\s*(?:#\s*)?(?:\d{1,3}|[一二三四五六七八九十]{1,3}))(?=\s*(?:[:：.、)）\-–—]|$)|\s+\S)`,
  'iu',
);

/** How many of the outermost list levels inside an idea may hold its blocks. */
const ITEM_LEVELS = 3;

/** A whole line of one bold or emphasised phrase without a colon (as headless-ideas.ts reads title lines). */
const TITLE_LINE = /^(\*{1,2}|_{1,2})(?![\s*_])[^*_:：\n]{2,200}(?<![\s*_])\1\s*$/;

/** One block: the unit that opens it and the idea fields its units label. */
export interface RepeatedBlock {
  opener: number;
  fields: Set<FieldName>;
  /** The opener's title numbers an idea (`Task #1: Adaptive Columnar Storage`, `Project 2 – …`, `课题一`). */
  numbered: boolean;
  /** The opener is a title label with its title (`**项目标题：** **Title**`, `Project name: …`; title-labels.ts). */
  titled?: boolean;
}

/** What the sign needs to know about the file beside its units. */
export interface BlockContext {
  text: string;
  headings: readonly HeadingInfo[];
  /** The idea fields a unit labels with a value. */
  fieldsOf: (unit: number) => FieldName[];
  /** Whether the unit lies under a heading after `from` that is no idea and holds none (a template, `## FAQ`). */
  underNoIdea: (unit: number, from: number) => boolean;
}

/**
 * The blocks of one shape inside one of `ideas` that show several ideas read as one (two labelling a field an idea
 * states once, or two titled as numbered ideas with a field among them), for every idea that has them: the openers'
 * unit indexes, in text order.
 */
export function findRepeatedBlocks(units: Unit[], ideas: readonly Idea[], context: BlockContext): number[] {
  const openers: number[] = [];
  const owned = ideas.map((): number[] => []);
  innermostIdea(units, ideas).forEach((at, unit) => {
    if (at < 0) return;
    // The idea's title unit opens the idea, no block in it.
    const title = ideas[at].titlePosition.start.offset;
    if (units[unit].start <= title && title < Math.max(units[unit].end, units[unit].start + 1)) return;
    owned[at].push(unit);
  });
  // Each heading by its unit, built once for every idea (once per idea, it made a page of many ideas quadratic).
  const headingOf = new Map<number, HeadingInfo>();
  for (const heading of context.headings) headingOf.set(heading.unit, heading);
  for (const [index, own] of owned.entries()) {
    if (own.length === 0) continue;
    for (const blocks of shapes(units, own, ideas[index].titlePosition.start.offset, context, headingOf)) {
      const shaped = repeating(blocks);
      if (shaped.length === 0) continue;
      openers.push(...shaped.map((block) => block.opener));
      break;
    }
  }
  return [...new Set(openers)].sort((a, b) => a - b);
}

/**
 * The blocks that label a field an idea states once, when two of them label the same one; else the blocks titled as
 * numbered ideas, when there are two and one of them labels an idea field; else none.
 */
function repeating(blocks: RepeatedBlock[]): RepeatedBlock[] {
  const shaped = blocks.filter((block) => [...block.fields].some((name) => ONCE_FIELDS.has(name)));
  for (const name of ONCE_FIELDS) if (shaped.filter((block) => block.fields.has(name)).length >= 2) return shaped;
  const numbered = blocks.filter((block) => block.numbered);
  if (numbered.length >= 2 && numbered.some((block) => block.fields.size > 0)) return numbered;
  // A title label names an idea: two in one idea, each over idea fields of its own, are two ideas' titles (one over
  // none may name a project the idea builds on: `Project: the parser, see its repository`).
  const titled = blocks.filter((block) => block.titled);
  if (titled.filter((block) => block.fields.size > 0).length >= 2) return titled;
  return [];
}

/** The blocks of each shape among an idea's own units (ascending indexes): headings by depth, title lines, items by level. */
function shapes(
  units: Unit[],
  own: number[],
  titleAt: number,
  context: BlockContext,
  headingOf: ReadonlyMap<number, HeadingInfo>,
): RepeatedBlock[][] {
  const { text } = context;
  const mine = new Set(own);
  const found: RepeatedBlock[][] = [];
  // The idea fields labelled in a block: with a value, or bare with the value below (`+ Skills` ⏎ `C/Rust, Linux`).
  const fieldsIn = (from: number, to: number): Set<FieldName> => {
    const fields = new Set<FieldName>();
    for (let at = from; at < to; at++) {
      if (!mine.has(at)) continue;
      for (const name of context.fieldsOf(at)) fields.add(name);
      const next = units[at + 1];
      if (at + 1 >= to || !mine.has(at + 1) || next.hits.length > 0 || next.kind === 'heading') continue;
      for (const hit of units[at].hits)
        if (!hit.quantityOnly && hit.valueEnd <= hit.valueStart)
          for (const name of fieldNames(hit)) if (IDEA_FIELDS.has(name)) fields.add(name);
    }
    return fields;
  };
  const block = (at: number, end: number): RepeatedBlock => ({
    opener: at,
    fields: fieldsIn(at + 1, end),
    numbered: NUMBERED_IDEA.test(
      inlineToText(text.slice(units[at].start, units[at].end))
        .replace(/^#+\s*/, '')
        .trim(),
    ),
  });
  // A block titled as a part of one project (`## Project Part 1: … (350 Hours)`, `**Phase 2**`: headings.ts
  // isPartTitle) is a part of the idea, however many of them state its size: no idea of its own.
  const opens = (at: number, title: string): boolean =>
    mine.has(at) &&
    !context.underNoIdea(at, titleAt) &&
    !isNotAnIdeaSpanTitle(title) &&
    !isTemplateSection(title) &&
    !isPartTitle(title);
  const last = own[own.length - 1] + 1;

  // Headings of one depth, shallowest first.
  const depths = [...new Set(own.filter((at) => units[at].kind === 'heading').map((at) => units[at].depth))].sort(
    (a, b) => a - b,
  );
  for (const depth of depths) {
    const blocks: RepeatedBlock[] = [];
    for (const at of own) {
      const unit = units[at];
      if (unit.kind !== 'heading' || unit.depth !== depth) continue;
      const heading = headingOf.get(at);
      if (!heading || heading.isLabel || context.fieldsOf(at).length > 0 || !opens(at, heading.title)) continue;
      let end = at + 1;
      while (end < last && !(units[end].kind === 'heading' && units[end].depth <= depth)) end++;
      blocks.push(block(at, end));
    }
    found.push(blocks);
  }

  // Title lines outside lists, each up to the next or to a heading.
  const titleLines = own.filter(
    (at) =>
      units[at].kind === 'line' &&
      units[at].listLevel === 0 &&
      units[at].hits.length === 0 &&
      TITLE_LINE.test(text.slice(units[at].start, units[at].end)) &&
      opens(at, inlineToText(text.slice(units[at].start, units[at].end))),
  );
  found.push(
    titleLines.map((at, index) => {
      let end = at + 1;
      const next = titleLines[index + 1] ?? last;
      while (end < next && units[end].kind !== 'heading') end++;
      return block(at, end);
    }),
  );

  // Label lines opening with a title label (`**Title:** Faster parser`, `- 项目标题：…`), per list level, each up to the
  // next of its level or a heading.
  const labelLevels = new Map<number, number[]>();
  for (const at of own) {
    if (context.underNoIdea(at, titleAt)) continue;
    const read = readTitleLabelLine(text, units[at]);
    if (!read || isNotAnIdeaSpanTitle(read.title) || isTemplateSection(read.title)) continue;
    labelLevels.set(units[at].listLevel, [...(labelLevels.get(units[at].listLevel) ?? []), at]);
  }
  for (const openers of labelLevels.values())
    found.push(
      openers.map((at, index) => {
        let end = at + 1;
        const next = openers[index + 1] ?? last;
        while (end < next && units[end].kind !== 'heading') end++;
        return { ...block(at, end), titled: true };
      }),
    );

  // List items of one level opening with a title, outermost first.
  // The outermost ITEM_LEVELS levels only: ideas as items sit at the top of a list or one level in (an idea's item
  // holding them), and a deeply nested list costs no more than a flat one.
  const levels = [...new Set(own.filter((at) => units[at].itemStart).map((at) => units[at].listLevel))]
    .sort((a, b) => a - b)
    .slice(0, ITEM_LEVELS);
  for (const level of levels) {
    const blocks: RepeatedBlock[] = [];
    for (const at of own) {
      const unit = units[at];
      if (!unit.itemStart || unit.listLevel !== level || unit.kind === 'heading') continue;
      if (unit.hits.length > 0 || !opens(at, inlineToText(text.slice(unit.start, unit.end)))) continue;
      let end = at + 1;
      while (
        end < last &&
        units[end].kind !== 'heading' &&
        units[end].listLevel >= level &&
        !(units[end].itemStart && units[end].listLevel === level)
      )
        end++;
      blocks.push(block(at, end));
    }
    found.push(blocks);
  }
  return found;
}

/** Unit → the index in `ideas` of the innermost idea holding it (the latest-starting one that covers it), or -1. */
function innermostIdea(units: Unit[], ideas: readonly Idea[]): number[] {
  const order = ideas
    .map((idea, index) => ({ index, start: idea.position.start.offset, end: idea.position.end.offset }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const open: (typeof order)[number][] = [];
  let next = 0;
  return units.map((unit) => {
    while (next < order.length && order[next].start <= unit.start) open.push(order[next++]);
    while (open.length > 0 && open[open.length - 1].end <= unit.start) open.pop();
    return open.length > 0 ? open[open.length - 1].index : -1;
  });
}
