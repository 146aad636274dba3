// Every rule's docs page is its first test: the failing example gives exactly the findings the page
// lists (`line:column messageId`), the passing example gives none, and applying the fixes silences the fixed findings.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { DateOrder } from '../../src/parse/values/dates.js';
import { readDocsPage } from '../support/docs-page.js';
import { TODAY, applyFixes, describeIds, lintWith } from '../support/lint.js';

const pages = readdirSync(new URL('../../rules/', import.meta.url)).filter((f) => f.endsWith('.md'));

describe('rule docs pages', () => {
  it('exist for every registered rule and only for them', () => {
    expect(pages.map((p) => p.replace(/\.md$/, '')).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const page = readDocsPage(new URL(`../../rules/${rule.id}.md`, import.meta.url).pathname);
      const extra = {
        today: page.config.today ?? TODAY,
        glossary: page.config.glossary ?? {},
        ...(page.config.dateOrder ? { dateOrder: page.config.dateOrder as DateOrder } : {}),
      };
      const run = (text: string) => lintWith(rule.id, text, page.config.options ?? {}, extra);

      it('reports exactly the listed findings on the failing example', () => {
        expect(page.fail).not.toBe('');
        expect(page.findings.length).toBeGreaterThan(0);
        expect(describeIds(run(page.fail))).toEqual(page.findings);
      });

      it('reports nothing on the passing example', () => {
        expect(page.pass).not.toBe('');
        expect(describeIds(run(page.pass))).toEqual([]);
      });

      it.runIf(rule.fixable)('is silenced by its own fixes', () => {
        const findings = run(page.fail);
        const fixed = findings.filter((f) => f.fix);
        expect(fixed.length).toBeGreaterThan(0);
        const after = run(applyFixes(page.fail, findings)).map((f) => f.fingerprint);
        for (const f of fixed) expect(after).not.toContain(f.fingerprint);
      });
    });
  }
});
