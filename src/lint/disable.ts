// Lint stage: `<!-- idea-lint-disable … -->` comments in idea files, markdownlint's set of directives:
// disable, enable, disable-line, disable-next-line and disable-file. Reads the mdast tree only.
import type { Html, Nodes, Root } from 'mdast';
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

  const isDisabled: DisabledCheck = ranges.length === 0 ? () => false : rangeLookup(ranges);
  return { isDisabled, notices };
}

function isKind(kind: string): kind is Kind {
  return (DIRECTIVE_KINDS as readonly string[]).includes(kind);
}

function collectDirectives(tree: Root): Directive[] {
  const directives: Directive[] = [];
  for (const node of htmlNodes(tree)) {
    if (!node.position || !node.value.includes('idea-lint-')) continue;
    const value = node.value;
    // Lines and the start of the current line are counted forwards from the last directive, once over the
    // node's text, not from the node's start (or back to the line's start) for each directive.
    let counted = 0;
    let line = node.position.start.line;
    let lineStart = -1;
    for (const { index, end, kind, body } of findDirectives(value)) {
      for (; counted < index; counted++) {
        if (value.charCodeAt(counted) === NEWLINE) {
          line++;
          lineStart = counted;
        }
      }
      const column = lineStart === -1 ? node.position.start.column + index : index - lineStart;
      const endLine = line + countNewlines(value, index, end);
      const names = body
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      directives.push({ kind, rules: names.length ? names : [null], line, column, endLine });
    }
  }
  return directives;
}

/** The HTML nodes of the tree in document order (a walk with a stack: no array of ancestors per node). */
function htmlNodes(tree: Root): Html[] {
  const found: Html[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'html') found.push(node);
    else if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
  }
  return found;
}

/**
 * Whether a rule is off on a line, by binary search: per rule (and for every rule), the union of its ranges as
 * sorted, disjoint intervals, so that a file with many comments and many findings is not checked range by range.
 */
function rangeLookup(ranges: Range[]): DisabledCheck {
  const byRule = new Map<string | null, Range[]>();
  for (const range of ranges) {
    const list = byRule.get(range.rule);
    if (list) list.push(range);
    else byRule.set(range.rule, [range]);
  }
  const merged = new Map<string | null, { from: number[]; to: number[] }>();
  for (const [rule, list] of byRule) {
    list.sort((a, b) => a.from - b.from);
    const from: number[] = [];
    const to: number[] = [];
    for (const range of list) {
      const last = to.length - 1;
      if (last >= 0 && range.from <= to[last]!) to[last] = Math.max(to[last]!, range.to);
      else {
        from.push(range.from);
        to.push(range.to);
      }
    }
    merged.set(rule, { from, to });
  }
  const inside = (intervals: { from: number[]; to: number[] } | undefined, line: number): boolean => {
    if (!intervals) return false;
    // The last interval starting at or before the line.
    let low = 0;
    let high = intervals.from.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (intervals.from[middle]! <= line) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found !== -1 && line <= intervals.to[found]!;
  };
  const everyRule = merged.get(null);
  return (ruleId, line) => inside(everyRule, line) || inside(merged.get(ruleId), line);
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

const NEWLINE = 10;

/** The line feeds in value[from, to), without a copy of the slice. */
function countNewlines(value: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (value.charCodeAt(i) === NEWLINE) count++;
  return count;
}
