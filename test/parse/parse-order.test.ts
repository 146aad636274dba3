// The reading of a file depends only on that file and the config, never on the files parsed before it in the same
// process: module-level state in src/ and rules/ (caches keyed by text, regexes with the `g` or `y` flag whose
// lastIndex survives a call, memo maps keyed by less than their whole input, arrays reused between calls) must not
// carry anything from one file's lint to the next. The lint CLI and the Action read many files in one process, and
// test/parse/variants.test.ts reads every regression list under every rewrite in one process: an order-dependent
// reading there looks like a grammar gap that comes and goes.
//
// Every labelled regression list is linted (all rules on) in the order of the sets, then again in the reverse order,
// in one process: each list's ideas and findings must be identical in both passes. The first list of one pass is the
// last of the other, so each list is read once near the start of the process and once after (nearly) all the others.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import { rules as registry } from '../../rules/index.js';
import { configFor } from '../support/lint.js';
import { FIXTURES, regressionLists } from '../support/regression-lists.js';

const config = configFor(Object.fromEntries(registry.map((rule) => [rule.id, {}])));

const LISTS = regressionLists();

const texts = new Map(
  LISTS.map((list) => [
    list,
    readFileSync(new URL(list.split('/').map(encodeURIComponent).join('/'), FIXTURES), 'utf8'),
  ]),
);

/** What a list's lint reports: its ideas (titles, lines, fields) and its findings, as JSON. */
function reading(list: string): string {
  const report = lintText(list, texts.get(list) as string, config, registry);
  return JSON.stringify({ ideas: report.ideas, findings: report.findings });
}

describe('the reading of a list does not depend on the lists read before it', () => {
  it('reads every regression list alike in the order of the sets and in the reverse order', () => {
    expect(LISTS.length).toBeGreaterThan(100);
    const forward = new Map(LISTS.map((list) => [list, reading(list)]));
    const differing = [...LISTS].reverse().filter((list) => reading(list) !== forward.get(list));
    expect(differing, 'read differently after other lists (some state kept between parses)').toEqual([]);
  }, 900_000);

  it('reads a list alike right after itself and after a different list', () => {
    // The same text twice in a row hits every cache keyed by its lines; a list in between empties or changes them.
    const [first, second] = [LISTS[0], LISTS[LISTS.length - 1]];
    const alone = reading(first);
    expect(reading(first)).toBe(alone);
    reading(second);
    expect(reading(first)).toBe(alone);
  });
});
