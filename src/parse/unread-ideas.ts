// Parse stage: signs in a file where some ideas were read that others were missed or misread, so a partial reading
// is not a silent pass (the lint stage turns them into the file-level `unread-ideas` notice). Pure: reads the units
// and the ideas found, no I/O.
//
// The grammar: a list writes its ideas alike. Once the parser has read some ideas, what is written like them but was
// not read as one is a sign of a missed idea:
// - a label read as an idea: an idea titled by a heading that is itself a field label with a value
//   (`#### Difficulty: Hard` read as an idea, so the idea above it lost its fields);
// - a missed sibling: a heading of the same depth under the same parent heading as a (well-read) idea heading, not a
//   section known to be none (`### FAQ`, `### Timeline`, a label, a repeated part), whose own text names idea fields
//   outside every well-read idea (`### Add license metadata` ⏎ `#### Mentor: @a` beside the idea `### Automate …`);
// - an idea whose parts were read as ideas: a heading placed like the ideas, not read, with prose, whose next heading is
//   shallower and read as an idea (an idea setting its parts above its own title, `### Proposal` ⏎ `## Phase: …`);
// - a heading holding one idea among its parts: a heading placed like the ideas (same depth, same parent), not read
//   as one, whose sub-headings are several and exactly one of them was read as an idea (`## Enhancing SaberX` ⏎
//   `### Status endpoint` ⏎ `### Other enhancements` ⏎ `#### Mentors: …`): the part took the idea's place. A heading
//   whose sub-headings are all ideas (or several) is a category;
// - stray labels: lines after the first idea and outside every idea that label two different idea fields
//   (`Mentors:` and `Difficulty:`), in one stretch between two ideas: an idea's fields without its idea;
// - repeated blocks: an idea (a page read as one idea too) holding blocks of one shape (headings of one depth, bold
//   title lines, titled list items) two of which label the same field an idea states once (difficulty, size,
//   mentors), or that are titled as numbered ideas (`Task #2: …`): several ideas read as one (the grammar:
//   src/parse/repeated-blocks.ts);
// - other titles: lines inside an idea's text (after its title) that open with a label naming a title (`Project
//   Title: X`, `**Title:** X`, `Project name – X`, `Título del proyecto: X`, plain, in emphasis, in an item, in an HTML
//   heading `<h2> Project Title: X </h2>`) and name two titles or more that are neither the idea's own nor another
//   read idea's: the idea holds other ideas' titles, so they were read as part of it (a page read as one idea over
//   ten `Project Title:` blocks). One such title restates the idea's own in other words (MIN_TITLES); a bare idea noun
//   (`Project: Augur`, which software the idea is for) names no title;
// - a thin idea: an idea read that states no idea field (a line of prose reads as its description) and spans two lines
//   at most, in a file where two ideas or more state two idea fields or more over more lines: a list writes its ideas
//   alike, so a bare line among them is a line of prose or a bullet of a list about the program read as an idea
//   (THIN_LINES).
// Labels before the first idea are the page's (a template, a legend of the labels, the program's mentors); a single
// stray label between ideas is a group's (one mentor for a section's ideas): neither is a sign.
// Measured on every regression set and corpus (200 lists, 196 with ideas): the signs fire on Homebrew's only
// (regression-13, its label headings read as ideas), and on the label-preserving variants of scripts/variants.mjs only
// where ideas are lost (LazyWolves as labels-as-headings) or misread as in the original (Homebrew). Session 16: with
// regression-14 and /work/shared/corpus/real (213 lists), only the repeated blocks fire, on the three lists read as one
// page-wide idea (preCICE, SOFAStack, TensorBase).
import type { FieldName, Idea, ParseOptions, UnreadSign } from './types.js';
import {
  collectHeadings,
  type HeadingInfo,
  isListHeading,
  isNotAnIdeaSpanTitle,
  isTemplateSection,
} from './headings.js';
import { readLineLabels } from './label-line.js';
import { findRepeatedBlocks } from './repeated-blocks.js';
import { isTitleLabel } from './title-labels.js';
import { fieldNames } from './raw-field.js';
import { inlineToText, lineIndexAt } from './text.js';
import type { Unit } from './units.js';

/** Fields only an idea has (a section's prose may name a description or a date). */
const IDEA_FIELDS = new Set<FieldName>(['outcomes', 'difficulty', 'skills', 'mentors', 'size']);

/**
 * How many different idea fields a heading's text or a stretch outside every idea must label to be an idea's fields:
 * one alone is a page's or a group's (`**Technical mentors**: …` under `## Meet the team`, HTTP-APIs; `Expert: …` above
 * Zulip's item ideas); a missed idea gives its mentors and difficulty, or its skills and size (Homebrew: three).
 */
const MIN_FIELDS = 2;

/** The idea fields a unit labels with a value. */
function labelledFields(unit: Pick<Unit, 'hits'>): FieldName[] {
  const names: FieldName[] = [];
  for (const hit of unit.hits) {
    if (hit.quantityOnly || hit.valueEnd <= hit.valueStart) continue;
    for (const name of fieldNames(hit)) if (IDEA_FIELDS.has(name)) names.push(name);
  }
  return names;
}

/**
 * The idea fields a unit labels with a value. A heading is read as a label line (`#### Mentor: @MikeMcQuaid`), as the
 * parser reads a heading only as a bare label (`#### Mentors`) with its value in the section below.
 */
function unitFields(unit: Unit, text: string, options: ParseOptions): FieldName[] {
  if (unit.kind !== 'heading') return labelledFields(unit);
  const read = readLineLabels(text, unit.start, unit.end, options, { quoted: false, first: true, node: unit.node });
  const first = read.hits[0];
  // An icon before the label (`### **⏳ Timeline & Hours: 350 Hours**`, DevRhylme, regression-16) is no text of its own.
  const before = text.slice(unit.start, first?.labelStart ?? unit.start);
  if (!first || before.replace(/[*_`\s]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, '') !== '')
    return [];
  return labelledFields(read);
}

/** Finds the signs of ideas missed or misread in a file where `ideas` were read from `units`. */
export function findUnreadSigns(
  units: Unit[],
  ideas: readonly Idea[],
  text: string,
  starts: readonly number[],
  options: ParseOptions,
  headings: readonly HeadingInfo[] = collectHeadings(units, text, options),
): UnreadSign[] {
  if (ideas.length === 0) return [];
  const signs: UnreadSign[] = [];
  const lineOf = (offset: number): number => lineIndexAt(starts, offset) + 1;
  const byTitle = [...ideas].sort((a, b) => a.titlePosition.start.offset - b.titlePosition.start.offset);
  const titleOffsets = byTitle.map((idea) => idea.titlePosition.start.offset);
  /** The idea whose title starts inside a unit, if any. */
  const ideaTitledIn = (unit: Unit): Idea | undefined => {
    const at = lastAtOrBefore(titleOffsets, unit.end);
    return at >= 0 && titleOffsets[at] >= unit.start ? byTitle[at] : undefined;
  };
  // Heading (index in `headings`) → the idea it titles.
  const ideaOf = new Map<number, Idea>();
  headings.forEach((heading, index) => {
    const idea = ideaTitledIn(units[heading.unit]);
    if (idea) ideaOf.set(index, idea);
  });

  // A label read as an idea: its heading starts with an idea field's label and gives a value.
  const misread = new Set<Idea>();
  const known = new Map<number, FieldName[]>();
  const fieldsOf = (at: number): FieldName[] => {
    let names = known.get(at);
    if (!names) known.set(at, (names = unitFields(units[at], text, options)));
    return names;
  };
  for (const [index, idea] of ideaOf) {
    const unit = units[headings[index].unit];
    if (fieldsOf(headings[index].unit).length === 0) continue;
    misread.add(idea);
    signs.push({ kind: 'label-title', line: lineOf(unit.start) });
  }
  const wellRead = ideas.filter((idea) => !misread.has(idea));
  const inWellRead = coverage(wellRead);
  const inIdea = coverage(ideas);

  // Headings that hold no idea at all: not those only excluded as ideas themselves (`## Google Summer of Code` holding
  // the ideas), nor the heading titling the idea read (a program's name as the page title).
  const noSection = headings.map(
    (heading) =>
      heading.notSection ||
      heading.definesLabels ||
      (heading.emptyLabels && heading.fields.size > 0) ||
      heading.pastWork === true ||
      isNotAnIdeaSpanTitle(heading.title) ||
      isTemplateSection(heading.title),
  );
  // Headings that are no idea by the parser's own reading of their titles, and whose text is none either.
  const notIdea = headings.map(
    (heading, index) => (heading.excluded && !isListHeading(heading.title)) || noSection[index],
  );
  // Unit → the innermost heading it lies under (-1 before the first).
  const sectionOf = new Array<number>(units.length).fill(-1);
  let next = 0;
  let current = -1;
  for (let at = 0; at < units.length; at++) {
    while (next < headings.length && headings[next].unit <= at) current = next++;
    sectionOf[at] = current;
  }
  const underNoIdea = (at: number): boolean => {
    for (let heading = sectionOf[at]; heading >= 0; heading = headings[heading].parent)
      if (notIdea[heading]) return true;
    return false;
  };
  // Under a heading after `from` that holds no idea (noSection).
  const underNoSection = (at: number, from: number): boolean => {
    for (let heading = sectionOf[at]; heading >= 0; heading = headings[heading].parent) {
      if (units[headings[heading].unit].start <= from) return false;
      if (noSection[heading]) return true;
    }
    return false;
  };

  // A missed sibling of an idea heading: same depth, same parent, two idea fields labelled in its own text outside
  // every well-read idea, and no idea inside it (a heading holding ideas written as items is their group).
  const ideaPlaces = new Set<string>();
  for (const [index, idea] of ideaOf)
    if (!misread.has(idea)) ideaPlaces.add(`${headings[index].depth}:${headings[index].parent}`);
  const claimed = new Set<number>();
  headings.forEach((heading, index) => {
    if (ideaOf.has(index) || heading.isLabel || heading.isPart || underNoIdea(heading.unit)) return;
    if (!ideaPlaces.has(`${heading.depth}:${heading.parent}`)) return;
    const unit = units[heading.unit];
    const last = subtreeEnd(headings, index, units.length);
    // The next heading's line (an idea's range starts at its line, before the `#`s).
    const end = last < units.length ? starts[lineIndexAt(starts, units[last].start)] : text.length;
    if (inWellRead(unit.start) || wellRead.some((idea) => within(idea, unit.start, end))) return;
    const fields = new Set<FieldName>();
    const own: number[] = [];
    for (let at = heading.unit + 1; at < last; at++) {
      if (inWellRead(units[at].start)) continue;
      const names = fieldsOf(at);
      if (names.length === 0) continue;
      own.push(at);
      for (const name of names) fields.add(name);
    }
    if (fields.size < MIN_FIELDS) return;
    for (const at of own) claimed.add(at);
    signs.push({ kind: 'sibling', line: lineOf(unit.start) });
  });

  // An idea read inside a heading placed like the ideas (same depth, same parent) that was not read as one: that heading
  // is the idea, and the part read is one of its sections (`## Enhancing SaberX` ⏎ `### Other enhancements` ⏎ labels).
  const children = new Map<number, number[]>();
  headings.forEach((heading, index) => {
    if (heading.parent >= 0) children.set(heading.parent, [...(children.get(heading.parent) ?? []), index]);
  });
  for (const [index, idea] of ideaOf) {
    if (misread.has(idea)) continue;
    const parent = headings[index].parent;
    if (parent < 0 || ideaOf.has(parent) || underNoIdea(headings[parent].unit)) continue;
    const holder = headings[parent];
    if (holder.isLabel || holder.isPart || holder.excluded || isListHeading(holder.title)) continue;
    if (!ideaPlaces.has(`${holder.depth}:${holder.parent}`)) continue;
    // One part read among parts not read: a heading holding several ideas (a category) is none.
    const parts = children.get(parent) ?? [];
    if (parts.length < 2 || parts.filter((at) => ideaOf.has(at)).length !== 1) continue;
    signs.push({ kind: 'nested', line: lineOf(units[holder.unit].start) });
  }

  // An idea whose parts were read as ideas: a heading placed like the ideas (same depth, same parent), not read, with
  // prose of its own, whose next heading is shallower and read as an idea (DevRhylme's `### **GSoC Project Proposal:
  // …**` ⏎ `## **📌 Firebase Integration (350 Hours)**` ⏎ its labels, regression-16, once its parts are not titled as
  // parts): the idea set its parts above its own title, and they took its place.
  headings.forEach((heading, index) => {
    if (ideaOf.has(index) || heading.isLabel || heading.isPart || heading.excluded || heading.prose === 0) return;
    if (underNoIdea(heading.unit) || !ideaPlaces.has(`${heading.depth}:${heading.parent}`)) return;
    const next = headings[index + 1];
    if (next === undefined || next.depth >= heading.depth || !ideaOf.has(index + 1)) return;
    const idea = ideaOf.get(index + 1);
    if (idea === undefined || misread.has(idea)) return;
    signs.push({ kind: 'shallow-parts', line: lineOf(units[heading.unit].start) });
  });

  // Stray labels: the labelled units outside every idea, after the first, grouped by the stretch between two ideas.
  const ideaStarts = ideas.map((idea) => idea.position.start.offset).sort((a, b) => a - b);
  const stretches = new Map<number, { line: number; fields: Set<FieldName> }>();
  units.forEach((unit, index) => {
    const stretch = lastAtOrBefore(ideaStarts, unit.start);
    if (stretch < 0 || claimed.has(index) || inIdea(unit.start)) return;
    const fields = fieldsOf(index);
    if (fields.length === 0 || underNoIdea(index) || inNoIdeaItem(units, index, text)) return;
    let found = stretches.get(stretch);
    if (!found) stretches.set(stretch, (found = { line: lineOf(unit.start), fields: new Set() }));
    for (const name of fields) found.fields.add(name);
  });
  for (const { line, fields } of stretches.values())
    if (fields.size >= MIN_FIELDS) signs.push({ kind: 'stray-labels', line });

  // Several ideas read as one: an idea repeating an idea-shaped block (src/parse/repeated-blocks.ts).
  for (const at of findRepeatedBlocks(units, ideas, { text, headings, fieldsOf, underNoIdea: underNoSection }))
    signs.push({ kind: 'repeated-blocks', line: lineOf(units[at].start) });

  // A second title inside an idea: a title label naming another title than the idea's (the grammar above).
  const titles = ideas.map((idea) => comparableTitle(idea.title));
  // A unit holding an idea's title titles that idea (a nested idea), it is no other title inside the idea.
  const unitStarts = units.map((unit) => unit.start);
  for (const idea of wellRead) {
    const own = comparableTitle(idea.title);
    const found = new Map<string, number>();
    // Units are in text order: start after the title's and stop at the idea's end.
    for (let index = lastAtOrBefore(unitStarts, idea.titlePosition.end.offset) + 1; index < units.length; index++) {
      const unit = units[index];
      if (unit.start >= idea.position.end.offset) break;
      if (unit.kind === 'table' || unit.kind === 'comment') continue;
      if (ideaTitledIn(unit)) continue;
      const named = secondTitle(text.slice(unit.start, unit.end));
      if (named === undefined || named === own || own.includes(named) || named.includes(own)) continue;
      if (titles.some((title) => title === named || (title.length > 0 && named.includes(title)))) continue;
      found.set(named, found.get(named) ?? unit.start);
    }
    if (found.size >= MIN_TITLES) signs.push({ kind: 'second-title', line: lineOf(Math.min(...found.values())) });
  }

  // Thin ideas among full ones: non-ideas read as ideas (the grammar above).
  const full = ideas.filter((idea) => ideaFieldCount(idea) >= MIN_FIELDS && lineSpan(idea) > THIN_LINES);
  if (full.length >= MIN_FULL)
    for (const idea of ideas)
      if (ideaFieldCount(idea) === 0 && lineSpan(idea) <= THIN_LINES)
        signs.push({ kind: 'thin-idea', line: idea.titlePosition.start.line });

  return signs.sort((a, b) => a.line - b.line);
}

/**
 * Thin ideas: how many lines an idea read spans at most (its title and one line) to be thin, and how many full ideas
 * (two idea fields or more, over more lines) the file must hold for a thin one among them to be a non-idea: a line of
 * prose or a bullet of a list about the program (`- Clear, scoped projects with measurable outcomes`, Kornia's lines
 * once a `<br />` ends their paragraph) read as an idea beside ideas that state their mentors and difficulty.
 */
const THIN_LINES = 2;
const MIN_FULL = 2;

/** How many lines an idea spans, from its title's line to its last. */
function lineSpan(idea: Idea): number {
  return idea.position.end.line - idea.titlePosition.start.line + 1;
}

/** How many idea fields (IDEA_FIELDS) an idea states. */
function ideaFieldCount(idea: Idea): number {
  return Object.keys(idea.fields).filter((name) => IDEA_FIELDS.has(name as FieldName)).length;
}

/**
 * How many different titles an idea's text must name after title labels to hold other ideas: one alone restates the
 * idea's title in other words (uutils' `## Code refactoring for procps…` ⏎ `- **Title:**: Code Optimization and
 * Refactoring…`, regression-6; tinyclub's `### 项目一` ⏎ `1. 项目标题：Perf Lab 性能实验室`, regression-13), so a category
 * heading over one `Project Title:` item reads the same and stays silent.
 */
const MIN_TITLES = 2;

/** Nouns for a title or a name a title label holds (isTitleLabel); a bare idea noun (`Project:`) names no title. */
const TITLE_WORD = /title|titre|t[ií]tulo|titel|titolo|name|nombre|nome|\bnom\b|标题|题目|名称|タイトル/i;

/** The title a line gives after a title label that names a title (`Project Title: X`), folded; undefined for others. */
export function secondTitle(source: string): string | undefined {
  const plain = inlineToText(source).replace(
    /^(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|[•▪▸►➤→·-])+/u,
    '',
  );
  const match = /^(\p{L}[\p{L}\p{M} '’-]{0,39}?)[ \t]*(?:[:：]|[ \t][–—-][ \t])[ \t]*(\S.*)$/u.exec(plain);
  if (!match || !TITLE_WORD.test(match[1]) || !isTitleLabel(match[1])) return undefined;
  const title = comparableTitle(match[2]);
  return /\p{L}/u.test(title) ? title : undefined;
}

/** A title folded for comparison: letters and digits only, lower case. */
function comparableTitle(title: string): string {
  return inlineToText(title)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The index of the first unit after a heading's section: the next heading at its depth or above, or the end. */
function subtreeEnd(headings: readonly HeadingInfo[], index: number, end: number): number {
  for (let next = index + 1; next < headings.length; next++)
    if (headings[next].depth <= headings[index].depth) return headings[next].unit;
  return end;
}

/** Whether an idea starts inside `[from, to)`. */
function within(idea: Idea, from: number, to: number): boolean {
  return idea.position.start.offset > from && idea.position.start.offset < to;
}

/**
 * Whether the unit lies in a list item titled as no idea (`6. **Other Topics**` ⏎ `_Possible Mentors_: …`, the rest of
 * the ideas; `- Your own idea` ⏎ `  - **Needed Skills:** Varies`): the first line of it or of an item around it.
 */
function inNoIdeaItem(units: Unit[], index: number, text: string): boolean {
  let level = units[index].listLevel;
  for (let at = index; at >= 0 && level > 0; at--) {
    const unit = units[at];
    if (unit.kind === 'heading' || unit.listLevel === 0) break;
    if (!unit.itemStart || unit.listLevel > level) continue;
    const title = inlineToText(text.slice(unit.start, unit.end));
    if (isNotAnIdeaSpanTitle(title) || isTemplateSection(title)) return true;
    level = unit.listLevel - 1;
  }
  return false;
}

/** The index of the last of the ascending `values` at or before `offset`; -1 when none is. */
function lastAtOrBefore(values: readonly number[], offset: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Whether an offset lies inside one of the ideas (ideas may nest: a running maximum of their ends decides). */
function coverage(ideas: readonly Idea[]): (offset: number) => boolean {
  const sorted = ideas.map((idea) => idea.position).sort((a, b) => a.start.offset - b.start.offset);
  const startsAt = sorted.map((position) => position.start.offset);
  const reach: number[] = [];
  for (const position of sorted) reach.push(Math.max(reach.at(-1) ?? 0, position.end.offset));
  return (offset) => {
    const at = lastAtOrBefore(startsAt, offset);
    return at >= 0 && reach[at] > offset;
  };
}
