// Parse stage: an idea's own sections written at the ideas' level — headings titled as the sections of the other ideas.

/** What this reading needs of a heading of the outline (headings.ts' HeadingInfo, which calls it). */
interface OutlineHeading {
  title: string;
  depth: number;
  parent: number;
  isLabel: boolean;
  isPart?: boolean;
  excluded: boolean;
  subtreeEnd: number;
}

/**
 * Titles of a run that name sections of another idea, at least, for the run to be the sections of the idea before
 * it: one title may be a project's own (an idea `Documentation` beside another idea's `#### Documentation`); two or
 * more titles of another idea's sections, one after the other, are the same outline written a level up.
 */
const RECURRING_RUN_MIN = 2;

/**
 * Grammar (an idea's sections at the ideas' level): the ideas of a list share an outline of sections (`Project
 * Detail`, `Features To Be Implemented`, `Learning Path`, `Acceptance Criteria`, `Milestone`), usually one level
 * under each idea's heading; an idea may write the same sections at its own heading's level (Open HealthCare Network's
 * `## #10599: Whatsapp bot for CARE` ⏎ `## Project Detail` ⏎ … ⏎ `## Learning Path` ⏎ a table of labels, where the
 * next two ideas write `#### Project Detail` … `#### Learning Path`, regression-13). A run of sibling headings whose
 * titles are titles of sub-sections of other headings at their level (case, spacing and punctuation aside), two or
 * more one after the other (RECURRING_RUN_MIN), are parts of the heading before the run, which is the idea: its
 * subtree goes on through them, so the labels in them (the `Learning Path` table) are its fields, and none of them is
 * an idea. A heading whose title is no such section title ends the run (the next idea).
 */
export function joinRecurringSections(headings: OutlineHeading[]): void {
  // For each depth, the simplified titles of headings nested under a heading of that depth, with those headings.
  const sectionsAt = new Map<string, Set<number>>();
  for (const heading of headings) {
    const key = simplify(heading.title);
    if (key === '') continue;
    for (let parent = heading.parent; parent >= 0; parent = headings[parent].parent) {
      const entry = `${headings[parent].depth} ${key}`;
      const holders = sectionsAt.get(entry) ?? new Set<number>();
      holders.add(parent);
      sectionsAt.set(entry, holders);
    }
  }
  if (sectionsAt.size === 0) return;
  // Sibling groups, label headings included: a label heading titled as another idea's section (`## Milestone` when the
  // others write `#### Milestone`) is one of the run too, its labels the idea's; it is no part to drop, only a label.
  const groups = new Map<number, number[]>();
  headings.forEach((heading, index) => {
    const key = heading.parent * 8 + heading.depth;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  for (const group of groups.values()) {
    let owner = -1;
    let run: number[] = [];
    let titled = 0;
    const join = (): void => {
      if (owner >= 0 && titled >= RECURRING_RUN_MIN) {
        for (const index of run) if (!headings[index].isLabel) headings[index].isPart = true;
        const last = headings[run[run.length - 1]];
        headings[owner].subtreeEnd = Math.max(headings[owner].subtreeEnd, last.subtreeEnd);
      }
      run = [];
      titled = 0;
    };
    for (const index of group) {
      const heading = headings[index];
      const holders = sectionsAt.get(`${heading.depth} ${simplify(heading.title)}`);
      const recurring = holders !== undefined && [...holders].some((holder) => holder !== index && holder !== owner);
      // A heading another reading already joined to the idea (a part: no rule before it, joinSeparatedParts) goes on
      // with the run.
      if (owner >= 0 && !heading.excluded && (recurring || heading.isPart)) {
        run.push(index);
        if (recurring) titled++;
        continue;
      }
      join();
      owner = heading.excluded || heading.isPart || heading.isLabel || recurring ? -1 : index;
    }
    join();
  }
}

function simplify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
