// Parse stage: the heading outline — titles, nesting, and which fields sit directly under each heading.
import { readTable } from './tables.js';
import { countWords, inlineToText } from './text.js';
import type { Unit } from './units.js';
import type { FieldName, ParseOptions } from './types.js';

/** What the segmenter knows about one top-level heading. */
export interface HeadingInfo {
  unit: number;
  depth: number;
  title: string;
  titleStart: number;
  isLabel: boolean;
  /** A sub-heading whose title repeats under many ideas (`#### Details`): part of an idea, never one. */
  isPart?: boolean;
  parent: number;
  fields: Set<FieldName>;
  prose: number;
  hasIdeaTables: boolean;
  /** Every field comes from a label sub-heading (`## Contact`), none from a label line or table. */
  fieldsFromHeadingsOnly: boolean;
  labelledDescendants: number;
  excluded: boolean;
  idea?: boolean;
  /** Index (in `units`) of the first unit after the heading's subtree. */
  subtreeEnd: number;
}

/** Headings that are never ideas: tables of contents, timelines, instructions, admin and glossary sections. */
const NOT_AN_IDEA =
  /^(?:\d+[.)]\s*)?(?:table of contents|contents|toc|index|timeline|(?:important |key )?dates|schedule|admins?|administrators?|administrative notes?|org(?:anization)? admins?|status|mentors?|(?:coding |assisting |our |potential |available |list of )?mentors?(?: list)?|about(?: us| [\w-]+)?|introduction|intro|getting started|how to (?:apply|contribute|get started|write|submit)[\w\s]*|application(?: instructions| process| template)?|(?:project |application )?instructions|template|proposal template|idea template|faq|frequently asked questions|contact(?: us)?|communication|resources|links|useful links|references|glossary|terminology|terms|definitions|abbreviations|acronyms|notes?|criteria for ideas|accepted projects|project ideas|ideas(?: list)?|past projects|previous years?|archive|license|changelog|discuss the project idea with the mentor\(s\)|volunteers so far)\s*:?$/i;

/** Reads every top-level heading: its title, outline parent, subtree and the fields directly under it. */
export function collectHeadings(units: Unit[], text: string, options: ParseOptions): HeadingInfo[] {
  const headings: HeadingInfo[] = [];
  const stack: number[] = [];
  units.forEach((unit, index) => {
    if (unit.kind !== 'heading') return;
    while (stack.length > 0 && headings[stack[stack.length - 1]].depth >= unit.depth) stack.pop();
    const [title, titleStart] = ideaTitle(text, unit.start, unit.end);
    headings.push({
      unit: index,
      depth: unit.depth,
      title,
      titleStart,
      isLabel: unit.hits.length > 0,
      parent: stack.length > 0 ? stack[stack.length - 1] : -1,
      fields: new Set(),
      prose: 0,
      hasIdeaTables: false,
      fieldsFromHeadingsOnly: true,
      labelledDescendants: 0,
      excluded: NOT_AN_IDEA.test(title.trim()) || title.trim() === '',
      subtreeEnd: units.length,
    });
    stack.push(headings.length - 1);
  });
  // A title repeated under most ideas (`#### Project info`) names a part of each idea, not an idea. The same
  // title under a few of many sections (`Improve documentation`) or under same-titled parents stays an idea.
  const parentsOf = new Map<string, Set<number>>();
  const parentTitles = new Map<string, Set<string>>();
  for (const heading of headings) {
    if (heading.parent < 0) continue;
    const key = `${heading.depth} ${heading.title.toLowerCase()}`;
    parentsOf.set(key, (parentsOf.get(key) ?? new Set<number>()).add(heading.parent));
    parentTitles.set(
      key,
      (parentTitles.get(key) ?? new Set<string>()).add(headings[heading.parent].title.toLowerCase()),
    );
  }
  const perDepth = [0, 0, 0, 0, 0, 0, 0];
  for (const heading of headings) if (!heading.isLabel) perDepth[heading.depth]++;
  for (const heading of headings) {
    const key = `${heading.depth} ${heading.title.toLowerCase()}`;
    const distinct = parentTitles.get(key)?.size ?? 0;
    const parentDepth = heading.parent >= 0 ? headings[heading.parent].depth : 0;
    heading.isPart =
      heading.parent >= 0 && distinct >= 3 && (parentsOf.get(key)?.size ?? 0) * 2 >= perDepth[parentDepth];
  }
  // Subtree ends: the next heading at the same or a shallower depth.
  const open: number[] = [];
  headings.forEach((heading, index) => {
    while (open.length > 0 && headings[open[open.length - 1]].depth >= heading.depth)
      headings[open.pop() as number].subtreeEnd = heading.unit;
    open.push(index);
  });
  // Direct fields: labels under the heading, through deeper label headings, up to the next other heading.
  const headingAt = new Map(headings.map((info) => [info.unit, info]));
  headings.forEach((heading) => {
    if (heading.isLabel) return;
    for (let index = heading.unit + 1; index < heading.subtreeEnd; index++) {
      const unit = units[index];
      if (unit.kind === 'heading' && unit.hits.length === 0 && !headingAt.get(index)?.isPart) break;
      for (const hit of unit.hits) heading.fields.add(hit.name);
      if (unit.hits.length > 0 && unit.kind !== 'heading') heading.fieldsFromHeadingsOnly = false;
      if (unit.kind === 'line' && unit.hits.length === 0) heading.prose += countWords(text.slice(unit.start, unit.end));
      if (unit.kind === 'table') {
        const reading = readTable(unit.node as never, text, options);
        if (reading.kind === 'fields') for (const field of reading.fields) heading.fields.add(field.name);
        if (reading.kind === 'fields') heading.fieldsFromHeadingsOnly = false;
        if (reading.kind === 'ideas') heading.hasIdeaTables = true;
      }
    }
  });
  headings.forEach((heading, index) => {
    if (heading.isLabel || heading.isPart || heading.fields.size === 0) return;
    for (let parent = heading.parent; parent >= 0; parent = headings[parent].parent)
      headings[parent].labelledDescendants++;
    void index;
  });
  // A heading holding idea tables makes its ancestors sections too.
  headings.forEach((heading) => {
    if (!heading.hasIdeaTables) return;
    for (let parent = heading.parent; parent >= 0; parent = headings[parent].parent)
      headings[parent].hasIdeaTables = true;
  });
  return headings;
}

/** The heading depth at which most headings carry field labels (ties: the deeper one). */
export function inferIdeaDepth(headings: HeadingInfo[]): number {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const heading of headings)
    if (!heading.isLabel && !heading.isPart && !heading.excluded && heading.fields.size > 0) counts[heading.depth]++;
  let best = 0;
  for (let depth = 1; depth <= 6; depth++) if (counts[depth] > 0 && counts[depth] >= counts[best]) best = depth;
  return best;
}

/**
 * A heading without labels at the idea level is an idea when it has real prose and labelled siblings,
 * or some prose and sits between two labelled siblings (a thin draft idea in the middle of the list).
 */
export function isUnlabelledIdea(headings: HeadingInfo[], index: number): boolean {
  const heading = headings[index];
  const siblings = headings.filter(
    (other) => other.parent === heading.parent && other.depth === heading.depth && !other.isLabel,
  );
  const at = siblings.indexOf(heading);
  const labelled = (other: HeadingInfo | undefined): boolean =>
    other !== undefined && other.fields.size > 0 && !other.excluded;
  if (heading.prose >= 40 && siblings.some(labelled)) return true;
  return heading.prose >= 10 && labelled(siblings[at - 1]) && labelled(siblings[at + 1]);
}

/** The non-label headings enclosing a heading, outermost first. */
export function ancestors(headings: HeadingInfo[], index: number): HeadingInfo[] {
  const chain: HeadingInfo[] = [];
  for (let parent = headings[index].parent; parent >= 0; parent = headings[parent].parent)
    if (!headings[parent].isLabel) chain.unshift(headings[parent]);
  return chain;
}

/** The title of a heading: plain text, without `Idea:`/`Project Idea II -` prefixes; with its start offset. */
export function ideaTitle(text: string, start: number, end: number): [string, number] {
  const source = text.slice(start, end);
  const prefix =
    /^(?:\*\*|__)?(?:project\s+)?idea(?:\s+(?:[IVXLC]+|\d+))?\s*(?:[:\-–—.]\s*|\s+-\s+)(?:\*\*|__)?(?=\S)/i.exec(
      source,
    );
  const skip = prefix ? prefix[0].length : 0;
  return [inlineToText(source.slice(skip)), start + skip];
}
