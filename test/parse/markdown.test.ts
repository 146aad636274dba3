// The parse stage's Markdown set-up: micromark's EditMap.consume carries idea-lint's patch (scripts/patch-micromark.mjs),
// which parses to the same trees as upstream's, without upstream's copy of every event so far on each call; and
// mdast-util-from-markdown's compile makes one handler context per parse instead of one per event (same trees).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FROM_MARKDOWN_MARKER,
  PATCH_MARKER,
  patchFromMarkdownSource,
  patchSource,
} from '../../scripts/patch-micromark.mjs';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import {
  MAX_DEPTH,
  NestingError,
  delimiterRowMayFollow,
  nestingBoundOver,
  parseMarkdown,
} from '../../src/parse/markdown.js';

const corpusDir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.md') && name !== 'NOTICE.md')
  .map((name) => readFileSync(`${corpusDir}${name}`, 'utf8'));

type Consume = (this: EditMap, events: Event[]) => undefined;
type Internals = { map: [number, number, Event[]][]; index: Map<number, unknown> };
const patched = EditMap.prototype.consume as Consume;

/** micromark-util-edit-map 1.0.0's own consume, as published: the reference the patch must agree with. */
const upstream: Consume = function (this: EditMap, events) {
  const self = this as unknown as Internals;
  self.map.sort((a, b) => a[0] - b[0]);
  if (self.map.length === 0) return;
  let index = self.map.length;
  const vecs: Event[][] = [];
  while (index > 0) {
    index -= 1;
    vecs.push(events.slice(self.map[index][0] + self.map[index][1]), self.map[index][2]);
    events.length = self.map[index][0];
  }
  vecs.push(events.slice());
  events.length = 0;
  let slice = vecs.pop();
  while (slice) {
    for (const element of slice) events.push(element);
    slice = vecs.pop();
  }
  self.map.length = 0;
  self.index.clear();
};

function parseWith(consume: Consume, text: string) {
  EditMap.prototype.consume = consume;
  try {
    return parseMarkdown(text);
  } finally {
    EditMap.prototype.consume = patched;
  }
}

/** Array elements copied by `slice` while `text` is parsed with `consume`: the work upstream's consume repeats. */
function slicedElements(consume: Consume, text: string): number {
  const slice = Array.prototype.slice;
  let copied = 0;
  Array.prototype.slice = function (this: unknown[], ...args: [number?, number?]) {
    const result = slice.apply(this, args);
    copied += result.length;
    return result;
  };
  try {
    parseWith(consume, text);
  } finally {
    Array.prototype.slice = slice;
  }
  return copied;
}

const REPROS = {
  'sibling items of a nested list': (n: number) => '- a\n  - b\n  - c\n'.repeat(n),
  'setext headings': (n: number) => 'Title\n=====\n\nSome text.\n\n'.repeat(n),
  'lazy lines in a list': (n: number) => '- a\nlazy\n'.repeat(n),
};

afterEach(() => {
  EditMap.prototype.consume = patched;
});

describe('micromark EditMap.consume patch', () => {
  it('is in place in the micromark the parser loads', () => {
    expect(patched.toString()).toContain(PATCH_MARKER);
    expect(patched.toString()).not.toContain('events.slice())');
  });

  it('parses the corpus and the repros to the same trees as upstream', () => {
    const texts = [...corpus.slice(0, 4), ...Object.values(REPROS).map((build) => build(50))];
    for (const text of texts) expect(parseWith(patched, text)).toEqual(parseWith(upstream, text));
  });

  // Measured from 800 repeats up: below micromark's chunk size (10,000 events) its own copies are fewer.
  for (const [name, build] of Object.entries(REPROS)) {
    it(`copies work in proportion to the input on ${name} (8× the input, ≤ 12× the copies)`, () => {
      expect(slicedElements(patched, build(6_400)) / slicedElements(patched, build(800))).toBeLessThan(12);
    });
  }

  it('tells linear from quadratic: upstream copies grow with the square of the input', () => {
    for (const build of [REPROS['sibling items of a nested list'], REPROS['setext headings']]) {
      expect(slicedElements(upstream, build(800)) / slicedElements(upstream, build(200))).toBeGreaterThan(10);
    }
  });
});

describe('patchSource', () => {
  const UPSTREAM_TAIL = [
    '      events.length = this.map[index][0]',
    '    }',
    '',
    '    vecs.push(events.slice())',
    '    events.length = 0',
    '',
    '    let slice = vecs.pop()',
    '    while (slice) {',
    '      for (const element of slice) {',
    '        events.push(element)',
    '      }',
  ].join('\n');

  it('removes the copy of the prefix, and leaves a patched file as it is', () => {
    const once = patchSource(UPSTREAM_TAIL, 'index.js');
    expect(once).not.toContain('events.slice()');
    expect(once).not.toContain('events.length = 0');
    expect(once).toContain(PATCH_MARKER);
    expect(patchSource(once, 'index.js')).toBe(once);
  });

  it('fails, naming the file, when upstream changed shape', () => {
    expect(() => patchSource(UPSTREAM_TAIL.replace('vecs.push(events.slice())', 'copy(events)'), 'a/index.js')).toThrow(
      /a\/index\.js: EditMap\.consume changed shape upstream/,
    );
  });
});

describe('nesting guard', () => {
  /** Lists items and quotes around the deepest node: the depth the line bound must never be under. */
  function containerDepth(text: string): number {
    let deepest = 0;
    const walk = (node: { type: string; children?: unknown[] }, depth: number): void => {
      const here = depth + (node.type === 'listItem' || node.type === 'blockquote' ? 1 : 0);
      deepest = Math.max(deepest, here);
      for (const child of (node.children ?? []) as { type: string }[]) walk(child, here);
    };
    walk(parseMarkdown(text), 0);
    return deepest;
  }

  const nested = {
    'bullets, two columns a level': Array.from({ length: 40 }, (_, d) => `${'  '.repeat(d)}- item`).join('\n'),
    'ordered, three columns a level': Array.from({ length: 40 }, (_, d) => `${'   '.repeat(d)}1. item`).join('\n'),
    tabs: Array.from({ length: 40 }, (_, d) => `${'\t'.repeat(d)}- item`).join('\n'),
    'quotes and lists on one line': '> - > 1) > * > + '.repeat(8) + 'text',
    'quotes continued line by line': Array.from({ length: 40 }, (_, d) => `${'>'.repeat(d + 1)} line`).join('\n'),
    'items opened on later lines': '- a\n  - b\n    > - c\n    >   1. d\n    >      - e\n',
    'empty items': '-\n  -\n    -\n      - deep\n',
  };

  for (const [name, text] of Object.entries(nested)) {
    it(`bounds the depth from above: ${name}`, () => {
      const depth = containerDepth(text);
      expect(depth).toBeGreaterThan(3);
      expect(nestingBoundOver(text, depth - 1)).toBe(true);
    });
  }

  it('passes every corpus list', () => {
    for (const text of corpus) expect(nestingBoundOver(text, 20)).toBe(false);
  });

  it('refuses a tree deeper than MAX_DEPTH, and parses one just under it', () => {
    expect(() => parseMarkdown(`${'>'.repeat(MAX_DEPTH + 1)} deep\n`)).toThrow(NestingError);
    expect(() => parseMarkdown(`${'- '.repeat(600)}deep\n`)).toThrow(NestingError);
    expect(parseMarkdown(`${'>'.repeat(MAX_DEPTH - 2)} deep\n`).children).toHaveLength(1);
  });
});

/** The parser of src/parse/markdown.ts with GFM's own table construct, without the look-ahead. */
const stockTables = unified()
  .use(remarkParse)
  .use(function (this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
    (data.fromMarkdownExtensions ??= []).push(
      gfmFootnoteFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
      gfmTableFromMarkdown(),
      gfmTaskListItemFromMarkdown(),
    );
  })
  .use(remarkFrontmatter, ['yaml'])
  .freeze();

describe('table look-ahead', () => {
  it('takes the next line for a delimiter row when it holds only `-`, `:`, `|` and blanks', () => {
    expect(delimiterRowMayFollow('| a | b |\n| --- | --- |\n', 0)).toBe(true);
    expect(delimiterRowMayFollow('a | b\r\n:', 2)).toBe(true);
    expect(delimiterRowMayFollow('a b\r> > \t-- | :-', 0)).toBe(true);
    expect(delimiterRowMayFollow('a b\rx|', 0)).toBe(false);
    expect(delimiterRowMayFollow('- a b\n- c d', 0)).toBe(false);
    expect(delimiterRowMayFollow('a | b\n| -- | x |', 0)).toBe(false);
    expect(delimiterRowMayFollow('a | b\nplain words\n| --- |', 0)).toBe(false);
    expect(delimiterRowMayFollow('a | b', 0)).toBe(false);
    expect(delimiterRowMayFollow('a | b\n', 0)).toBe(false);
    expect(delimiterRowMayFollow('a\n\n---', 0)).toBe(false);
  });

  it('parses the corpus to the same trees as GFM tables without it', () => {
    for (const text of corpus) expect(parseMarkdown(text)).toEqual(stockTables.parse(text));
  });

  const CASES = [
    '| a | b |\n| --- | --- |\n| 1 | 2 |\nnext line\n\npara',
    'a | b\n--|--\nc | d',
    'text\n| a |\n| - |\n| b |',
    '> | a |\n> | - |\n> | b |\nlazy',
    '- | a |\n  | :-: |\n  | b |',
    'Title\n-----\n\nPara one\ntwo | three\nfour',
    'a\r\n|-|\r\nb',
    'a\r:-:\rb',
    '| a |\n\n| - |',
    'x | y\n    | - |',
    '| a | b |\n| - |\n| c |',
  ];
  it('parses tables and near-tables (containers, CR, lazy lines) to the same trees', () => {
    for (const text of CASES) expect(parseMarkdown(text)).toEqual(stockTables.parse(text));
  });

  it('agrees with GFM tables on random tables in quotes and lists', () => {
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
      return list[((t ^ (t >>> 14)) >>> 0) % list.length];
    };
    const prefixes = ['', '', '> ', '- ', '  ', '1. ', '    ', '\t'];
    const cells = ['a', 'b c', '', '`|`', 'a\\|b', '-', ':-', '---', ':--:', '--:', ' - ', 'x'];
    const lines = ['text', '# h', '***', '', '- item'];
    let tables = 0;
    for (let doc = 0; doc < 600; doc++) {
      const out: string[] = [];
      const prefix = pick(prefixes);
      const columns = pick([1, 2, 3]);
      for (let line = 0, count = 1 + (doc % 5); line < count; line++) {
        const row = Array.from({ length: columns }, () => pick(cells));
        const text =
          pick([0, 1, 2, 3, 4, 5]) === 0
            ? pick(lines)
            : `${pick(['|', ''])}${row.join(pick(['|', '|', ' ']))}${pick(['|', ''])}`;
        out.push((pick([0, 1, 2]) === 0 ? pick(prefixes) : prefix) + text);
      }
      const text = out.join(pick(['\n', '\n', '\r\n', '\r']));
      const stock = stockTables.parse(text);
      if (JSON.stringify(stock).includes('"table"')) tables++;
      expect(parseMarkdown(text)).toEqual(stock);
    }
    expect(tables).toBeGreaterThan(20);
  });
});

describe('mdast-util-from-markdown compile patch', () => {
  const pkg = fileURLToPath(new URL('../../node_modules/mdast-util-from-markdown/', import.meta.url));
  const built = readFileSync(`${pkg}lib/index.js`, 'utf8');
  const CALL = /\(bound\.sliceSerialize = events\[index\]\[2\]\.sliceSerialize, bound\)/g;

  it('is in place in both of its files (built and development)', () => {
    for (const file of ['lib/index.js', 'dev/lib/index.js']) {
      const source = readFileSync(`${pkg}${file}`, 'utf8');
      expect(source).toContain(FROM_MARKDOWN_MARKER);
      expect(source.match(CALL)).toHaveLength(3);
      expect(source).not.toContain('...context, sliceSerialize: events');
    }
  });

  it('compiles the corpus and the repros to the same trees as upstream (a fresh context per event)', async () => {
    // Upstream's compile, rebuilt from the patched file, in a scratch module importing the same packages.
    const resolve = createRequire(`${pkg}package.json`).resolve;
    const upstreamSource = built
      .replace(CALL, '{...context, sliceSerialize: events[index][2].sliceSerialize}')
      .replace(/\n[^\n]*idea-lint patch[^\n]*\n[^\n]*const bound = [^\n]*/, '')
      .replace(/^(import [^\n]* from )'([^']+)'/gm, (_, head: string, name: string) => {
        const path = name.startsWith('.') ? `${pkg}lib/${name}` : resolve(name);
        return `${head}'${pathToFileURL(path).href}'`;
      });
    expect(upstreamSource).not.toContain('bound');
    const dir = mkdtempSync(join(tmpdir(), 'idea-lint-from-markdown-'));
    try {
      writeFileSync(join(dir, 'upstream.mjs'), upstreamSource);
      const upstreamModule = (await import(pathToFileURL(join(dir, 'upstream.mjs')).href)) as {
        fromMarkdown: typeof fromMarkdown;
      };
      const data = stockTables.data();
      const options = { extensions: data.micromarkExtensions, mdastExtensions: data.fromMarkdownExtensions };
      const texts = [
        ...corpus,
        ...Object.values(REPROS).map((build) => build(50)),
        '---\na: 1\n---\n# T[^1]\n\n[^1]: n',
      ];
      for (const text of texts) {
        expect(fromMarkdown(text, options)).toEqual(upstreamModule.fromMarkdown(text, options));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('patches upstream-shaped text once, and fails naming the file when upstream changed shape', () => {
    const copy = '{...context, sliceSerialize: events[index][2].sliceSerialize}';
    const upstreamShape = [
      '    const context = {stack: [tree], tokenStack: [], data}',
      '    const listStack = []',
      `    callListeners(config.beforeEnter, ${copy}, token)`,
      `    handler.call(${copy}, token)`,
      `    callListeners(config.afterExit, ${copy}, token)`,
    ].join('\n');
    const once = patchFromMarkdownSource(upstreamShape, 'lib/index.js');
    expect(once).toContain(FROM_MARKDOWN_MARKER);
    expect(once.match(CALL)).toHaveLength(3);
    expect(once.indexOf('const bound')).toBeLessThan(once.indexOf('const listStack'));
    expect(patchFromMarkdownSource(once, 'lib/index.js')).toBe(once);
    expect(() => patchFromMarkdownSource(upstreamShape.replace(copy, 'copy()'), 'a/lib/index.js')).toThrow(
      /a\/lib\/index\.js: compile's handler context changed shape upstream/,
    );
    expect(() => patchFromMarkdownSource(`${upstreamShape}\n    context.data = {}`, 'b.js')).toThrow(/b\.js/);
  });
});
