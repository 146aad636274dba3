// thin-description: an idea explained in too few words (or, on request, with nothing to click on). Peer Review
// Goal: "Can an intern get going and started with the information in the project description?"
import type { RootContent } from 'mdast';
import { z } from 'zod';
import {
  countWords,
  defineRule,
  docsUrl,
  isPlaceholder,
  notProseRanges,
  type RuleReport,
} from '../src/lint/rule-kit.js';
import type { Field, Idea } from '../src/parse/types.js';

export const options = z
  .object({
    minWords: z.number().int().nonnegative().default(40).describe('Fewest words of explanation an idea needs.'),
    requireLink: z.boolean().default(false).describe('Also flag ideas with no link to code, an issue or a reference.'),
  })
  .strict();

/** Fields that are metadata, not explanation: their words do not count and their links are not references. */
const NOT_EXPLANATION = new Set([
  'mentors',
  'difficulty',
  'skills',
  'size',
  'verified',
  'inserted',
  'program',
  'review',
]);

export default defineRule({
  id: 'thin-description',
  description: 'Ideas explain the problem, what exists and where to start in enough words.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('thin-description'),
  messages: {
    tooShort:
      'This idea is explained in only {{words}}: say what the problem is, what exists today and where to start ({{minWords}} words or more).',
    noLink: 'This idea links to no code, issue or reference: add a link where an applicant can start reading.',
  },
  create(context) {
    return {
      idea(idea) {
        const { minWords, requireLink } = context.options;
        const description = idea.fields.description;
        const position = description?.valuePosition ?? description?.labelPosition ?? idea.titlePosition;
        const reports: RuleReport[] = [];
        const words = explanationWords(idea);
        if (words < minWords) {
          reports.push({
            messageId: 'tooShort',
            data: { words: `${words} word${words === 1 ? '' : 's'}`, minWords },
            position,
            subject: 'description',
          });
        }
        if (requireLink && !hasReference(idea, context.file.text)) {
          reports.push({
            messageId: 'noLink',
            position,
            subject: 'link',
          });
        }
        return reports;
      },
    };
  },
});

/** Words of the description, the expected outcomes, and any prose that belongs to no field; URLs and code excluded. */
function explanationWords(idea: Idea): number {
  const valueWords = (field: Field | undefined): number =>
    field && !isPlaceholder(field.value) ? countWords(withoutUrls(field.value)) : 0;
  const fields = Object.values(idea.fields).filter((field): field is Field => field !== undefined);
  const unlabelled: string[] = [];
  collectProse(idea.body, fields.map(fieldRange), unlabelled);
  return (
    valueWords(idea.fields.description) +
    valueWords(idea.fields.outcomes) +
    countWords(withoutUrls(unlabelled.join(' ')))
  );
}

/** `text` with its URLs and emails replaced by a space each (linear even on a very long token). */
function withoutUrls(text: string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of notProseRanges(text, true)) {
    out += `${text.slice(from, start)} `;
    from = end;
  }
  return out + text.slice(from);
}

/** From a field's label to the end of its value. */
function fieldRange(field: Field): [number, number] {
  return [field.labelPosition.start.offset, (field.valuePosition ?? field.labelPosition).end.offset];
}

/** Text of paragraphs and lists outside every field; headings, tables, code and HTML are not prose. */
function collectProse(nodes: RootContent[], fields: [number, number][], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'heading' || node.type === 'table' || node.type === 'code' || node.type === 'html') continue;
    if (node.type === 'inlineCode') continue;
    if (node.type === 'text') {
      const start = node.position?.start.offset ?? -1;
      if (!fields.some(([from, to]) => start >= from && start < to)) out.push(node.value);
    } else if ('children' in node) collectProse(node.children as RootContent[], fields, out);
  }
}

const BARE_URL = /(?:https?:\/\/|www\.)\S/g;

/**
 * Whether the idea links anywhere outside its metadata fields (a Markdown link, a bare URL, an issue field). Bare
 * URLs are text to the parser, so they are found in the source of each text node and placed by their own offset
 * (a paragraph may run on into a mentors line).
 */
function hasReference(idea: Idea, text: string): boolean {
  const metadata = Object.entries(idea.fields)
    .filter(([name, field]) => field && NOT_EXPLANATION.has(name))
    .map(([, field]) => fieldRange(field!));
  const inMetadata = (offset: number): boolean => metadata.some(([from, to]) => offset >= from && offset < to);
  const bareUrlOutsideMetadata = (start: number, end: number): boolean => {
    for (const match of text.slice(start, end).matchAll(BARE_URL)) if (!inMetadata(start + match.index)) return true;
    return false;
  };
  const visit = (nodes: RootContent[]): boolean =>
    nodes.some((node) => {
      const start = node.position?.start.offset ?? -1;
      if (node.type === 'text') return bareUrlOutsideMetadata(start, node.position?.end.offset ?? start);
      if (inMetadata(start)) return false;
      if ((node.type === 'link' || node.type === 'definition') && !node.url.startsWith('mailto:')) return true;
      if (node.type === 'linkReference') return true;
      return 'children' in node && visit(node.children as RootContent[]);
    });
  if (visit(idea.body)) return true;
  return Object.entries(idea.fields).some(
    ([name, field]) => field && !NOT_EXPLANATION.has(name) && /(?:https?:\/\/|www\.)\S/.test(field.raw),
  );
}
