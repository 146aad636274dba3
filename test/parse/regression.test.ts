// Parse stage: real idea lists (test/fixtures/regression/) checked against a careful human reading (expected.json).
// They were held out once, but the parser has been tuned on them since: they guard against regressions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile, type FieldName, type IdeaFile } from '../../src/parse/index.js';

interface ExpectedFile {
  notes?: string;
  ideas: number;
  titles: string[];
  /** Per idea title: field values as a reviewer reads them; a value ending in `…` is a prefix. */
  fields: Record<string, Partial<Record<FieldName, string>>>;
}

const FIXTURES = new URL('../fixtures/regression/', import.meta.url);
const EXPECTED = JSON.parse(readFileSync(new URL('expected.json', FIXTURES), 'utf8')) as Record<string, ExpectedFile>;
const PREFIX_MARK = '…';

/** Whitespace collapsed, Unicode composed: line breaks and indentation never decide a match. */
function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A short value compares whole, ignoring one trailing `.`, `,` or `;` (`Medium.` is `Medium`). */
function withoutFinalStop(text: string): string {
  return text.replace(/[.,;]$/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseFixture(name: string): IdeaFile {
  return parseIdeaFile(name, readFileSync(new URL(encodeURIComponent(name), FIXTURES), 'utf8'));
}

describe.each(Object.entries(EXPECTED))('regression list %s', (name, truth) => {
  const file = parseFixture(name);
  const byTitle = new Map(file.ideas.map((idea) => [normalize(idea.title), idea]));

  it(`finds ${truth.ideas} ideas`, () => {
    expect(file.ideas.length).toBe(truth.ideas);
  });

  it('reads every idea title, in order, and nothing else', () => {
    expect(file.ideas.map((idea) => normalize(idea.title))).toEqual(truth.titles.map(normalize));
  });

  const checks = Object.entries(truth.fields).flatMap(([title, fields]) =>
    Object.entries(fields).map(([field, value]) => ({ title, field: field as FieldName, value: value as string })),
  );
  it.each(checks)('reads $field of "$title"', ({ title, field, value }) => {
    const idea = byTitle.get(normalize(title));
    expect(idea, `no idea titled "${title}"`).toBeDefined();
    const actual = normalize(idea?.fields[field]?.value ?? '(no field)');
    if (value.endsWith(PREFIX_MARK)) {
      expect(actual).toMatch(new RegExp(`^${escapeRegExp(normalize(value.slice(0, -PREFIX_MARK.length)))}`));
    } else {
      expect(withoutFinalStop(actual)).toBe(withoutFinalStop(normalize(value)));
    }
  });
});
