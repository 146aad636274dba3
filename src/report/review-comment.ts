// Report stage: the text of one pull-request review comment (a finding on its line), with the hidden
// marker that makes re-runs idempotent. Pure: returns text; src/github/ sends it.
import type { Finding, Severity } from '../lint/types.js';
import { hasBidiControls, neutralise } from './markdown.js';
import { COMMENT_LIMIT } from './summary-comment.js';

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const MARKER = /<!-- idea-lint:fp=([0-9a-f]{1,64}) -->\s*$/;

/** The hidden marker that ends every review comment of ours: the finding's fingerprint. */
export function fingerprintMarker(fingerprint: string): string {
  return `<!-- idea-lint:fp=${fingerprint} -->`;
}

/**
 * The fingerprint of a comment of ours, or undefined. Only a marker that ends the body counts, so a
 * marker quoted inside a suggestion block or a reply cannot pass for ours.
 */
export function readFingerprint(body: string): string | undefined {
  return MARKER.exec(body)?.[1];
}

const CUT_NOTE = '… _(cut to fit GitHub’s comment size limit)_';

/**
 * A comment for `finding`: severity, the rule's message (neutralised: idea text cannot ping people or
 * inject HTML), a link to the rule's page, a ```suggestion block when `suggestion` is given (the
 * replacement of the commented lines, verbatim so it commits as is), then the marker. Never longer
 * than `limit` (GitHub rejects bodies over 65,536 characters, and one such comment sinks a whole
 * review): the suggestion goes first, then the message is cut with a note. A suggestion holding
 * bidirectional controls is left out too, since it would not read as what it commits.
 */
export function renderReviewComment(finding: Finding, suggestion?: string, limit = COMMENT_LIMIT): string {
  const link = ` ([${finding.ruleId}](${finding.docs}))`;
  const marker = fingerprintMarker(finding.fingerprint);
  let message = `${ICON[finding.severity]} ${neutralise(finding.message)}`;
  const withSuggestion =
    suggestion !== undefined && !hasBidiControls(suggestion)
      ? [`${message}${link}`, suggestionBlock(suggestion), marker].join('\n\n')
      : undefined;
  if (withSuggestion !== undefined && withSuggestion.length <= limit) return withSuggestion;
  const room = limit - link.length - marker.length - 2;
  if (message.length > room) message = `${cutBefore(message, room - CUT_NOTE.length)}${CUT_NOTE}`;
  return [`${message}${link}`, marker].join('\n\n');
}

/** A ```suggestion block; a fence longer than any backtick run inside keeps those backticks literal. */
function suggestionBlock(suggestion: string): string {
  const longest = Math.max(0, ...(suggestion.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}suggestion\n${suggestion}\n${fence}`;
}

/** The first `length` characters, without splitting an escape (`\x`, `&amp;`) or a surrogate pair. */
function cutBefore(text: string, length: number): string {
  let cut = text.slice(0, Math.max(0, length));
  cut = cut.replace(/\\$|&[a-z]*$|[\ud800-\udbff]$/, '');
  return cut;
}
