// Report stage: the one comment idea-lint keeps on an idea proposed as a GitHub issue — what to fix before
// the idea is ready, or "✅ ready" once nothing is left. Pure: returns text under GitHub's comment size limit.
import type { FileReport, Severity } from '../lint/types.js';
import { plural } from './counts.js';
import { neutralise } from './markdown.js';
import { COMMENT_LIMIT } from './summary-comment.js';

/** Marks our issue comment; it starts the body, so a quote of it in a reply never matches. */
export const ISSUE_COMMENT_MARKER = '<!-- idea-lint:issue -->';

/** The whole comment once the idea has no findings left. */
export const READY_COMMENT = `${ISSUE_COMMENT_MARKER}\n✅ ready: this idea answers every question idea-lint checks.`;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Whether a comment body is our issue comment. */
export function isIssueComment(body: string): boolean {
  return body.startsWith(ISSUE_COMMENT_MARKER);
}

/** What the comment says about one linted issue. */
export interface IssueCommentInput {
  /** The issue linted as one idea file. */
  file: FileReport;
  /** The label set while findings remain. */
  needsWorkLabel: string;
}

/** The comment for an issue with findings (READY_COMMENT when it has none). */
export function renderIssueComment({ file, needsWorkLabel }: IssueCommentInput): string {
  const findings = [...file.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.offset - b.offset);
  if (findings.length === 0 && file.notices.length === 0) return READY_COMMENT;
  const lines = [
    ISSUE_COMMENT_MARKER,
    `**idea-lint** found ${plural(findings.length, 'thing')} to fix before this idea is ready for applicants:`,
    '',
    ...findings.map((f) => `- ${ICON[f.severity]} ${neutralise(f.message)} ([${f.ruleId}](${f.docs}))`),
    ...file.notices.map((notice) => `- ℹ️ ${neutralise(notice.message)}`),
    '',
    `Edit the issue to fix them: this comment updates itself, and the \`${neutralise(needsWorkLabel)}\` label goes once nothing is left.`,
  ];
  let body = lines.join('\n');
  if (body.length > COMMENT_LIMIT) body = `${body.slice(0, COMMENT_LIMIT - 40)}\n\n… (list cut at GitHub's size limit)`;
  return body;
}
