// Report stage: the sticky pull-request summary comment (and the verdict line the job summary shares):
// a one-line verdict, the per-idea scorecard, counts per rule, the findings not commented on a line,
// and those outside the pull request's changes. Pure: returns text under GitHub's comment size limit.
import type { Finding, Report, Severity } from '../lint/types.js';
import { VERSION } from '../version.js';
import { countFindings, plural } from './counts.js';
import { renderFindingsList, renderScorecard } from './markdown.js';

/** Marks our summary comment; it starts the body, so a quote of it in a reply never matches. */
export const SUMMARY_MARKER = '<!-- idea-lint:summary -->';

/** GitHub rejects comment bodies over 65,536 characters; stay a little under it. */
export const COMMENT_LIMIT = 65_000;

/** What the summary comment reports. */
export interface SummaryCommentInput {
  /** The ideas the pull request touches and the findings that count (LintedRun.counted). */
  counted: Report;
  /** Findings that are listed but do not count (ideas the pull request does not touch). */
  uncounted: Report;
  /** Fingerprints of counted findings that have a line or file comment (this run or an earlier one). */
  commented: ReadonlySet<string>;
  failOn: Severity | 'never';
  /** Links point at this commit. */
  repoUrl: string;
  headSha: string;
  /** Extra lines under the verdict (e.g. why some findings could not be commented). */
  notes?: string[];
}

/** Whether a comment body is our summary comment. */
export function isSummaryComment(body: string): boolean {
  return body.startsWith(SUMMARY_MARKER);
}

/** What a verdict speaks of: a pull request's touched ideas, or every linted file. */
export type VerdictScope = 'pull-request' | 'files';

/** One line: how many findings count, and whether the check passes under `failOn`. */
export function renderVerdict(counted: Report, failOn: Severity | 'never', scope: VerdictScope): string {
  const counts = countFindings(counted);
  const ideas = counted.files.reduce((n, file) => n + file.ideas.length, 0);
  if (counts.total === 0) {
    if (scope === 'pull-request') {
      if (ideas === 0) return '✅ This pull request touches no ideas.';
      return ideas === 1
        ? '✅ The idea this pull request touches is ready.'
        : `✅ The ${ideas} ideas this pull request touches are ready.`;
    }
    if (ideas === 0) return '✅ No ideas found in the linted files.';
    return ideas === 1 ? '✅ The one idea is ready.' : `✅ All ${ideas} ideas are ready.`;
  }
  const found = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.notice, 'notice')]
    .filter((text) => !text.startsWith('0 '))
    .join(', ');
  const rank: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };
  const fails =
    failOn !== 'never' &&
    (['error', 'warning', 'notice'] as const).some((s) => counts[s] > 0 && rank[s] >= rank[failOn]);
  const icon = counts.error > 0 ? '❌' : counts.warning > 0 ? '⚠️' : 'ℹ️';
  const where = scope === 'pull-request' ? 'in the ideas this pull request touches' : 'in the linted files';
  return `${icon} ${found} ${where}: the check ${fails ? 'fails' : 'passes'} (fail-on: ${failOn}).`;
}

/** A table of findings per rule (errors, warnings, notices); '' when there are none. */
export function renderRuleCounts(report: Report): string {
  const byRule = new Map<string, { docs: string; counts: Record<Severity, number> }>();
  for (const finding of report.files.flatMap((file) => file.findings)) {
    const entry = byRule.get(finding.ruleId) ?? { docs: finding.docs, counts: { error: 0, warning: 0, notice: 0 } };
    entry.counts[finding.severity]++;
    byRule.set(finding.ruleId, entry);
  }
  if (byRule.size === 0) return '';
  const rows = [...byRule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([id, { docs, counts }]) => `| [\`${id}\`](${docs}) | ${counts.error} | ${counts.warning} | ${counts.notice} |`,
    );
  return ['| Rule | ❌ Errors | ⚠️ Warnings | ℹ️ Notices |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The whole summary comment, marker first, never longer than COMMENT_LIMIT. */
export function renderSummaryComment(input: SummaryCommentInput): string {
  const links = { repoUrl: input.repoUrl, sha: input.headSha };
  const notCommented = (finding: Finding) => !input.commented.has(finding.fingerprint);
  const pending = input.counted.files.flatMap((file) => file.findings).filter(notCommented).length;
  const uncounted = countFindings(input.uncounted).total;
  const commented = countFindings(input.counted).total - pending;

  const sections: string[] = [
    SUMMARY_MARKER,
    '### idea-lint',
    renderVerdict(input.counted, input.failOn, 'pull-request'),
  ];
  if (input.notes && input.notes.length > 0) sections.push(input.notes.join('\n'));
  sections.push(renderScorecard(input.counted, { ...links, maxLength: 20_000 }));
  const ruleCounts = renderRuleCounts(input.counted);
  if (ruleCounts) sections.push(ruleCounts);
  if (pending > 0) {
    sections.push(
      `#### Not commented on a line (${pending})`,
      renderFindingsList(input.counted, { ...links, select: notCommented, includeNotices: false, maxLength: 20_000 }),
    );
  }
  const notices = renderNotices(input.counted);
  if (notices) sections.push(notices);
  if (uncounted > 0) {
    sections.push(
      `<details><summary>${plural(uncounted, 'finding')} in ideas this pull request does not change (they do not count)</summary>\n\n` +
        `${renderFindingsList(input.uncounted, { ...links, includeNotices: false, maxLength: 15_000 })}\n\n</details>`,
    );
  }
  sections.push(
    `<sub>Checked ${input.headSha.slice(0, 7)}${commented > 0 ? ` · ${plural(commented, 'finding')} commented on ${commented === 1 ? 'its line' : 'their lines'}` : ''} · idea-lint ${VERSION}</sub>`,
  );
  return fitComment(sections.join('\n\n'));
}

/** Cuts text to COMMENT_LIMIT at a line boundary, with a note, so a post never fails on size. */
export function fitComment(text: string, limit = COMMENT_LIMIT): string {
  if (text.length <= limit) return text;
  const note = '\n\n_…cut to fit GitHub’s comment size limit; the job summary and the JSON report have everything._';
  const cut = text.slice(0, limit - note.length);
  const lastBreak = cut.lastIndexOf('\n');
  return `${lastBreak > 0 ? cut.slice(0, lastBreak) : cut}${note}`;
}

function renderNotices(report: Report): string {
  const lines = renderFindingsList(
    { ...report, files: report.files.map((f) => ({ ...f, findings: [] })) },
    { maxLength: 5_000 },
  );
  return lines === '' ? '' : `#### Notices\n\n${lines}`;
}
