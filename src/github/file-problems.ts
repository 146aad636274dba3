// GitHub stage (file problems): findings that no catalogue rule reports but that must flow through
// every output like one — annotations, job summary, summary comment, JSON, SARIF and the gate. A file
// that cannot be read is the first: it becomes an error on the file, never a file silently skipped.
// Such findings are file-level (no idea, line 1) and carry a reserved rule id that is not a rule.
import { fingerprint } from '../lint/fingerprint.js';
import type { FileReport, Finding, Severity } from '../lint/types.js';
import { REPOSITORY_URL, VERSION } from '../version.js';

/** The reserved rule id of a file that could not be read; not a catalogue rule, cannot be configured. */
export const READ_ERROR_RULE = 'read-error';

/** Where the README explains unreadable files, at this release's tag. */
export const READ_ERROR_DOCS = `${REPOSITORY_URL}/blob/v${VERSION}/README.md#files-that-cannot-be-read`;

/** A file-level finding on line 1 of `path`, with a stable fingerprint. */
export function fileProblem(path: string, ruleId: string, severity: Severity, message: string, docs: string): Finding {
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

/** The report of a file that could not be read: no ideas, one error saying why and what to do. */
export function unreadableFileReport(path: string, reason: string): FileReport {
  const message = `${path} could not be read (${reason}), so its ideas were not checked: run the job again, and if it keeps failing check that the file exists at the pull request's head and that the token can read the repository.`;
  return {
    path,
    ideas: [],
    findings: [fileProblem(path, READ_ERROR_RULE, 'error', message, READ_ERROR_DOCS)],
    notices: [],
  };
}
