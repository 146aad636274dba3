// Parse stage: recognises field values that only stand in for a missing value (`TBD`, `Not specified`, `-`).
import { plainValue, trimPunctuation } from './plain-text.js';

/**
 * Matches a placeholder once the value is reduced to its core: markup and surrounding whitespace and
 * punctuation removed, inner whitespace collapsed (see `isPlaceholder`). Case-insensitive; the empty core
 * (a value of only punctuation such as `?`, `-`, `—`, `...`) matches too.
 */
export const PLACEHOLDER_PATTERN =
  /^(?:not specified(?:[,;]? project outcomes)?|project outcomes|tb[acd]|to ?do|n[/.]?a|none|unknown|coming soon|(?:to|will) be (?:announced|confirmed|decided|determined|discussed|assigned|added|named|chosen)(?: later| soon)?|(?:up|open) for discussion|add yourself(?: here)?|no response|um+|uh+|hm+|erm)?$/i;

/** A template's slot that says what goes there, in capitals or in parentheses: `(MENTOR NAMES HERE)`, `LINK HERE`. */
const SLOT = /^(?:\(\s*[\p{L} /]{1,40} here\s*\)|[A-Z][A-Z /]{0,40} HERE)$/iu;
const SLOT_CAPITALS = /^[^a-z]*$/;
/**
 * A stand-in for a value not decided yet, then a guess in brackets or after a comma (`Unknown (intermediate or even
 * straight forward …?)`, `TBD, probably 175 hours`): the value stated is the stand-in; the rest is a remark on it.
 */
const UNDECIDED_LEAD =
  /^(?:tb[acd]|to ?do|unknown|not (?:yet )?(?:known|decided|specified)|to be (?:announced|confirmed|decided|determined))\s*[(,;]/i;

/**
 * Whether a field value is empty or a placeholder such as `TBD`, `N/A`, `Unknown`, `?`, `-`, `Not specified, project
 * outcomes` or `_No response_` (what a GitHub issue form writes for an unanswered field), a template's slot that says
 * what goes there (`(MENTOR NAMES HERE)`, `(SUMMARY HERE)`), or a hesitation (`um.`).
 */
export function isPlaceholder(value: string): boolean {
  const plain = plainValue(value).trim();
  if (SLOT.test(plain) && (plain.startsWith('(') || SLOT_CAPITALS.test(plain))) return true;
  return PLACEHOLDER_PATTERN.test(trimPunctuation(plain));
}

/**
 * Whether a level or a size is a placeholder, or a stand-in followed by a guess (`Unknown (intermediate …?)`,
 * `TBD, probably 175 hours`). Not for people: `TBD (@tbd, tbd@email)` is read entry by entry.
 */
export function isUndecided(value: string): boolean {
  const plain = plainValue(value).trim();
  return isPlaceholder(plain) || UNDECIDED_LEAD.test(trimPunctuation(plain));
}
