// Report stage: the text of one pull-request review comment (a finding on its line), with the hidden
// marker that makes re-runs idempotent. Pure: returns text; src/github/ sends it.
import type { Finding, Severity } from '../lint/types.js';
import { neutralise } from './markdown.js';

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

/**
 * A comment for `finding`: severity, the rule's message (neutralised: idea text cannot ping people or
 * inject HTML), a link to the rule's page, a ```suggestion block when `suggestion` is given (the
 * replacement of the commented lines, verbatim so it commits as is), then the marker.
 */
export function renderReviewComment(finding: Finding, suggestion?: string): string {
  const parts = [`${ICON[finding.severity]} ${neutralise(finding.message)} ([${finding.ruleId}](${finding.docs}))`];
  if (suggestion !== undefined) {
    // A fence longer than any backtick run inside keeps the suggestion's own backticks literal.
    const longest = Math.max(0, ...(suggestion.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    parts.push(`${fence}suggestion\n${suggestion}\n${fence}`);
  }
  parts.push(fingerprintMarker(finding.fingerprint));
  return parts.join('\n\n');
}
