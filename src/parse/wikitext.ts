// Parse stage (wikitext): one MediaWiki page in, its ideas out. Each call of an idea template
// (`{{GSoC Project|Project=…|Desc=…|Difficulty=…}}`, as on the Xen Project's outreach pages) is an idea; its
// parameters are fields through the label vocabulary, `== … ==` headings are sections, positions index the page.
// Never throws; reads no other page (templates are not expanded).
import type { Heading, Root, RootContent } from 'mdast';
import { matchLabel } from './labels.js';
import { parseMarkdown } from './markdown.js';
import { lineStarts, markdownToText, rangeAt } from './text.js';
import type { Field, FieldName, Idea, IdeaFile, ParseOptions } from './types.js';
import { wikiToMarkdown, type MappedMarkdown } from './wikitext-markup.js';
import { scanWikitext, type WikiHeading, type WikiParameter, type WikiTemplate } from './wikitext-scan.js';

/** File names read as MediaWiki source rather than Markdown. */
const WIKITEXT_PATH = /\.(?:wiki|mediawiki|wikitext)$/i;

/** Parameters that name the idea rather than a field. */
const TITLE_PARAMETERS = new Set(['project', 'title', 'name', 'idea', 'project name', 'project title', 'idea title']);

/**
 * Parameters whose name is not the label a reader sees: the Xen Project's `{{GSoC Project}}` template renders
 * `Date` as "Date of insert" (wiki.xenproject.org, Template:GSoC_Project), so it is read under that label.
 */
const RENDERED_LABELS: Record<string, string> = { date: 'Date of insert' };

/** Fewest field parameters a call needs, besides its title, to be an idea rather than a note or an infobox. */
const MIN_FIELDS = 2;

/** Whether a file is read as MediaWiki source (by its name: `.wiki`, `.mediawiki`, `.wikitext`). */
export function isWikitextPath(path: string): boolean {
  return WIKITEXT_PATH.test(path);
}

/** Parses one MediaWiki page into ideas, sections and a Markdown tree of its prose (positions index `text`). */
export function parseWikitextFile(path: string, text: string, options: ParseOptions = {}): IdeaFile {
  const file: IdeaFile = { path, text, ideas: [], notices: [], tree: { type: 'root', children: [] }, glossary: {} };
  const page = new Page(text, options, file.tree);
  const { headings, templates } = scanWikitext(text);
  const titleDepth = documentTitleDepth(headings);
  const sections: { depth: number; title: string }[] = [];
  let cursor = 0;
  let h = 0;
  let t = 0;
  while (h < headings.length || t < templates.length) {
    const heading = headings[h];
    const template = templates[t];
    if (heading && (!template || heading.start < template.start)) {
      page.prose(cursor, heading.start);
      const title = page.heading(heading);
      while (sections.length > 0 && sections[sections.length - 1].depth >= heading.depth) sections.pop();
      if (heading.depth !== titleDepth) sections.push({ depth: heading.depth, title });
      cursor = heading.end;
      h++;
      continue;
    }
    page.prose(cursor, template.start);
    const idea = page.idea(
      template,
      sections.map((section) => section.title),
    );
    if (idea) file.ideas.push(idea);
    else page.prose(template.start, template.end);
    cursor = template.end;
    t++;
  }
  page.prose(cursor, text.length);
  return file;
}

/** Builds the page's tree and ideas; holds the line starts every position needs. */
class Page {
  private readonly starts: number[];

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
    private readonly tree: Root,
  ) {
    this.starts = lineStarts(text);
  }

  /** Adds the prose of `text[from, to)` (outside any idea) to the tree. */
  prose(from: number, to: number): void {
    if (this.text.slice(from, to).trim())
      this.tree.children.push(...this.markdownNodes(wikiToMarkdown(this.text, from, to)));
  }

  /** Adds a heading to the tree and returns its words. */
  heading(heading: WikiHeading): string {
    const words = markdownToText(wikiToMarkdown(this.text, heading.textStart, heading.textEnd).markdown, true);
    const node: Heading = {
      type: 'heading',
      depth: Math.min(heading.depth, 6) as Heading['depth'],
      children: [{ type: 'text', value: words, position: rangeAt(this.starts, heading.textStart, heading.textEnd) }],
      position: rangeAt(this.starts, heading.start, heading.end),
    };
    this.tree.children.push(node);
    return words;
  }

  /** The idea a template call holds, or undefined when the call is not an idea template. */
  idea(template: WikiTemplate, section: string[]): Idea | undefined {
    const titleParameter = template.parameters.find((p) => TITLE_PARAMETERS.has(normalizeName(p.name)));
    if (!titleParameter) return undefined;
    const named = template.parameters.filter((p) => p !== titleParameter && p.name);
    const fieldNames = named.map((p) => fieldName(p.name, this.options));
    if (fieldNames.filter(Boolean).length < MIN_FIELDS) return undefined;
    const fields: Partial<Record<FieldName, Field>> = {};
    const body: RootContent[] = [];
    template.parameters.forEach((parameter) => {
      if (parameter === titleParameter) return;
      const [start, end] = trimmed(this.text, parameter.valueStart, parameter.valueEnd);
      const markdown = wikiToMarkdown(this.text, start, end);
      const name = parameter.name ? fieldName(parameter.name, this.options) : undefined;
      // MediaWiki keeps the last of two parameters of one name; of two names for one field, the first is read.
      const previous = name ? fields[name] : undefined;
      if (name && (!previous || previous.label === parameter.name))
        fields[name] = this.field(name, parameter, start, end, markdown);
      if (start < end) body.push(...this.markdownNodes(markdown));
    });
    this.tree.children.push(...body);
    const [titleStart, titleEnd] = trimmed(this.text, titleParameter.valueStart, titleParameter.valueEnd);
    const title = markdownToText(wikiToMarkdown(this.text, titleStart, titleEnd).markdown).replace(/\n/g, ' ');
    return {
      title: title || template.name,
      titlePosition: rangeAt(this.starts, titleStart, titleEnd),
      position: rangeAt(this.starts, template.start, template.end),
      section,
      fields,
      body,
    };
  }

  private field(
    name: FieldName,
    parameter: WikiParameter,
    start: number,
    end: number,
    markdown: MappedMarkdown,
  ): Field {
    const value = start < end ? markdownToText(markdown.markdown) : '';
    return {
      name,
      label: parameter.name,
      value,
      raw: value ? markdown.markdown : '',
      labelPosition: rangeAt(this.starts, parameter.nameStart, parameter.nameEnd),
      ...(value ? { valuePosition: rangeAt(this.starts, start, end) } : {}),
    };
  }

  /** Parses Markdown made from wikitext and points its nodes back into the page. */
  private markdownNodes({ markdown, origin }: MappedMarkdown): RootContent[] {
    const nodes = parseMarkdown(markdown).children;
    const pageEnd = origin.length > 0 ? origin[origin.length - 1] + 1 : 0;
    const stack: Positioned[] = [...nodes];
    while (stack.length > 0) {
      const node = stack.pop() as Positioned;
      if (node.position) {
        const from = node.position.start.offset ?? 0;
        const to = node.position.end.offset ?? from;
        const start = origin[from] ?? pageEnd;
        const end = to > from ? (origin[to - 1] ?? pageEnd - 1) + 1 : start;
        node.position = rangeAt(this.starts, start, Math.max(start, end));
      }
      if (node.children) stack.push(...node.children);
    }
    return nodes;
  }
}

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Positioned[];
}

function fieldName(name: string, options: ParseOptions): FieldName | undefined {
  const key = normalizeName(name);
  return matchLabel(RENDERED_LABELS[key] ?? name, options.fields);
}

/** `Project_Name ` → `project name` (MediaWiki treats `_` as a space in names). */
function normalizeName(name: string): string {
  return name
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return [from, to];
}

/** The depth of a lone top heading that titles the whole page (no section of the ideas under it); 0 when none. */
function documentTitleDepth(headings: WikiHeading[]): number {
  const first = headings[0];
  if (!first || first.depth !== 1) return 0;
  return headings.filter((heading) => heading.depth === 1).length === 1 ? 1 : 0;
}
