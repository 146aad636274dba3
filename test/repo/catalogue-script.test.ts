// Tests scripts/catalogue.ts on made-up rules: the table it renders and how it replaces the README's section.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_END,
  CATALOGUE_START,
  catalogueIds,
  readCatalogue,
  renderCatalogue,
  replaceCatalogue,
} from '../../scripts/catalogue.js';
import type { Rule } from '../../src/lint/types.js';

const rule = (id: string, description: string, extra: Partial<Rule> = {}): Rule => ({
  id,
  description,
  defaultSeverity: 'warning',
  options: z.object({}).strict(),
  docs: `https://example.org/rules/${id}.md`,
  messages: {},
  create: () => ({}),
  ...extra,
});

const rules = [
  rule('missing-outcomes', 'Ideas state their expected outcomes.', { defaultSeverity: 'error' }),
  rule('undefined-terms', 'Acronyms are defined | linked at first use.', { fixable: true }),
];

describe('scripts/catalogue.ts', () => {
  it('renders one row per rule: linked id, description, default severity and a tick when fixable', () => {
    expect(renderCatalogue(rules)).toBe(
      [
        '| Rule | What it checks | Default | Fixable |',
        '|---|---|---|:-:|',
        '| [`missing-outcomes`](rules/missing-outcomes.md) | Ideas state their expected outcomes. | error |  |',
        '| [`undefined-terms`](rules/undefined-terms.md) | Acronyms are defined \\| linked at first use. | warning | ✓ |',
      ].join('\n'),
    );
  });

  it('replaces only the text between the markers, and reads it back', () => {
    const readme = `# Title\n\n${CATALOGUE_START}\nold table\n${CATALOGUE_END}\n\nAfter.\n`;
    const table = renderCatalogue(rules);
    const updated = replaceCatalogue(readme, table);
    expect(updated).toBe(`# Title\n\n${CATALOGUE_START}\n\n${table}\n\n${CATALOGUE_END}\n\nAfter.\n`);
    expect(readCatalogue(updated)).toBe(table);
    expect(catalogueIds(updated)).toEqual(['missing-outcomes', 'undefined-terms']);
    expect(replaceCatalogue(updated, table)).toBe(updated);
  });

  it('names the markers when one is missing', () => {
    expect(() => replaceCatalogue('# Title\n', 'table')).toThrow(CATALOGUE_START);
    expect(() => readCatalogue(`${CATALOGUE_END}\n${CATALOGUE_START}`)).toThrow(CATALOGUE_END);
  });
});
