// Lint stage: `<!-- idea-lint-disable … -->` comments in idea files. Reads the mdast tree only.
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const DIRECTIVE = /<!--\s*idea-lint-(disable-file|disable-next-line|disable|enable)\b([^]*?)-->/g;

interface Range {
  /** null = every rule. */
  rule: string | null;
  from: number;
  to: number;
}

/** Decides whether a rule's finding on a line is switched off by a comment in the file. */
export type DisabledCheck = (ruleId: string, line: number) => boolean;

/**
 * Reads the file's disable comments. Comments inside code are not directives (they are `code`
 * nodes, not `html`), so a documented example of a comment does not switch anything off.
 */
export function readDisableComments(tree: Root): DisabledCheck {
  const ranges: Range[] = [];
  const open = new Map<string | null, number>();
  const directives: { kind: string; rules: (string | null)[]; line: number; endLine: number }[] = [];

  visit(tree, 'html', (node: Html) => {
    if (!node.position || !node.value.includes('idea-lint-')) return;
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const before = node.value.slice(0, match.index);
      const line = node.position.start.line + countNewlines(before);
      const endLine = line + countNewlines(match[0]);
      const names = match[2]
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      directives.push({ kind: match[1], rules: names.length ? names : [null], line, endLine });
    }
  });

  for (const { kind, rules, line, endLine } of directives) {
    for (const rule of rules) {
      if (kind === 'disable-file') ranges.push({ rule, from: 1, to: Infinity });
      else if (kind === 'disable-next-line') ranges.push({ rule, from: endLine + 1, to: endLine + 1 });
      else if (kind === 'disable') {
        if (!open.has(rule)) open.set(rule, line);
      } else {
        closeRange(open, ranges, rule, line);
      }
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: Infinity });

  if (ranges.length === 0) return () => false;
  return (ruleId, line) => ranges.some((r) => (r.rule === null || r.rule === ruleId) && line >= r.from && line <= r.to);
}

function closeRange(open: Map<string | null, number>, ranges: Range[], rule: string | null, line: number): void {
  if (rule === null) {
    // A bare enable closes every open range.
    for (const [name, from] of open) ranges.push({ rule: name, from, to: line });
    open.clear();
    return;
  }
  const from = open.get(rule);
  if (from !== undefined) {
    ranges.push({ rule, from, to: line });
    open.delete(rule);
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
