// Lint stage: the shapes of rules and findings. Plain data; no I/O.
import type { z } from 'zod';
import type { FieldName, Idea, IdeaFile, Position } from '../parse/types.js';

export type Severity = 'error' | 'warning' | 'notice';
export type SeveritySetting = Severity | 'off';

/** A replacement of `text[range[0]..range[1])` (offsets, end exclusive) by `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** What a rule reports; the engine adds rule id, severity, idea title, path and fingerprint. */
export interface RuleReport {
  message: string;
  position: Position;
  /** What the finding is about when there can be several per idea (a term, a mentor, a field). */
  subject?: string;
  fix?: Fix;
}

/** Date order used to read `01/02/2014`-style dates in this file. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** Everything a rule may know: no files, clock or network. */
export interface RuleContext<O = unknown> {
  options: O;
  file: IdeaFile;
  /** Config glossary merged with the file's glossary section (term → expansion). */
  glossary: Record<string, string>;
  /** The day the run is for, `YYYY-MM-DD`. */
  today: string;
  /** The file's date order: configured, or inferred from its unambiguous dates; undefined when unknown. */
  dateOrder?: DateOrder;
}

/** A lint rule: one file in rules/, pure `check`. */
export interface Rule<S extends z.ZodType = z.ZodType> {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  options: S;
  docs: string;
  /** Whether some findings carry a fix. */
  fixable?: boolean;
  check(idea: Idea, context: RuleContext<z.output<S>>): RuleReport[];
  /** File-level rules (duplicate-title, outdated-year) run once per file instead of once per idea. */
  scope?: 'idea' | 'file';
  checkFile?(file: IdeaFile, context: RuleContext<z.output<S>>): (RuleReport & { idea?: string })[];
}

/** A finding as reported (JSON, SARIF, comments). Lines and columns are 1-based, end exclusive. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
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
