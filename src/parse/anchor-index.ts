// Parse stage: an index of in-page links that names the ideas. Grammar: INTRO ⏎ LIST, where every item of LIST (at
// most one in five aside, and items naming a category over nested entries) opens with an in-page link `[text](#anchor)` whose anchor is a heading of the same page —
// by GitHub's slug of the heading's title (`### Improving Ruby's concurrency features ###` is
// `#improving-rubys-concurrency-features`), by a looser spelling of it (`#by-lukasz-rozmej` for `### By Łukasz
// Rozmej`: other renderers fold letters and drop punctuation), by an explicit anchor (`<a name="jruby-ir-projects">`
// on the line before the heading, `<a id="…">` in it, `{#…}` after it), or by the link's text being the heading's
// title — and LIST stands in the page's introduction or under a heading whose title or lead-in speaks of ideas or
// projects (JRuby's setext `Ideas` ⏎ `Areas of study:` ⏎ `* [JRuby+Truffle work](#truffle) (…)`; Ethereum's `#
// Proposed projects` ⏎ `Here is a list of projects proposed by mentors.` ⏎ `- [prysmctl](#prysmctl)`). The headings
// it links to are the ideas, though none carries a label, except:
// - a heading the non-idea rules reject (`Previous cohorts`, `How to apply`, `Contact`, a label, a part, past work,
//   a list of other projects),
// - a heading that groups others: one holding an idea or another linked heading below it, or a proposer's heading
//   (`### By Potuz` over its list of ideas, proposers.ts),
// - everything, when most of the linked headings are ideas already: a page whose ideas carry labels tells its ideas
//   by them, and the index then lists its other sections too (`Getting started`, `Our community`) — the index adds
//   ideas only where labels are absent.
import { isProjectList, type HeadingInfo } from './headings.js';
import { namesIdeas } from './idea-nouns.js';
import { isProposerHeading } from './proposers.js';
import { countWords, inlineToText } from './text.js';
import type { Unit } from './units.js';

/** A list item opening with an in-page link: `[text](#anchor)`, maybe bold or italic around it. */
const INDEX_ENTRY =
  /^[ \t]*(?:[*_]{1,3})?\[([^\]\n]{1,300})\]\(\s*<?#([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)(?:[*_]{1,3})?(.*)$/;
/** At most this many words after the link (`(Truffle is an AST-based optimizing language framework)`). */
const ENTRY_REST_MAX_WORDS = 20;
/** An explicit anchor in HTML: `<a name="x">`, `<a id="x"></a>`, `<span id="x">`. */
const HTML_ANCHOR = /<[a-z]+\s[^<>]*?\b(?:name|id)\s*=\s*["']?([^"'\s<>]+)["']?[^<>]*>/gi;
/** A kramdown or Pandoc attribute closing a heading: `{#x}`. */
const ATTRIBUTE_ANCHOR = /\{#([^}\s]+)[^}]*\}\s*$/;

/** GitHub's slug of a heading's title: lower case, punctuation but `-` and `_` dropped, each space a hyphen. */
export function headingSlug(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Letters without their marks, in the plain Latin letters renderers fold them to. */
const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/** A spelling-proof key of a title or an anchor: folded letters and digits only. */
function looseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđðßæœıþ]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor).toLowerCase();
  } catch {
    return anchor.toLowerCase();
  }
}

/** The headings each anchor names: exact anchors, and loose keys (a key two headings share names neither). */
function anchorMap(
  units: Unit[],
  text: string,
  source: string,
  headings: HeadingInfo[],
): { exact: Map<string, number>; loose: Map<string, number> } {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  const addLoose = (key: string, index: number): void => {
    if (!key) return;
    const known = loose.get(key);
    loose.set(key, known === undefined || known === index ? index : -1);
  };
  const slugs = new Map<string, number>();
  headings.forEach((heading, index) => {
    const unit = units[heading.unit];
    const written = inlineToText(text.slice(unit.start, unit.end)).replace(ATTRIBUTE_ANCHOR, '').trim();
    // GitHub numbers a repeated slug: `#setup`, `#setup-1`.
    let slug = headingSlug(written);
    const seen = slugs.get(slug) ?? 0;
    slugs.set(slug, seen + 1);
    if (seen > 0) slug = `${slug}-${seen}`;
    if (!exact.has(slug)) exact.set(slug, index);
    addLoose(looseKey(written), index);
    addLoose(looseKey(heading.title), index);
    const attribute = ATTRIBUTE_ANCHOR.exec(text.slice(unit.start, unit.end));
    if (attribute) exact.set(attribute[1].toLowerCase(), index);
  });
  // HTML anchors in the heading's line, or between the previous text and the heading (whitespace and tags only).
  if (source.length === text.length && /\b(?:name|id)\s*=/i.test(source)) {
    let next = 0;
    for (const match of source.matchAll(HTML_ANCHOR)) {
      const at = match.index;
      while (next < headings.length && headingEnd(units, headings[next]) <= at) next++;
      if (next >= headings.length) break;
      const start = headingStart(units, headings[next]);
      const between = at < start ? source.slice(at + match[0].length, start) : '';
      if (/^(?:\s|<\/?[a-z]+[^<>]*>)*$/i.test(between)) exact.set(decodeAnchor(match[1]), next);
    }
  }
  return { exact, loose };
}

function headingStart(units: Unit[], heading: HeadingInfo): number {
  const unit = units[heading.unit];
  return unit.node.position?.start.offset ?? unit.start;
}

function headingEnd(units: Unit[], heading: HeadingInfo): number {
  const unit = units[heading.unit];
  return unit.node.position?.end.offset ?? unit.end;
}

/**
 * The headings an index of in-page links names as ideas (see the grammar above), not yet ideas; `isIdea` says which
 * headings are ideas already. `source` is the text as written (HTML anchors included), `text` as parsed.
 */
export function findIndexedIdeas(
  units: Unit[],
  text: string,
  source: string,
  headings: HeadingInfo[],
  isIdea: boolean[],
  introNamesIdeas: boolean,
): number[] {
  if (!text.includes('](#')) return [];
  let map: ReturnType<typeof anchorMap> | undefined;
  const found = new Set<number>();
  let container = -1;
  for (let index = 0; index < units.length; index++) {
    const unit = units[index];
    if (unit.kind === 'heading' && unit.listLevel === 0) {
      while (container + 1 < headings.length && headings[container + 1].unit <= index) container++;
      continue;
    }
    if (unit.listLevel === 0 || !unit.itemStart) continue;
    // One list: the run of list units from here.
    let end = index;
    while (end < units.length && units[end].listLevel > 0) end++;
    const run = index;
    index = end - 1;
    const items = units.slice(run, end).filter((item) => item.itemStart && item.kind === 'line');
    const links: RegExpExecArray[] = [];
    let entries = 0;
    items.forEach((item, position) => {
      const match = INDEX_ENTRY.exec(text.slice(item.start, item.end));
      if (match && countWords(inlineToText(match[3])) <= ENTRY_REST_MAX_WORDS) links.push(match);
      // An item without a link over nested entries (`- Compilers` ⏎ `  - [IR](#ir)`) names their category: no entry.
      else if ((items[position + 1]?.listLevel ?? 0) <= item.listLevel) entries++;
    });
    entries += links.length;
    if (links.length < 2 || links.length * 5 < entries * 4) continue;
    if (!placedAmongIdeas(units, text, headings, container, run, isIdea, introNamesIdeas)) continue;
    map ??= anchorMap(units, text, source, headings);
    const targets = new Set<number>();
    for (const [, linkText, anchor] of links) {
      const target = resolve(map, decodeAnchor(anchor), linkText);
      if (target >= 0 && target !== container) targets.add(target);
    }
    for (const target of indexedIdeas(headings, [...targets], isIdea, container)) found.add(target);
  }
  return [...found].sort((a, b) => a - b);
}

function resolve(map: ReturnType<typeof anchorMap>, anchor: string, linkText: string): number {
  const exact = map.exact.get(anchor);
  if (exact !== undefined) return exact;
  const loose = map.loose.get(looseKey(anchor)) ?? map.loose.get(looseKey(inlineToText(linkText)));
  return loose ?? -1;
}

/** A heading titling a table of contents: it speaks for the section above it. */
const TABLE_OF_CONTENTS = /^(?:table of contents|contents|toc|index|outline)\s*:?$/i;

/**
 * Whether a list starting at `units[run]` stands where an index of ideas does: under a heading whose title speaks of
 * ideas (`Ideas`, `Proposed projects`), or after a paragraph of its own that does (`Here is a list of projects
 * proposed by mentors.`), or in the page's introduction when that speaks of them; under a table of contents' heading
 * (`# Project ideas` ⏎ `## Table of contents`), when the section above it does. Never inside an idea or in a section
 * about the list.
 */
function placedAmongIdeas(
  units: Unit[],
  text: string,
  headings: HeadingInfo[],
  container: number,
  run: number,
  isIdea: boolean[],
  introNamesIdeas: boolean,
): boolean {
  for (let at = container; at >= 0; at = headings[at].parent) if (isIdea[at]) return false;
  if (container >= 0 && headings[container].notSection) {
    // A section about the list (`# Administrative notes` ⏎ `Above are a list of ideas…` ⏎ `* [Coding Mentors](#…)`)
    // indexes its own sections.
    if (!TABLE_OF_CONTENTS.test(headings[container].title.trim())) return false;
    if (speaksOfIdeas(units, text, headings, container, run, introNamesIdeas)) return true;
    const parent = headings[container].parent;
    return speaksOfIdeas(units, text, headings, parent, headings[container].unit, introNamesIdeas);
  }
  return speaksOfIdeas(units, text, headings, container, run, introNamesIdeas);
}

/**
 * Whether a heading's title speaks of ideas, or its own paragraphs before `units[until]` (and before any sub-heading)
 * do; for -1, the page's introduction.
 */
function speaksOfIdeas(
  units: Unit[],
  text: string,
  headings: HeadingInfo[],
  heading: number,
  until: number,
  introNamesIdeas: boolean,
): boolean {
  if (heading >= 0 && namesIdeas(headings[heading].title)) return true;
  if (heading < 0 && introNamesIdeas) return true;
  const from = heading >= 0 ? headings[heading].unit + 1 : 0;
  let to = from;
  while (to < until && units[to].kind !== 'heading') to++;
  const before = units
    .slice(from, to)
    .filter((unit) => unit.kind === 'line' && unit.listLevel === 0 && !unit.quoted)
    .map((unit) => text.slice(unit.start, unit.end))
    .join(' ');
  return namesIdeas(inlineToText(before));
}

/** The linked headings that are ideas not yet found (see the grammar above). */
function indexedIdeas(headings: HeadingInfo[], targets: number[], isIdea: boolean[], container: number): number[] {
  const linked = new Set(targets);
  const eligible = targets.filter((target) => {
    const heading = headings[target];
    if (heading.isLabel || heading.isPart || heading.excluded || heading.pastWork || heading.hasIdeaTables)
      return false;
    if (isProjectList(heading) || isProposerHeading(heading.title)) return false;
    // Inside an idea, or the heading of the index itself or above it.
    for (let parent = heading.parent; parent >= 0; parent = headings[parent].parent) if (isIdea[parent]) return false;
    for (let at = container; at >= 0; at = headings[at].parent) if (at === target) return false;
    // A heading grouping ideas or other linked headings.
    for (let at = target + 1; at < headings.length && headings[at].unit < heading.subtreeEnd; at++)
      if (isIdea[at] || linked.has(at) || isProposerHeading(headings[at].title)) return false;
    return heading.prose > 0 || heading.listItems > 0;
  });
  const known = eligible.filter((target) => isIdea[target]).length;
  if (known * 2 > eligible.length) return [];
  return eligible.filter((target) => !isIdea[target]);
}
