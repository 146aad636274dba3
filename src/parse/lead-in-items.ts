// Parse stage: ideas that are the items of a list a lead-in introduces — `Some of the ideas that we propose:` above
// one-line items (libsim), `here few ideas, but new proposal are welcome too:` above `* Web Interface: Developing a
// Web interface and an API - **Difficulty:** *medium*` items (IntelliHome). Each item is an idea: its name before
// `:` or ` - ` is its title, else its text up to its inline labels; its bold labels are its fields. Under a heading
// naming ideas (`### Front-end projects`), a list whose items all open with an italic or bold title
// (`* *Intelligent full-text search*. Our search…`, Syntacticus) is such a list too, with no lead-in line; so is
// the list of task sentences that is all a section naming tasks holds (LumoSQL's `# Benchmarking tasks`).
import type { HeadlessIdea } from './headless-ideas.js';
import { namesIdeas } from './idea-nouns.js';
import { readInlineLabels } from './label-line.js';
import { PAST_WORK_WORD } from './past-work.js';
import { countWords, decodeEntities, inlineToText, stripEmoji } from './text.js';
import type { Unit } from './units.js';
import type { ParseOptions } from './types.js';
import {
  ITEM_NAME_MAX_WORDS,
  LISTED_IDEA_MIN_PROSE,
  PLAIN_TITLE_MAX_WORDS,
  TASK_ITEM_MIN_WORDS,
} from './thresholds.js';

/** A remark's word opening a marked phrase (`**Note:**`, `*Tip.*`, `**Important**`): a remark, not a title. */
const REMARK =
  /^[\s*_]*(?:notes?|nb|n\.b\.|tips?|hints?|warning|caution|important|attention|reminder|disclaimer|update[sd]?)\b/i;

/** A link alone (`[Tree Bottleneck](…)`, possibly two joined by `/`): a reference to an idea told elsewhere. */
const LINKS_ONLY = /^(?:\s*(?:\[[^\]]{0,300}\]\([^)]*\)|<[^>]+>|https?:\/\/\S+)\s*[/,;]?)+\s*$/;
/** `Web Interface: Developing…`, `Faster parser - Rewrite…`: a short name, then `:` or a spaced dash. */
const NAME = /^(.{2,120}?)(?:[ \t]*[:：][ \t]+|[ \t]+[-–—][ \t]+)(?=\S)/;

/**
 * The ideas of `units[from..to)` that are items of a list introduced by a lead-in: a paragraph outside lists whose
 * last line ends with a colon and speaks of ideas or projects in the plural, in the page's introduction or under a
 * heading that speaks of them too. At least two items, each with words
 * of its own (not a link alone, not a label line); none when any item is no such idea.
 */
export function findLeadInIdeas(
  units: Unit[],
  from: number,
  to: number,
  text: string,
  options: ParseOptions,
  inherited: ReadonlySet<number> = new Set(),
): HeadlessIdea[] {
  let section: Unit | undefined;
  let firstHeading = true;
  const titled: HeadlessIdea[] = [];
  for (let index = from; index < to; index++) {
    if (units[index].kind === 'heading') {
      firstHeading = section === undefined;
      section = units[index];
      // A heading naming ideas (`### Front-end projects`) right above a list whose every item opens with a marked
      // title (`* *Intelligent full-text search*. Our search…`): each item is an idea, under every such heading.
      if (namesIdeas(inlineToText(text.slice(section.start, section.end)))) {
        const first = nextContent(units, index + 1, to);
        if (first < to && units[first].itemStart && units[first].listLevel === 1) {
          const marked = readListItems(units, first, to, (item, at, end) =>
            readMarkedItem(item, at, end, units, text, options),
          );
          titled.push(...(marked.length > 0 ? marked : readOnlyList(units, section, first, to, text, options)));
        }
      } else if (inherited.has(index)) titled.push(...readInheritedList(units, index, to, text, options));
    }
    if (!isLeadIn(units[index], text)) continue;
    // The lead-in speaks for the page (before any heading, or under its first one) or for a section about ideas;
    // under another heading (`### Misses and false alarms`) its list is about something else.
    if (section && !firstHeading && !namesIdeas(inlineToText(text.slice(section.start, section.end)))) continue;
    const next = nextContent(units, index + 1, to);
    if (next >= to || !units[next].itemStart || units[next].listLevel !== 1) continue;
    const ideas = readListItems(units, next, to, (item, at, end) => readItem(item, at, end, units, text, options));
    if (ideas.length >= 2 && titled.length === 0) return ideas;
  }
  return titled.length >= 2 ? titled : [];
}

/**
 * The ideas of a list that is all a heading naming ideas holds (Google Caja's `= Project Ideas for Volunteers =` ⏎
 * `  * Tame popular libraries: …` ⏎ `  * Static analysis and optimization` ⏎ `    * Plenty of places…`): the
 * heading introduces the list as a lead-in line would (`Some of the ideas that we propose:`), so each top-level item
 * is an idea read as a lead-in's items are. An item naming ideas itself (`Shahar-related project ideas`, a link to
 * another list) is none. Nothing when text other than the list follows before the next heading.
 */
function readOnlyList(
  units: Unit[],
  heading: Unit,
  first: number,
  to: number,
  text: string,
  options: ParseOptions,
): HeadlessIdea[] {
  // `## Accepted projects`, `## Past projects`: a list of work done or taken, not of ideas on offer.
  if (PAST_WORK_WORD.test(inlineToText(text.slice(heading.start, heading.end)))) return [];
  let end = first;
  while (end < to && units[end].listLevel > 0) end++;
  const after = nextContent(units, end, to);
  if (after < to && units[after].kind !== 'heading') return [];
  const ideas: HeadlessIdea[] = [];
  for (const idea of readListItems(units, first, end, (item, at, next) => {
    if (item.kind === 'line' && namesIdeas(inlineToText(text.slice(item.start, item.end)))) return SKIP;
    return readItem(item, at, next, units, text, options);
  }))
    if (idea !== SKIP) ideas.push(idea);
  return ideas;
}

/**
 * The ideas of the list a lead-in introduces in one section's own text, `units[from..to)` (from a heading to the next
 * one): ASWF's `### OpenColorIO` ⏎ `**Project Ideas**:` ⏎ `* Restore Java bindings` ⏎ `  - Mentor suggestion: …`.
 * The caller has checked that the section, or a heading above it, names ideas (`## Project information and
 * suggested ideas list`): there a lead-in naming ideas speaks for its list, even of one item. Also returns the
 * range of units the list takes, so that labels inside it are known to be its items' rather than the section's.
 */
export function findSectionLeadIn(
  units: Unit[],
  from: number,
  to: number,
  text: string,
  options: ParseOptions,
): { ideas: HeadlessIdea[]; listFrom: number; listTo: number } | undefined {
  for (let index = from; index < to; index++) {
    if (!isLeadIn(units[index], text)) continue;
    const next = nextContent(units, index + 1, to);
    if (next >= to || !units[next].itemStart || units[next].listLevel !== 1) continue;
    const ideas = readListItems(units, next, to, (item, at, end) => readItem(item, at, end, units, text, options));
    if (ideas.length === 0) continue;
    return { ideas, listFrom: next, listTo: ideas[ideas.length - 1].unitTo };
  }
  return undefined;
}

/** `tasks`: with the plural nouns of namesIdeas, the words for the pieces of work a section may offer. */
const TASK_NOUN = /(?<![\p{L}\p{N}])tasks(?![\p{L}\p{N}])/iu;

/** Whether a heading's title speaks of tasks, ideas or projects in the plural (`Benchmarking tasks`, `Web projects`). */
export function namesTasks(title: string): boolean {
  return (namesIdeas(title) || TASK_NOUN.test(title)) && !PAST_WORK_WORD.test(title);
}

/**
 * The ideas of a section whose own text, `units[from..to)`, is one list of tasks, after at most one paragraph
 * introducing it: LumoSQL's `# Benchmarking tasks` ⏎ `We have design outlines … for the following.` ⏎ `* Write a tool
 * that analyses a consolidated benchmarking database …` ⏎ `* …`, under sibling headings `# Tooling tasks`, `# Packaging
 * tasks`. The caller has checked that the heading speaks of tasks or ideas in the plural (namesTasks), so it groups
 * them as a lead-in line would (Google Caja's `= Project Ideas for Volunteers =` above its list is the same form).
 * Each of at least two top-level items is a task: a sentence of TASK_ITEM_MIN_WORDS words or more opening with a
 * capital (`Implement row-level mtime, ctime and atime using Lumo Columns`), not a name, a link or a label; its first
 * sentence is its title. Nothing when labels or any text other than the list follow: the list is then a part of
 * something else (an idea's `### Tasks` ⏎ `- Write tests` ⏎ `**Mentor:** …`).
 */
export function findTaskList(
  units: Unit[],
  from: number,
  to: number,
  text: string,
  options: ParseOptions,
): { ideas: HeadlessIdea[]; listFrom: number; listTo: number } | undefined {
  let first = nextContent(units, from, to);
  const intro = units[first];
  if (first < to && intro.kind === 'line' && intro.listLevel === 0 && !intro.quoted && intro.hits.length === 0) {
    while (first < to && units[first].kind === 'line' && units[first].node === intro.node) first++;
    first = nextContent(units, first, to);
  }
  if (first >= to || !units[first].itemStart || units[first].listLevel !== 1) return undefined;
  let end = first;
  while (end < to && units[end].listLevel > 0) end++;
  if (nextContent(units, end, to) < to) return undefined;
  for (let at = from; at < to; at++) if (units[at].hits.length > 0) return undefined;
  const ideas = readListItems(units, first, end, (item, at, next) => readTask(item, at, next, units, text, options));
  return ideas.length >= 2 ? { ideas, listFrom: first, listTo: end } : undefined;
}

/**
 * The ideas of a section whose own text, `units[from..to)`, is one list after at most one paragraph, read as a
 * lead-in's items are (`- Danksharding prototyping`, `- Forkchoice fuzzer: Test different attack scenarios…`, the
 * name before a colon or dash titling the item): for a heading that groups ideas by who proposes them (`### By Potuz`,
 * proposers.ts), as findTaskList does for a heading naming tasks. Nothing when labels or text other than the list
 * follow, or when any item is no idea (a link alone, a label line, one word).
 */
export function findGroupList(
  units: Unit[],
  from: number,
  to: number,
  text: string,
  options: ParseOptions,
): HeadlessIdea[] {
  let first = nextContent(units, from, to);
  const intro = units[first];
  if (first < to && intro.kind === 'line' && intro.listLevel === 0 && !intro.quoted && intro.hits.length === 0) {
    while (first < to && units[first].kind === 'line' && units[first].node === intro.node) first++;
    first = nextContent(units, first, to);
  }
  if (first >= to || !units[first].itemStart || units[first].listLevel !== 1) return [];
  let end = first;
  while (end < to && units[end].listLevel > 0) end++;
  if (nextContent(units, end, to) < to) return [];
  for (let at = from; at < to; at++) if (units[at].hits.length > 0) return [];
  const ideas = readListItems(units, first, end, (item, at, next) => readItem(item, at, next, units, text, options));
  return ideas.length >= 2 ? ideas : [];
}

/** A list item that is a task (see findTaskList), titled by its first sentence. */
function readTask(
  unit: Unit,
  index: number,
  next: number,
  units: Unit[],
  text: string,
  options: ParseOptions,
): HeadlessIdea | undefined {
  if (unit.kind !== 'line') return undefined;
  const line = text.slice(unit.start, unit.end);
  if (LINKS_ONLY.test(line)) return undefined;
  // The first sentence: up to a full stop, question or exclamation mark before a space, or the whole line.
  const stop = /[.!?](?=\s)/.exec(line);
  const titleSource = stop ? line.slice(0, stop.index + 1) : line;
  const title = plain(titleSource);
  if (!/^\p{Lu}/u.test(title) || countWords(title) < TASK_ITEM_MIN_WORDS) return undefined;
  const end = Math.min(unit.itemEnd, units[next - 1].end);
  const inlineFields = readInlineLabels(text, unit.start, end, options);
  return {
    title,
    titleStart: unit.start,
    titleEnd: unit.start + titleSource.length,
    bodyStart: unit.start,
    start: unit.start,
    end,
    unitFrom: index,
    unitTo: next,
    ...(inlineFields.length > 0 ? { inlineFields } : {}),
  };
}

/** An item that is no idea but leaves the others of its list ideas. */
const SKIP = Symbol('skip');

/** The first unit from `from` that is not a rule or a comment. */
function nextContent(units: Unit[], from: number, to: number): number {
  let next = from;
  while (next < to && (units[next].kind === 'break' || units[next].kind === 'comment')) next++;
  return next;
}

/**
 * The ideas the top-level items of the list starting at `first` give, one per item read by `readOne`; [] when one
 * of them cannot be an idea.
 */
function readListItems<T extends HeadlessIdea | typeof SKIP>(
  units: Unit[],
  first: number,
  to: number,
  readOne: (unit: Unit, index: number, next: number) => T | undefined,
): T[] {
  const ideas: T[] = [];
  let index = first;
  while (index < to && units[index].listLevel > 0) {
    const unit = units[index];
    let next = index + 1;
    while (next < to && units[next].listLevel > 0 && units[next].start < unit.itemEnd) next++;
    if (unit.itemStart && unit.listLevel === 1) {
      const idea = readOne(unit, index, next);
      if (!idea) return [];
      ideas.push(idea);
    }
    index = next;
  }
  return ideas;
}

/**
 * The ideas of the list in a section that speaks of ideas through a heading above it (Salesforce's `# Project Ideas`
 * ⏎ `### Design System React` ⏎ `#### Proposal Suggestions` ⏎ `* **Re-architect and open-source project website.**
 * Keeping documentation resources up-to-date…`; `### oclif` ⏎ `* **Design an oclif linter.** Linters have become…`).
 * Grammar: SECTION ⏎ PARAGRAPH? ⏎ ITEM+, where the section or a heading above it names ideas (the caller's
 * `inherited`: no label, admin or past-work section in between), and every top-level ITEM is MARK SEP PROSE: a bold or
 * italic title at the item's start, set off by a full stop, a colon or a dash inside or after the mark (`**Title.**`,
 * `**Title:**`, `**Title**:`, `**Title** — `, `*Title*.`), then a description of LISTED_IDEA_MIN_PROSE words or more in
 * the same item: the same text as a heading (`#### Title` ⏎ prose) under a heading naming ideas is an idea
 * (listed-headings.ts). One paragraph may introduce the list. A list of short bold-titled notes, steps or questions
 * (`- **Fork the repository.** Then clone it.`, `**Do I need Rust?** No.`) is none.
 */
function readInheritedList(
  units: Unit[],
  heading: number,
  to: number,
  text: string,
  options: ParseOptions,
): HeadlessIdea[] {
  let first = nextContent(units, heading + 1, to);
  const intro = units[first];
  if (first < to && intro.kind === 'line' && intro.listLevel === 0 && !intro.quoted && intro.hits.length === 0) {
    while (first < to && units[first].kind === 'line' && units[first].node === intro.node) first++;
    first = nextContent(units, first, to);
  }
  if (first >= to || !units[first].itemStart || units[first].listLevel !== 1) return [];
  return readListItems(units, first, to, (item, at, end) => {
    const idea = readMarkedItem(item, at, end, units, text, options, true);
    if (!idea) return undefined;
    const prose = countWords(inlineToText(text.slice(idea.bodyStart, idea.end)));
    return prose >= LISTED_IDEA_MIN_PROSE ? idea : undefined;
  });
}

/**
 * An item opening with a marked title: `* *Title*. Description` (and, when `closed`, the title's own closing stop or
 * colon inside the mark, `* **Title.** Description`, or a dash after it, `* **Title** — Description`).
 */
function readMarkedItem(
  unit: Unit,
  index: number,
  next: number,
  units: Unit[],
  text: string,
  options: ParseOptions,
  closed = false,
): HeadlessIdea | undefined {
  const paragraph = unit.item?.children[0];
  const mark = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  if (!mark || (mark.type !== 'emphasis' && mark.type !== 'strong')) return undefined;
  const start = mark.position?.start.offset;
  const end = mark.position?.end.offset;
  if (start !== unit.start || end === undefined) return undefined;
  // A label opening the item (`**Mentor:** Jane`, `**Note:** …`) makes it a field or a remark, not a title.
  if (unit.hits.some((hit) => hit.labelStart <= start) || REMARK.test(text.slice(start, end))) return undefined;
  const written = inlineToText(text.slice(start, end)).trim();
  const inside = closed && /[^.]\.$|[:：]$/.test(written);
  const title = plain(text.slice(start, end));
  const after = inside
    ? /^[ \t]+(?=\S)/.exec(text.slice(end, end + 20))
    : (closed ? /^(?:\s*[.:：]\s+|[ \t]+[-–—][ \t]+)(?=\S)/ : /^\s*[.:：]\s+(?=\S)/).exec(text.slice(end, end + 20));
  if (!after || !title || /[.!?:]$/.test(title) || countWords(title) > PLAIN_TITLE_MAX_WORDS) return undefined;
  const marker = mark.type === 'strong' ? 2 : 1;
  const itemEnd = Math.min(unit.itemEnd, units[next - 1].end);
  // `… *You need: Javascript, Ruby*`: labels inside the item's text are its fields.
  const inlineFields = readInlineLabels(text, end + after[0].length, itemEnd, options);
  return {
    title,
    titleStart: start + marker,
    titleEnd: end - marker,
    bodyStart: end + after[0].length,
    start: unit.start,
    end: itemEnd,
    unitFrom: index,
    unitTo: next,
    ...(inlineFields.length > 0 ? { inlineFields } : {}),
  };
}

/**
 * A line outside lists that ends with a colon and speaks of ideas or projects (`Here are some possible projects:`).
 * Not one ending in a relative pronoun (`… welcome to propose new ideas that:`): its list says what ideas should be
 * (`- Align with our mission`), it names none.
 */
export function isLeadIn(unit: Unit, text: string): boolean {
  if (unit.kind !== 'line' || unit.listLevel > 0 || unit.quoted) return false;
  const line = text.slice(unit.start, unit.end);
  if (!/[:：]\s*(?:\*\*|__)?\s*$/.test(line)) return false;
  if (/\b(?:that|which|who|whose|where)\s*[:：]\s*(?:\*\*|__)?\s*$/i.test(line)) return false;
  return namesIdeas(inlineToText(line));
}

function readItem(
  unit: Unit,
  index: number,
  next: number,
  units: Unit[],
  text: string,
  options: ParseOptions,
): HeadlessIdea | undefined {
  if (unit.kind !== 'line' || (unit.hits.length > 0 && unit.hits[0].labelStart === unit.start)) return undefined;
  const line = text.slice(unit.start, unit.end);
  if (LINKS_ONLY.test(line)) return undefined;
  const end = Math.min(unit.itemEnd, units[next - 1].end);
  const inlineFields = readInlineLabels(text, unit.start, end, options);
  // The title is read before the first inline label of the first line.
  const firstLabel = inlineFields.find((field) => field.labelStart < unit.end)?.labelStart ?? unit.end;
  const head = text.slice(unit.start, firstLabel).replace(/[\s\-–—|,;(]+$/, '');
  const name = NAME.exec(head);
  const named = name && countWords(plain(name[1])) <= ITEM_NAME_MAX_WORDS && !/[.!?]/.test(plain(name[1]));
  const titleSource = named ? name[1] : head;
  const title = plain(titleSource);
  if (countWords(title) < 2 && !named) return undefined;
  if (!title || countWords(title) > PLAIN_TITLE_MAX_WORDS) return undefined;
  return {
    title,
    titleStart: unit.start,
    titleEnd: unit.start + titleSource.length,
    // A named item's description follows its name; an unnamed one's is its whole text.
    bodyStart: named ? unit.start + name[0].length : unit.start,
    start: unit.start,
    end,
    unitFrom: index,
    unitTo: next,
    ...(inlineFields.length > 0 ? { inlineFields } : {}),
  };
}

function plain(source: string): string {
  return decodeEntities(stripEmoji(inlineToText(source)))
    .replace(/\s+/g, ' ')
    .replace(/[.:;,\s]+$/, '')
    .trim();
}
