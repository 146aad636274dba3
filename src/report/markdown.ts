// Report stage: the Markdown the job summary and the pull-request summary comment share: a per-idea
// scorecard and a findings list. Pure: returns text; src/github/ only sends it. Text that comes from
// idea files is neutralised so a comment cannot ping people, carry HTML or forge our markers.
import type { Finding, Report, Severity } from '../lint/types.js';
import { byPosition, plural } from './counts.js';

/** Where links point, and how long the text may be. */
export interface MarkdownOptions {
  /** e.g. `https://github.com/owner/repo`; with `sha`, titles and locations link to lines. */
  repoUrl?: string;
  /** The commit the links point at. */
  sha?: string;
  /** Size budget in characters: the text is truncated with a note and never exceeds it. */
  maxLength?: number;
}

/** Options of the findings list. */
export interface FindingsListOptions extends MarkdownOptions {
  /** Which findings to list (default: all), e.g. those that could not be placed inline. */
  select?: (finding: Finding, path: string) => boolean;
  /** List the files' notices (skipped files…) after the findings (default: true). */
  includeNotices?: boolean;
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they make
 * text display in another order than it reads (CVE-2021-42574, "Trojan Source").
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Whether text holds bidirectional controls. */
export function hasBidiControls(text: string): boolean {
  return /[\u202a-\u202e\u2066-\u2069]/.test(text);
}

/**
 * Makes text from an idea file safe to echo: `@` + U+200B so no mention pings, `owner/repo#N` +
 * U+200B so no cross-reference lands on another repository's issue, bidirectional controls shown as
 * U+FFFD, `<`, `>`, `&` escaped, `<!--`/`-->` removed (no forged markers), `|`, `[`, `]` escaped (no
 * broken tables, links or images), and line breaks folded into spaces.
 */
export function neutralise(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '\ufffd')
    .replace(/([\w.-]+\/[\w.-]+)#(\d)/g, '$1#\u200b$2')
    .replace(/<!--|-->/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200b')
    .replace(/([|[\]\\`])/g, '\\$1')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A table with one row per idea: title, file, ✅ ready / ⚠️ warnings / ❌ errors, and the rules that fired. */
export function renderScorecard(report: Report, options: MarkdownOptions = {}): string {
  const rows: string[] = [];
  for (const file of report.files) {
    const byIdea = groupByIdea(file.ideas, file.findings);
    file.ideas.forEach((idea, i) => {
      rows.push(row(link(neutralise(idea.title), file.path, idea.line, options), file.path, byIdea.get(i) ?? []));
    });
    const fileLevel = byIdea.get(-1) ?? [];
    if (fileLevel.length > 0) rows.push(row('_(whole file)_', file.path, fileLevel));
  }
  if (rows.length === 0) return truncate(['_No ideas found in the linted files._'], [], () => '', options.maxLength);
  const head = ['| Idea | File | Status | Rules |', '| --- | --- | --- | --- |'];
  return truncate(head, rows, (n) => `\n…and ${plural(n, 'more idea')}.`, options.maxLength);
}

/** A bullet per finding: severity, linked location, idea, message and rule (with its docs link). */
export function renderFindingsList(report: Report, options: FindingsListOptions = {}): string {
  const items: string[] = [];
  for (const file of report.files) {
    for (const finding of byPosition(file.findings)) {
      if (options.select && !options.select(finding, file.path)) continue;
      const where = link(neutralise(`${file.path}:${finding.line}`), file.path, finding.line, options);
      const idea = finding.idea === null ? '' : ` **${neutralise(finding.idea)}**:`;
      items.push(
        `- ${ICON[finding.severity]} ${where}${idea} ${neutralise(finding.message)} ([${finding.ruleId}](${finding.docs}))`,
      );
    }
    if (options.includeNotices === false) continue;
    for (const notice of file.notices) {
      items.push(`- ${neutralise(file.path)}: ${neutralise(notice.message)}`);
    }
  }
  return truncate([], items, (n) => `\n…and ${plural(n, 'more finding')}.`, options.maxLength);
}

function row(idea: string, path: string, findings: Finding[]): string {
  const count = (severity: Severity): number => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const status =
    errors > 0
      ? `❌ ${plural(errors, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`
      : warnings > 0
        ? `⚠️ ${plural(warnings, 'warning')}`
        : '✅ ready';
  const rules = [...new Map(byPosition(findings).map((f) => [f.ruleId, f.docs])).entries()]
    .map(([id, docs]) => `[\`${id}\`](${docs})`)
    .join(', ');
  return `| ${idea} | ${neutralise(path)} | ${status} | ${rules} |`;
}

/** Findings per idea index (-1: file-level). Duplicate titles go to the nearest idea above the finding. */
function groupByIdea(ideas: Report['files'][number]['ideas'], findings: Finding[]): Map<number, Finding[]> {
  const byTitle = new Map<string, number[]>();
  ideas.forEach((idea, i) => byTitle.set(idea.title, [...(byTitle.get(idea.title) ?? []), i]));
  const groups = new Map<number, Finding[]>();
  for (const finding of findings) {
    // Two ideas may share a title (duplicate-title): the finding belongs to the last one above it.
    const candidates = finding.idea === null ? [] : (byTitle.get(finding.idea) ?? []);
    let target = candidates.length > 0 ? candidates[0] : -1;
    for (const i of candidates) if (ideas[i].line <= finding.line) target = i;
    const group = groups.get(target) ?? [];
    group.push(finding);
    groups.set(target, group);
  }
  return groups;
}

function link(text: string, path: string, line: number, options: MarkdownOptions): string {
  if (!options.repoUrl || !options.sha) return text;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `[${text}](${options.repoUrl.replace(/\/+$/, '')}/blob/${options.sha}/${encoded}#L${line})`;
}

/** Joins head and rows; past `max` characters keeps as many rows as fit with the note, never more. */
function truncate(head: string[], rows: string[], note: (omitted: number) => string, max?: number): string {
  const full = [...head, ...rows].join('\n');
  if (max === undefined || full.length <= max) return full;
  let text = head.join('\n');
  let kept = 0;
  for (const line of rows) {
    const next = text === '' ? line : `${text}\n${line}`;
    if (next.length + note(rows.length - kept - 1).length > max) break;
    text = next;
    kept++;
  }
  const withNote = text === '' ? note(rows.length).trim() : `${text}${note(rows.length - kept)}`;
  if (withNote.length <= max) return withNote;
  const bare = note(rows.length).trim();
  return bare.length <= max ? bare : '';
}
