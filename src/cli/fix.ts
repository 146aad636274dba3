// CLI stage: --fix and --fix-dry-run. Applies the fixes the rules attach to findings (ISO dates, glossary
// expansions…), as ESLint does: the non-overlapping ones in one pass, then lint again, a few passes at most.
// No I/O: the caller reads and writes the files.
import { lintText } from '../lint/engine.js';
import type { FileReport, Fix, ResolvedConfig, Rule } from '../lint/types.js';

/** ESLint's limit: a rule whose fix keeps producing new fixes cannot loop for ever. */
const MAX_PASSES = 10;

/** The fixed text, the report of what is left in it, and how many fixes were applied. */
export interface FixOutcome {
  text: string;
  report: FileReport;
  applied: number;
}

/** Lints `text`, applies the fixes, and lints again until nothing is left to fix (or MAX_PASSES). */
export function fixText(text: string, lint: (text: string) => FileReport): FixOutcome {
  let current = text;
  let report = lint(current);
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = report.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
    const { text: next, count } = applyFixes(current, fixes);
    if (count === 0 || next === current) break;
    current = next;
    applied += count;
    report = lint(current);
  }
  return { text: current, report, applied };
}

/** Applies the fixes that do not overlap an earlier one (by start offset); the others wait for the next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; count: number } {
  const sorted = [...fixes].sort((x, y) => x.range[0] - y.range[0] || x.range[1] - y.range[1]);
  const parts: string[] = [];
  let end = 0;
  let count = 0;
  let last: Fix | undefined;
  for (const fix of sorted) {
    const [from, to] = fix.range;
    const repeat = last !== undefined && last.range[0] === from && last.range[1] === to && last.text === fix.text;
    if (from < end || repeat) continue;
    if (text.slice(from, to) === fix.text) continue;
    parts.push(text.slice(end, from), fix.text);
    end = to;
    last = fix;
    count++;
  }
  parts.push(text.slice(end));
  return { text: parts.join(''), count };
}

/** A file whose text --fix or --fix-dry-run changes. */
export interface FixedFile {
  path: string;
  before: string;
  after: string;
  applied: number;
}

/** Fixes texts (`--fix`, `--fix-dry-run`), keeping the files it changes; reports are of what is left. */
export interface Fixer {
  fix(path: string, text: string): FileReport;
  fixed: FixedFile[];
}

/** A Fixer that lints with `config` and `rules` (default: the registry). */
export function createFixer(config: ResolvedConfig, rules: readonly Rule[]): Fixer {
  const fixed: FixedFile[] = [];
  return {
    fixed,
    fix(path, text) {
      const outcome = fixText(text, (current) => lintText(path, current, config, rules));
      if (outcome.applied > 0) fixed.push({ path, before: text, after: outcome.text, applied: outcome.applied });
      return outcome.report;
    },
  };
}
