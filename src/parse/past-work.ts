// Parse stage: the words that mark work as over rather than offered — finished (`## 2021 projects (done)`) or from
// before the list (`## Past projects`, `## Accepted projects`, `## Previous years`, `## Archive`). One vocabulary for
// every reader of headings: headings.ts (a group marked finished; an excluded heading that still groups ideas, whose
// headings dated by a year report past work) and
// lead-in-items.ts (a heading over a list of work done rather than ideas).

/** Words for work from before the list: taken, shown in earlier years, or kept for the record. */
const EARLIER = ['past', 'previous', 'accepted', 'former', 'archived'];
/** Words for work that is finished. */
const FINISHED = ['completed', 'finished'];
/** Words that say work is finished only as a mark in brackets (`(done)`): bare, they speak of work to do too. */
const FINISHED_IN_MARK = ['done', 'closed'];

/** A finished mark closing a title, `(done)`, `(completed)`: a regular-expression source. */
export const FINISHED_MARK = `\\((?:${[...FINISHED_IN_MARK, ...FINISHED].join('|')})\\)`;

/**
 * A report on work done, as a whole: `Case study` (the report every Google Season of Docs organisation publishes when
 * its project ends, ExpressLRS), `Final report`, `GSoD 2022 case study`, `Retrospective`, `Project report`. A report
 * on something else (`Crash report`, `Improve the bug report form`) names work to do.
 */
const REPORT = String.raw`(?:(?:final|project|program(?:me)?|gsoc|gsod|(?:19|20)\d{2})\s+){0,2}(?:case\s+stud(?:y|ies)|reports?|retrospective)`;

/**
 * A title naming a section of past work as a whole: `Accepted projects`, `2. Past projects:`, `Previous years`,
 * `Archive`, a report (REPORT); a word may qualify the section (`Successful past projects`, Graphite) or its projects
 * (`Previous Student projects`, Libreswan).
 */
const PAST_SECTION = new RegExp(
  String.raw`^(?:\d+[.)]\s*)?(?:(?:[\p{L}-]+\s+)?(?:${EARLIER.join('|')})\s+(?:[\p{L}-]+\s+)?projects|previous\s+years?|archive|${REPORT})\s*:?$`,
  'iu',
);

/** Whether a heading's title names a section of past work as a whole (no idea; the headings under it are its). */
export function isPastSection(title: string): boolean {
  return PAST_SECTION.test(title.trim());
}

/** A word anywhere in a title that says its work is over (`Accepted projects 2023`, `Completed ideas`, `Archive`). */
export const PAST_WORK_WORD = new RegExp(`\\b(?:${[...EARLIER, 'archive', ...FINISHED].join('|')})\\b`, 'i');

/**
 * A title dated by a year before its name (`2023: Bezier-rs library`, `2022 – Path boolean operations`): under a
 * section of past work, the record of one year's project, not an idea offered now.
 */
const DATED_TITLE = /^(?:19|20)\d{2}\s*[:\-–—]\s*\S/;

/** Whether a heading under a section of past work (isPastSection) reports one year's project (DATED_TITLE). */
export function isDatedRecord(title: string): boolean {
  return DATED_TITLE.test(title.trim());
}
