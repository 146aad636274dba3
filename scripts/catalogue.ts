// Docs (build time): renders the README's rule catalogue from the rule registry, as markdownlint's README lists its
// rules. Pure string work; test/rules/catalogue.test.ts compares it with README.md and, under `npm run catalogue`
// (UPDATE_CATALOGUE=1), writes it there.
import type { Rule } from '../src/lint/types.js';

/** The comment that opens the generated catalogue in README.md. */
export const CATALOGUE_START = '<!-- catalogue:start -->';
/** The comment that closes it. */
export const CATALOGUE_END = '<!-- catalogue:end -->';

/** The catalogue table: each rule's id (linked to its page), what it flags, default severity and whether it fixes. */
export function renderCatalogue(rules: readonly Rule[]): string {
  const rows = rules.map((rule) =>
    [
      `[\`${rule.id}\`](rules/${rule.id}.md)`,
      escapeCell(rule.description),
      rule.defaultSeverity,
      rule.fixable ? '✓' : '',
    ].join(' | '),
  );
  return [
    '| Rule | What it checks | Default | Fixable |',
    '|---|---|---|:-:|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** README.md with the text between the catalogue markers replaced by `table`; throws when a marker is missing. */
export function replaceCatalogue(readme: string, table: string): string {
  const [before, after] = splitAtMarkers(readme);
  return `${before}${CATALOGUE_START}\n\n${table}\n\n${CATALOGUE_END}${after}`;
}

/** The text between the catalogue markers, trimmed; throws when a marker is missing. */
export function readCatalogue(readme: string): string {
  const start = readme.indexOf(CATALOGUE_START);
  const end = readme.indexOf(CATALOGUE_END);
  splitAtMarkers(readme);
  return readme.slice(start + CATALOGUE_START.length, end).trim();
}

/** Rule ids in the order the catalogue lists them. */
export function catalogueIds(readme: string): string[] {
  return [...readCatalogue(readme).matchAll(/^\|\s*\[`([^`]+)`\]/gm)].map((match) => match[1]);
}

function splitAtMarkers(readme: string): [string, string] {
  const start = readme.indexOf(CATALOGUE_START);
  const end = readme.indexOf(CATALOGUE_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs "${CATALOGUE_START}" followed by "${CATALOGUE_END}" where the rule table goes.`);
  }
  return [readme.slice(0, start), readme.slice(end + CATALOGUE_END.length)];
}

/** A table cell holds one line with no unescaped pipe. */
function escapeCell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
