// Types of scripts/accuracy-score.mjs, for its tests.

/** A field label: true (present), false (missing: the rule should fire), null (does not apply). */
export type FieldLabel = boolean | null;

/** The label each field rule checks. */
export const FIELD_RULES: Readonly<Record<string, string>>;

/** One idea as labelled, in the held-out shape. */
export interface LabelledIdea {
  title: string;
  line: number | null;
  aliases: string[];
  fields: Record<string, FieldLabel> | null;
  presentFields?: string[];
  undefinedTerms: string[];
  definedTerms: string[];
}

/** One idea as the JSON report gives it. */
export interface ReportedIdea {
  title: string;
  line: number;
}

/** One finding as the JSON report gives it (the fields the scoring reads). */
export interface ReportedFinding {
  ruleId: string;
  idea: string | null;
  line?: number;
  subject?: string;
  message?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface RuleCounts extends Counts {
  tn: number;
  findings: number;
}

export interface TermCounts {
  tp: number;
  fp: number;
  unjudged: number;
  labelledUndefined: number;
  flaggedUndefined: number;
}

export interface FileScore {
  ideas: Counts;
  missedIdeas: { title: string; line: number | null }[];
  extraIdeas: { title: string; line: number }[];
  rules: Record<string, RuleCounts>;
  ruleCases: { rule: string; outcome: string; title: string; line: number | null; message?: string }[];
  terms: TermCounts;
  termCases: { outcome: string; term: string; title: string; line: number | null }[];
}

export function normalizeTitle(title: string): string;
export function normalizeTerm(term: string): string;
export function labelledIdeas(fileLabels: unknown): LabelledIdea[];
export function matchIdeas(
  labels: Pick<LabelledIdea, 'title' | 'line' | 'aliases'>[],
  reported: ReportedIdea[],
): { pairs: [number, number][]; missed: number[]; extra: number[] };
export function ratios(counts: Counts): { precision: number | null; recall: number | null };
export function scoreFile(
  fileLabels: unknown,
  fileReport: { ideas: ReportedIdea[]; findings: ReportedFinding[] } | undefined,
): FileScore;
export function totals(scores: FileScore[]): { ideas: Counts; rules: Record<string, RuleCounts>; terms: TermCounts };
