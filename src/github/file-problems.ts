// GitHub stage (file problems): findings that no catalogue rule reports but that must flow through
// every output like one — annotations, job summary, summary comment, JSON, SARIF and the gate. A file
// that cannot be read is the first: it becomes an error on the file, never a file silently skipped.
// Such findings are file-level (no idea, line 1) and carry a reserved rule id that is not a rule.
import { fileFinding, READ_ERROR } from '../lint/file-findings.js';
import type { FileReport } from '../lint/types.js';
import { REPOSITORY_URL, VERSION } from '../version.js';

/** The reserved rule id of a file that could not be read; not a catalogue rule, cannot be configured. */
export const READ_ERROR_RULE = READ_ERROR;

/** Where the README explains unreadable files, at this release's tag. */
export const READ_ERROR_DOCS = `${REPOSITORY_URL}/blob/v${VERSION}/README.md#files-that-cannot-be-read`;

/** The report of a file that could not be read: no ideas, one error saying why and what to do. */
export function unreadableFileReport(path: string, reason: string): FileReport {
  const message = `${path} could not be read (${reason}), so its ideas were not checked: run the job again, and if it keeps failing check that the file exists at the pull request's head and that the token can read the repository.`;
  return {
    path,
    ideas: [],
    findings: [fileFinding(READ_ERROR_RULE, 'error', message, path, READ_ERROR_DOCS)],
    notices: [],
  };
}
