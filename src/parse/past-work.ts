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

/** Words saying work is over, whichever year it was (all but `accepted`, which may name this year's selection). */
const OVER = ['past', 'previous', 'former', 'archived', 'earlier', ...FINISHED];

/**
 * A title naming a section of work that is over, as a whole: `2. Past projects:`, `Completed projects` (libssh,
 * regression-13), `Previous GSoC projects`, `Completed ideas`, `Projects from previous years`, `Last year's projects`,
 * `Previous years`, `Archive`, a report (REPORT). A word may qualify the section (`Successful past projects`, Graphite)
 * or its projects (`Previous Student projects`, Libreswan; `Past GSoC 2023 projects`).
 *
 * Projects are work done; ideas are proposals, done or not: only a finished word makes ideas work done (`Completed
 * ideas`, `Finished ideas`). Ideas of another year (`Past ideas`, `Last Year's Ideas`) are still ideas the page
 * offers: see IDEAS_GROUP.
 */
const OVER_SECTION = new RegExp(
  String.raw`^(?:\d+[.)]\s*)?(?:(?:[\p{L}-]+\s+)?(?:${OVER.join('|')})\s+(?:[\p{L}-]+\s+)?(?:(?:19|20)\d{2}\s+)?projects|(?:[\p{L}-]+\s+)?(?:${FINISHED.join('|')})\s+(?:[\p{L}-]+\s+)?(?:(?:19|20)\d{2}\s+)?ideas|projects\s+(?:from|of|in)\s+(?:the\s+)?(?:past|previous|earlier|former)\s+(?:years|editions|seasons|rounds|programs)|(?:last|past|previous)\s+year(?:'|’)?s\s+(?:[\p{L}-]+\s+)?projects|(?:past|previous|earlier)\s+(?:years?|editions|seasons)|archive|${REPORT})\s*:?$`,
  'iu',
);

/**
 * Grammar: a heading naming the ideas of another year, edition or group, as a whole (`# Last Year's Ideas`, Connexions,
 * regression-16, over four ideas written as the three above it; `Past ideas`, `Previous ideas`, `Older ideas`,
 * `Archived ideas`, `Ideas from 2019`, `Ideas from previous years`, `Ideas of past editions`, `Other ideas from last
 * year`; `Ideen`, `Projektideen`, `Ältere Ideen`, `Ideas anteriores`, `Ideias anteriores`, `Idées précédentes`, `Идеи
 * прошлых лет`, `往年的想法`, `往年项目想法`): a group heading, no idea itself, whose sub-headings are ideas as the page's
 * others are. Ideas are proposals: those of last year stay on the page as ideas (a finished word makes them work done,
 * OVER_SECTION).
 */
const IDEAS_GROUP = new RegExp(
  String.raw`^(?:\d+[.)]\s*)?(?:` +
    String.raw`(?:(?:some|our|more|other)\s+)?(?:past|previous|older|old|earlier|former|archived|prior)\s+(?:[\p{L}-]+\s+)?(?:(?:19|20)\d{2}\s+)?(?:project\s+)?ideas` +
    String.raw`|(?:(?:some|our|more|other)\s+)?(?:last|past|previous)\s+(?:year|season|edition)(?:'|’)?s\s+(?:[\p{L}-]+\s+)?(?:project\s+)?ideas` +
    String.raw`|(?:(?:some|our|more|other)\s+)?(?:project\s+)?ideas\s+(?:from|of|for)\s+(?:(?:the\s+)?(?:last|past|previous|earlier|former)\s+(?:years?|editions?|seasons?|rounds?)|(?:19|20)\d{2}(?:\s*(?:and|&|-|–)\s*(?:19|20)\d{2})?)` +
    String.raw`|(?:(?:ältere|frühere|weitere|alte)\s+)?(?:projekt)?ideen(?:\s+(?:aus|von)\s+(?:(?:19|20)\d{2}|(?:den\s+)?vorjahren|letztem\s+jahr))?` +
    String.raw`|ideas\s+(?:de\s+proyectos?\s+)?(?:anteriores|pasadas|de\s+(?:años\s+anteriores|(?:19|20)\d{2}))|ideias\s+(?:de\s+projetos?\s+)?(?:anteriores|passadas|de\s+(?:anos\s+anteriores|(?:19|20)\d{2}))` +
    String.raw`|idées\s+(?:de\s+projets?\s+)?(?:précédentes|passées|anciennes|de\s+(?:(?:19|20)\d{2}|l(?:'|’)année\s+dernière))|идеи(?:\s+проектов)?\s+(?:прошлых\s+лет|прошлого\s+года|(?:19|20)\d{2}(?:\s+года)?)` +
    String.raw`|(?:往年|去年|以往|历年)的?(?:项目)?(?:想法|题目|创意)` +
    String.raw`)\s*:?$`,
  'iu',
);

/** Whether a heading's title names a group of ideas of another year or group (IDEAS_GROUP): no idea, its headings are. */
export function isIdeasGroup(title: string): boolean {
  return IDEAS_GROUP.test(title.trim());
}

/**
 * A title naming the projects accepted, as a whole (`Accepted projects`, `Our accepted GSoC projects`): last year's
 * record on one page, this term's selection on another (CNCF's LFX `## Accepted Projects` holds the term's ideas).
 */
const ACCEPTED_SECTION = /^(?:\d+[.)]\s*)?(?:[\p{L}-]+\s+)?accepted\s+(?:[\p{L}-]+\s+)?projects\s*:?$/iu;

/** Whether a heading's title names a section of past work as a whole (no idea; the headings under it are its). */
export function isPastSection(title: string): boolean {
  const trimmed = title.trim();
  return OVER_SECTION.test(trimmed) || ACCEPTED_SECTION.test(trimmed);
}

/**
 * Grammar: a section whose title says its work is over (OVER_SECTION: past, previous, former, archived, completed,
 * finished projects or ideas; previous years; an archive; a report) holds no idea offered now, whatever its headings
 * say: each is the record of a project done (libssh's `## Completed projects` ⏎ `### Support for OpenSSH certificates
 * (2024)` ⏎ its labels and `- Student: …`, regression-13). Under `Accepted projects` only a heading dated by a year
 * is one (isDatedRecord), since the section may hold the term's ideas.
 */
export function isOverSection(title: string): boolean {
  return OVER_SECTION.test(title.trim());
}

/** A word anywhere in a title that says its work is over (`Accepted projects 2023`, `Completed ideas`, `Archive`). */
export const PAST_WORK_WORD = new RegExp(`\\b(?:${[...EARLIER, 'archive', ...FINISHED].join('|')})\\b`, 'i');

/**
 * A title dated by a year, before its name (`2023: Bezier-rs library`, `2022 – Path boolean operations`) or after it
 * in brackets or after a dash (`Support for OpenSSH certificates (2024)`, `async SFTP client [GSoC 2023]`, `Plugin
 * API – 2021`): under a section of past work, the record of one year's project, not an idea offered now. A bare year
 * closing a title (`Bezier-rs library 2023`) may name a version or a target.
 */
const DATED_TITLE = [
  /^(?:19|20)\d{2}\s*[:\-–—]\s*\S/,
  /\S\s*(?:\(|\[)(?:(?:gsoc|gsod|google summer of code|season of docs|outreachy|lfx)\s+)?(?:19|20)\d{2}(?:\)|\])$/i,
  /\S\s+[-–—]\s+(?:(?:gsoc|gsod|google summer of code|season of docs|outreachy|lfx)\s+)?(?:19|20)\d{2}$/i,
];

/** Whether a heading under a section of past work (isPastSection) reports one year's project (DATED_TITLE). */
export function isDatedRecord(title: string): boolean {
  const trimmed = title.trim();
  return DATED_TITLE.some((pattern) => pattern.test(trimmed));
}
