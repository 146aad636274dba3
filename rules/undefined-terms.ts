// undefined-terms: an acronym used in an idea that the idea never spells out or links. Peer Review Goal:
// "Are there unstated assumptions or undefined terminology?" Applicants land on one idea, so each idea stands alone.
import { z } from 'zod';
import { defineRule, docsUrl, quote, type Fix, type RuleContext } from '../src/lint/rule-kit.js';
import { findUndefinedTerms, pageTerms, type UndefinedTerm } from './undefined-terms/check-terms.js';
import { acronymLetters, endsWithLongForm, splitWords } from './undefined-terms/initials.js';
import { DICTIONARY_ACRONYMS } from './undefined-terms/dictionary-acronyms.js';
import { PACKS, PACK_NAMES, WELL_KNOWN } from './undefined-terms/well-known.js';

export const options = z
  .object({
    allow: z
      .array(z.string().min(1))
      .default([])
      .describe("Terms that never need defining in this list, e.g. the project's own names."),
    packs: z
      .array(z.enum(PACK_NAMES))
      .default([])
      .describe(`Domain packs of terms your applicants know: ${PACK_NAMES.join(', ')}.`),
    minLength: z.number().int().min(2).default(2).describe('Shortest acronym checked, in letters and digits.'),
    maxLength: z
      .number()
      .int()
      .min(2)
      .default(8)
      .describe('Longest acronym checked; longer all-capital words are taken as shouting.'),
    acceptConfigGlossary: z
      .boolean()
      .default(false)
      .describe(
        "Count the config's glossary as a definition; by default its expansions are offered as fixes, since readers cannot see the config.",
      ),
  })
  .strict();

type Options = z.output<typeof options>;

/** Shortest dictionary acronym read as everyday language (see BUILT_IN). */
const DICTIONARY_MIN_LENGTH = 3;

/**
 * Terms known without a definition: the curated list, and the acronyms of three letters or more a standard English
 * dictionary lists as words (`DNA`, `ISP`, `DVD`): an acronym in a general dictionary is everyday language. Two-letter
 * entries are left out: most are postal codes and titles (`CA` California, `MC` master of ceremonies) whose
 * dictionary sense is not the one a technical list means (`CA` certificate authority, `MC` Minecraft, both read as
 * undefined, regression-6 and regression-5).
 */
const BUILT_IN = new Set([
  ...WELL_KNOWN.map((term) => term.toUpperCase()),
  ...DICTIONARY_ACRONYMS.filter((term) => term.length >= DICTIONARY_MIN_LENGTH),
]);

export default defineRule({
  id: 'undefined-terms',
  description: 'Ideas spell out or link every acronym a newcomer may not know.',
  defaultSeverity: 'warning',
  options,
  docs: docsUrl('undefined-terms'),
  fixable: true,
  messages: {
    undefined: '{{term}} is not defined in this idea: spell it out at first use, or link it.',
  },
  create(context) {
    const { minLength, maxLength } = context.options;
    const known = knownTerms(context);
    const page = pageTerms(context.file, { minLength, maxLength });
    const isKnown = (key: string): boolean => BUILT_IN.has(key) || known.has(key) || page.has(key);
    const check = { minLength, maxLength, isKnown, isPageWord: (key: string): boolean => page.has(key) };
    return {
      idea(idea) {
        return findUndefinedTerms(idea, context.file, context.lineStarts, check).map((use) => ({
          messageId: 'undefined',
          data: { term: quote(use.word) },
          position: use.position,
          subject: use.term,
          ...suggestFix(use, context.glossary),
        }));
      },
    };
  },
});

/** Keys known for this run: allowed terms, packs, the file's glossary section, and the config's glossary if accepted. */
function knownTerms(context: RuleContext<Options>): Set<string> {
  const { allow, packs, acceptConfigGlossary } = context.options;
  const terms = [...allow, ...packs.flatMap((pack) => PACKS[pack] ?? []), ...Object.keys(context.file.glossary)];
  if (acceptConfigGlossary) terms.push(...Object.keys(context.glossary));
  return new Set(terms.map((term) => term.toUpperCase()));
}

/** With an expansion in the glossary, replace the first use by "Expansion (TERM)", or "TERM (Expansion)" when the initials differ. */
function suggestFix(use: UndefinedTerm, glossary: Record<string, string>): { fix?: Fix } {
  if (!use.exact) return {};
  const entry = Object.entries(glossary).find(([term]) => term.toUpperCase() === use.key);
  const expansion = entry?.[1].trim();
  if (!expansion) return {};
  const plural = use.plural && !/s$/i.test(expansion) ? `${expansion}s` : expansion;
  const text = endsWithLongForm(splitWords(plural), acronymLetters(use.term))
    ? `${plural} (${use.word})`
    : `${use.word} (${plural})`;
  return { fix: { range: [use.position.start.offset, use.position.end.offset], text } };
}
