// invalid-date: a date field (Date of insert, Verified) that cannot be read, or can be read more than one way.
// Serves the freshness checks: a date nobody can read tells reviewers nothing about how current an idea is.
import { z } from 'zod';
import {
  defineRule,
  docsUrl,
  parseDate,
  quote,
  type DateOrder,
  type DateReading,
  type RuleReport,
} from '../src/lint/rule-kit.js';
import type { Field, IdeaFile } from '../src/parse/types.js';

export const options = z.object({}).strict();

const DATE_FIELDS = ['inserted', 'verified'] as const;

const ORDER_NAMES: Record<DateOrder, string> = { dmy: 'day-first', mdy: 'month-first', ymd: 'year-first' };

export default defineRule({
  id: 'invalid-date',
  description: 'Date fields hold dates that read one way only.',
  defaultSeverity: 'notice',
  options,
  docs: docsUrl('invalid-date'),
  fixable: true,
  messages: {
    notADate: '{{label}} {{value}} is not a date: write it in ISO form (YYYY-MM-DD).',
    ambiguous:
      '{{label}} {{value}} could be {{iso}} or {{swapped}}: write it in ISO form (YYYY-MM-DD) so it reads one way.',
    notYearFirst:
      "{{label}} {{value}} is not year-first, unlike this file's year-first dates: write it in ISO form ({{iso}}).",
    againstOrder:
      "{{label}} {{value}} is {{written}}, unlike this file's {{order}} dates: write it in ISO form ({{iso}}).",
    mixed:
      '{{label}} {{value}} is {{written}}, but other dates in this file are {{other}}: write it in ISO form ({{iso}}).',
    twoDigitYear: '{{label}} {{value}} has a two-digit year: write it in ISO form ({{iso}}).',
  },
  create(context) {
    // Whether this file's dates show both orders; read once per file, and only when there is no order.
    let mixedOrders: boolean | undefined;
    return {
      idea(idea) {
        const reports: RuleReport[] = [];
        for (const name of DATE_FIELDS) {
          const field = idea.fields[name];
          if (!field?.valuePosition) continue;
          const mixed = !context.dateOrder && (mixedOrders ??= mixesOrders(context.file));
          const report = checkDate(field, parseDate(field.value, context.dateOrder), context.dateOrder, mixed);
          if (report) reports.push({ ...report, position: field.valuePosition, subject: name });
        }
        return reports;
      },
    };
  },
});

/** What is wrong with one date value, and the ISO fix when the reading is certain. */
function checkDate(
  field: Field,
  reading: DateReading,
  order: DateOrder | undefined,
  mixed: boolean,
): Omit<RuleReport, 'position'> | undefined {
  const said = { label: field.label, value: quote(field.value) };
  if (reading.kind === 'invalid') return { messageId: 'notADate', data: said };
  if (reading.kind !== 'date' || !reading.date) return undefined;
  const iso = reading.date;
  const fix = {
    range: [field.valuePosition!.start.offset, field.valuePosition!.end.offset] as [number, number],
    text: iso,
  };
  if (reading.ambiguous) {
    const [year, month, day] = iso.split('-');
    return { messageId: 'ambiguous', data: { ...said, iso, swapped: `${year}-${day}-${month}` } };
  }
  if (reading.contradictsOrder && order) {
    if (order === 'ymd') return { messageId: 'notYearFirst', data: { ...said, iso }, fix };
    const written = ORDER_NAMES[order === 'dmy' ? 'mdy' : 'dmy'];
    return { messageId: 'againstOrder', data: { ...said, written, order: ORDER_NAMES[order], iso }, fix };
  }
  const side = mixed ? orderOf(field.value) : undefined;
  if (side) {
    const other = ORDER_NAMES[side === 'dmy' ? 'mdy' : 'dmy'];
    return { messageId: 'mixed', data: { ...said, written: ORDER_NAMES[side], other, iso }, fix };
  }
  if (reading.twoDigitYear) return { messageId: 'twoDigitYear', data: { ...said, iso }, fix };
  return undefined;
}

/** Whether the file's dates show both orders (`01/22/2013` and `28/11/2013`), so no order could be inferred. */
function mixesOrders(file: IdeaFile): boolean {
  const orders = new Set(
    file.ideas.flatMap((idea) => DATE_FIELDS.map((name) => orderOf(idea.fields[name]?.value ?? ''))),
  );
  return orders.has('dmy') && orders.has('mdy');
}

/** The only order a numeric date can be read in (`28/11/2013` → dmy), or undefined. */
function orderOf(value: string): 'dmy' | 'mdy' | undefined {
  if (parseDate(value, 'mdy').contradictsOrder) return 'dmy';
  if (parseDate(value, 'dmy').contradictsOrder) return 'mdy';
  return undefined;
}
