// Lint stage: `<!-- idea-lint-disable … -->` comments in idea files. Reads the mdast tree only.
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The start of a directive, `<!-- idea-lint-disable`; its rules run to the next `-->`. */
const DIRECTIVE_START = /<!--\s*idea-lint-(disable-file|disable-next-line|disable|enable)\b/y;

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
    // Lines are counted on from the last directive, not from the node's start each time.
    let counted = 0;
    let line = node.position.start.line;
    for (const { index, end, kind, body } of findDirectives(node.value)) {
      line += countNewlines(node.value.slice(counted, index));
      counted = index;
      const endLine = line + countNewlines(node.value.slice(index, end));
      const names = body
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      directives.push({ kind, rules: names.length ? names : [null], line, endLine });
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

/**
 * The directives in an HTML node's text, as `/<!--\s*idea-lint-(kind)\b([^]*?)-->/g` finds them, in linear
 * time: once a directive has no `-->` after it, no later one has either, so the search stops there instead of
 * scanning to the end again from every later `<!--`.
 */
function* findDirectives(value: string): Generator<{ index: number; end: number; kind: string; body: string }> {
  let at = value.indexOf('<!--');
  while (at !== -1) {
    DIRECTIVE_START.lastIndex = at;
    const head = DIRECTIVE_START.exec(value);
    if (!head) {
      at = value.indexOf('<!--', at + 1);
      continue;
    }
    const close = value.indexOf('-->', DIRECTIVE_START.lastIndex);
    if (close === -1) return;
    yield { index: at, end: close + 3, kind: head[1], body: value.slice(DIRECTIVE_START.lastIndex, close) };
    at = value.indexOf('<!--', close + 3);
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
