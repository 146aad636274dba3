// Lint stage: findings about a whole file rather than an idea (`no-ideas`, `unread-ideas`), under reserved rule ids
// that are no rules of the catalogue: nothing configures them, and every reporter shows them like any finding without
// an idea. Pure: no I/O.
import type { UnreadSign } from '../parse/types.js';
import { REPOSITORY_URL, VERSION } from '../version.js';
import { fingerprint } from './fingerprint.js';
import type { Finding, Severity } from './types.js';

/** A file the globs matched in which the parser recognised no idea. */
export const NO_IDEAS = 'no-ideas';

/** A file in which some ideas were recognised and parts written like ideas were not (src/parse/unread-ideas.ts). */
export const UNREAD_IDEAS = 'unread-ideas';

/** A changed file the action could not read (src/github/file-problems.ts). */
export const READ_ERROR = 'read-error';

/** Reserved ids of file-level findings: a rule may not take one. */
export const FILE_FINDING_IDS: readonly string[] = [NO_IDEAS, UNREAD_IDEAS, READ_ERROR];

/** File-level findings the engine reports, which a disable comment may name (`<!-- idea-lint-disable-file unread-ideas -->`). */
export const LINT_FILE_FINDING_IDS: readonly string[] = [NO_IDEAS, UNREAD_IDEAS];

const NO_IDEAS_MESSAGE =
  'No ideas recognised: is the layout supported? Give each idea its own heading with labelled fields such as "Mentors:" and "Difficulty:".';

/** A finding about the whole file, at its first character or at the start of the line `at` names. */
export function fileFinding(
  ruleId: string,
  severity: Severity,
  message: string,
  path: string,
  docs: string,
  at: { line: number; offset: number } = { line: 1, offset: 0 },
): Finding {
  return {
    ruleId,
    severity,
    message,
    line: at.line,
    column: 1,
    endLine: at.line,
    endColumn: 1,
    offset: at.offset,
    endOffset: at.offset,
    idea: null,
    fingerprint: fingerprint(ruleId, path, null),
    docs,
  };
}

/** The notice for a file in which no idea was recognised, so a layout the parser misses is not a silent pass. */
export function noIdeasFinding(path: string): Finding {
  return fileFinding(
    NO_IDEAS,
    'notice',
    NO_IDEAS_MESSAGE,
    path,
    `${REPOSITORY_URL}/blob/v${VERSION}/README.md#files-without-ideas`,
  );
}

/** How many lines the `unread-ideas` message names before it says how many more there are. */
const UNREAD_LINES_SHOWN = 5;

/**
 * The notice for a file in which some ideas were read and others, written like them, were not (a label heading read
 * as an idea, a sibling heading of the ideas not read as one, labels outside every idea, blocks of an idea's fields
 * repeated inside one idea, title labels of other ideas inside one, a bare line read as an idea among ideas with
 * fields), at the first such line, so a partial reading is not a silent pass either. `lineStart` gives the offset of a
 * 1-based line.
 */
export function unreadIdeasFinding(
  path: string,
  signs: readonly UnreadSign[],
  lineStart: (line: number) => number,
): Finding {
  const lines = [...new Set(signs.map((sign) => sign.line))].sort((a, b) => a - b);
  const shown = lines.slice(0, UNREAD_LINES_SHOWN);
  const more = lines.length - shown.length;
  const named =
    shown.length === 1
      ? `Line ${shown[0]}`
      : `Lines ${shown.slice(0, -1).join(', ')}${more > 0 ? `, ${shown.at(-1)!} and ${more} more` : ` and ${shown.at(-1)!}`}`;
  const labelHeading = signs.some((sign) => sign.kind === 'label-title');
  const one = shown.length === 1;
  // Every sign a block repeated inside one idea, or titles of other ideas inside one: the ideas were read, but together
  // as one (repeated-blocks.ts, unread-ideas.ts' other titles).
  const merged = signs.every((sign) => sign.kind === 'repeated-blocks' || sign.kind === 'second-title');
  const fix = labelHeading
    ? 'write labels such as "Difficulty: Hard" as lines under the idea\'s heading, not as headings of their own'
    : merged
      ? 'give each idea its own heading (not a bold line or a list item), all at one level, with its labelled fields such as "Mentors:" under it'
      : 'give each idea its own heading at the level of the others, with its labelled fields such as "Mentors:" under it';
  // Every sign a bare idea among ideas with fields: text read as an idea that is none (unread-ideas.ts' thin ideas).
  const thin = signs.every((sign) => sign.kind === 'thin-idea');
  const message = thin
    ? `${named} ${one ? 'was' : 'were'} read as ${one ? 'an idea' : 'ideas'} but ${one ? 'states' : 'state'} none of the fields the other ideas give, so ${one ? 'it' : 'they'} may be text that is no idea (and the ideas near ${one ? 'it' : 'them'} misread): check ${one ? 'it' : 'them'}, and give each idea its own heading with its labelled fields such as "Mentors:" under it.`
    : merged
      ? `${named} look${one ? 's' : ''} like ${one ? 'a separate idea' : 'separate ideas'}, but idea-lint read ${one ? 'it together with other text' : 'them together'} as one idea, so ${one ? 'it was' : 'they were'} not checked: ${fix}.`
      : `${named} look${one ? 's' : ''} like ${one ? 'an idea' : 'ideas'} (or an idea's fields) that idea-lint did not read, so ${one ? 'it was' : 'they were'} not checked: ${fix}.`;
  return fileFinding(
    UNREAD_IDEAS,
    'notice',
    message,
    path,
    `${REPOSITORY_URL}/blob/v${VERSION}/README.md#ideas-not-read`,
    { line: lines[0], offset: lineStart(lines[0]) },
  );
}
