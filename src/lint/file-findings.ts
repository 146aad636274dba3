// Lint stage: findings about a whole file rather than an idea (`no-ideas`), under reserved rule ids that are no
// rules of the catalogue: nothing configures them, and every reporter shows them like any finding without an idea.
// Pure: no I/O.
import { REPOSITORY_URL, VERSION } from '../version.js';
import { fingerprint } from './fingerprint.js';
import type { Finding, Severity } from './types.js';

/** A file the globs matched in which the parser recognised no idea. */
export const NO_IDEAS = 'no-ideas';

/** A changed file the action could not read (src/github/file-problems.ts). */
export const READ_ERROR = 'read-error';

/** Reserved ids of file-level findings: a rule may not take one. */
export const FILE_FINDING_IDS: readonly string[] = [NO_IDEAS, READ_ERROR];

const NO_IDEAS_MESSAGE =
  'No ideas recognised: is the layout supported? Give each idea its own heading with labelled fields such as "Mentors:" and "Difficulty:".';

/** A finding about the whole file, at its first character. */
export function fileFinding(ruleId: string, severity: Severity, message: string, path: string, docs: string): Finding {
  return {
    ruleId,
    severity,
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
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
