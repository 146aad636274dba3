// Lint stage: the shapes of rules and findings. Plain data; no I/O.
import type { z } from 'zod';
import type { FieldName, Idea, IdeaFile, Position } from '../parse/types.js';
import type { DateOrder } from '../parse/values/dates.js';

export type Severity = 'error' | 'warning' | 'notice';
export type SeveritySetting = Severity | 'off';

/** A replacement of `text[range[0]..range[1])` (offsets, end exclusive) by `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** What a rule reports; the engine renders the message and adds rule id, severity, idea title, path and fingerprint. */
export interface RuleReport {
  /** A key of the rule's `messages`. */
  messageId: string;
  /** Values for the template's `{{name}}` placeholders, inserted as given (quote them with `quote`). */
  data?: Record<string, string | number>;
  position: Position;
  /** What the finding is about when there can be several per idea (a term, a mentor, a field). */
  subject?: string;
  fix?: Fix;
}

/** Everything a rule may know about one file: no file system, clock or network. */
export interface RuleContext<O = unknown> {
  options: O;
  file: IdeaFile;
  /** Offsets where each line of `file.text` starts, for turning offsets into positions (`rangeAt`). */
  lineStarts: readonly number[];
  /** Config glossary merged with the file's glossary section (term → expansion). */
  glossary: Record<string, string>;
  /** The day the run is for, `YYYY-MM-DD`. */
  today: string;
  /** The file's date order: configured, or inferred from its unambiguous dates; undefined when unknown. */
  dateOrder?: DateOrder;
}

/** A report of a file checker: `idea` names the idea it belongs to; without it the finding is file-level. */
export type FileRuleReport = RuleReport & { idea?: string };

/** What a rule's `create` returns for one file: a checker per idea, a checker for the whole file, or both. */
export interface RuleCheckers {
  /** Runs once per idea, in file order. */
  idea?(idea: Idea): RuleReport[];
  /** Runs once per file, before the ideas (duplicate titles, outdated headings, file-level notices). */
  file?(): FileRuleReport[];
}

/** A lint rule: one file in rules/. `create` runs once per file (ESLint's lifecycle) and returns its checkers. */
export interface Rule<S extends z.ZodType = z.ZodType> {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  options: S;
  docs: string;
  /** Whether some findings carry a fix. */
  fixable?: boolean;
  /** Every message the rule can report, by id: one sentence with `{{name}}` placeholders (ESLint's meta.messages). */
  messages: Record<string, string>;
  /** Sets up the rule for one file; anything computed once per file lives in this closure, not in a module cache. */
  create(context: RuleContext<z.output<S>>): RuleCheckers;
}

/** A finding as reported (JSON, SARIF, comments). Lines and columns are 1-based, end exclusive. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The id of the rule's message template (not in the JSON report: the message is the stable text). */
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets of the same range, for fixes and suggestions. */
  offset: number;
  endOffset: number;
  /** Title of the idea the finding belongs to, or null for file-level findings. */
  idea: string | null;
  subject?: string;
  fix?: Fix;
  /** Stable id: hash of rule, file, idea and subject (never the line). */
  fingerprint: string;
  /** The rule's docs page. */
  docs: string;
}

/** The ideas of one file as reported. */
export interface IdeaSummary {
  title: string;
  line: number;
  /** Last line of the idea (its body included). */
  endLine: number;
  section: string[];
  fields: Record<string, string>;
}

export interface FileReport {
  path: string;
  ideas: IdeaSummary[];
  findings: Finding[];
  notices: { message: string; line: number; column: number }[];
}

/** The stable JSON report (DESIGN.md "Command line"). */
export interface Report {
  version: string;
  today: string;
  files: FileReport[];
}

/** A rule's configured severity and validated options. */
export interface RuleSetting {
  severity: SeveritySetting;
  options: unknown;
}

/** Configuration after discovery, presets and validation; what the engine runs with. */
export interface ResolvedConfig {
  /** Every registered rule's setting, by id. */
  rules: Record<string, RuleSetting>;
  /** Globs of idea files (relative to the repository root). */
  files: string[];
  /** Globs never linted. */
  ignores: string[];
  /** Extra label aliases per canonical field. */
  fields: Partial<Record<FieldName, string[]>>;
  glossary: Record<string, string>;
  /** `YYYY-MM-DD`. */
  today: string;
  dateOrder: 'auto' | DateOrder;
  /** Files larger than this many bytes are skipped with a notice. */
  maxFileSize: number;
  /** Path of the config file the settings came from, if any. */
  source?: string;
  /** Ideas proposed as GitHub issues (the action on `issues` events); resolveConfig always sets it. */
  issues?: IssueSettings;
}

/** Which issues are ideas, and the label that marks those with findings. */
export interface IssueSettings {
  /** Issues with one of these labels (compared case-insensitively) are ideas. */
  labels: string[];
  /** Issue-form templates (file names in .github/ISSUE_TEMPLATE/) whose issues are ideas, labelled or not. */
  templates: string[];
  /** Set on an idea issue while it has findings, removed when it has none. */
  needsWorkLabel: string;
}
