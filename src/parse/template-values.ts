// Parse stage: field values an idea copied from the page's own template — the template's text left in, not a value.
import { isTemplateSlotTitle } from './headings.js';
import { markdownToText } from './text.js';
import { TEMPLATE_VALUE_MIN_WORDS } from './thresholds.js';
import type { Idea } from './types.js';
import type { Unit } from './units.js';

/**
 * Empties the fields of `ideas` whose value repeats, word for word, a value of the page's template: the labels of a
 * section titled as a template slot (`### Project template name` over `* **Requirements:** any required experience
 * or knowledge.`, Racket 2016, regression-9). An idea written from the template whose author left its text in
 * (`* Requirements: any required experience or knowledge.` under `### Video editing DSL`) states nothing there: the
 * field is read as empty, as a `TBD` is. A short template value (`Python`, `Medium`) is an example, which a real idea
 * may well share, so only values of TEMPLATE_VALUE_MIN_WORDS words or more count.
 */
export function clearTemplateValues(ideas: Idea[], units: Unit[], text: string): void {
  const template = templateValues(units, text, ideas);
  if (template.size === 0) return;
  for (const idea of ideas)
    for (const [name, field] of Object.entries(idea.fields)) {
      if (!field || !template.has(comparable(field.value))) continue;
      idea.fields[name as keyof Idea['fields']] = {
        name: field.name,
        label: field.label,
        value: '',
        raw: '',
        labelPosition: field.labelPosition,
      };
    }
}

/**
 * The values the labels of the page's template sections give, compared as `comparable` makes them. A section read as
 * an idea is none, whatever its title (OpenGov Africa's `### 🧩 Example Idea 1 – Open Civic Data Dashboard`,
 * regression-7, is an idea with its own values).
 */
function templateValues(units: Unit[], text: string, ideas: Idea[]): Set<string> {
  const values = new Set<string>();
  const inIdea = (offset: number): boolean =>
    ideas.some((idea) => offset >= idea.position.start.offset && offset < idea.position.end.offset);
  let depth = 0;
  for (const unit of units) {
    if (inIdea(unit.start)) {
      depth = 0;
      continue;
    }
    if (unit.kind === 'heading') {
      if (depth > 0 && unit.depth <= depth) depth = 0;
      if (depth === 0 && isTemplateSlotTitle(markdownToText(text.slice(unit.start, unit.end)))) depth = unit.depth;
      continue;
    }
    if (depth === 0) continue;
    if (unit.kind === 'break') {
      depth = 0;
      continue;
    }
    for (const hit of unit.hits) {
      const value = comparable(markdownToText(text.slice(hit.valueStart, hit.valueEnd)));
      if (value.split(' ').length >= TEMPLATE_VALUE_MIN_WORDS) values.add(value);
    }
  }
  return values;
}

/** A value as compared: lower case, one space between words, no closing punctuation. */
function comparable(value: string): string {
  return value
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!;:,]+$/, '');
}
