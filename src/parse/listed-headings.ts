// Parse stage: idea headings without labels. Under a heading that says it lists ideas (`# GSOC 2014 Ideas Page` above
// SCons' `## Change SCons code…`; Mixxx's page title `## Student Project Ideas for GSoC 2022` above its `# Spin-Up…`
// headings), the headings of the next level with prose of their own are ideas although none carries a label. And a
// heading with nothing under it, listed among ideas (Polypheny's last `## Polypheny Client ??`), is an idea given
// by its title alone.
import { isProjectList, type HeadingInfo } from './headings.js';
import { namesIdeas } from './idea-nouns.js';
import type { Unit } from './units.js';
import { LISTED_IDEA_MIN_PROSE } from './thresholds.js';

/**
 * The headings that are ideas because a heading naming ideas lists them: the headings of the first level below it
 * (for the page's first heading, of the first level after it, as on a page whose title is deeper than its
 * sections), when none of them carries labels or has sub-headings of its own, and at least two have prose. `isIdea` says
 * which headings are ideas already: a list inside an idea is no list of ideas. `introNamesIdeas`: the page's first
 * paragraph, before any heading, says the page lists ideas; it then lists the page's first level of headings.
 */
export function findListedHeadings(
  headings: HeadingInfo[],
  isIdea: boolean[],
  introNamesIdeas = false,
  holdsItemIdeas: (index: number) => boolean = () => false,
): number[] {
  const found = new Set<number>();
  // The page's introduction saying it lists ideas (`This page collects ideas for projects…`) speaks for the page's
  // headings as a heading naming ideas would.
  const all = headings.map((_, index) => index);
  if (introNamesIdeas) for (const at of listedIn(headings, all, isIdea, holdsItemIdeas)) found.add(at);
  headings.forEach((heading, index) => {
    if (heading.isLabel || heading.isPart || !namesIdeas(heading.title) || isIdea[index]) return;
    if (insideIdea(headings, index, isIdea)) return;
    let scope = inSubtree(headings, index);
    if (scope.length === 0 && index === 0) scope = headings.map((_, at) => at).slice(1);
    for (const at of listedIn(headings, scope, isIdea, holdsItemIdeas)) found.add(at);
  });
  return [...found].sort((a, b) => a - b);
}

/**
 * The headings of the first level of `scope` that a heading (or introduction) naming ideas lists, or none (see
 * findListedHeadings).
 */
function listedIn(
  headings: HeadingInfo[],
  scope: number[],
  isIdea: boolean[],
  holdsItemIdeas: (index: number) => boolean,
): number[] {
  if (scope.length === 0) return [];
  const top = Math.min(...scope.map((at) => headings[at].depth));
  const candidates = scope.filter((at) => headings[at].depth === top && !headings[at].isLabel);
  // Sub-headings below that level (`## Proposed themes` ⏎ `### Installation`) make it a level of sections, the
  // ideas further down; `## Project Ideas` under a page title naming projects is the heading that lists them.
  const grouping = (at: number): boolean => inSubtree(headings, at).some((inner) => !headings[inner].isPart);
  if (candidates.some(grouping) && !ideasWithParts(headings, candidates, grouping)) {
    // When every section of that level groups sub-headings (Talawa's `## Primary Areas` and `## Secondary Areas`,
    // each of `### Multisite`-like headings in prose), the level below is the one listed.
    const groups = candidates.filter((at) => !headings[at].excluded);
    if (groups.length === 0 || !groups.every(grouping)) return [];
    return listedIn(
      headings,
      scope.filter((at) => headings[at].depth > top),
      isIdea,
      holdsItemIdeas,
    );
  }
  // Ideas or labels at that level or below: the list is read from them, not from its headings alone. So are ideas
  // written as the items of a heading's own text (Syntacticus' `### Front-end projects` ⏎ `* *Improve visualisation
  // of dependency structures*. Visualising…`): that heading is their section, not an idea.
  const holdsIdeas = (at: number): boolean =>
    isIdea[at] || holdsItemIdeas(at) || inSubtree(headings, at).some((inner) => isIdea[inner]);
  if (candidates.some((at) => holdsIdeas(at) || hasLabels(headings[at]))) return [];
  const eligible = (at: number): boolean => {
    const candidate = headings[at];
    return !candidate.excluded && !candidate.isPart && !candidate.hasIdeaTables && !isProjectList(candidate);
  };
  const long = candidates.map((at) => eligible(at) && headings[at].prose >= LISTED_IDEA_MIN_PROSE);
  // A sibling of the same shape with a shorter text between two listed ideas is one too (Talawa's `### Event Planning
  // and Scheduling` ⏎ `Many organizations may have regular events`).
  const listed = candidates.filter(
    (at, position) =>
      long[position] || (eligible(at) && headings[at].prose > 0 && long[position - 1] && long[position + 1]),
  );
  return listed.length >= 2 ? listed : [];
}

/**
 * Whether a level listed under a heading naming ideas, where some headings have sub-headings, is still the level of
 * the ideas, those sub-headings being parts of an idea rather than ideas of a section. The grammar: LIST ⏎ (IDEA ⏎
 * prose | IDEA ⏎ prose ⏎ PART+)+, where the headings without sub-headings are ideas by their prose, two or more and
 * more than the headings with sub-headings, and each heading with sub-headings introduces itself with prose of its
 * own before them, as an idea does (GC3Pie's `# Project Ideas #` ⏎ `## Integrate GC3Pie into the IPython notebook ##`
 * ⏎ two sentences ⏎ `### Enhanced representation of GC3Pie task classes ###` ⏎ `### GC3Pie as an IPython execution
 * engine ###` ⏎ `### Warning: additional requisites ###`, beside three `## Title ##` ideas of prose alone). A level
 * where most headings group sub-headings, or a grouping heading with no text of its own (`## Web` ⏎ `### Idea A`),
 * stays a level of sections.
 */
function ideasWithParts(headings: HeadingInfo[], candidates: number[], grouping: (at: number) => boolean): boolean {
  let leaves = 0;
  let groups = 0;
  for (const at of candidates) {
    const candidate = headings[at];
    if (candidate.excluded) continue;
    if (grouping(at)) {
      if (candidate.prose < LISTED_IDEA_MIN_PROSE || candidate.hasIdeaTables || isProjectList(candidate)) return false;
      groups++;
    } else if (!candidate.isPart && !candidate.hasIdeaTables && candidate.prose >= LISTED_IDEA_MIN_PROSE) leaves++;
  }
  return leaves >= 2 && leaves > groups;
}

/**
 * Whether a heading with nothing under it (no text, no sub-heading) sits in a run of ideas: the sibling before it is
 * an idea, and so is the one after it when there is one.
 */
export function isBareListedIdea(
  headings: HeadingInfo[],
  units: Unit[],
  index: number,
  siblings: number[],
  isIdea: boolean[],
): boolean {
  const heading = headings[index];
  if (heading.isLabel || heading.isPart || heading.excluded || isIdea[index]) return false;
  for (let at = heading.unit + 1; at < heading.subtreeEnd; at++)
    if (units[at].kind !== 'break' && units[at].kind !== 'comment') return false;
  const position = siblings.indexOf(index);
  const before = siblings[position - 1];
  const after = siblings[position + 1];
  const ideas = siblings.filter((at) => isIdea[at]).length;
  return ideas >= 2 && before !== undefined && isIdea[before] && (after === undefined || isIdea[after]);
}

/**
 * The headings of a category that lists ideas by their titles alone, beside categories of ideas: under one parent,
 * sections of the same level group the ideas (Open Mainframe Project's `### Zowe` over `#### Slack integration to
 * Zowe` ⏎ prose, …), and a sibling section whose sub-headings at that ideas' level all have nothing under them (`###
 * COBOL Programming Course` ⏎ `#### Update the Getting Started Course content…` ⏎ `#### Improve the Advanced Topics
 * chapter…`) lists ideas of the same kind, not yet written out. The grammar: PARENT ⏎ (CATEGORY ⏎ IDEA+)+ where a
 * CATEGORY's IDEAs are either headings found as ideas (two or more in a category beside it) or bare headings (two or
 * more, all of its sub-headings). A section or a heading that is never an idea (`### Mentors` over names, `###
 * Timeline`, a label) lists none.
 */
export function findBareCousinIdeas(
  headings: HeadingInfo[],
  units: Unit[],
  groups: Map<number, number[]>,
  isIdea: boolean[],
): number[] {
  const found: number[] = [];
  const plain = (at: number): boolean =>
    !headings[at].isLabel && !headings[at].isPart && !headings[at].excluded && !headings[at].hasIdeaTables;
  for (const group of groups.values()) {
    const parent = headings[group[0]].parent;
    if (parent < 0 || group.length < 2 || !plain(parent) || isIdea[parent]) continue;
    if (insideIdea(headings, parent, isIdea)) continue;
    if (!group.every((at) => plain(at) && !isIdea[at] && isBare(headings, units, at))) continue;
    // A category beside it, at the parent's level, holding two ideas or more at the level of this group.
    const depth = headings[group[0]].depth;
    const categories = groups.get(headings[parent].parent * 8 + headings[parent].depth) ?? [];
    const beside = categories.some(
      (category) =>
        category !== parent &&
        plain(category) &&
        (groups.get(category * 8 + depth) ?? []).filter((at) => isIdea[at]).length >= 2,
    );
    if (beside) found.push(...group);
  }
  return found.sort((a, b) => a - b);
}

/** Whether a heading has nothing under it: no text, no sub-heading (rules and comments aside). */
function isBare(headings: HeadingInfo[], units: Unit[], index: number): boolean {
  const heading = headings[index];
  for (let at = heading.unit + 1; at < heading.subtreeEnd; at++)
    if (units[at].kind !== 'break' && units[at].kind !== 'comment') return false;
  return true;
}

/** The non-label headings in a heading's subtree. */
function inSubtree(headings: HeadingInfo[], index: number): number[] {
  const end = headings[index].subtreeEnd;
  const inside: number[] = [];
  for (let at = index + 1; at < headings.length && headings[at].unit < end; at++)
    if (!headings[at].isLabel) inside.push(at);
  return inside;
}

function insideIdea(headings: HeadingInfo[], index: number, isIdea: boolean[]): boolean {
  for (let parent = headings[index].parent; parent >= 0; parent = headings[parent].parent)
    if (isIdea[parent]) return true;
  return false;
}

function hasLabels(heading: HeadingInfo): boolean {
  return (heading.fields.size > 0 || heading.labelledDescendants > 0) && !heading.excluded;
}
