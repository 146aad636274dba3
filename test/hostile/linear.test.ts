// Hostile input, linear time: the functions made linear in the file's size (issue #12) give what the plain,
// quadratic reading gave. Each is checked against a reference written the slow, obvious way, on texts generated
// to mix the cases the fast one treats apart. Time itself is measured by `npm run bench` only.
import fc from 'fast-check';
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { DIRECTIVE_KINDS, readDirectives } from '../../src/lint/disable.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { trimPunctuation } from '../../src/parse/values/plain-text.js';

const RULES = ['missing-size', 'missing-outcomes', 'stale-date'];

/**
 * The disable comments read the obvious way: every directive's line and column counted from the start of its
 * HTML node, and a finding checked against every range.
 */
function referenceDirectives(tree: Root, knownRules: readonly string[]) {
  const directives: { kind: string; rules: (string | null)[]; line: number; column: number; endLine: number }[] = [];
  visit(tree, 'html', (node: Html) => {
    if (!node.position) return;
    for (const match of node.value.matchAll(/<!--\s*idea-lint-([a-z][a-z-]*)(?=\s|-->)([^]*?)-->/g)) {
      const before = node.value.slice(0, match.index);
      const newlines = before.split('\n').length - 1;
      const line = node.position.start.line + newlines;
      const column = newlines === 0 ? node.position.start.column + match.index : match.index - before.lastIndexOf('\n');
      const endLine = line + match[0].split('\n').length - 1;
      const names = match[2]!
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      directives.push({ kind: match[1]!, rules: names.length ? names : [null], line, column, endLine });
    }
  });
  const ranges: { rule: string | null; from: number; to: number }[] = [];
  const open = new Map<string | null, number>();
  const noticeAt: { line: number; column: number }[] = [];
  for (const { kind, rules, line, column, endLine } of directives) {
    if (!(DIRECTIVE_KINDS as readonly string[]).includes(kind)) {
      noticeAt.push({ line, column });
      continue;
    }
    for (const rule of rules) {
      if (rule !== null && !knownRules.includes(rule)) {
        noticeAt.push({ line, column });
        continue;
      }
      if (kind === 'disable-file') ranges.push({ rule, from: 1, to: Infinity });
      else if (kind === 'disable-line') ranges.push({ rule, from: line, to: endLine });
      else if (kind === 'disable-next-line') ranges.push({ rule, from: endLine + 1, to: endLine + 1 });
      else if (kind === 'disable') {
        if (!open.has(rule)) open.set(rule, line);
      } else if (rule === null) {
        for (const [name, from] of open) ranges.push({ rule: name, from, to: line });
        open.clear();
      } else if (open.has(rule)) {
        ranges.push({ rule, from: open.get(rule)!, to: line });
        open.delete(rule);
      }
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: Infinity });
  const isDisabled = (ruleId: string, line: number) =>
    ranges.some((r) => (r.rule === null || r.rule === ruleId) && line >= r.from && line <= r.to);
  return { isDisabled, noticeAt };
}

/** Pieces of a file with disable comments: directives of every kind (some unknown, some unclosed), text, breaks. */
const piece = fc.oneof(
  fc
    .record({
      kind: fc.constantFrom(...DIRECTIVE_KINDS, 'disable-lines', 'enable'),
      rules: fc.subarray([...RULES, 'missing-sise']),
      gap: fc.constantFrom(' ', '\n', '  '),
    })
    .map(({ kind, rules, gap }) => `<!--${gap}idea-lint-${kind}${rules.length ? ' ' : ''}${rules.join(', ')} -->`),
  fc.constantFrom('text', 'Difficulty: Hard', '## Idea', '<!-- other -->', '<!-- idea-lint-disable', ' ', '-->'),
  fc.constantFrom('\n', '\n\n', ' '),
);

describe('disable comments, read in one pass', () => {
  it('give the same notices and switch off the same lines as the plain reading', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const tree = parseMarkdown(text);
        const fast = readDirectives(tree, RULES);
        const slow = referenceDirectives(tree, RULES);
        expect(fast.notices.map(({ line, column }) => ({ line, column }))).toEqual(slow.noticeAt);
        const lines = text.split('\n').length + 2;
        for (const rule of [...RULES, 'other-rule']) {
          for (let line = 1; line <= lines; line++) {
            expect(fast.isDisabled(rule, line), `${rule} on line ${line}`).toBe(slow.isDisabled(rule, line));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the benchmark’s many directives on one line with their columns', () => {
    const text = `Text\n\n<!-- ${'idea-lint-enable --> <!-- '.repeat(500)}-->\n\n${'<!-- idea-lint-disable missing-outcomes '.repeat(300)}\n`;
    const tree = parseMarkdown(text);
    const fast = readDirectives(tree, RULES);
    const slow = referenceDirectives(tree, RULES);
    expect(fast.notices.map(({ line, column }) => ({ line, column }))).toEqual(slow.noticeAt);
    for (let line = 1; line <= 6; line++) expect(fast.isDisabled('missing-outcomes', line)).toBe(false);
  });

  it('finds a line inside many overlapping ranges of one rule and of every rule', () => {
    const lines = [];
    for (let i = 0; i < 200; i++) lines.push(`<!-- idea-lint-disable-line missing-size -->`, '', 'text', '');
    lines.push('<!-- idea-lint-disable -->', '', 'x', '', '<!-- idea-lint-enable -->', '', 'y');
    const tree = parseMarkdown(lines.join('\n'));
    const fast = readDirectives(tree, RULES);
    const slow = referenceDirectives(tree, RULES);
    for (let line = 1; line <= lines.length + 1; line++) {
      for (const rule of RULES) expect(fast.isDisabled(rule, line)).toBe(slow.isDisabled(rule, line));
    }
  });
});

describe('trimPunctuation, without an array of the characters', () => {
  /** The plain reading: the text as an array of code points, trimmed from both ends. */
  function referenceTrim(text: string): string {
    const chars = Array.from(text);
    const edge = /^[\s\p{P}\p{S}\p{Cf}\p{Mn}]$/u;
    let start = 0;
    let end = chars.length;
    while (start < end && edge.test(chars[start]!)) start++;
    while (end > start && edge.test(chars[end - 1]!)) end--;
    return chars.slice(start, end).join('');
  }

  it('trims what the array reading trims, surrogate pairs, lone surrogates and joiners included', () => {
    const unit = fc.constantFrom(' ', '-', '*', 'a', '1', '😀', '\u200d', '\u0301', '\ud83d', '\ude00', '★', 'é', '\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
        const text = units.join('');
        expect(trimPunctuation(text)).toBe(referenceTrim(text));
      }),
      { numRuns: 2000 },
    );
  });
});
