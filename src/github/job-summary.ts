// GitHub stage (job summary): the Markdown for $GITHUB_STEP_SUMMARY — verdict, scorecard, counts per
// rule and every finding with links to its line. Needs no write permission, so forks get it too.
// GitHub aborts uploads over 1 MiB per step ("supports content up to a size of 1024k"), so the text
// is rendered to a byte budget (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary).
import type { Report, Severity } from '../lint/types.js';
import { countFindings, plural } from '../report/counts.js';
import { renderFindingsList, renderScorecard } from '../report/markdown.js';
import { renderRuleCounts, renderVerdict, type VerdictScope } from '../report/summary-comment.js';

/** GitHub's job summary limit is 1 MiB; keep a margin for what other steps append. */
export const JOB_SUMMARY_BYTES = 1_000_000;

/** What the job summary shows. */
export interface JobSummaryInput {
  counted: Report;
  uncounted?: Report;
  failOn: Severity | 'never';
  /** What the verdict speaks of. */
  scope: VerdictScope;
  repoUrl: string;
  sha: string;
  /** Sentences shown under the verdict (hidden annotations, skipped comments). */
  notes: string[];
}

/** Renders the job summary within JOB_SUMMARY_BYTES, shrinking the lists when needed. */
export function renderJobSummary(input: JobSummaryInput, budgetBytes = JOB_SUMMARY_BYTES): string {
  // Characters are at most 3 bytes in UTF-8 (a surrogate pair, two characters, is 4), so start at the
  // byte budget and shrink until the text fits.
  let chars = budgetBytes;
  for (;;) {
    const text = render(input, chars);
    if (Buffer.byteLength(text, 'utf8') <= budgetBytes || chars < 1000) return text;
    chars = Math.floor(chars / 2);
  }
}

function render(input: JobSummaryInput, chars: number): string {
  const links = { repoUrl: input.repoUrl, sha: input.sha };
  const sections = ['## idea-lint', renderVerdict(input.counted, input.failOn, input.scope)];
  if (input.notes.length > 0) sections.push(input.notes.join('\n'));
  sections.push('### Scorecard', renderScorecard(input.counted, { ...links, maxLength: Math.floor(chars * 0.3) }));
  if (countFindings(input.counted).total > 0 || input.counted.files.some((f) => f.notices.length > 0)) {
    const ruleCounts = renderRuleCounts(input.counted);
    sections.push('### Findings');
    if (ruleCounts) sections.push(ruleCounts);
    sections.push(renderFindingsList(input.counted, { ...links, maxLength: Math.floor(chars * 0.45) }));
  }
  const uncounted = input.uncounted ? countFindings(input.uncounted).total : 0;
  if (input.uncounted && uncounted > 0) {
    const list = renderFindingsList(input.uncounted, {
      ...links,
      includeNotices: false,
      maxLength: Math.floor(chars * 0.2),
    });
    sections.push(
      `<details><summary>${plural(uncounted, 'finding')} in ideas this pull request does not change (they do not count)</summary>\n\n${list}\n\n</details>`,
    );
  }
  return `${sections.join('\n\n')}\n`;
}
