// Parse stage: ideas without a heading of their own — bold-titled list items, and link or bold title lines.
import { inlineToText } from './text.js';
import type { Unit } from './units.js';
import type { FieldName } from './types.js';

/** An idea found inside a region of units: its title and the units after the title. */
export interface HeadlessIdea {
  title: string;
  titleStart: number;
  titleEnd: number;
  /** Offset where the idea's own text starts (after the title). */
  bodyStart: number;
  start: number;
  end: number;
  unitFrom: number;
  unitTo: number;
}

const BOLD_TITLE = /^(\*\*|__)(?!\s)(.{2,200}?)(?<!\s)\1/;
const LINK_LINE = /^(\*\*|__)?\[([^\]]{2,200})\]\([^)\s]*(?:\s+"[^"]*")?\)\1?\s*$/;

/**
 * Splits a region holding several ideas without headings: list items that open with a bold title and carry
 * labels (`- **Improve the inbox.** … **Skills required**: …`), or title lines — a paragraph that is only a link
 * or only bold text — each followed by labels. Returns [] when fewer than `min` are found.
 */
export function findHeadlessIdeas(units: Unit[], from: number, to: number, text: string, min: number): HeadlessIdea[] {
  const items = findItemIdeas(units, from, to, text);
  if (items.length >= min) return items;
  const lines = findTitleLineIdeas(units, from, to, text, min);
  return lines.length >= min ? lines : [];
}

function findItemIdeas(units: Unit[], from: number, to: number, text: string): HeadlessIdea[] {
  const ideas: HeadlessIdea[] = [];
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (!unit.itemStart || unit.listLevel !== 1 || (unit.hits.length > 0 && unit.hits[0].labelStart === unit.start))
      continue;
    const bold = BOLD_TITLE.exec(text.slice(unit.start, Math.min(unit.end, unit.start + 260)));
    if (!bold) continue;
    let next = index + 1;
    while (next < to && units[next].start < unit.itemEnd) next++;
    if (!hasLabels(units, index, next, 1)) continue;
    const title = inlineToText(bold[2]).replace(/[.:;,\s]+$/, '');
    if (!title) continue;
    const titleEnd = unit.start + bold[0].length;
    let bodyStart = titleEnd;
    while (bodyStart < unit.end && /[\s.:;,–—-]/.test(text[bodyStart])) bodyStart++;
    ideas.push({
      title,
      titleStart: unit.start + bold[1].length,
      titleEnd: titleEnd - bold[1].length,
      bodyStart,
      start: unit.start,
      end: unit.itemEnd,
      unitFrom: index,
      unitTo: next,
    });
    index = next - 1;
  }
  return ideas;
}

function findTitleLineIdeas(units: Unit[], from: number, to: number, text: string, min: number): HeadlessIdea[] {
  const titles: number[] = [];
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (unit.kind !== 'line' || !unit.firstLine || unit.listLevel > 0 || unit.quoted || unit.hits.length > 0) continue;
    if ((unit.node.position?.end.offset ?? 0) > unit.end) continue;
    const line = text.slice(unit.start, unit.end);
    if (
      LINK_LINE.test(line) ||
      (BOLD_TITLE.exec(line)?.[0].length === line.trimEnd().length && !/:\s*(\*\*|__)?$/.test(line))
    )
      titles.push(index);
  }
  if (titles.length < min) return [];
  // Labels before the first title line mean the region is an idea of its own, not a list of ideas.
  if (hasLabels(units, from, titles[0], 1)) return [];
  const ideas: HeadlessIdea[] = [];
  titles.forEach((index, position) => {
    const next = position + 1 < titles.length ? titles[position + 1] : to;
    if (!hasLabels(units, index + 1, next, 2)) return;
    const unit = units[index];
    const line = text.slice(unit.start, unit.end);
    const link = LINK_LINE.exec(line);
    const title = inlineToText(link ? link[2] : line).replace(/[.:;,\s]+$/, '');
    const titleStart = link ? unit.start + line.indexOf('[') + 1 : unit.start;
    const titleEnd = link ? titleStart + link[2].length : unit.end;
    const last = units[next - 1];
    ideas.push({
      title,
      titleStart,
      titleEnd,
      bodyStart: unit.end,
      start: unit.start,
      end: last.node.position?.end.offset ?? last.end,
      unitFrom: index,
      unitTo: next,
    });
  });
  return ideas.length >= min && ideas.length >= titles.length - 1 ? ideas : [];
}

/** Whether `units[from..to)` carry at least `distinct` different known fields. */
function hasLabels(units: Unit[], from: number, to: number, distinct: number): boolean {
  const names = new Set<FieldName>();
  for (let index = from; index < to; index++) for (const hit of units[index].hits) names.add(hit.name);
  return names.size >= distinct;
}
