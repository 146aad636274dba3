// Lint stage: runs the configured rules over parsed idea files and stamps their findings.
// Pure: no file system, clock, network or GitHub; the callers (CLI, action) bring the text.
import { parseIdeaFile } from '../parse/index.js';
import { lineStarts } from '../parse/text.js';
import type { Idea, IdeaFile, Position } from '../parse/types.js';
import { inferDateOrder, type DateOrder } from '../parse/values/dates.js';
import { VERSION } from '../version.js';
import { readDirectives } from './disable.js';
import { LINT_FILE_FINDING_IDS, NO_IDEAS, UNREAD_IDEAS, noIdeasFinding, unreadIdeasFinding } from './file-findings.js';
import { fingerprint } from './fingerprint.js';
import type { FileReport, Finding, Report, ResolvedConfig, Rule, RuleContext, RuleReport, Severity } from './types.js';

/**
 * Parses and lints one file's text with `rules` (the registry, passed by the caller). Files over
 * `config.maxFileSize` are skipped with a notice.
 */
export function lintText(path: string, text: string, config: ResolvedConfig, rules: readonly Rule[]): FileReport {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > config.maxFileSize) {
    return {
      path,
      ideas: [],
      findings: [],
      notices: [
        {
          message: `Skipped: the file is ${formatBytes(bytes)}, over the ${formatBytes(config.maxFileSize)} limit (maxFileSize).`,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  return lintFile(parseIdeaFile(path, text, { fields: config.fields }), config, rules);
}

/** Lints an already parsed file. */
export function lintFile(file: IdeaFile, config: ResolvedConfig, rules: readonly Rule[]): FileReport {
  const directives = readDirectives(file.tree, [...rules.map((rule) => rule.id), ...LINT_FILE_FINDING_IDS]);
  const isDisabled = directives.isDisabled;
  const glossary = { ...config.glossary, ...file.glossary };
  const dateOrder = resolveDateOrder(file, config);
  const starts = lineStarts(file.text);
  const findings: Finding[] = [];
  const seen = new Map<string, number>();

  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? { severity: rule.defaultSeverity, options: rule.options.parse({}) };
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    const context: RuleContext = {
      options: setting.options,
      file,
      lineStarts: starts,
      glossary,
      today: config.today,
      dateOrder,
    };
    const add = (report: RuleReport, idea: string | null): void => {
      checkReport(rule, report, file.text);
      if (isDisabled(rule.id, report.position.start.line)) return;
      findings.push(toFinding(rule, severity, report, idea, file.path, seen));
    };
    const checkers = rule.create(context);
    if (checkers.file) {
      for (const report of checkers.file()) add(report, report.idea ?? null);
    }
    if (checkers.idea) {
      for (const idea of file.ideas) {
        for (const report of checkers.idea(idea)) add(report, idea.title);
      }
    }
  }

  // An empty file lists nothing to recognise: it gets no notice.
  if (file.ideas.length === 0 && file.text.trim() !== '' && !isDisabled(NO_IDEAS, 1))
    findings.push(noIdeasFinding(file.path));
  // Some ideas read, others written like them not: the notice names the lines, at the first of them.
  const unread = file.ideas.length > 0 ? (file.unread ?? []) : [];
  if (unread.length > 0) {
    const finding = unreadIdeasFinding(file.path, unread, (line) => starts[line - 1] ?? 0);
    if (!isDisabled(UNREAD_IDEAS, finding.line)) findings.push(finding);
  }
  findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  return {
    path: file.path,
    ideas: file.ideas.map(summariseIdea),
    findings,
    notices: [...file.notices, ...directives.notices].map(({ message, line, column }) => ({ message, line, column })),
  };
}

/** Wraps file reports into the stable report. */
export function buildReport(files: FileReport[], today: string): Report {
  return { version: VERSION, today, files };
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };

/** Whether the report fails a gate at `failOn` (`never` never fails). */
export function failsGate(report: Report, failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  return report.files.some((f) => f.findings.some((x) => SEVERITY_RANK[x.severity] >= SEVERITY_RANK[failOn]));
}

function resolveDateOrder(file: IdeaFile, config: ResolvedConfig): DateOrder | undefined {
  if (config.dateOrder !== 'auto') return config.dateOrder;
  const raws: string[] = [];
  for (const idea of file.ideas) {
    for (const name of ['inserted', 'verified'] as const) {
      const field = idea.fields[name];
      if (field?.value) raws.push(field.value);
    }
  }
  return inferDateOrder(raws);
}

function toFinding(
  rule: Rule,
  severity: Severity,
  report: RuleReport,
  idea: string | null,
  path: string,
  seen: Map<string, number>,
): Finding {
  // Two findings of one rule on one idea and subject (two ideas with the same title) get distinct,
  // still line-independent fingerprints by their order of appearance.
  const key = [rule.id, idea ?? '', report.subject ?? ''].join('\u0000');
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  const subject = occurrence === 1 ? report.subject : `${report.subject ?? ''}#${occurrence}`;
  const { start, end } = report.position;
  return {
    ruleId: rule.id,
    severity,
    message: formatMessage(rule, report),
    messageId: report.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: start.offset,
    endOffset: end.offset,
    idea,
    ...(report.subject !== undefined ? { subject: report.subject } : {}),
    ...(report.fix ? { fix: report.fix } : {}),
    fingerprint: fingerprint(rule.id, path, idea, subject),
    docs: rule.docs,
  };
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The report's message: its template with the data filled in (checked by `checkReport`). */
function formatMessage(rule: Rule, report: RuleReport): string {
  return rule.messages[report.messageId]!.replace(PLACEHOLDER, (_, name: string) => String(report.data![name]));
}

/** A rule that reports outside the file or with an unknown message is a bug: fail loudly, naming it. */
function checkReport(rule: Rule, report: RuleReport, text: string): void {
  const fail = (what: string): never => {
    throw new Error(`Rule "${rule.id}" reported ${what}.`);
  };
  const template = Object.hasOwn(rule.messages, report.messageId) ? rule.messages[report.messageId] : undefined;
  if (template === undefined) fail(`an unknown messageId ${JSON.stringify(report.messageId)}`);
  for (const [, name] of template!.matchAll(PLACEHOLDER)) {
    if (report.data?.[name!] === undefined) fail(`no data "${name}" for message "${report.messageId}"`);
  }
  if (!isInside(report.position, text.length)) fail(`a position outside the file (${JSON.stringify(report.position)})`);
  if (report.fix) {
    const [from, to] = report.fix.range;
    if (!(from >= 0 && from <= to && to <= text.length)) fail(`a fix range outside the file (${from}..${to})`);
  }
}

function isInside(position: Position | undefined, length: number): boolean {
  if (!position) return false;
  const { start, end } = position;
  return (
    start.line >= 1 &&
    start.column >= 1 &&
    start.offset >= 0 &&
    end.offset <= length &&
    start.offset <= end.offset &&
    (end.line > start.line || (end.line === start.line && end.column >= start.column))
  );
}

function summariseIdea(idea: Idea) {
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(idea.fields)) {
    if (field) fields[name] = field.value;
  }
  return {
    title: idea.title,
    line: idea.titlePosition.start.line,
    endLine: idea.position.end.line,
    section: idea.section,
    fields,
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
