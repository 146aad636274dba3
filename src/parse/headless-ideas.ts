// Parse stage: ideas without a heading of their own — bold-titled list items, and link or bold title lines.
import type { Nodes, Paragraph, PhrasingContent, Strong } from 'mdast';
import { readCodes, type CodeLegend } from './code-legend.js';
import { ideaTitle, isNotAnIdeaTitle } from './headings.js';
import type { RawField } from './raw-field.js';
import { countWords, decodeEntities, inlineToText, stripEmoji } from './text.js';
import { findTitleLabelIdeas, type TitleLabelIdea } from './title-labels.js';
import type { Unit } from './units.js';
import type { FieldName } from './types.js';
import { PLAIN_TITLE_MAX_WORDS } from './thresholds.js';
import { isAddressOnly } from './values/people.js';

/** An idea found inside a region of units: its title and the units after the title (bodyStart: after the title). */
export interface HeadlessIdea extends TitleLabelIdea {
  /** Fields given by explained codes after the title (`[**D1**]` where a legend says `**D1** - medium`). */
  codeFields?: RawField[];
  /** Fields given by bold labels inside the item's text (`… - **Difficulty:** *medium*`). */
  inlineFields?: RawField[];
}

const BOLD_TITLE = /^(\*\*|__)(?!\s)(.{2,200}?)(?<!\s)\1/;
/** A line that is one emphasised or bold phrase without a colon (`*ScholarX Messaging*`, `**Faster parser**`). */
const MARKED_LINE = /^(\*{1,2}|_{1,2})(?![\s*_])[^*_:：\n]{2,200}(?<![\s*_])\1\s*$/;
const LINK_LINE = /^(\*\*|__)?\[([^\]]{2,200})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)\1?\s*$/;

/**
 * Splits a region holding several ideas without headings: list items that open with a bold title and carry
 * labels (`- **Improve the inbox.** … **Skills required**: …`), list items whose plain title is followed by codes a
 * legend explains (`1. Interface to … [**D1**, **P1**]`) or by labels of two fields, or title lines — a paragraph
 * that is only a link or only bold text — each followed by labels. Returns [] when fewer than `min` are found.
 */
export function findHeadlessIdeas(
  units: Unit[],
  from: number,
  to: number,
  text: string,
  min: number,
  legends: CodeLegend[] = [],
): HeadlessIdea[] {
  // Blocks opened by a title label (`**Title:** Faster parser` ⏎ labels, title-labels.ts) name their ideas outright.
  const labelled = findTitleLabelIdeas(units, from, to, text, min);
  if (labelled.length > 0) return labelled;
  const items = findItemIdeas(units, from, to, text, legends);
  if (items.length >= min) return items;
  const lines = findTitleLineIdeas(units, from, to, text, min);
  return lines.length >= min ? lines : [];
}

function findItemIdeas(units: Unit[], from: number, to: number, text: string, legends: CodeLegend[]): HeadlessIdea[] {
  const numbered = findNumberedItems(units, from, to, text);
  if (numbered.length > 0) return numbered;
  const ideas: HeadlessIdea[] = [];
  const bodied = findBodiedItems(units, from, to, text);
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (!unit.itemStart || unit.listLevel !== 1 || (unit.hits.length > 0 && unit.hits[0].labelStart === unit.start))
      continue;
    let next = index + 1;
    while (next < to && units[next].start < unit.itemEnd) next++;
    const title = itemTitle(unit, text);
    if (title) {
      // A bare bold item right after an item idea, closing the run or before another (`- **Polypheny Client ??**`), is
      // one of the run, as a bare plain item or heading there is (findBodiedItems, isBareListedIdea).
      const run = ideas.length > 0 && ideas[ideas.length - 1].unitTo === index && isBare(units, index, next);
      if (!hasLabels(units, index, next, 1) && !(run && closesRun(units, next, to, text))) continue;
      ideas.push({ ...title, start: unit.start, end: unit.itemEnd, unitFrom: index, unitTo: next });
      index = next - 1;
      continue;
    }
    const plain = plainItemTitle(units, index, next, text, legends) ?? bodied.get(index);
    if (!plain) continue;
    ideas.push({ ...plain, start: unit.start, end: unit.itemEnd, unitFrom: index, unitTo: next });
    index = next - 1;
  }
  return ideas;
}

/** Whether the item after a bare one (at `next`) ends its list, or is a bold-titled item with labels. */
function closesRun(units: Unit[], next: number, to: number, text: string): boolean {
  const unit = units[next];
  if (next >= to || !unit.itemStart || unit.listLevel !== 1 || unit.top !== units[next - 1].top) return true;
  let end = next + 1;
  while (end < to && units[end].start < unit.itemEnd) end++;
  return itemTitle(unit, text) !== undefined && hasLabels(units, next, end, 1);
}

/**
 * The title of a list item without a bold title that is still an idea: its first line is a title (a short phrase,
 * no label, no closing colon) followed by codes a legend above explains (`Interface to … [**D1**, **P1**]`), or
 * the item goes on with labels of at least two fields (`1. Faster parser` ⏎ `- Difficulty: Medium` ⏎
 * `- Mentor: …`). An ordinary list item — a skill, an outcome, a link — has neither.
 */
function plainItemTitle(
  units: Unit[],
  index: number,
  next: number,
  text: string,
  legends: CodeLegend[],
): (ItemTitle & { codeFields?: RawField[] }) | undefined {
  const unit = units[index];
  // A marked phrase alone on the item's first line (`1. *ScholarX Messaging*` ⏎ `- Skills: …`) looks like a label
  // without a colon, but with the labels of two fields under it, it is the item's title.
  const marked = MARKED_LINE.test(text.slice(unit.start, unit.end));
  if (unit.kind !== 'line' || unit.hits.length > 0 || (unit.labelLike && !marked)) return undefined;
  const codes = legends.length > 0 ? readCodes(legends, text, unit.start, unit.end) : undefined;
  const titleEnd = codes ? codes.first : unit.end;
  const written = text.slice(unit.start, titleEnd);
  // A hard break's backslash closes the title line, as in bodiedItemTitle.
  const source = written.replace(/[\s[(\-–—:,;\\]+$/, '');
  // The title line is read as a heading's title is (ideaTitle): a leading badge image or an `Idea:` prefix is no part
  // of it (`1. ![#f03c15](…) Support Java 17` ⏎ labels reads `Support Java 17`, as `### ![#f03c15](…) Support Java 17`
  // does).
  const [read, titleStart] = ideaTitle(text, unit.start, unit.start + source.length);
  const title = plainTitle(decodeEntities(stripEmoji(read)).replace(/\s+/g, ' ').trim());
  // One word is a title, as it is in a heading (`- Builder` ⏎ `  **Skills**: Go` ⏎ `  **Difficulty**: Medium`), unless it
  // only names the slot of a title (`- Project`, `- Title`).
  if (
    !title ||
    !/\p{L}/u.test(title) ||
    (countWords(title) < 2 && SLOT_WORD.test(title)) ||
    countWords(title) > PLAIN_TITLE_MAX_WORDS ||
    (!codes && /:\s*(?:\*\*|__)?$/.test(written))
  )
    return undefined;
  if (codes)
    return {
      title,
      titleStart,
      titleEnd: unit.start + source.length,
      bodyStart: codes.after,
      codeFields: codes.fields,
    };
  // Without codes, the title stands alone on its line and labels of two fields follow it in the item.
  if (/[.!?]$/.test(title) || !hasLabels(units, index + 1, next, 2)) return undefined;
  return { title, titleStart, titleEnd: unit.start + source.length, bodyStart: unit.end };
}

type ItemTitle = Pick<HeadlessIdea, 'title' | 'titleStart' | 'titleEnd' | 'bodyStart'>;

/**
 * The items of the lists of `units[from..to)` that are lists of ideas by their shape alone (MariaDB's `* [MDEV-21978](…)
 * make my_vsnprintf to use gcc-compatible format extensions (Part-time project - 175h)\` ⏎ `  MariaDB has its own
 * implementation…` ⏎ `  * Skills needed: C/C++. Project difficulty: easy\` ⏎ `    Mentor Sergei Golubchik`), keyed by
 * the unit of each item's first line. Grammar: a list whose every top-level item is an idea's shape — a title line
 * (a phrase of at most PLAIN_TITLE_MAX_WORDS words, no label, no closing colon or full stop, read as a heading's
 * title is), then a description under it (a line of the item's text, an unlabelled nested item, or a labelled
 * description) — and whose items carry labels, most of them and two at least (the one item of a one-item list), is a
 * list of ideas, each item one idea, when the region holds no label outside its lists (the heading over the list is
 * then a category, not an idea of its own: an idea's own labels would sit in its text). A template slot item (`- Your
 * idea!`) is left out. One item of that shape among ordinary items (a skill, a link, a one-line step) does not make
 * its list one of ideas: each item must have the shape.
 */
function findBodiedItems(units: Unit[], from: number, to: number, text: string): Map<number, ItemTitle> {
  const found = new Map<number, ItemTitle>();
  for (let index = from; index < to; index++)
    if (units[index].listLevel === 0 && units[index].hits.length > 0) return found;
  // Per item: its first unit, its title when it has the shape, whether it carries labels, whether it is bare.
  let list: Array<[number, ItemTitle | undefined, boolean, boolean]> = [];
  const close = (): void => {
    // An item with nothing under it (`- Polypheny Client ??`) after an idea item and before another or at the list's
    // end is one of the run, as a bare heading among idea headings is (isBareListedIdea); it counts for neither the
    // labels nor the shape.
    // Another bare item (`- **Total Projects : 8**` before the ideas) is no idea and leaves the list one of ideas.
    const bodied = list.filter(([, , , bare]) => !bare);
    const listed = list.map(
      ([, , , bare], at) => !bare || (bodied.length >= 2 && at > 0 && !list[at - 1][3] && !list[at + 1]?.[3]),
    );
    // Every item has the shape; labels may be missing from some (an unlabelled item among labelled ones is one of
    // them, as an unlabelled heading between labelled siblings is), not from most.
    const labelled = bodied.filter(([, , labels]) => labels).length;
    const enough = bodied.length === 1 ? labelled === 1 : labelled >= 2 && labelled * 2 >= bodied.length;
    if (enough && list.every(([, title], at) => title !== undefined || !listed[at]))
      list.forEach(([at, title], position) => {
        if (listed[position] && title) found.set(at, title);
      });
    list = [];
  };
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (unit.listLevel === 0) {
      if (unit.kind !== 'break' && unit.kind !== 'comment') close();
      continue;
    }
    if (!unit.itemStart || unit.listLevel !== 1) continue;
    // A list right after another (`1. Physics Module` ⏎ … ⏎ `- Physics Module` ⏎ `  **Difficulty**: …`, a list of
    // contents before the ideas) is a list of its own.
    if (list.length > 0 && units[list[list.length - 1][0]].top !== unit.top) close();
    let next = index + 1;
    while (next < to && units[next].start < unit.itemEnd) next++;
    // A template slot (`- Your idea!` ⏎ `  Finally, we are open to proposals!`, AFL++) is no idea and leaves the list
    // one of ideas.
    // The slot is read as a title is, without its numbering (`- 5\. Not Listed above but trust me it's crazy`).
    // So is an item whose body is the list's table of contents (FISSURE's `- Project Idea List` ⏎ `  1. [PyQt GUI
    // Development](#pyqt_gui_development)` ⏎ …), as a heading over one is (isProjectList).
    if (
      !isNotAnIdeaTitle(plainTitle(ideaTitle(text, unit.start, unit.end)[0])) &&
      !isContentsItem(units, index, next, text)
    )
      list.push([
        index,
        bodiedItemTitle(units, index, next, text),
        hasLabels(units, index + 1, next, 1),
        isBare(units, index, next),
      ]);
    index = next - 1;
  }
  close();
  return found;
}

/**
 * An item's first line opening with the word for an idea and its number, then a separator and a title (`Task #1:
 * Adaptive Columnar Storage`, `Project 2 - …`, `Idea III: …`, `**Task 4.** …`, `项目一：…`, `任务 2：…`).
 */
const NUMBERED_IDEA =
  /^(?:[\s*_[]|\p{Extended_Pictographic}|\ufe0f)*(?:(?:project\s+)?idea|project|task|proposal|topic|项目|任务|课题|题目)\s*(?:#|no\.?|n[°º])?\s*(?:\d{1,3}|[IVX]{1,5}(?=[\s:：.)\-–—])|[一二三四五六七八九十]{1,3})[*_\]]*\s*(?:[:：.)\-–—]|(?=\s))[*_]*\s*(?=\S)/iu;

/**
 * The ideas of `units[from..to)` written as items that name themselves ideas by a number. Grammar: a list whose items
 * open with the word for an idea and a number (TensorBase's `* Task #1: Adaptive Columnar Storage` ⏎ nested `+ Skills`
 * … ⏎ `* Task #2: Distributed Storage & Query` ⏎ `* Task #3: …`; `- Project 2 - …`, `1. Idea 3: …`, `- **Task 4.** …`,
 * `- 任务 1：…`; NUMBERED_IDEA), two or more, is a list of ideas by that naming alone, as a heading naming itself an idea
 * is one: each numbered item is an idea, a bare title too, when every label of the region lies inside them (an idea's
 * own labels beside a list of its `Task 1:` steps keep the steps its description). A numbered item ending in a full
 * stop is a sentence (Xen's `* Task 1: Implement PVSCSI in xl/libxl, make it … xm/xend.`), a step. An item whose
 * numbering is left open (`* Task #...` ⏎ `You are welcome to propose your ideas.`) names no number: the slot for
 * ideas to come, no idea.
 */
function findNumberedItems(units: Unit[], from: number, to: number, text: string): HeadlessIdea[] {
  const found: HeadlessIdea[] = [];
  const ranges: Array<[number, number]> = [];
  let top = -1;
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (!unit.itemStart || unit.listLevel !== 1 || unit.kind !== 'line') continue;
    if (!NUMBERED_IDEA.test(text.slice(unit.start, unit.end))) continue;
    let next = index + 1;
    while (next < to && units[next].start < unit.itemEnd) next++;
    const written = text.slice(unit.start, unit.end).replace(/(?:\\|\s)+$/, '');
    if (/[.!]$/.test(written) || (top >= 0 && unit.top !== top)) continue;
    top = unit.top;
    ranges.push([index, next]);
    const [read, titleStart] = ideaTitle(text, unit.start, unit.start + written.length);
    const title = plainTitle(decodeEntities(stripEmoji(read)).replace(/\s+/g, ' ').trim());
    if (title && /\p{L}/u.test(title) && !isNotAnIdeaTitle(title) && countWords(title) <= PLAIN_TITLE_MAX_WORDS)
      found.push({
        title,
        titleStart,
        titleEnd: unit.start + written.length,
        bodyStart: unit.end,
        start: unit.start,
        end: unit.itemEnd,
        unitFrom: index,
        unitTo: next,
      });
    index = next - 1;
  }
  if (found.length < 2) return [];
  // Every label of the region lies inside a numbered item.
  let range = 0;
  for (let index = from; index < to; index++) {
    while (range < ranges.length && ranges[range][1] <= index) range++;
    const inside = range < ranges.length && ranges[range][0] <= index;
    if (!inside && units[index].hits.length > 0) return [];
  }
  return found;
}

/** A nested item that only points to a place on the page (`1. [PyQt GUI Development](#pyqt_gui_development)`). */
const ANCHOR_ITEM = /^\s*(?:\*\*|__)?\[[^\]]{1,200}\]\(#[^()\s]{1,200}\)(?:\*\*|__)?\s*$/;

/**
 * Whether the item `units[index..next)` holds a table of contents: a nested list of two or more items, two thirds of
 * them links to anchors of the page.
 */
function isContentsItem(units: Unit[], index: number, next: number, text: string): boolean {
  let nested = 0;
  let anchors = 0;
  for (let at = index + 1; at < next; at++) {
    const unit = units[at];
    if (!unit.itemStart || unit.listLevel !== units[index].listLevel + 1) continue;
    nested++;
    if (unit.kind === 'line' && ANCHOR_ITEM.test(text.slice(unit.start, unit.end))) anchors++;
  }
  return anchors >= 2 && anchors * 3 >= nested * 2;
}

/**
 * A title that is only the word for an idea or its title (`Project`, `Idea`, `Title`, `Name`): a template's slot
 * (IHR's `## Proposal template` ⏎ `### Project`), never an idea's own name.
 */
const SLOT_WORD = /^(?:project|idea|proposal|topic|task|title|name|item)s?$/i;

/** A line opening with a remark's word before a colon (`Note: …`, `**Tip**: …`, `P.S.: …`): a remark, not a title. */
const REMARK =
  /^[\s*_]*(?:notes?|nb|n\.b\.|tips?|hints?|warning|caution|important|attention|reminder|update[sd]?|edit(?:ed)?|p\.?s\.?|todo|fixme|example|e\.g\.|see also|info|disclaimer)[\s*_]*[:：]/i;

/**
 * The title of an item of the shape findBodiedItems reads: a title line, then a body with a label in it. The title
 * line is read as a heading's title is (ideaTitle): without an `Idea:` or `Project 2 -` prefix, a numbering or a
 * leading badge image (`- Idea: Graph workload analysis and replay`, `- ![#f03c15](…) Support Java 17`).
 */
function bodiedItemTitle(units: Unit[], index: number, next: number, text: string): ItemTitle | undefined {
  const unit = units[index];
  if (unit.kind !== 'line' || unit.hits.length > 0) return undefined;
  // Under the title: a description, or labels alone that rate the project (Polypheny's `- Query the blockchain` ⏎
  // `  Difficulty: medium-hard`, read as the same idea under a heading is), or nothing when the item is bare (see
  // findBodiedItems). A contact alone (`1. Publish a design` ⏎ `   - Mentor: Jane Doe`) is a note on a task.
  const bare = isBare(units, index, next);
  if (!bare && !hasDescription(units, index + 1, next, text) && !hasRating(units, index + 1, next)) return undefined;
  const written = text.slice(unit.start, unit.end);
  // A hard break (`\` or two spaces) closes the title line; a closing colon leads into a list, not a body; a closing
  // full stop ends a sentence (a question mark may close a title: `Polypheny Client ??`; a question to the reader is
  // left out as a slot is).
  const source = written.replace(/(?:\\|\s)+$/, '');
  if (/[:：]\s*(?:\*\*|__)?$/.test(source) || /[.!]$/.test(source)) return undefined;
  const [read, titleStart] = ideaTitle(text, unit.start, unit.start + source.length);
  // A title line is read as the same line written as a heading is: a topic before a colon (`Testing: Outsource test
  // data`, `Nix Internals: Use std::filesystem::path`, `WebUI: Form for plugin options`) is part of the title, and so
  // is a single word (`Isolation`, `Whiteboard`, `TL-UVM`). A remark (`Note: …`, `Tip: …`) opens no idea.
  if (unit.labelLike && titleStart === unit.start && REMARK.test(source)) return undefined;
  const title = plainTitle(decodeEntities(stripEmoji(read)).replace(/\s+/g, ' ').trim());
  if (!title || !/\p{L}/u.test(title) || SLOT_WORD.test(title) || countWords(title) > PLAIN_TITLE_MAX_WORDS)
    return undefined;
  return { title, titleStart, titleEnd: unit.start + source.length, bodyStart: unit.end };
}

/**
 * The title of a list item that is an idea: its first bold phrase, at the start (`**Add an Inbox view** to…`)
 * or within its first sentence (`Help **migrate our codebase to TypeScript**.`, `Zulip's [**REST API docs**](…)`),
 * as long as no label comes before it. A title in mid-sentence leaves the whole sentence to the description.
 */
function itemTitle(unit: Unit, text: string): ItemTitle | undefined {
  const first = unit.item?.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const strong = firstStrong(first);
  const start = strong?.position?.start.offset;
  const end = strong?.position?.end.offset;
  if (!strong || start === undefined || end === undefined || start < unit.start) return undefined;
  if (unit.hits.some((hit) => hit.labelStart <= start)) return undefined;
  const lead = text.slice(unit.start, start);
  const atStart = /^[\s[]*$/.test(lead);
  if (!atStart && (start - unit.start > 200 || /[.!?:;](?:\s|$)/.test(lead))) return undefined;
  const phrase = plainTitle(
    decodeEntities(stripEmoji(phraseText(strong)))
      .replace(/\s+/g, ' ')
      .trim(),
  );
  // The bold title is read as a heading's title is (ideaTitle): an `Idea #1:` or `Project 2 -` prefix is no part of it
  // (`- **Idea #1: Privileged Entity Support…**`, as `# Idea #1: Privileged Entity Support…`).
  const [unprefixed, skipped] = atStart ? ideaTitle(phrase, 0, phrase.length) : [phrase, 0];
  const title = skipped > 0 && unprefixed ? plainTitle(unprefixed.trim()) : phrase;
  if (!title || title.length > 200 || (!atStart && countWords(title) < 2)) return undefined;
  // `**Note:** …` or `**Tip**: …` opens a remark, not an idea.
  if (/:\s*$/.test(phraseText(strong)) || /^[ \t]*:/.test(text.slice(end, end + 8))) return undefined;
  const marker = text.startsWith('**', start) || text.startsWith('__', start) ? 2 : 0;
  let bodyStart = unit.start;
  if (atStart) {
    bodyStart = end;
    while (bodyStart < unit.itemEnd && /[\s.:;,–—\]-]/.test(text[bodyStart])) bodyStart++;
    if (text[bodyStart - 1] === ']' || text[bodyStart] === '(' || text[bodyStart] === '[') bodyStart = unit.start;
  }
  // The title starts after the prefix where the text writes it as read (no markup inside it).
  const prefixed = title !== phrase && text.startsWith(phrase.slice(0, skipped), start + marker);
  return { title, titleStart: start + marker + (prefixed ? skipped : 0), titleEnd: end - marker, bodyStart };
}

/**
 * The text of a phrase as a reader sees it: a hard break (`␠␠⏎` or `\⏎`) is a space, where mdast's toString drops it
 * and joins the words on either side (`migration to user groups for␠␠⏎permissions`). Grammar: a hard break is
 * whitespace in any text the parser extracts (test/fixtures/VARIANTS.md gap 7).
 */
function phraseText(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(phraseText).join('');
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

/** The first bold node of a paragraph, looking into links and emphasis. */
function firstStrong(paragraph: Paragraph): Strong | undefined {
  const stack: PhrasingContent[] = [...paragraph.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as PhrasingContent;
    if (node.type === 'strong') return node;
    if ('children' in node) for (let at = node.children.length - 1; at >= 0; at--) stack.push(node.children[at]);
  }
  return undefined;
}

/**
 * Ideas whose titles are lines of their own: a paragraph that is only a link, only bold text or a `<summary>`, each
 * followed by labels of two fields up to the next title line.
 *
 * Grammar of blocks (SOFAStack's OSPP page: `**SOFARPC**` ⏎ `Java、网络通信、RPC` ⏎ `**项目社区导师：EvenLiu**` ⏎
 * `**<evenljj@163.com>**` ⏎ `**SOFARPC 支持 Stream 流式处理方式**` ⏎ `**项目编号：2395a0260**` ⏎ `**项目难度：进阶/Advanced**`
 * ⏎ description, five times): an idea written as a block of set-apart lines may open with a line naming its group (the
 * project it belongs to) and the labels that come before its title (its mentor). A title line whose text up to the
 * next title line holds labels of one field and no prose (no sentence closed by a full stop), followed by a title line
 * whose text holds labels of other fields, opens the same block: the block is one idea, titled by the later line (the
 * one its description follows), its fields those of both. A bold line giving a label and a one-word value
 * (`**项目编号：2395a0260**`, an unknown label) and a line that is only an address (`**<x@y.com>**`, a bare URL) are no
 * title lines. Title lines before the first idea and after the last, when two ideas or more are found, are the page's
 * sections (`**活动规则**`, `**申请资格**`), not ideas: only inside the run of ideas must nearly every title line open one.
 */
function findTitleLineIdeas(units: Unit[], from: number, to: number, text: string, min: number): HeadlessIdea[] {
  const titles: number[] = [];
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (summaryTitle(unit, text)) {
      titles.push(index);
      continue;
    }
    if (unit.kind !== 'line' || !unit.firstLine || unit.listLevel > 0 || unit.quoted || unit.hits.length > 0) continue;
    if ((unit.node.position?.end.offset ?? 0) > unit.end) continue;
    const line = text.slice(unit.start, unit.end);
    if (
      (LINK_LINE.test(line) ||
        (BOLD_TITLE.exec(line)?.[0].length === line.trimEnd().length && !/:\s*(\*\*|__)?$/.test(line))) &&
      !isAddressLine(line) &&
      !isLabelValueLine(text, unit)
    )
      titles.push(index);
  }
  if (titles.length < min) return [];
  // Labels before the first title line mean the region is an idea of its own, not a list of ideas.
  if (hasLabels(units, from, titles[0], 1)) return [];
  const ideas: HeadlessIdea[] = [];
  // Per idea, the positions (in `titles`) of its first and its title line.
  const runs: Array<[number, number]> = [];
  for (let position = 0; position < titles.length; position++) {
    const index = titles[position];
    const next = position + 1 < titles.length ? titles[position + 1] : to;
    let titled = position;
    let end = next;
    if (!hasLabels(units, index + 1, next, 2)) {
      // A group line with the labels before the title (`**SOFARPC**` ⏎ `**项目社区导师：EvenLiu**` ⏎ `**Title**`).
      const after = position + 2 < titles.length ? titles[position + 2] : to;
      const own = fieldsIn(units, index + 1, next);
      const then = fieldsIn(units, next + 1, after);
      const disjoint = [...own].every((name) => !then.has(name));
      if (
        position + 1 >= titles.length ||
        own.size !== 1 ||
        then.size === 0 ||
        !disjoint ||
        hasSentence(units, index + 1, next, text)
      )
        continue;
      titled = position + 1;
      end = after;
    }
    const unit = units[titles[titled]];
    const line = text.slice(unit.start, unit.end);
    const summary = summaryTitle(unit, text);
    const link = summary ? null : LINK_LINE.exec(line);
    const title = summary?.title ?? plainTitle(inlineToText(link ? link[2] : line));
    const titleStart = summary?.start ?? (link ? unit.start + line.indexOf('[') + 1 : unit.start);
    const titleEnd = summary?.end ?? (link ? titleStart + link[2].length : unit.end);
    const last = units[end - 1];
    ideas.push({
      title,
      titleStart,
      titleEnd,
      bodyStart: units[index].end,
      start: units[index].start,
      end: last.node.position?.end.offset ?? last.end,
      unitFrom: index,
      unitTo: end,
    });
    runs.push([position, titled]);
    position = titled;
  }
  if (ideas.length < min) return [];
  // Title lines that open no idea: inside the run of ideas at most one; before and after it any, once two ideas or
  // more show the run.
  const consumed = runs.reduce((sum, [first, titled]) => sum + titled - first + 1, 0);
  const inside = ideas.length >= 2 ? runs[runs.length - 1][1] - runs[0][0] + 1 : titles.length;
  return inside - consumed <= 1 ? ideas : [];
}

/** The fields labelled in `units[from..to)`. */
function fieldsIn(units: Unit[], from: number, to: number): Set<FieldName> {
  const names = new Set<FieldName>();
  for (let index = from; index < to; index++) for (const hit of units[index].hits) names.add(hit.name);
  return names;
}

/** Whether `units[from..to)` hold a sentence: a line without a label closed by a full stop (`.`, `。`, `!`, `?`). */
function hasSentence(units: Unit[], from: number, to: number, text: string): boolean {
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (unit.kind !== 'line' || unit.hits.length > 0) continue;
    if (/[.。!！?？](?:\*\*|__|\*|_)?\s*$/.test(text.slice(unit.start, unit.end))) return true;
  }
  return false;
}

/**
 * A line that is only an address, set apart or linked (`**<evenljj@163.com>**`, `**evenljj [at] 163 [dot] com**`,
 * `[*https://summer-ospp.ac.cn/*](…)`).
 */
function isAddressLine(line: string): boolean {
  const shown = inlineToText(line).trim();
  return /^<?https?:\/\/\S+>?$/i.test(shown) || isAddressOnly(shown);
}

/**
 * A bold line giving a label and a one-word value (`**项目编号：2395a0260**`, `**Level: Basic**`), the label unknown:
 * a labelled line, not a title. A title after a topic (`**Testing: Outsource test data**`) or after the word for an
 * idea (`**Project: Xen**`, read as a heading's title is) stays one.
 */
function isLabelValueLine(text: string, unit: Unit): boolean {
  const line = text.slice(unit.start, unit.end);
  const bold = BOLD_TITLE.exec(line);
  if (!bold) return false;
  const colon = /^([^:：]{1,40})[:：]\s*(.+)$/.exec(bold[2]);
  if (!colon || /[:：]/.test(colon[2])) return false;
  if (ideaTitle(text, unit.start, unit.end)[1] > unit.start + bold[1].length) return false;
  return !/\s/.test(colon[2].trim());
}

const SUMMARY = /<summary\b[^>]{0,200}>([^<]{0,300}(?:<(?!\/summary)[^<]{0,300}){0,10})<\/summary>/i;

/** The title of a collapsible idea (`<details><summary>Faster parser</summary>`), with its offsets. */
function summaryTitle(unit: Unit, text: string): { title: string; start: number; end: number } | undefined {
  if (unit.kind !== 'block' || unit.node.type !== 'html' || unit.listLevel > 0 || unit.quoted) return undefined;
  const html = text.slice(unit.start, Math.min(unit.end, unit.start + 2000));
  const match = SUMMARY.exec(html);
  const title = match ? plainTitle(inlineToText(match[1])) : '';
  if (!match || !title) return undefined;
  const start = unit.start + match.index + match[0].indexOf('>') + 1;
  return { title, start, end: start + match[1].length };
}

/** A title without closing punctuation or a numbering before it (`**1. Faster parser:**`). */
function plainTitle(text: string): string {
  const title = text.replace(/[.:;,\s]+$/, '');
  const numbered = /^(?:#?\d{1,3}[.):]|\d{1,3}[ \t]+[-–—])[ \t]+(?=\S)/.exec(title);
  return numbered ? title.slice(numbered[0].length) : title;
}

/**
 * Whether an item's body, `units[from..to)`, describes the idea besides its labels: a line of the item's own text
 * (`  MariaDB has its own implementation…`) or a nested item without a label (`    - The OCIO Java language bindings…`),
 * of three words or more. A label's value running onto the next line (`    Mentor Sergei Golubchik`) is none.
 */
function hasDescription(units: Unit[], from: number, to: number, text: string): boolean {
  for (let index = from; index < to; index++) {
    const unit = units[index];
    // A labelled description (`**Description:** The TARDIS SDEC plot…`) is one.
    if (unit.hits.some((hit) => hit.name === 'description')) return true;
    if (unit.kind !== 'line' || unit.hits.length > 0 || unit.labelLike) continue;
    if (unit.listLevel !== units[from - 1].listLevel && !unit.itemStart) continue;
    if (countWords(inlineToText(text.slice(unit.start, unit.end))) >= 3) return true;
  }
  return false;
}

/** Whether the item whose units are `units[index..next)` is its first line alone. */
function isBare(units: Unit[], index: number, next: number): boolean {
  for (let at = index + 1; at < next; at++)
    if (units[at].kind !== 'break' && units[at].kind !== 'comment') return false;
  return units[index].item?.children.length === 1;
}

/** Whether `units[from..to)` carry a label of a field other than the mentors (a difficulty, a size, skills…). */
function hasRating(units: Unit[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (units[index].hits.some((hit) => hit.name !== 'mentors')) return true;
  return false;
}

/** Whether `units[from..to)` carry at least `distinct` different known fields. */
function hasLabels(units: Unit[], from: number, to: number, distinct: number): boolean {
  const names = new Set<FieldName>();
  for (let index = from; index < to; index++) for (const hit of units[index].hits) names.add(hit.name);
  return names.size >= distinct;
}
