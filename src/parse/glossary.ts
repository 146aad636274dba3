// Parse stage: a glossary section (`## Glossary`, `## Acronyms`…) read into term → expansion.
import type { Table } from 'mdast';
import { inlineToText } from './text.js';
import type { Unit } from './units.js';

const GLOSSARY_HEADING = /^(glossary|terminology|terms|definitions|abbreviations|acronyms)\b/i;
const ENTRY =
  /^\s*(?:\*\*|__|\*|_|`)?([\p{L}\p{N}][\p{L}\p{N}./&+-]{0,30})(?:\*\*|__|\*|_|`)?\s*(?::|–|—|-|=)\s*(?:\*\*|__)?\s*(.+)$/u;

/** Reads every glossary section of the document: `ABBR: expansion`, `**ABBR** – expansion`, `| ABBR | expansion |`. */
export function findGlossary(units: Unit[], text: string): Record<string, string> {
  const glossary: Record<string, string> = {};
  for (let index = 0; index < units.length; index++) {
    const heading = units[index];
    if (heading.kind !== 'heading' || !GLOSSARY_HEADING.test(inlineToText(text.slice(heading.start, heading.end))))
      continue;
    let next = index + 1;
    for (; next < units.length; next++) {
      const unit = units[next];
      if (unit.kind === 'heading' && unit.depth <= heading.depth) break;
      if (unit.kind === 'line' && (unit.firstLine || unit.itemStart || unit.listLevel === 0))
        addEntry(glossary, text.slice(unit.start, unit.end));
      if (unit.kind === 'table') addTable(glossary, unit.node as Table, text);
    }
    index = next - 1;
  }
  return glossary;
}

function addEntry(glossary: Record<string, string>, line: string): void {
  const match = ENTRY.exec(line);
  if (!match) return;
  const term = match[1].replace(/[.:]+$/, '');
  const expansion = inlineToText(match[2])
    .replace(/^[\s:–—-]+/, '')
    .replace(/[.;,\s]+$/, '');
  if (term && expansion && !(term in glossary)) glossary[term] = expansion;
}

function addTable(glossary: Record<string, string>, table: Table, text: string): void {
  table.children.forEach((row, index) => {
    if (row.children.length < 2) return;
    const cell = (at: number): string => {
      const children = row.children[at].children;
      const start = children[0]?.position?.start.offset;
      const end = children[children.length - 1]?.position?.end.offset;
      return start === undefined || end === undefined ? '' : inlineToText(text.slice(start, end));
    };
    const term = cell(0);
    const expansion = cell(1);
    if (index === 0 && /^(term|abbreviation|acronym|name|word)s?$/i.test(term)) return;
    if (term && expansion && term.length <= 40 && !(term in glossary)) glossary[term] = expansion;
  });
}
