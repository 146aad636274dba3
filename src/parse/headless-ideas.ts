// Parse stage: ideas without a heading of their own — bold-titled list items, and link or bold title lines.
import type { Paragraph, PhrasingContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { countWords, decodeEntities, inlineToText, stripEmoji } from './text.js';
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
const LINK_LINE = /^(\*\*|__)?\[([^\]]{2,200})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)\1?\s*$/;

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
    const title = itemTitle(unit, text);
    if (!title) continue;
    let next = index + 1;
    while (next < to && units[next].start < unit.itemEnd) next++;
    if (!hasLabels(units, index, next, 1)) continue;
    ideas.push({ ...title, start: unit.start, end: unit.itemEnd, unitFrom: index, unitTo: next });
    index = next - 1;
  }
  return ideas;
}

type ItemTitle = Pick<HeadlessIdea, 'title' | 'titleStart' | 'titleEnd' | 'bodyStart'>;

/**
 * The title of a list item that is an idea: its first bold phrase, at the start (`**Add an Inbox view** to…`)
 * or within its first sentence (`Help **migrate our codebase to TypeScript**.`, `Zulip's [**REST API docs**](…)`),
 * as long as no label comes before it. A title in mid-sentence leaves the whole sentence to the description.
 */
function itemTitle(unit: Unit, text: string): ItemTitle | undefined {
  const first = unit.item?.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const strong = firstStrong(first);
  const start = strong?.position?.start.offset;
  const end = strong?.position?.end.offset;
  if (!strong || start === undefined || end === undefined || start < unit.start) return undefined;
  if (unit.hits.some((hit) => hit.labelStart <= start)) return undefined;
  const lead = text.slice(unit.start, start);
  const atStart = /^[\s[]*$/.test(lead);
  if (!atStart && (start - unit.start > 200 || /[.!?:;](?:\s|$)/.test(lead))) return undefined;
  const title = plainTitle(
    decodeEntities(stripEmoji(toString(strong)))
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (!title || title.length > 200 || (!atStart && countWords(title) < 2)) return undefined;
  // `**Note:** …` or `**Tip**: …` opens a remark, not an idea.
  if (/:\s*$/.test(toString(strong)) || /^[ \t]*:/.test(text.slice(end, end + 8))) return undefined;
  const marker = text.startsWith('**', start) || text.startsWith('__', start) ? 2 : 0;
  let bodyStart = unit.start;
  if (atStart) {
    bodyStart = end;
    while (bodyStart < unit.itemEnd && /[\s.:;,–—\]-]/.test(text[bodyStart])) bodyStart++;
    if (text[bodyStart - 1] === ']' || text[bodyStart] === '(' || text[bodyStart] === '[') bodyStart = unit.start;
  }
  return { title, titleStart: start + marker, titleEnd: end - marker, bodyStart };
}

/** The first bold node of a paragraph, looking into links and emphasis. */
function firstStrong(paragraph: Paragraph): Strong | undefined {
  const stack: PhrasingContent[] = [...paragraph.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as PhrasingContent;
    if (node.type === 'strong') return node;
    if ('children' in node) for (let at = node.children.length - 1; at >= 0; at--) stack.push(node.children[at]);
  }
  return undefined;
}

function findTitleLineIdeas(units: Unit[], from: number, to: number, text: string, min: number): HeadlessIdea[] {
  const titles: number[] = [];
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (summaryTitle(unit, text)) {
      titles.push(index);
      continue;
    }
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
    const summary = summaryTitle(unit, text);
    const link = summary ? null : LINK_LINE.exec(line);
    const title = summary?.title ?? plainTitle(inlineToText(link ? link[2] : line));
    const titleStart = summary?.start ?? (link ? unit.start + line.indexOf('[') + 1 : unit.start);
    const titleEnd = summary?.end ?? (link ? titleStart + link[2].length : unit.end);
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

const SUMMARY = /<summary\b[^>]{0,200}>([^<]{0,300}(?:<(?!\/summary)[^<]{0,300}){0,10})<\/summary>/i;

/** The title of a collapsible idea (`<details><summary>Faster parser</summary>`), with its offsets. */
function summaryTitle(unit: Unit, text: string): { title: string; start: number; end: number } | undefined {
  if (unit.kind !== 'block' || unit.node.type !== 'html' || unit.listLevel > 0 || unit.quoted) return undefined;
  const html = text.slice(unit.start, Math.min(unit.end, unit.start + 2000));
  const match = SUMMARY.exec(html);
  const title = match ? plainTitle(inlineToText(match[1])) : '';
  if (!match || !title) return undefined;
  const start = unit.start + match.index + match[0].indexOf('>') + 1;
  return { title, start, end: start + match[1].length };
}

/** A title without closing punctuation or a numbering before it (`**1. Faster parser:**`). */
function plainTitle(text: string): string {
  const title = text.replace(/[.:;,\s]+$/, '');
  const numbered = /^(?:#?\d{1,3}[.):]|\d{1,3}[ \t]+[-–—])[ \t]+(?=\S)/.exec(title);
  return numbered ? title.slice(numbered[0].length) : title;
}

/** Whether `units[from..to)` carry at least `distinct` different known fields. */
function hasLabels(units: Unit[], from: number, to: number, distinct: number): boolean {
  const names = new Set<FieldName>();
  for (let index = from; index < to; index++) for (const hit of units[index].hits) names.add(hit.name);
  return names.size >= distinct;
}
