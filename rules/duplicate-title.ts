// duplicate-title: two ideas in one file with the same title. Applicants, reviewers and the per-idea
// scorecard tell ideas apart by title; a copy-pasted idea or a merge leftover makes two ideas one name.
import { z } from 'zod';
import { defineRule, docsUrl, quote, type RuleReport } from '../src/lint/rule-kit.js';

export const options = z.object({}).strict();

export default defineRule({
  id: 'duplicate-title',
  description: 'Each idea in a file has its own title.',
  defaultSeverity: 'error',
  options,
  docs: docsUrl('duplicate-title'),
  messages: {
    duplicate:
      'The title {{title}} is already used by the idea on line {{line}}: give each idea its own title, or merge the two.',
  },
  create({ file }) {
    return {
      file() {
        const firstLine = new Map<string, number>();
        const reports: (RuleReport & { idea: string })[] = [];
        for (const idea of file.ideas) {
          const key = normaliseTitle(idea.title);
          if (key === '') continue;
          const line = firstLine.get(key);
          if (line === undefined) {
            firstLine.set(key, idea.titlePosition.start.line);
            continue;
          }
          reports.push({
            messageId: 'duplicate',
            data: { title: quote(idea.title), line },
            position: idea.titlePosition,
            subject: 'title',
            idea: idea.title,
          });
        }
        return reports;
      },
    };
  },
});

/** The title for comparison: letters and digits only, case, accents, punctuation and spacing ignored. */
function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
