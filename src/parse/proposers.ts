// Parse stage: who proposed an idea, written in prose instead of under a label. Two grammars (Ethereum Protocol
// Fellowship's project list, regression-15, whose introduction says the projects are "proposed by mentors" and to
// "contact corresponding mentor"):
// - PROPOSER LINE: a paragraph of one short line `Proposed by|Suggested by|Submitted by|Offered by|By` + the names of
//   people (`Proposed by Alex Stokes`, `By Cayman Nava`, `*Suggested by @kasey*`, `Proposed by Jane Doe and Li Wei`),
//   alone and first under an idea's heading, names the idea's mentors as a `Mentor:` label would;
// - PROPOSER HEADING: a heading that is only such a phrase (`### By Łukasz Rozmej`, `### Ideas by Potuz`) heads the
//   ideas that person proposes, written as the items of its list (`- Danksharding prototyping`, `- Forkchoice fuzzer:
//   Test different attack scenarios…`): a group, not an idea; the person is stated once for the group, outside the
//   items, so no item's mentor.
import type { RawField } from './raw-field.js';
import { inlineToText } from './text.js';
import type { Unit } from './units.js';
import { NAME_PARTICLES } from './values/people.js';

/** One word of a person's name (`Alex`, `Barnabé`, `O'Neil`, `J.`) or a handle (`@michaelsproul`). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|@[\p{L}\p{N}_-]+)`;
const PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
const PERSON = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){0,3}`;
/** What may follow a person: an address (`jane@example.org`, `<jane@example.org>`) or a bracket (`(SigP/Lighthouse)`). */
const AFTER_PERSON = String.raw`(?:\s*<?[^\s<>()@]+@[^\s<>()]+>?)?(?:\s*\([^()\n]{1,60}\))?`;
/** One to five people, each with an address or an affiliation after them. */
const PEOPLE = String.raw`${PERSON}${AFTER_PERSON}(?:\s*(?:,|&|\band\b)\s*${PERSON}${AFTER_PERSON}){0,4}`;
/** The verb phrase before the names: `Proposed by`, `Suggested by`, `By`, capitalised or not after a noun. */
const PROPOSED_BY = String.raw`(?:(?:[Ii]dea|[Pp]roject|[Pp]roposal)s?\s+)?(?:(?:[Pp]roposed|[Ss]uggested|[Ss]ubmitted|[Oo]ffered|[Cc]ontributed)\s+)?(?:[Bb]y|BY)`;

const PROPOSER_LINE = new RegExp(String.raw`^${PROPOSED_BY}\s*[:：]?\s+${PEOPLE}\s*\.?$`, 'u');
const PROPOSER_HEADING = new RegExp(String.raw`^${PROPOSED_BY}\s*[:：]?\s+${PEOPLE}$`, 'u');
/** The label part of a proposer line as written (markup before it allowed). */
const RAW_LABEL =
  /^[*_]{0,3}\s*((?:(?:idea|project|proposal)s?\s+)?(?:(?:proposed|suggested|submitted|offered|contributed)\s+)?by)\s*[:：]?\s*(?:[*_]{1,3}\s*)?/i;

/** Whether a heading's title is a proposer's name and no more (`By Potuz`, `Proposed by Jane Doe`). */
export function isProposerHeading(title: string): boolean {
  return PROPOSER_HEADING.test(title.trim());
}

/**
 * The mentors field a proposer line gives (see the grammar above): the first unit of `units[from..to)` (after
 * comments) is a one-line paragraph outside lists and labels, reading `Proposed by` + names; undefined otherwise.
 */
export function readProposerLine(units: Unit[], from: number, to: number, text: string): RawField | undefined {
  let at = from;
  while (at < to && units[at].kind === 'comment') at++;
  const unit = units[at];
  if (at >= to || unit.kind !== 'line' || unit.listLevel > 0 || unit.quoted || !unit.firstLine) return undefined;
  if (unit.hits.length > 0) return undefined;
  if (at + 1 < to && units[at + 1].kind === 'line' && units[at + 1].node === unit.node) return undefined;
  const raw = text.slice(unit.start, unit.end);
  if (!PROPOSER_LINE.test(inlineToText(raw).replace(/\s+/g, ' ').trim())) return undefined;
  const label = RAW_LABEL.exec(raw);
  if (!label) return undefined;
  const valueStart = unit.start + label[0].length;
  const valueEnd = unit.start + raw.replace(/[\s*_.]+$/u, '').length;
  if (valueEnd <= valueStart) return undefined;
  const labelStart = unit.start + label.index + label[0].indexOf(label[1]);
  return {
    name: 'mentors',
    label: label[1],
    labelStart,
    labelEnd: labelStart + label[1].length,
    valueStart,
    valueEnd,
    weak: false,
  };
}
