// Parse stage: YAML front matter — the title and fields of a one-idea-per-file list.
import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { readLabel } from './labels.js';
import { fieldNames, fromLabel, type RawField } from './raw-field.js';
import { markdownToText } from './text.js';
import type { FieldName, ParseOptions } from './types.js';

/** A front matter key read as a field, with offsets into the file; `source` is the value rendered as text. */
export type FrontMatterField = RawField & { source: string };

/** What front matter says about the file. */
export interface FrontMatterReading {
  data?: Record<string, unknown>;
  title?: { text: string; start: number; end: number };
  fields: FrontMatterField[];
  /** A one-line summary (`desc:`): the description only when the body has none. */
  summary?: FrontMatterField;
  /**
   * Keys that name a field only an idea has (outcomes, difficulty, skills, mentors, size): the file is one idea. A
   * page's `description:` or `tags:` (every documentation site writes them) does not make it one.
   */
  hasIdeaKeys: boolean;
  error?: { message: string; offset: number };
}

const TITLE_KEYS = ['title', 'name', 'project_title', 'project'];
const SUMMARY_KEYS = new Set(['desc', 'short_description', 'summary']);
/** Fields only an idea has. */
const IDEA_FIELDS = new Set<FieldName>(['outcomes', 'difficulty', 'skills', 'mentors', 'size']);

/** Where a front matter node's YAML starts in the file. */
export function frontMatterSource(node: Yaml, text: string): { value: string; base: number } {
  return { value: node.value, base: contentStart(text, node.position?.start.offset ?? 0, node.value) };
}

/**
 * Front matter closed by `...` (a YAML document end), which remark-frontmatter does not recognise:
 * the YAML, where it starts, and the offset just after the closing line. Only a valid YAML map counts.
 */
export function findLooseFrontMatter(text: string): { value: string; base: number; end: number } | undefined {
  const open = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return undefined;
  const close = /(?:\r\n|\r|\n)\.\.\.[ \t]*(?=\r\n|\r|\n|$)/.exec(text.slice(open[0].length, open[0].length + 20000));
  if (!close) return undefined;
  const value = text.slice(open[0].length, open[0].length + close.index);
  const document = parseDocument(value, { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  return { value, base: open[0].length, end: open[0].length + close.index + close[0].length };
}

/** Reads front matter YAML that starts at offset `base`; invalid YAML gives an error, never an exception. */
export function readFrontMatter(value: string, base: number, options: ParseOptions): FrontMatterReading {
  const reading: FrontMatterReading = { fields: [], hasIdeaKeys: false };
  const node = { value };
  const document = parseDocument(node.value, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    reading.error = { message: first.message.split('\n')[0], offset: base + (first.pos?.[0] ?? 0) };
    return reading;
  }
  const data: unknown = document.toJS({ maxAliasCount: 50 });
  if (data && typeof data === 'object' && !Array.isArray(data)) reading.data = data as Record<string, unknown>;
  if (!isMap(document.contents)) return reading;
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || pair.key.value === null || pair.key.value === undefined) continue;
    const key = String(pair.key.value);
    const keyRange = pair.key.range ?? [0, 0];
    const valueNode = pair.value as YamlNode | null;
    const [valueStart, valueEnd] = trimmedRange(node.value, valueNode?.range ?? [keyRange[1], keyRange[1]]);
    const raw = render(valueNode ? valueNode.toJS(document) : null);
    if (TITLE_KEYS.includes(key.toLowerCase()) && !reading.title && raw.trim()) {
      reading.title = { text: markdownToText(raw).replace(/\n/g, ' '), start: base + valueStart, end: base + valueEnd };
      continue;
    }
    const found = readLabel(key.replace(/[_-]+/g, ' '), options.fields);
    if (!found) continue;
    const field: FrontMatterField = {
      ...fromLabel(found),
      label: key,
      source: raw,
      labelStart: base + keyRange[0],
      labelEnd: base + keyRange[1],
      valueStart: base + valueStart,
      valueEnd: base + valueEnd,
    };
    if (fieldNames(field).some((name) => IDEA_FIELDS.has(name))) reading.hasIdeaKeys = true;
    if (SUMMARY_KEYS.has(key.toLowerCase())) reading.summary ??= field;
    else reading.fields.push(field);
  }
  return reading;
}

/** Renders a YAML value readably: lists joined with ", ", mentor records as `First Last <email>`. */
export function render(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(render).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const name =
      [record.first_name, record.last_name].filter((part) => typeof part === 'string' && part).join(' ') ||
      render(record.name ?? '');
    const email = typeof record.email === 'string' ? record.email : '';
    if (name || email) return [name, email && `<${email}>`].filter(Boolean).join(' ');
    return Object.entries(record)
      .map(([key, item]) => `${key}: ${render(item)}`)
      .join(', ');
  }
  return '';
}

/** Offset of the YAML text inside the file: just after the opening `---` line. */
function contentStart(text: string, nodeStart: number, value: string): number {
  const match = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(nodeStart, nodeStart + 64));
  const start = nodeStart + (match ? match[0].length : 0);
  return text.startsWith(value.slice(0, 32), start) ? start : nodeStart;
}

function trimmedRange(source: string, range: readonly number[]): [number, number] {
  const start = range[0];
  let end = Math.max(start, range[1]);
  while (end > start && /\s/.test(source[end - 1])) end--;
  return [start, end];
}
