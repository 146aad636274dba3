// The catalogue's meta-tests (markdownlint checks its README the same way): every rule file is registered once under
// its own id, its docs page has every section of the page format in order with an options table matching its schema,
// and README.md lists every rule in registry order. `npm run catalogue` (UPDATE_CATALOGUE=1) rewrites the README's
// table from the registry instead of failing on it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { Rule } from '../../src/lint/types.js';
import { catalogueIds, readCatalogue, renderCatalogue, replaceCatalogue } from '../../scripts/catalogue.js';
import { readDocsPage } from '../support/docs-page.js';

const rulesDir = new URL('../../rules/', import.meta.url);
const readmePath = new URL('../../README.md', import.meta.url);
const update = process.env.UPDATE_CATALOGUE === '1';

/** Each rule module in rules/ (index.ts aside): its file name without `.ts`, and its default export. */
const modules = await Promise.all(
  readdirSync(rulesDir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map(async (file) => ({
      name: file.replace(/\.ts$/, ''),
      rule: (await import(new URL(file, rulesDir).href)).default as Rule,
    })),
);

/** The sections of a rules/<id>.md page, in order (STYLE.md "A rule's docs page"). */
const SECTIONS = ['Why', 'What it flags', 'Options', 'Examples', 'How to fix', 'When to turn it off'];

/** The keys of a rule's options schema: a zod object, possibly wrapped in a default, an optional or a pipe. */
function optionKeys(schema: z.ZodType): string[] {
  let current: z.ZodType | undefined = schema;
  while (current && !(current instanceof z.ZodObject)) {
    const def: { innerType?: z.ZodType; in?: z.ZodType } | undefined = (
      current as { def?: { innerType?: z.ZodType; in?: z.ZodType } }
    ).def;
    current = def?.innerType ?? def?.in;
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

describe('rule catalogue', () => {
  it('registers each rule exactly once', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(new Set(rules).size).toBe(rules.length);
  });

  it('registers every rule file in rules/, and nothing else', () => {
    expect(modules.filter(({ rule }) => !rules.includes(rule)).map(({ name }) => name)).toEqual([]);
    expect(rules.length).toBe(modules.length);
  });

  for (const { name, rule } of modules) {
    it(`names rules/${name}.ts's rule "${name}"`, () => {
      expect(rule.id).toBe(name);
    });
  }

  for (const rule of rules) {
    describe(rule.id, () => {
      const pagePath = new URL(`${rule.id}.md`, rulesDir).pathname;
      // A missing page fails this rule's tests, not the whole file.
      const hasPage = existsSync(pagePath);
      const page = hasPage ? readDocsPage(pagePath) : undefined!;
      const text = hasPage ? readFileSync(pagePath, 'utf8') : '';

      it('has a kebab-case id and a docs page, linked from its docs URL', () => {
        expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(rule.docs).toMatch(new RegExp(`/rules/${rule.id}\\.md$`));
        expect(hasPage, `rules/${rule.id}.md is missing`).toBe(true);
      });

      it('declares its messages by id: one sentence each, a problem then a fix, no rule id', () => {
        const entries = Object.entries(rule.messages);
        expect(entries.length).toBeGreaterThan(0);
        for (const [id, template] of entries) {
          expect(id).toMatch(/^[a-z][A-Za-z]*$/);
          expect(template, id).toMatch(/^\S.*: .*[.)"]$/);
          expect(template, id).not.toContain(rule.id);
        }
      });

      it.runIf(hasPage)('lists only its own message ids in its page findings', () => {
        for (const line of page.findings) expect(Object.keys(rule.messages)).toContain(line.split(' ')[1]);
      });

      it.runIf(hasPage)('opens its page with its id, its description word for word and the facts line', () => {
        expect(page.title).toBe(rule.id);
        expect(page.description).toBe(rule.description);
        const afterDescription = text.slice(text.indexOf(rule.description) + rule.description.length);
        const facts = afterDescription.split('\n').find((line) => line.trim() !== '') ?? '';
        expect(facts).toMatch(new RegExp(`^Default severity: \\*\\*${rule.defaultSeverity}\\*\\*`));
        expect(facts).toContain('Peer Review Goal');
        expect(facts).toContain(`Suggested fix: ${rule.fixable ? 'yes' : 'no'}`);
        expect(facts.includes('Options: none')).toBe(optionKeys(rule.options).length === 0);
      });

      it.runIf(hasPage)('has every section of the page format, in order', () => {
        expect(page.headings.filter((heading) => SECTIONS.includes(heading))).toEqual(SECTIONS);
      });

      it.runIf(hasPage)('gives its examples as a failing block, its findings, then a passing block', () => {
        const at = (fence: string) => text.indexOf('```' + fence + '\n');
        const [fail, findings, pass] = [at('markdown fail'), at('text findings'), at('markdown pass')];
        expect(fail).toBeGreaterThan(text.indexOf('\n## Examples\n'));
        expect(findings).toBeGreaterThan(fail);
        expect(pass).toBeGreaterThan(findings);
      });

      it.runIf(hasPage)("lists exactly its schema's options in the Options table", () => {
        expect([...page.optionNames].sort()).toEqual(optionKeys(rule.options).sort());
        expect(new Set(page.optionNames).size).toBe(page.optionNames.length);
      });
    });
  }

  describe('README.md', () => {
    it(update ? 'is rewritten from the registry' : 'holds the catalogue as rendered from the registry', () => {
      const readme = readFileSync(readmePath, 'utf8');
      const table = renderCatalogue(rules);
      if (update) writeFileSync(readmePath, replaceCatalogue(readme, table));
      else expect(readCatalogue(readme), 'README.md is out of date: run `npm run catalogue`').toBe(table);
    });

    it('lists every rule in registry order, linked to its page', () => {
      const readme = readFileSync(readmePath, 'utf8');
      expect(catalogueIds(readme)).toEqual(rules.map((rule) => rule.id));
      for (const rule of rules) expect(readme).toContain(`[\`${rule.id}\`](rules/${rule.id}.md)`);
    });
  });
});
