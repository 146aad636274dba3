// Parse stage: idea segmentation — which headings (or tables) are ideas, their sections and extents.
import type { ListItem } from 'mdast';
import { ANCHOR_LINE } from './anchor-lines.js';
import { findCodeLegends, type CodeLegend } from './code-legend.js';
import { findHeadlessIdeas, type HeadlessIdea } from './headless-ideas.js';
import {
  ancestors,
  collectHeadings,
  inferIdeaDepth,
  isListHeading,
  isNotAnIdeaSpanTitle,
  isTemplateSlotTitle,
  isProjectList,
  isThinLoneIdea,
  isUnlabelledIdea,
  siblingGroups,
  siblingsOf,
  type HeadingInfo,
} from './headings.js';
import { namesIdeas } from './idea-nouns.js';
import { findIndexedIdeas } from './anchor-index.js';
import {
  findGroupList,
  findLeadInIdeas,
  findSectionLeadIn,
  findTaskList,
  isLeadIn,
  namesTasks,
} from './lead-in-items.js';
import { isProposerHeading } from './proposers.js';
import { findBareCousinIdeas, findListedHeadings, isBareListedIdea } from './listed-headings.js';
import type { RawField } from './raw-field.js';
import { readTable, type TableField } from './tables.js';
import { inlineToText } from './text.js';
import type { Unit } from './units.js';
import type { ParseOptions } from './types.js';
import { GROUPED_IDEAS_MIN, THIN_IDEA_MIN_PROSE } from './thresholds.js';

/** One idea found in the document, before its fields are read. */
export interface IdeaSpan {
  title: string;
  titleStart: number;
  titleEnd: number;
  start: number;
  end: number;
  section: string[];
  /** Units of the idea's body: `units[unitFrom..unitTo)`. */
  unitFrom: number;
  unitTo: number;
  /** Root children of the body: `tree.children[topFrom..topTo)`. */
  topFrom: number;
  topTo: number;
  /** An idea because a heading or the page's introduction naming ideas lists its heading (it may have no labels). */
  listed?: boolean;
  /** Fields already read from the idea's own table (table layouts). */
  tableFields?: TableField[];
  /** For an idea without a heading: where its text starts after the title (fields are read from there). */
  bodyStart?: number;
  /** For an idea that is one list item: that item, its body. */
  bodyItem?: ListItem;
  /** Fields given by codes a legend explains (`[**D1**]`), for ideas without headings. */
  codeFields?: RawField[];
  /** Fields given by bold labels inside an item idea's text (`… - **Difficulty:** *medium*`). */
  inlineFields?: RawField[];
  /**
   * Units before a group of ideas without headings, under the heading that holds them (`Expert: Anders` above
   * the bullet ideas of `### Desktop app`): fields there apply to every idea of the group that lacks them.
   */
  groupFrom?: number;
  groupTo?: number;
}

/** Finds idea headings and idea tables; everything else is a section or part of an idea. */
export function findIdeas(
  units: Unit[],
  text: string,
  options: ParseOptions,
  documentTitle: number,
  headings: HeadingInfo[] = collectHeadings(units, text, options),
  source = text,
): IdeaSpan[] {
  const legends = findCodeLegends(units, text, options);
  const depth = inferIdeaDepth(headings);
  const lonely =
    headings.filter(
      (heading) =>
        heading.depth === depth && !heading.isLabel && !heading.isPart && !heading.excluded && heading.fields.size > 0,
    ).length === 1;
  const groups = siblingGroups(headings);
  const labelledGroups = new Map<number[], boolean>();
  const isIdea = new Array<boolean>(headings.length).fill(false);
  // `owned`: inside an idea at or below the idea level, so a part of it rather than an idea of its own.
  const owned = new Array<boolean>(headings.length).fill(false);
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index];
    const parent = heading.parent;
    owned[index] = parent >= 0 && (owned[parent] || (isIdea[parent] && headings[parent].depth >= depth));
    // A heading titling the list (`## Project Ideas`, `### List of GSoC 2023 Project Ideas`) is no idea, but a list of
    // ideas written as items in its own text (`- Velocity Packet Tracker Visualisation` ⏎ `  **Difficulty:** …`) is
    // read as the same ideas written as sub-headings under it are: the heading holds their group, as Zulip's
    // `### Desktop app` does below, and is split into them.
    if (heading.excluded && isListHeading(heading.title) && !heading.pastWork && !owned[index]) {
      if (heading.isLabel || heading.isPart || heading.hasIdeaTables) continue;
      const directEnd = index + 1 < headings.length ? headings[index + 1].unit : units.length;
      isIdea[index] = findHeadlessIdeas(units, heading.unit + 1, directEnd, text, 2, legends).length >= 2;
      continue;
    }
    if (heading.isLabel || heading.isPart || heading.excluded || heading.hasIdeaTables) continue;
    // A question under a section about the list (`## FAQ` ⏎ `### How do you choose?`) is no idea; a section such as
    // `## Index` may still hold the ideas.
    if (/[?？]\s*$/.test(heading.title) && ancestors(headings, index).some((ancestor) => ancestor.notSection)) continue;
    // A section about ideas in the plural whose labels are bare names without values (`## Proposing New Project
    // Ideas` ⏎ `Project proposals should include:` ⏎ `- Expected deliverables` ⏎ `- Required skills`) tells what an
    // idea should give; it is none. So is one whose labels define their fields (`# Potential Projects` ⏎ `This is
    // what you might expect from projects in the list below:` ⏎ `* Estimated Time Commitment: An estimate for the
    // total number of hours…`): a legend of the labels.
    if ((heading.emptyLabels || heading.definesLabels) && heading.fields.size > 0 && namesIdeas(heading.title))
      continue;
    const score = heading.fields.size;
    if (heading.depth === depth) {
      // A lone labelled heading needs more than one stray label (`## Contact` on an index page) to be an idea.
      const enough =
        score >= 2 || (score === 1 && (!lonely || !heading.fieldsFromHeadingsOnly || isThinLoneIdea(heading)));
      isIdea[index] =
        (enough && heading.labelledDescendants < 2) ||
        (score === 0 &&
          heading.labelledDescendants === 0 &&
          isUnlabelledIdea(headings, index, siblingsOf(headings, groups, index), labelledGroups)) ||
        (score === 0 && labelsClosingParts(headings, index));
    } else if (heading.depth < depth) {
      // A section-level heading with fields of its own (Sugar Labs' one H1 idea among H2 ideas).
      isIdea[index] = score >= (heading.labelledDescendants === 0 ? 2 : 3) && !owned[index];
    } else {
      isIdea[index] = !owned[index] && score >= 1 && heading.labelledDescendants === 0;
    }
    // A heading that names itself an idea (`## Project Idea: Update Mautic End User Documentation`, `## Idea: …`) is one.
    if (heading.namedIdea && !owned[index] && heading.labelledDescendants === 0) isIdea[index] = true;
    // A heading whose own list items are ideas with labels (Zulip's `### Desktop app`) holds a group of ideas,
    // whatever its level; the group is split into its ideas below.
    if (!isIdea[index] && !owned[index] && score > 0) {
      const directEnd = index + 1 < headings.length ? headings[index + 1].unit : units.length;
      isIdea[index] = findHeadlessIdeas(units, heading.unit + 1, directEnd, text, 2, legends).length >= 2;
    }
  }
  // An unlabelled heading with some prose between two sibling ideas, labelled or not, is one of the run (BlackArch's
  // 38-word `### Graphical package manager interface` between `### CLI installer redesign` and `### Blackman
  // redesign`), as one between two labelled siblings is (isUnlabelledIdea).
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index];
    if (isIdea[index] || owned[index] || heading.depth !== depth || heading.fields.size > 0) continue;
    if (heading.isLabel || heading.isPart || heading.excluded || heading.hasIdeaTables) continue;
    if (heading.labelledDescendants > 0 || heading.prose < THIN_IDEA_MIN_PROSE || isProjectList(heading)) continue;
    const siblings = siblingsOf(headings, groups, index);
    const at = siblings.indexOf(index);
    if (at > 0 && isIdea[siblings[at - 1]] && isIdea[siblings[at + 1] ?? -1]) isIdea[index] = true;
  }
  // Above the idea level, a heading with a single field is an idea too when its siblings are ideas (an H1 idea
  // among H1 ideas that gives only its mentors): that is the idea the linter must flag for what it lacks.
  const ideasPerGroup = new Map<number[], number>();
  headings.forEach((_, index) => {
    const group = siblingsOf(headings, groups, index);
    if (isIdea[index]) ideasPerGroup.set(group, (ideasPerGroup.get(group) ?? 0) + 1);
  });
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index];
    if (isIdea[index] || owned[index] || heading.depth >= depth || heading.fields.size !== 1) continue;
    if (heading.isLabel || heading.isPart || heading.excluded || heading.hasIdeaTables) continue;
    if (heading.labelledDescendants > 0) continue;
    if ((ideasPerGroup.get(siblingsOf(headings, groups, index)) ?? 0) > 0) isIdea[index] = true;
  }
  // Headings without labels that a heading naming ideas lists (`# GSOC 2014 Ideas Page` ⏎ `## Refactor the Node object`).
  // A heading naming ideas whose own text lists them as items (`### Front-end projects` ⏎ `* *Title*. …`) holds them.
  // Each heading's own text is read once.
  const holding = new Map<number, boolean>();
  const holdsItemIdeas = (index: number): boolean => {
    const heading = headings[index];
    if (!namesIdeas(heading.title)) return false;
    let holds = holding.get(index);
    if (holds === undefined) {
      const directEnd = index + 1 < headings.length ? headings[index + 1].unit : units.length;
      holding.set(index, (holds = findLeadInIdeas(units, heading.unit, directEnd, text, options).length > 0));
    }
    return holds;
  };
  const intro = introNamesIdeas(units, text, headings);
  const listed = new Set(findListedHeadings(headings, isIdea, intro, holdsItemIdeas));
  for (const index of listed) isIdea[index] = true;
  // Headings that an index of in-page links (`* [JRuby+Truffle work](#truffle)`) under a heading or an introduction
  // naming ideas links to, where labels do not tell the ideas (anchor-index.ts).
  for (const index of findIndexedIdeas(units, text, source, headings, isIdea, intro)) {
    isIdea[index] = true;
    listed.add(index);
  }
  // A heading with nothing under it among ideas (`## Polypheny Client ??`, last of a run of ideas) is an idea too.
  for (let index = 0; index < headings.length; index++)
    if (!owned[index] && isBareListedIdea(headings, units, index, siblingsOf(headings, groups, index), isIdea))
      isIdea[index] = true;
  for (const index of findBareCousinIdeas(headings, units, groups, isIdea)) {
    isIdea[index] = true;
    listed.add(index);
  }
  for (const index of dropIdeasBeforeOpener(headings, groups, isIdea)) listed.add(index);
  for (const index of findLeadInHeadings(units, text, headings, groups, isIdea, owned)) {
    isIdea[index] = true;
    listed.add(index);
  }
  const leadIns = findSectionLeadIns(units, text, options, headings, isIdea, owned);
  for (const [index, items] of findProposerGroups(units, text, options, headings, groups, isIdea, owned)) {
    leadIns.set(index, items);
    isIdea[index] = false;
  }
  for (const index of findGroupHeadings(headings, isIdea)) isIdea[index] = false;
  for (const [index, child] of findSubtitledIdeas(
    units,
    text,
    headings,
    groups,
    isIdea,
    owned,
    leadIns,
    documentTitle,
  )) {
    isIdea[index] = true;
    isIdea[child] = false;
    if (listed.delete(child)) listed.add(index);
  }
  headings.forEach((heading, index) => (heading.idea = isIdea[index]));
  const spans: IdeaSpan[] = [];
  headings.forEach((heading, index) => {
    if (!isIdea[index]) return;
    const unit = units[heading.unit];
    // An idea ends at its subtree's end, or earlier at the next idea nested in it. An idea heading with nothing under
    // it, alone among its siblings (`## Project Idea: …` ⏎ `## About your organization` ⏎ `## Timeline`), titles the
    // sections after it: they are its parts.
    let endUnit = heading.subtreeEnd;
    if (isBare(units, heading) && isLoneIdea(headings, groups, index, isIdea))
      endUnit = heading.parent >= 0 ? headings[heading.parent].subtreeEnd : units.length;
    for (let next = index + 1; next < headings.length && headings[next].unit < endUnit; next++) {
      if (isIdea[next]) {
        endUnit = headings[next].unit;
        break;
      }
    }
    const section = ancestors(headings, index)
      .filter((ancestor) => ancestor.unit !== documentTitle && !ancestor.idea && !ancestor.notSection)
      .map((ancestor) => ancestor.title);
    const span = makeSpan(units, heading.title, heading.titleStart, unit.end, heading.unit, endUnit, section, text);
    spans.push(listed.has(index) ? { ...span, listed: true } : span);
  });
  spans.push(...findTableIdeas(units, text, options, headings, isIdea, owned, documentTitle));
  const listedItems = [...leadIns].flatMap(([index, found]) => {
    const heading = headings[index];
    const section = ancestors(headings, index)
      .filter((ancestor) => ancestor.unit !== documentTitle && !ancestor.idea && !ancestor.notSection)
      .map((ancestor) => ancestor.title);
    const holder = makeSpan(
      units,
      heading.title,
      heading.titleStart,
      heading.titleStart,
      heading.unit,
      heading.unit + 1,
      section,
      text,
    );
    // Labels above the list (`Mentor suggestion: Brian` under `### OpenCue`) are the project's, not its ideas'.
    // The page title (libsim's `Ideas for Google Summer of Code 2014`) is no section of the ideas under it.
    const titled = heading.unit !== documentTitle;
    return toSpans(holder, found, units, titled).map(({ groupFrom: _from, groupTo: _to, ...span }) => span);
  });
  if (spans.length === 0 && listedItems.length > 0)
    return listedItems.filter((span) => !isNotAnIdeaSpanTitle(span.title));
  if (spans.length === 0) {
    const all = {
      title: '',
      titleStart: 0,
      titleEnd: 0,
      start: 0,
      end: text.length,
      section: [],
      unitFrom: 0,
      unitTo: units.length,
      topFrom: 0,
      topTo: 0,
    };
    // Ideas without headings: bold-titled or labelled items and title lines, else the items of a list whose lead-in
    // says it lists ideas (`Some of the ideas that we propose:`).
    const found = findHeadlessIdeas(units, 0, units.length, text, 2, legends);
    const items =
      found.length > 0 ? found : findLeadInIdeas(units, 0, units.length, text, options, inheritIdeas(headings));
    return toSpans(all, items, units, false)
      .filter((span) => !isNotAnIdeaSpanTitle(span.title))
      .map((span) => ({ ...span, section: sectionAt(units, headings, span.unitFrom, documentTitle) }));
  }
  const split = spans.map((span) => (span.tableFields ? [span] : splitHeadless(span, units, text, true, 2, legends)));
  // Once the file is seen to list ideas without headings, a section holding a single such idea is split too.
  const headless = split.some((parts, index) => parts[0] !== spans[index]);
  const result = headless
    ? split.map((parts, index) =>
        parts[0] === spans[index] && !spans[index].tableFields
          ? splitHeadless(spans[index], units, text, true, 1, legends)
          : parts,
      )
    : split;
  // A template slot (`Your own idea!`) read as a headless idea or a table row is no idea either.
  return [...result.flat(), ...listedItems]
    .filter((span) => !isNotAnIdeaSpanTitle(span.title) && !opensHeadingWithSlot(span, units, text))
    .sort((a, b) => a.start - b.start);
}

/**
 * The units of the headings whose section speaks of ideas through a heading above it (`# Project Ideas` ⏎ `###
 * oclif`, `#### Proposal Suggestions` under it): the naming passes down the outline, and stops at a label heading
 * (`## Requirements`), a section about the list (`## FAQ`, `## How to apply`) or past work, which speak of something
 * else. A heading titling the list (`# Project Ideas`) passes it on.
 */
function inheritIdeas(headings: HeadingInfo[]): Set<number> {
  const naming = new Array<boolean>(headings.length).fill(false);
  const found = new Set<number>();
  headings.forEach((heading, index) => {
    const open = !heading.isLabel && !heading.pastWork && (!heading.excluded || isListHeading(heading.title));
    const above = heading.parent >= 0 && naming[heading.parent];
    naming[index] = open && (above || namesIdeas(heading.title));
    if (open && above && !heading.excluded) found.add(heading.unit);
  });
  return found;
}

/**
 * The headings a lead-in naming ideas introduces (`Here are some possible projects:` ⏎ `## Tutorial Writing`, SciML):
 * the heading right after it and its siblings after that, even one, each with its sub-headings as its parts, unless
 * ideas are found at or below them already.
 */
function findLeadInHeadings(
  units: Unit[],
  text: string,
  headings: HeadingInfo[],
  groups: Map<number, number[]>,
  isIdea: boolean[],
  owned: boolean[],
): number[] {
  // `holds[index]`: an idea at or below the heading (one pass from the end: children come after their parent).
  const holds = isIdea.slice();
  for (let index = headings.length - 1; index >= 0; index--)
    if (holds[index] && headings[index].parent >= 0) holds[headings[index].parent] = true;
  const found: number[] = [];
  const seen = new Set<number[]>();
  headings.forEach((heading, index) => {
    if (heading.isLabel || owned[index]) return;
    let before = heading.unit - 1;
    while (before >= 0 && (units[before].kind === 'break' || units[before].kind === 'comment')) before--;
    if (before < 0 || !isLeadIn(units[before], text)) return;
    const siblings = siblingsOf(headings, groups, index);
    // A later lead-in among the same siblings introduces a part of the same run: each group is read once.
    if (seen.has(siblings)) return;
    seen.add(siblings);
    const run = siblings.slice(siblings.indexOf(index));
    if (run.some((at) => holds[at])) return;
    for (const at of run) {
      const sibling = headings[at];
      if (!sibling.excluded && !sibling.isPart && !sibling.hasIdeaTables) found.push(at);
    }
  });
  return found;
}

/**
 * The headings of a proposer (`### By Łukasz Rozmej`, `### By Potuz`, proposers.ts) among sibling ideas (two or more),
 * outside any idea, whose own text is a list of ideas after at most one paragraph (`- Danksharding prototyping`,
 * `- Forkchoice fuzzer: Test different attack scenarios…`): each heading with its list's items, the ideas it groups.
 */
function findProposerGroups(
  units: Unit[],
  text: string,
  options: ParseOptions,
  headings: HeadingInfo[],
  groups: Map<number, number[]>,
  isIdea: boolean[],
  owned: boolean[],
): Map<number, HeadlessIdea[]> {
  const found = new Map<number, HeadlessIdea[]>();
  headings.forEach((heading, index) => {
    if (owned[index] || heading.isLabel || heading.excluded || !isProposerHeading(heading.title)) return;
    for (let parent = heading.parent; parent >= 0; parent = headings[parent].parent) if (isIdea[parent]) return;
    // Its own text only: a proposer heading with sub-headings groups them instead.
    const directEnd = index + 1 < headings.length ? headings[index + 1].unit : units.length;
    if (directEnd < heading.subtreeEnd) return;
    if (siblingsOf(headings, groups, index).filter((at) => at !== index && isIdea[at]).length < 2) return;
    const items = findGroupList(units, heading.unit + 1, directEnd, text, options);
    if (items.length > 0) found.set(index, items);
  });
  return found;
}

/**
 * The idea headings that group ideas instead: a heading whose section holds ideas under its sub-headings (at least
 * GROUPED_IDEAS_MIN), while its own text is an introduction giving one field at most besides its description
 * (OpenSciLab's `## PyCM: …` ⏎ logo ⏎ `#### Mentor(s)` ⏎ the project's description ⏎ `### I/O Enhancement` ⏎ … ⏎
 * `### Curve Generalization`): a project with its ideas below, not an idea itself. One pass from the end counts the
 * ideas in each subtree.
 */
function findGroupHeadings(headings: HeadingInfo[], isIdea: boolean[]): number[] {
  const nested = new Array<number>(headings.length).fill(0);
  for (let index = headings.length - 1; index >= 0; index--) {
    const parent = headings[index].parent;
    if (parent >= 0) nested[parent] += nested[index] + (isIdea[index] ? 1 : 0);
  }
  const groups: number[] = [];
  headings.forEach((heading, index) => {
    if (!isIdea[index] || nested[index] < GROUPED_IDEAS_MIN) return;
    let own = 0;
    for (const name of heading.fields) if (name !== 'description') own++;
    if (own <= 1) groups.push(index);
  });
  return groups;
}

/**
 * The headings that are ideas whose one sub-heading was read as the idea (returned as [heading, sub-heading]): a
 * heading without an idea of its own whose subtree holds a single idea, its direct sub-heading, is that idea, with
 * the sub-heading a part of it, when something marks the heading as the idea and the sub-heading as a part:
 * - the heading names itself an idea (`### Idea 1: Improvement of Slips web interface` ⏎ `#### Proposed lists of
 *   topics that could be included:` ⏎ the labels, Stratosphere);
 * - the heading is numbered as its sibling ideas are (`## 1. MCP for OGC APIs` ⏎ `#### Developing Multi Context
 *   Protocols for the suite of OGC APIs` ⏎ the labels, before `## 2. Weather Routing Tool – QGIS Plugin`, 52°North):
 *   one of their run;
 * - the sub-heading is a subtitle: it comes right under the heading, nothing between, two levels down or more
 *   (`## Title` ⏎ `#### Subtitle`), a smaller type rather than a section of its own;
 * - the sub-heading's title recurs under other headings, as many as half the heading's siblings: a part's name
 *   (`#### Details`, `#### Proposed lists of topics…`), not an idea's (`#### Improve documentation` under three of
 *   eight project headings is an idea of each).
 * The complement of findGroupHeadings: there, two ideas or more below an introduction make a group. A heading holding
 * one idea with none of these marks stays a section (`### Mirage OS` ⏎ `#### Fuzz testing`; CNCF's `#### AgentCube` ⏎
 * `##### Support multi-AgentCube Capability` among the ideas under `### Volcano`).
 */
function findSubtitledIdeas(
  units: Unit[],
  text: string,
  headings: HeadingInfo[],
  groups: Map<number, number[]>,
  isIdea: boolean[],
  owned: boolean[],
  leadIns: Map<number, HeadlessIdea[]>,
  documentTitle: number,
): [number, number][] {
  // `nested[index]`: ideas below the heading; `only[index]`: the one idea below it when there is a single one.
  const nested = new Array<number>(headings.length).fill(0);
  const only = new Array<number>(headings.length).fill(-1);
  for (let index = headings.length - 1; index >= 0; index--) {
    const parent = headings[index].parent;
    if (parent < 0) continue;
    nested[parent] += nested[index] + (isIdea[index] ? 1 : 0);
    if (isIdea[index]) only[parent] = index;
    else if (nested[index] === 1) only[parent] = only[index];
  }
  const titleParents = new Map<string, Set<number>>();
  for (const heading of headings) {
    if (heading.parent < 0 || heading.isLabel) continue;
    const key = heading.title.toLowerCase();
    titleParents.set(key, (titleParents.get(key) ?? new Set<number>()).add(heading.parent));
  }
  // A number before the title (`1.`, `Project #2:`), stripped from it.
  const numbered = (heading: HeadingInfo): boolean =>
    /\d/.test(text.slice(units[heading.unit].start, heading.titleStart));
  // Whether a group of siblings has a numbered idea (memo: each group is scanned once).
  const runs = new Map<number[], boolean>();
  const found: [number, number][] = [];
  headings.forEach((heading, index) => {
    if (isIdea[index] || owned[index] || nested[index] !== 1 || leadIns.has(index)) return;
    if (heading.isLabel || heading.isPart || heading.excluded || heading.hasIdeaTables) return;
    // The page's title, or a heading naming ideas (`# Ideas for Outreachy internships` ⏎ `### Field Papers UI
    // improvements`), holds its ideas even when there is one.
    if (heading.unit === documentTitle || namesIdeas(heading.title)) return;
    const child = only[index];
    if (child < 0 || headings[child].parent !== index || nested[child] > 0 || leadIns.has(child)) return;
    const sub = headings[child];
    const subtitle =
      sub.depth >= heading.depth + 2 &&
      units.slice(heading.unit + 1, sub.unit).every((unit) => unit.kind === 'comment');
    const siblings = siblingsOf(headings, groups, index);
    let numberedIdeas = runs.get(siblings);
    if (numberedIdeas === undefined)
      runs.set(siblings, (numberedIdeas = siblings.some((at) => isIdea[at] && numbered(headings[at]))));
    const inRun = numbered(heading) && numberedIdeas;
    const recurs = titleParents.get(sub.title.toLowerCase())?.size ?? 0;
    const partName = recurs >= 2 && recurs * 2 >= siblings.length;
    if (heading.namedIdea || inRun || subtitle || partName) found.push([index, child]);
  });
  return found;
}

/**
 * Whether an unlabelled heading at the idea level gives its labels at the end of its last sub-heading, the only
 * labelled one (LazyWolves' `## Enhancing SaberX…` ⏎ `### Creating a Status endpoint` ⏎ … ⏎ `### Other enhancements.`
 * ⏎ prose ⏎ `**Skills preferred** :` ⏎ `**Possible mentors** :` ⏎ `**Difficulty** :`, or the same labels as `####`
 * headings): the labels of two fields or
 * more close the idea as its siblings' labels close theirs, so the heading is the idea and its sub-headings its parts.
 * At least one unlabelled part comes before the closing one.
 */
function labelsClosingParts(headings: HeadingInfo[], index: number): boolean {
  const heading = headings[index];
  if (heading.labelledDescendants !== 1) return false;
  // Parts before the closing one: a section holding one labelled idea (`## Backend` ⏎ `### Faster parser`) has none.
  // Label headings are no parts: written as headings (`#### Difficulty: medium`), the closing labels are the closing
  // part's fields as bold lines are (label-headings.ts).
  let last = -1;
  let parts = 0;
  for (let at = index + 1; at < headings.length && headings[at].unit < heading.subtreeEnd; at++) {
    if (headings[at].isLabel) continue;
    if (last >= 0) parts++;
    last = at;
  }
  if (last < 0 || parts === 0) return false;
  const closing = headings[last];
  return !closing.isLabel && !closing.isPart && closing.fields.size >= 2 && closing.labelledDescendants === 0;
}

/** Whether a heading has nothing under it but rules and comments. */
function isBare(units: Unit[], heading: HeadingInfo): boolean {
  for (let at = heading.unit + 1; at < heading.subtreeEnd; at++)
    if (units[at].kind !== 'break' && units[at].kind !== 'comment') return false;
  return true;
}

/** Whether a heading is the only idea among its siblings. */
function isLoneIdea(headings: HeadingInfo[], groups: Map<number, number[]>, index: number, isIdea: boolean[]): boolean {
  return siblingsOf(headings, groups, index).every((at) => at === index || !isIdea[at]);
}

/**
 * A heading naming ideas with no sub-heading of its own, followed at its level by ideas (`## Project Ideas` ⏎ … ⏎
 * `## 1. Refactoring of Documentation.`), opens the list at that level: the sections before it are the page's
 * (`## What we are looking for`, `## Meet the team` with the page's skills and mentors), not ideas; the ideas after
 * it are listed by it (returned). One pass over each group of siblings.
 */
function dropIdeasBeforeOpener(headings: HeadingInfo[], groups: Map<number, number[]>, isIdea: boolean[]): number[] {
  const opened: number[] = [];
  for (const group of groups.values()) {
    const opener = group.findIndex((index, position) => {
      const heading = headings[index];
      const bare = index + 1 >= headings.length || headings[index + 1].unit >= heading.subtreeEnd;
      // `## Note about proposals` is about the list, not its opening.
      const opens = !isIdea[index] && !heading.notSection && !heading.isPart && namesIdeas(heading.title);
      return opens && bare && isIdea[group[position + 1] ?? -1];
    });
    if (opener < 0) continue;
    for (let position = 0; position < opener; position++) isIdea[group[position]] = false;
    for (let position = opener + 1; position < group.length; position++)
      if (isIdea[group[position]]) opened.push(group[position]);
  }
  return opened;
}

/**
 * The sections whose own text holds a list that a lead-in naming ideas introduces (`**Project Ideas**:` ⏎ `* Restore
 * Java bindings`), under a heading that names ideas itself or below one that does: the list's items are the ideas,
 * the section holds them. A section read as an idea for labels inside that list (the `- Mentor Suggestion:` of its
 * one item) or above its lead-in (the project's `Mentor suggestions:`) holds them too. So does a section outside any
 * idea whose whole text is a list of tasks under a heading naming tasks (`# Benchmarking tasks`, findTaskList). Each
 * heading's own text is read once.
 */
function findSectionLeadIns(
  units: Unit[],
  text: string,
  options: ParseOptions,
  headings: HeadingInfo[],
  isIdea: boolean[],
  owned: boolean[],
): Map<number, HeadlessIdea[]> {
  const found = new Map<number, HeadlessIdea[]>();
  const naming = new Array<boolean>(headings.length).fill(false);
  // Ideas with labels of their own on the page (`### 1. GPU acceleration…` ⏎ `**Difficulty:** …`) show what an idea
  // looks like there.
  const labelledIdeas = headings.some((heading, index) => isIdea[index] && heading.fields.size > 0);
  headings.forEach((heading, index) => {
    naming[index] = namesIdeas(heading.title) || (heading.parent >= 0 && naming[heading.parent]);
    if (owned[index] || heading.isLabel || heading.isPart || heading.notSection) return;
    const directEnd = index + 1 < headings.length ? headings[index + 1].unit : units.length;
    // A section of tasks (`# Benchmarking tasks`) whose whole text is their list, outside any idea: its items are ideas.
    const list =
      (naming[index] ? findSectionLeadIn(units, heading.unit + 1, directEnd, text, options) : undefined) ??
      (namesTasks(heading.title) && heading.subtreeEnd === directEnd && !insideIdea(headings, index, isIdea)
        ? findTaskList(units, heading.unit + 1, directEnd, text, options)
        : undefined);
    if (!list) return;
    // Beside them, a list of bare one-paragraph items without labels is prose, whatever its lead-in or heading says
    // (Kornia's `**How this ideas list helps our application:**` ⏎ `- Clear, scoped projects with measurable
    // outcomes`, Pony's `## Guidelines for submitting ideas` ⏎ `2. Each idea should list a proposed mentor.`): a
    // list of criteria, guidelines or steps. Items with a body or fields of their own (ASWF's `* Restore Java
    // bindings` ⏎ `  - Mentor suggestion: …`) stay ideas; so do bare items on a page with no other ideas (libsim).
    if (labelledIdeas && list.ideas.every((idea) => isBareItem(units, idea))) return;
    if (isIdea[index]) {
      // An idea heading with sub-headings stays an idea; so does one with labels after the list (NixOS' `This project
      // … touches several different types of projects:` ⏎ items ⏎ `Skills preferred:` ⏎ `Difficulty:`): the list is
      // part of its description. Labels only before the lead-in (`### OpenCue` ⏎ `Mentor suggestion: …` ⏎
      // `**Project Ideas**:` ⏎ items) are the project's, and the items are its ideas.
      if (heading.subtreeEnd !== directEnd) return;
      for (let at = list.listTo; at < directEnd; at++) if (units[at].hits.length > 0) return;
      isIdea[index] = false;
    }
    found.set(index, list.ideas);
  });
  return found;
}

/** Whether a list item idea is one paragraph and nothing else (no nested list, no second block), without labels. */
function isBareItem(units: Unit[], idea: HeadlessIdea): boolean {
  const item = units[idea.unitFrom].item;
  if (!item || item.children.length !== 1 || item.children[0].type !== 'paragraph') return false;
  if (idea.inlineFields || idea.codeFields) return false;
  for (let at = idea.unitFrom; at < idea.unitTo; at++) if (units[at].hits.length > 0) return false;
  return true;
}

/** Whether a heading lies under an idea heading. */
function insideIdea(headings: HeadingInfo[], index: number, isIdea: boolean[]): boolean {
  for (let parent = headings[index].parent; parent >= 0; parent = headings[parent].parent)
    if (isIdea[parent]) return true;
  return false;
}

/** Whether the page's first paragraph, before any heading, speaks of ideas (`This page collects ideas for projects…`). */
function introNamesIdeas(units: Unit[], text: string, headings: HeadingInfo[]): boolean {
  const end = headings.length > 0 ? headings[0].unit : units.length;
  const first = units.findIndex((unit, index) => index < end && unit.kind === 'line' && unit.listLevel === 0);
  if (first < 0 || first >= end || units[first].quoted) return false;
  let last = first + 1;
  while (last < end && units[last].kind === 'line' && !units[last].firstLine && units[last].node === units[first].node)
    last++;
  return namesIdeas(inlineToText(text.slice(units[first].start, units[last - 1].end)));
}

/** The sections enclosing a unit: the headings above it, outermost first, without the page title or admin ones. */
function sectionAt(units: Unit[], headings: HeadingInfo[], unit: number, documentTitle: number): string[] {
  let last = -1;
  for (let index = 0; index < headings.length && headings[index].unit < unit; index++) last = index;
  if (last < 0) return [];
  return [...ancestors(headings, last), headings[last]]
    .filter((info) => !info.isLabel && !info.notSection && info.unit !== documentTitle)
    .map((info) => info.title);
}

/** Replaces a span holding several headless ideas (bold-titled items, title lines) by those ideas. */
function splitHeadless(
  span: IdeaSpan,
  units: Unit[],
  text: string,
  titled: boolean,
  min: number,
  legends: CodeLegend[],
): IdeaSpan[] {
  const found = findHeadlessIdeas(units, span.unitFrom, span.unitTo, text, min, legends);
  if (found.length === 0) return titled ? [span] : [];
  return toSpans(span, found, units, titled);
}

/** The spans of ideas found without headings inside `span` (`titled`: its title is a section of theirs). */
function toSpans(span: IdeaSpan, found: HeadlessIdea[], units: Unit[], titled: boolean): IdeaSpan[] {
  const section = titled ? [...span.section, span.title] : span.section;
  return found.map((idea) => {
    const first = units[idea.unitFrom];
    const last = units[idea.unitTo - 1];
    const item = first.itemStart && first.item && idea.end === first.itemEnd ? first.item : undefined;
    return {
      title: idea.title,
      titleStart: idea.titleStart,
      titleEnd: idea.titleEnd,
      start: idea.start,
      end: idea.end,
      section,
      unitFrom: idea.unitFrom,
      unitTo: idea.unitTo,
      bodyStart: idea.bodyStart,
      topFrom: item ? first.top : first.top + 1,
      topTo: last.top + 1,
      bodyItem: item,
      ...(idea.codeFields ? { codeFields: idea.codeFields } : {}),
      ...(idea.inlineFields ? { inlineFields: idea.inlineFields } : {}),
      ...(titled && found[0].unitFrom > span.unitFrom ? { groupFrom: span.unitFrom, groupTo: found[0].unitFrom } : {}),
    };
  });
}

function makeSpan(
  units: Unit[],
  title: string,
  titleStart: number,
  titleEnd: number,
  headingUnit: number,
  endUnit: number,
  section: string[],
  text: string,
): IdeaSpan {
  let last = endUnit - 1;
  while (
    last > headingUnit &&
    (units[last].kind === 'break' || units[last].kind === 'comment' || isAnchor(units[last], text))
  )
    last--;
  const topFrom = units[headingUnit].top + 1;
  const topTo = last > headingUnit ? units[last].top + 1 : topFrom;
  const start = units[headingUnit].node.position?.start.offset ?? units[headingUnit].start;
  const end =
    last > headingUnit
      ? lastEnd(units, headingUnit, last)
      : (units[headingUnit].node.position?.end.offset ?? units[headingUnit].end);
  return {
    title,
    titleStart,
    titleEnd,
    start,
    end,
    section,
    unitFrom: headingUnit + 1,
    unitTo: endUnit,
    topFrom,
    topTo,
  };
}

function lastEnd(units: Unit[], from: number, to: number): number {
  let end = 0;
  for (let index = from; index <= to; index++)
    end = Math.max(end, units[index].node.position?.end.offset ?? units[index].end);
  return end;
}

function isAnchor(unit: Unit, text: string): boolean {
  return unit.kind === 'line' && ANCHOR_LINE.test(text.slice(unit.start, unit.end).trim());
}

function findTableIdeas(
  units: Unit[],
  text: string,
  options: ParseOptions,
  headings: HeadingInfo[],
  isIdea: boolean[],
  owned: boolean[],
  documentTitle: number,
): IdeaSpan[] {
  const byHeading = new Map<number, IdeaSpan[]>();
  const headingAt = new Map(headings.map((info, index) => [info.unit, index]));
  let heading = -1;
  units.forEach((unit, index) => {
    if (unit.kind === 'heading') heading = headingAt.get(index) ?? -1;
    if (unit.kind !== 'table' || unit.listLevel > 0 || unit.quoted) return;
    // A heading whose text ended before the table (an idea closed by a rule) leaves it to the section above.
    while (heading >= 0 && headings[heading].subtreeEnd <= index) heading = headings[heading].parent;
    if (heading >= 0 && (isIdea[heading] || owned[heading])) return;
    const reading = readTable(unit.node as never, text, options);
    if (reading.kind !== 'ideas') return;
    const chain = heading >= 0 ? [...ancestors(headings, heading), headings[heading]] : [];
    const section = chain
      .filter((info) => !info.isLabel && !info.notSection && info.unit !== documentTitle)
      .map((info) => info.title);
    const group = byHeading.get(heading) ?? [];
    // A one-idea table cut by a blank line (`| **Link** | …` ⏎ `| **Difficulty** | high` after it) keeps those rows.
    const cut = reading.single ? cutRows(units, index + 1, text) : [];
    for (const idea of reading.ideas) {
      // A row whose text opens with a template slot's title set apart (Developers Italia's `General` row: `<b>Your
      // own idea!!</b> Something that you're totally excited about!`) is the slot, whatever its title cell says.
      const description = idea.fields.find((field) => field.name === 'description');
      if (description && opensWithSlot(text.slice(description.valueStart, description.valueEnd))) continue;
      group.push({
        title: idea.title,
        titleStart: idea.titleStart,
        titleEnd: idea.titleEnd,
        start: idea.start,
        end: cut.length > 0 ? units[index + cut.length].end : idea.end,
        section,
        unitFrom: index,
        unitTo: index,
        topFrom: unit.top,
        topTo: (cut.length > 0 ? units[index + cut.length].top : unit.top) + 1,
        tableFields: [...idea.fields, ...cut.flatMap((row) => row.hits)],
      });
    }
    byHeading.set(heading, group);
  });
  const spans: IdeaSpan[] = [];
  for (const [headingIndex, group] of byHeading) {
    // `## Doodle Canvas` holding one `| Title | Doodle Canvas |` table names the idea, not a section.
    if (group.length === 1 && headingIndex >= 0 && !headings[headingIndex].isLabel)
      group[0].section = group[0].section.slice(0, -1);
    spans.push(...group);
  }
  return spans;
}

/** Whether a heading idea's text opens with a template slot's title in bold (`## General` ⏎ `**Your own idea!**`). */
function opensHeadingWithSlot(span: IdeaSpan, units: Unit[], text: string): boolean {
  if (span.tableFields || span.bodyStart !== undefined) return false;
  const first = units
    .slice(span.unitFrom, span.unitTo)
    .find((unit) => unit.kind !== 'break' && unit.kind !== 'comment');
  return first?.kind === 'line' && opensWithSlot(text.slice(first.start, first.end));
}

/**
 * Whether a text opens with a template slot's title set apart in bold (`**Your own idea!!**`, `<b>Your own idea!!</b>`,
 * see isTemplateSlotTitle): the idea it opens is that slot, not an idea.
 */
function opensWithSlot(body: string): boolean {
  // A bold label (`**Project**: Android development in Qubes`) opens a field, not a slot's title.
  const lead = /^\s*(?:\*\*|__|<(?:b|strong)>)([^*_<>\n]{1,80}?)(?:\*\*|__|<\/(?:b|strong)>)(?![ \t]*[:：])/i.exec(
    body,
  );
  return lead !== null && !/[:：]\s*$/.test(lead[1]) && isTemplateSlotTitle(lead[1]);
}

/** The lines right after a table that are rows cut off from it (`| **Difficulty** | high`), each a label and value. */
function cutRows(units: Unit[], from: number, text: string): Unit[] {
  const rows: Unit[] = [];
  for (let at = from; at < units.length; at++) {
    const unit = units[at];
    if (unit.kind !== 'line' || text[unit.start] !== '|' || unit.listLevel > 0) break;
    rows.push(unit);
  }
  return rows.some((row) => row.hits.length > 0) ? rows : [];
}
