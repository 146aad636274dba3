// Test support: lint Markdown in memory with chosen rules, without config discovery.
import { lintText } from '../../src/lint/engine.js';
import type { Finding, ResolvedConfig, Rule, SeveritySetting } from '../../src/lint/types.js';
import { rules as registry } from '../../rules/index.js';

export const TODAY = '2026-11-25';

/** A resolved config with only `enabled` rules on (at their default severity, or warning when off by default). */
export function configFor(
  enabled: Record<string, Record<string, unknown>> = {},
  extra: Partial<ResolvedConfig> = {},
): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {};
  for (const rule of registry) {
    const on = rule.id in enabled;
    const severity: SeveritySetting = !on ? 'off' : rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity;
    rules[rule.id] = { severity, options: rule.options.parse(enabled[rule.id] ?? {}) };
  }
  return {
    rules,
    files: ['**/*.md'],
    ignores: [],
    fields: {},
    glossary: {},
    today: TODAY,
    dateOrder: 'auto',
    maxFileSize: 5 * 1024 * 1024,
    ...extra,
  };
}

/** Lints `text` with one rule (and its options); returns that rule's findings. */
export function lintWith(
  ruleId: string,
  text: string,
  options: Record<string, unknown> = {},
  extra: Partial<ResolvedConfig> = {},
): Finding[] {
  return lintText('ideas.md', text, configFor({ [ruleId]: options }, extra), registry as Rule[]).findings;
}

/** `line:column message` lines, the format of a docs page's findings block. */
export function describeFindings(findings: Finding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column} ${f.message}`);
}

/** `line:column messageId` lines, the format of a docs page's findings block: wording lives in the rule only. */
export function describeIds(findings: Finding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column} ${f.messageId}`);
}

/** Applies every fix of `findings` to `text` (back to front, so offsets stay valid). */
export function applyFixes(text: string, findings: Finding[]): string {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  for (const fix of fixes) out = out.slice(0, fix.range[0]) + fix.text + out.slice(fix.range[1]);
  return out;
}
