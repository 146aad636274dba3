// Lint stage: `<!-- idea-lint-disable … -->` comments in idea files, markdownlint's set of directives:
// disable, enable, disable-line, disable-next-line and disable-file. Reads the mdast tree only.
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { closestMatch } from './did-you-mean.js';

/** The directive kinds, as markdownlint names them. */
export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'] as const;

type Kind = (typeof DIRECTIVE_KINDS)[number];

/** The start of a directive, `<!-- idea-lint-<kind>`; its rules run to the next `-->`. */
const DIRECTIVE_START = /<!--\s*idea-lint-([a-z][a-z-]*)(?=\s|-->)/y;

interface Range {
  /** null = every rule. */
  rule: string | null;
  from: number;
  to: number;
}

/** Decides whether a rule's finding on a line is switched off by a comment in the file. */
export type DisabledCheck = (ruleId: string, line: number) => boolean;

/** A directive that cannot be obeyed (an unknown kind or rule id), as a file notice. */
export interface DirectiveNotice {
  message: string;
  line: number;
  column: number;
}

interface Directive {
  kind: string;
  rules: (string | null)[];
  line: number;
  column: number;
  endLine: number;
}

/** Reads the file's disable comments (see readDirectives). */
export function readDisableComments(tree: Root): DisabledCheck {
  return readDirectives(tree).isDisabled;
}

/**
 * Reads the file's disable comments. Comments inside code are not directives (they are `code`
 * nodes, not `html`), so a documented example of a comment does not switch anything off. With
 * `knownRules`, a directive naming another rule id gets a notice, as does an unknown directive kind.
 */
export function readDirectives(
  tree: Root,
  knownRules?: readonly string[],
): { isDisabled: DisabledCheck; notices: DirectiveNotice[] } {
  const directives = collectDirectives(tree);
  const notices: DirectiveNotice[] = [];
  const ranges: Range[] = [];
  const open = new Map<string | null, number>();

  for (const { kind, rules, line, column, endLine } of directives) {
    if (!isKind(kind)) {
      const guess = closestMatch(kind, DIRECTIVE_KINDS);
      notices.push({
        message: `"idea-lint-${kind}" is not a directive, so this comment changes nothing: write ${guess ? `idea-lint-${guess}` : DIRECTIVE_KINDS.map((k) => `idea-lint-${k}`).join(', ')}.`,
        line,
        column,
      });
      continue;
    }
    for (const rule of rules) {
      if (rule !== null && knownRules && !knownRules.includes(rule)) {
        const guess = closestMatch(rule, knownRules);
        notices.push({
          message: `"${rule}" in this idea-lint-${kind} comment is not a rule id, so it changes nothing: ${guess ? `did you mean "${guess}"?` : 'check the spelling against the rules list.'}`,
          line,
          column,
        });
        continue;
      }
      if (kind === 'disable-file') ranges.push({ rule, from: 1, to: Infinity });
      else if (kind === 'disable-line') ranges.push({ rule, from: line, to: endLine });
      else if (kind === 'disable-next-line') ranges.push({ rule, from: endLine + 1, to: endLine + 1 });
      else if (kind === 'disable') {
        if (!open.has(rule)) open.set(rule, line);
      } else {
        closeRange(open, ranges, rule, line);
      }
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: Infinity });

  const isDisabled: DisabledCheck =
    ranges.length === 0
      ? () => false
      : (ruleId, line) => ranges.some((r) => (r.rule === null || r.rule === ruleId) && line >= r.from && line <= r.to);
  return { isDisabled, notices };
}

function isKind(kind: string): kind is Kind {
  return (DIRECTIVE_KINDS as readonly string[]).includes(kind);
}

function collectDirectives(tree: Root): Directive[] {
  const directives: Directive[] = [];
  visit(tree, 'html', (node: Html) => {
    if (!node.position || !node.value.includes('idea-lint-')) return;
    // Lines are counted on from the last directive, not from the node's start each time.
    let counted = 0;
    let line = node.position.start.line;
    for (const { index, end, kind, body } of findDirectives(node.value)) {
      line += countNewlines(node.value.slice(counted, index));
      counted = index;
      const lineStart = node.value.lastIndexOf('\n', index - 1);
      const column = lineStart === -1 ? node.position.start.column + index : index - lineStart;
      const endLine = line + countNewlines(node.value.slice(index, end));
      const names = body
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      directives.push({ kind, rules: names.length ? names : [null], line, column, endLine });
    }
  });
  return directives;
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
    yield { index: at, end: close + 3, kind: head[1]!, body: value.slice(DIRECTIVE_START.lastIndex, close) };
    at = value.indexOf('<!--', close + 3);
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
