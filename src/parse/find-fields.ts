// Parse stage: field extraction within one idea — labels, their values, and the implicit description.
import type { Table } from 'mdast';
import { isFieldLineHeading } from './label-headings.js';
import { fieldNames, isQuantity, toField, type RawField } from './raw-field.js';
import { readTable } from './tables.js';
import { markdownToText, rangeAt, templateCommentStart } from './text.js';
import type { Unit } from './units.js';
import { FIELD_NAMES, type Field, type FieldName, type ParseOptions } from './types.js';
import { HEAD_NOUNS, normalizeLabel } from './labels.js';
import { LEAD_IN_MAX_WORDS } from './thresholds.js';
import { findEmails } from './values/emails.js';
import { namesMentorContact, parsePeople } from './values/people.js';
import { parseDifficulty } from './values/difficulty.js';
import { TIME_UNIT } from './values/size.js';

/** Fields whose value runs on over following paragraphs (`Description: …` then more paragraphs). */
const LONG_FORM = new Set<FieldName>(['description']);

interface Open {
  name?: FieldName;
  /** Further fields a combined label names. */
  also?: FieldName[];
  /** The field named instead when the value is a size quantity (`Scope`). */
  quantity?: FieldName;
  /** No field unless the value is a size quantity (`Timeline`). */
  quantityOnly?: boolean;
  /** From a weak label (`Involves`, a loose plain match): a later specific label of the field replaces it. */
  weak: boolean;
  label: string;
  labelStart: number;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
  /** Offset after which nothing belongs to the field (end of its list item, or of a closed `**Label: value**`). */
  scopeEnd: number;
  /** End of the enclosing list item: nothing after it belongs to the field, whatever the mode. */
  boundEnd: number;
  listLevel: number;
  mode: 'line' | 'block';
  /** The paragraph the label line is in (line mode ends with it outside lists). */
  node: unknown;
  /** Depth of the sub-heading that is the label; deeper non-label headings stay inside the value. */
  headingDepth: number;
  leadIn: boolean;
  /** A label line without a value of its own, not a heading (`**Expected Outcomes**` alone, `Outcomes:`). */
  bare: boolean;
  /** Top-level node index after which the value ends (a lead-in followed by a list takes only that list). */
  lastTop: number;
  /** For an empty list-item label: the top-level list it sits in; its value may follow the list. */
  spillTop: number;
  /** Whether a unit outside the label's own paragraph has been taken. */
  sawBlock: boolean;
  /** Offsets of a template comment to leave out of the value text. */
  cut?: [number, number];
}

/** Everything the extractor needs besides the units. */
export interface FieldContext {
  text: string;
  starts: number[];
  options: ParseOptions;
}

/**
 * Extracts the fields of the units `units[from..to)`: the first occurrence of each canonical field wins, except
 * that a specific label replaces an earlier weak one (`Involves` in a table, then `#### Helpful Experience`).
 */
export function findFields(
  units: Unit[],
  from: number,
  to: number,
  context: FieldContext,
  initial: Field[] = [],
): Partial<Record<FieldName, Field>> {
  const { text } = context;
  const fields: Partial<Record<FieldName, Field>> = {};
  const weak = new Set<FieldName>();
  for (const field of initial) if (!fields[field.name]) fields[field.name] = field;
  let open: Open | undefined;
  let free: [number, number] | undefined;
  let freeDone = false;
  // A paragraph that is a size quantity and no more states the size when no label does.
  let sizeLine: Field | undefined;
  // Every skills field whose label's head is `requirements` (`Project Requirements`, `Technical Requirements`).
  const requirements: Field[] = [];

  // An empty label (`## Skills and mentors` heading `Required skills: …`) is weak too: a filled one replaces it.
  // A mentors field of prose naming nobody (`### Mentors` "The Taskflow Team will mentor …") gives way to a later
  // one that names someone (`### Contact` with the person's address).
  // A later field the first one keeps may still add to it (addsMentors: `**Backup Mentor:** B`).
  const keep = (name: FieldName, isWeak: boolean, make: () => Field): void => {
    const existing = fields[name];
    const nobody = existing !== undefined && name === 'mentors' && namesNobody(existing);
    if (existing && (isWeak || !weak.has(name)) && !nobody) {
      if (name !== 'mentors') return;
      const added = make();
      if (addsMentors(added)) fields[name] = joinFields(existing, added, context);
      return;
    }
    const field = make();
    if (existing && field.value === '') return;
    if (nobody && namesNobody(field)) return;
    fields[name] = field;
    if (isWeak || field.value === '') weak.add(name);
    else weak.delete(name);
  };
  // The mentors field was the last thing read, with nothing but their address lines after it (addressLine).
  let afterMentors = false;
  const close = (): void => {
    const current = open;
    const mentorsBefore = fields.mentors;
    const levelOnly = current?.name !== undefined && current.also !== undefined && statesLevelOnly(current, context);
    if (current?.name)
      for (const name of fieldNames({ name: current.name, also: current.also })) {
        if (levelOnly && name !== 'difficulty') continue;
        // `**Scope:** 350 hours`: the field converted may be the size its quantity states.
        const field = openToField(current, context, name);
        if (field?.name === 'skills' && REQUIREMENTS_LABEL.test(field.label)) requirements.push(field);
        // A combined label (`### Difficulty & Requirements`) shares its value: a specific label after it
        // (`You need know:` over the skills) wins for its field.
        if (field) keep(field.name, current.weak || current.also !== undefined, () => field);
      }
    // Only a mentors field read or joined here takes the address lines after it (a second one dropped gives none).
    if (current) afterMentors = current.name === 'mentors' && fields.mentors !== mentorsBefore;
    open = undefined;
  };

  // The top-level node of the last labelled line when its last label named the mentors (see mentorAddress).
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (unit.kind === 'comment') continue;
    // A rule right under a label heading, before any of its value (`### Expected Outcome` ⏎ `---` ⏎ text), underlines
    // the heading, as wiki exports rule every heading (Synoptic's `## Title ##` ⏎ `---`): the value is the text below.
    if (unit.kind === 'break' && open && open.headingDepth > 0 && open.valueStart < 0) continue;
    if (!sizeLine && unit.hits.length === 0) sizeLine = readSizeLine(unit, context);
    // `导师：张三` ⏎ `电子邮件：x@y.com` in one paragraph: an address label the line grammar does not take as one
    // (a Chinese label is not capitalised) still ends the mentors' line, so the address joins them as below.
    // A sub-label line the grammar does not know (`Stretch outcomes:` under a bare `**Expected Outcomes**`) goes on
    // with the bare label's value rather than ending it (isSubLabel).
    if (open && unit.labelLike && isSubLabel(open, unit, text)) {
      extendOpen(open, unit);
      continue;
    }
    const opened: Open | undefined = open;
    if (
      opened?.name === 'mentors' &&
      opened.mode === 'line' &&
      unit.hits.length === 0 &&
      addressLine(text, unit)?.labelled
    )
      close();
    if (open && endsField(open, unit)) close();
    // `**导师：** yxxhero` ⏎ `**邮箱：** <x@y.com>`, `**Mentor: Jane Doe**` ⏎ `**<jane@x.org>**`: a line of addresses
    // alone, or under a bare address label, right after the mentors gives their addresses.
    const mentors = fields.mentors;
    if (!open && afterMentors && mentors && unit.hits.length === 0 && lacksAddress(mentors)) {
      const address = addressLine(text, unit);
      if (address) {
        fields.mentors = joinFields(mentors, addressField(address, unit, context), context);
        continue;
      }
    }
    afterMentors = false;

    // `- Mentor(s):` with nested `- Primary Mentor: …` items: the nested labels are part of the value, and so are
    // nested weak ones of another field (`- Expected Outcome:` over `  - Initial skills:`, the agent skills to build).
    // A heading's section is no such nesting: its list of labels (`### Project Details` ⏎ `- **Level**: Hard`) gives
    // fields, whatever the label word, as a paragraph's would (test/fixtures/VARIANTS.md gap 5: one vocabulary of
    // labels, whatever the separator and the layout around them).
    const current: Open | undefined = open;
    if (
      current?.name &&
      unit.hits.length > 0 &&
      unit.listLevel > current.listLevel &&
      unit.start < current.scopeEnd &&
      unit.hits.every((hit) => hit.name === current.name || (hit.weak && current.headingDepth === 0))
    ) {
      extendOpen(current, unit);
      continue;
    }
    // A bare label line heading a block (`**Expected Outcomes**` alone on its line, Algebraeon, regression-15) whose
    // labels below name its own field (`Main outcomes:` ⏎ items ⏎ `Stretch outcomes:` ⏎ items) has them as parts of its
    // value: sub-labels of one field, as nested items under `- Mentor(s):` are. Grammar: LABEL (bare) ⏎ (SUBLABEL
    // VALUE)+, each SUBLABEL naming LABEL's field only; a label of another field (`**Difficulty:** Easy`), a heading
    // or a rule ends it. A heading label (`### Outcomes`) is left as it is read.
    if (current && isSubLabel(current, unit, text)) {
      extendOpen(current, unit);
      continue;
    }
    if (unit.hits.length > 0) {
      // Text before a label further along the line (`Some prose. **Skills required**: …`) belongs to what came before.
      // A separator before a label glued into the line (`… familiarity with Git - Mentors: …`, readGluedLabel) is
      // neither's text.
      const prefixEnd = withoutSeparator(text, unit.start, trimmedEnd(text, unit.start, unit.hits[0].labelStart));
      // A symbol before the label (`🔥 **Difficulty:**`) is no text of its own.
      if (prefixEnd > unit.start && /[\p{L}\p{N}]/u.test(text.slice(unit.start, prefixEnd))) {
        const prefix: Unit = { ...unit, end: prefixEnd, hits: [] };
        if (open && !endsField(open, prefix)) extendOpen(open, prefix);
        else if (!open && !freeDone) free = extend(free, prefix);
      }
      close();
      freeDone ||= free !== undefined;
      unit.hits.forEach((hit, position) => {
        const last = position === unit.hits.length - 1;
        open = startField(unit, hit, last ? undefined : hit.valueEnd, text);
        if (!last || (open.scopeEnd <= unit.end && open.spillTop < 0)) close();
      });
      continue;
    }
    if (unit.kind === 'table') {
      const reading = readTable(unit.node as Table, text, context.options);
      if (reading.kind === 'fields') {
        close();
        freeDone ||= free !== undefined;
        for (const cell of reading.fields)
          for (const name of fieldNames(cell)) {
            const field = toField(cell, context, name);
            if (field) keep(field.name, cell.weak, () => field);
          }
        continue;
      }
    }
    if (open) {
      extendOpen(open, unit);
      continue;
    }
    if (freeDone) continue;
    if (unit.kind === 'heading' || unit.kind === 'break') {
      if (free) freeDone = true;
      continue;
    }
    free = extend(free, unit);
  }
  close();
  if (!fields.size && sizeLine) fields.size = sizeLine;
  deliverableRequirements(fields, requirements);
  // An empty description label (`**Details:**` heading a list of other labels) leaves the prose as description.
  if ((!fields.description || fields.description.value === '') && free) {
    const raw = text.slice(free[0], free[1]);
    const value = markdownToText(raw);
    if (value) {
      const position = rangeAt(context.starts, free[0], free[1]);
      fields.description = {
        name: 'description',
        label: '',
        value,
        raw,
        labelPosition: position,
        valuePosition: position,
      };
    }
  }
  return fields;
}

/**
 * Whether a unit is a sub-label of the bare label line the open field started with (`**Expected Outcomes**` alone on
 * its line, Algebraeon, regression-15): a label of that field before any value (`Main outcomes:`), or a label-like
 * line the grammar does not know whose head is a head of that field (`Stretch outcomes:`, `Secondary outcomes:`). A
 * heading, a unit outside the label's list item, and a known label once the field has a value (`**Project Size:** 175
 * hours` after `**Project length**` ⏎ `350 hours`: a second statement) are none; so are the mentors' labels and the
 * description's.
 */
function isSubLabel(open: Open, unit: Unit, text: string): boolean {
  const name = open.name;
  // Several mentor labels (`**Coding Mentors**` ⏎ … ⏎ `**Assisting Mentors**`) are joined as people by their own rule.
  if (!name || name === 'mentors' || !open.bare || open.mode !== 'block' || unit.kind === 'heading') return false;
  if (unit.listLevel < open.listLevel || unit.start >= open.boundEnd) return false;
  if (unit.hits.length > 0) return open.valueStart < 0 && unit.hits.every((hit) => !hit.also && hit.name === name);
  // The description runs on over its paragraphs by its own rule (LONG_FORM); a label-like line there is left to end it.
  if (!unit.labelLike || name === 'description') return false;
  const label = /^([^:：\n]{1,60}?)[ \t]*[:：]/.exec(text.slice(unit.start, unit.end).replace(/^[*_\s]+/, ''));
  const head = label ? normalizeLabel(label[1]).split(' ').pop() : undefined;
  return head !== undefined && HEADS[name].has(head);
}

/** The head nouns of each field, normalised as labels are (one word each). */
const HEADS = Object.fromEntries(
  FIELD_NAMES.map((name) => [name, new Set(HEAD_NOUNS[name].map((noun) => normalizeLabel(noun)))]),
) as Record<FieldName, Set<string>>;

function extend(range: [number, number] | undefined, unit: Unit): [number, number] {
  return range ? [range[0], Math.max(range[1], unit.end)] : [unit.start, unit.end];
}

function startField(unit: Unit, hit: Unit['hits'][number], cutAt: number | undefined, text: string): Open {
  const valueEnd = cutAt ?? hit.valueEnd;
  let inline = text.slice(hit.valueStart, valueEnd);
  let cut: [number, number] | undefined;
  const comment = templateCommentStart(inline);
  if (comment >= 0) {
    cut = [hit.valueStart + comment, valueEnd];
    inline = inline.slice(0, comment);
  }
  const trimmed = inline.trim();
  const leadIn = trimmed === '' || (/:$/.test(trimmed) && trimmed.split(/\s+/).length <= LEAD_IN_MAX_WORDS);
  const isHeading = unit.kind === 'heading';
  const longForm = LONG_FORM.has(hit.name);
  // A label that starts a list item owns the item; one further down an item is bounded by it, like a paragraph.
  const scopeEnd =
    hit.closed || cutAt !== undefined
      ? valueEnd
      : unit.itemStart && hit.labelStart === unit.start
        ? unit.itemEnd
        : Infinity;
  const valueStart = trimmed === '' ? -1 : hit.valueStart;
  // An empty label closing its list item below the item's first line (`- **Project Size:** 525 hours` ⏎
  // `**Expected Outcomes:**` ⏎ `- Web app for thumbnail generation` ⏎ `- Export-ready designs`: the label line a lazy
  // continuation of the item before) heads the items after it, as the same label outside the list does: the item
  // does not bound its value (its following items without labels are the value; a labelled one ends it).
  const closesItem =
    trimmed === '' &&
    !isHeading &&
    !hit.closed &&
    cutAt === undefined &&
    unit.itemEnd !== Infinity &&
    !(unit.itemStart && hit.labelStart === unit.start) &&
    text.slice(unit.end, unit.itemEnd).trim() === '';
  return {
    name: hit.name,
    ...(hit.also ? { also: hit.also } : {}),
    ...(hit.quantity ? { quantity: hit.quantity } : {}),
    ...(hit.quantityOnly ? { quantityOnly: true } : {}),
    weak: hit.weak,
    label: hit.label,
    labelStart: hit.labelStart,
    labelEnd: hit.labelEnd,
    valueStart,
    valueEnd: valueStart < 0 ? -1 : cut && trimmed ? hit.valueStart + inline.trimEnd().length : valueEnd,
    scopeEnd,
    boundEnd: closesItem ? Infinity : unit.itemEnd,
    listLevel: closesItem ? unit.listLevel - 1 : unit.listLevel,
    // A field line written as a heading (`#### Difficulty: Hard` among label headings, label-headings.ts) gives its value
    // on its line, as the same label line does: the prose after it is the idea's.
    mode: (isHeading && !(trimmed !== '' && isFieldLineHeading(unit))) || leadIn || longForm ? 'block' : 'line',
    node: unit.node,
    headingDepth: isHeading ? unit.depth : 0,
    leadIn: leadIn && !isHeading,
    bare: trimmed === '' && !isHeading,
    lastTop: -1,
    spillTop:
      trimmed === '' && scopeEnd !== Infinity && unit.itemEnd !== Infinity && !hit.closed && cutAt === undefined
        ? unit.top
        : -1,
    sawBlock: false,
    cut: trimmed === '' ? undefined : cut,
  };
}

/** Whether a unit ends the open field: outside its scope, a rule, a heading, or another label at its level. */
function endsField(open: Open, unit: Unit): boolean {
  if (
    unit.start >= open.scopeEnd &&
    open.spillTop >= 0 &&
    open.valueStart < 0 &&
    unit.top > open.spillTop &&
    unit.kind !== 'heading'
  ) {
    // `- Description:` as the last item of a list, its text in the paragraphs after the list.
    open.scopeEnd = Infinity;
    open.boundEnd = Infinity;
    open.listLevel = 0;
    open.mode = 'block';
    open.spillTop = -1;
    return false;
  }
  if (unit.start >= open.scopeEnd || unit.start >= open.boundEnd || (open.lastTop >= 0 && unit.top > open.lastTop))
    return true;
  if (open.mode === 'line' && open.scopeEnd === Infinity && unit.node !== open.node) return true;
  if (unit.kind === 'break') return true;
  if (unit.kind === 'heading')
    return open.headingDepth === 0 || unit.depth <= open.headingDepth || unit.hits.length > 0;
  // A bold line right after an empty label is its value (`**Difficulty**<br>` then `**Hard**<br>`).
  if (unit.labelLike) return unit.listLevel <= open.listLevel && open.valueStart >= 0;
  return false;
}

function extendOpen(open: Open, unit: Unit): void {
  if (open.valueStart < 0) open.valueStart = unit.start;
  if (!open.sawBlock && unit.node !== open.node) {
    open.sawBlock = true;
    // A lead-in (`Outcomes:`, `Expected outcome:`) followed by a list takes that list and stops there.
    if (open.leadIn && open.scopeEnd === Infinity && unit.listLevel > 0) open.lastTop = unit.top;
  }
  open.valueEnd = Math.max(open.valueEnd, unit.end);
}

/** Converts an open field to a Field named `name` through the one raw-field converter. */
function openToField(open: Open, context: FieldContext, name: FieldName): Field | undefined {
  const { text } = context;
  const blank = open.valueStart < 0 || open.valueEnd <= open.valueStart;
  const start = blank ? 0 : open.valueStart;
  let end = blank ? 0 : open.valueEnd;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const raw: RawField = {
    name,
    label: open.label,
    labelStart: open.labelStart,
    labelEnd: open.labelEnd,
    valueStart: start,
    valueEnd: end,
    weak: open.weak,
    ...(open.quantity ? { quantity: open.quantity } : {}),
    ...(open.quantityOnly ? { quantityOnly: true } : {}),
  };
  if (blank) return toField(raw, context);
  const cut = open.cut && open.cut[0] >= start && open.cut[1] <= end ? open.cut : undefined;
  const midLine = start > 0 && !/[\r\n]/.test(text[start - 1]) && !/^[ \t>]*$/.test(lineBefore(text, start));
  return toField(raw, context, name, (source) =>
    markdownToText(cut ? text.slice(start, cut[0]) + text.slice(cut[1], end) : source, midLine),
  );
}

function lineBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return text.slice(start, offset);
}

/** `end` before a trailing spaced dash, pipe, middle dot or bullet, or a semicolon, and the spaces before it. */
function withoutSeparator(text: string, start: number, end: number): number {
  const before = text.slice(Math.max(start, end - 2), end);
  if (!/(?:[ \t][-–—|·•]|;)$/.test(before)) return end;
  return trimmedEnd(text, start, end - 1);
}

function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return at;
}

/**
 * Whether a combined label naming the difficulty (`Requirements/Difficulty:`) has a value of one clause (one line, no
 * list of things after a comma, semicolon, colon or bracket) that opens with a level (`intermediate to expert depending on the approach`, Racket 2016, regression-9): it states the level only. The
 * other fields it names come, when stated, after the level as a list or further lines (Shogun 2018's `### Difficulty &
 * Requirements` ⏎ `**Medium to difficult**, … you will need:` ⏎ `* ML Algorithms in C++`, regression).
 */
function statesLevelOnly(open: Open, context: FieldContext): boolean {
  if (open.name !== 'difficulty' && !open.also?.includes('difficulty')) return false;
  const value = openToField({ ...open, quantityOnly: false, quantity: undefined }, context, 'difficulty')?.value ?? '';
  if (value === '' || /[\r\n,;:(]/.test(value)) return false;
  const first = /^[\p{L}]+/u.exec(value)?.[0];
  return first !== undefined && parseDifficulty(first).recognised;
}

/** A figure of time (`350 h`, `175h`, `12 weeks`): a size line states one, not only a size word (`Medium`). */
const TIME_FIGURE = new RegExp(`\\d\\s*-?\\s*${TIME_UNIT}`, 'i');

/**
 * A paragraph of one line outside lists and quotes whose whole text is a size quantity with a figure of time
 * (GNSS-SDR's `**Large-sized project (350 h)**` under `### Description:`, regression-9): it states the size by its
 * shape, as a label would, so it is the size field when no label names one. The rule of the grammar: a value that
 * can only be a size names its field, as `**Scope:** 350 hours` does after a label of another field.
 */
function readSizeLine(unit: Unit, context: FieldContext): Field | undefined {
  if (unit.kind !== 'line' || !unit.firstLine || unit.listLevel > 0 || unit.quoted) return undefined;
  const nodeEnd = unit.node.position?.end.offset;
  if (nodeEnd === undefined || nodeEnd > unit.end) return undefined;
  const raw = context.text.slice(unit.start, unit.end);
  const value = markdownToText(raw);
  if (!TIME_FIGURE.test(value) || !isQuantity(value)) return undefined;
  const position = rangeAt(context.starts, unit.start, unit.end);
  return { name: 'size', label: '', value, raw, labelPosition: position, valuePosition: position };
}

const REQUIREMENTS_LABEL = /^(?:\p{L}+[ \t]+)?requirements?$/iu;
/** `Project requirements`: the requirements the work's product must meet. */
const PRODUCT_REQUIREMENTS = /^project[ \t]+requirements?$/i;
/** `Technical requirements`, `Skill requirements`: the requirements an applicant must meet. */
const APPLICANT_REQUIREMENTS =
  /^(?:technical|technology|tech|skills?|knowledge|applicant|student|contributor)[ \t]+requirements?$/i;

/**
 * Two requirements labels of one idea set against each other, one qualified as the applicant's (`Technical
 * Requirements`, `Skill requirements`) and one as the work's (`Project Requirements`): the
 * first names the skills, the second what the project must deliver, its outcomes. OSPP's template asks for
 * 项目产出要求 (the requirements of the project's output: outcomes) and 项目技术要求 (its technical requirements: skills),
 * and AOSC's English list (regression-13) writes them `- Project Requirements:` (a list of deliverables) and `- Technical
 * Requirements:`. Alone, `Project requirements` stays the skills it names in many lists (`requirements` is a skills
 * noun), and an idea that names outcomes otherwise keeps them.
 */
function deliverableRequirements(fields: Partial<Record<FieldName, Field>>, requirements: Field[]): void {
  if (fields.outcomes) return;
  const product = requirements.find((field) => PRODUCT_REQUIREMENTS.test(field.label) && field.value !== '');
  const applicant = requirements.find((field) => APPLICANT_REQUIREMENTS.test(field.label));
  if (!product || !applicant) return;
  fields.outcomes = { ...product, name: 'outcomes' };
  if (fields.skills === product) fields.skills = applicant;
}

/**
 * A label naming a mentor role (`Backup Mentor`, `Secondary Mentor`, `Co-Mentors`, `项目社区导师`, `合作导师联系方式`), not
 * just contact (`Contact`).
 */
const MENTOR_ROLE = /mentor|导师/i;

/**
 * Whether a later mentors field adds its people to the first one instead of being dropped: a second mentor-role label
 * (`**Mentor:** A` then `**Backup Mentor:** B`, `Co-Mentors:`, the weak `Secondary Mentor:`, Cesium and Pencil2D,
 * regression-8) names more mentors applicants should reach. A contact label (`Contact:`) names no role, and one
 * naming only placeholders (`Backup Mentor: TBA`) adds nobody. Only mentors join: of every other field an idea has
 * one value (a second `Difficulty:` restates or contradicts the first, and the first is kept).
 */
function addsMentors(added: Field): boolean {
  return MENTOR_ROLE.test(added.label) && namesSomeone(added);
}

/**
 * One field holding both fields' values, the first's label: its range runs from the first value to the second, and
 * its parts are each label's own value range, without the prose between them.
 */
function joinFields(first: Field, second: Field, context: FieldContext): Field {
  if (!first.valuePosition || !second.valuePosition) return first.valuePosition ? first : second;
  const start = Math.min(first.valuePosition.start.offset, second.valuePosition.start.offset);
  const end = Math.max(first.valuePosition.end.offset, second.valuePosition.end.offset);
  const parts = [...(first.parts ?? [first.valuePosition]), ...(second.parts ?? [second.valuePosition])].sort(
    (a, b) => a.start.offset - b.start.offset,
  );
  // `- Mentor: Jane Doe` ⏎ `- Mentor contact: jane@x.org` (AOSC, regression-13): the second label names the mentors'
  // addresses, and parsePeople gives addresses after a line of such a label to the people named before it, in order.
  const contact = namesMentorContact(second.label) ? `${second.label}:\n` : '';
  return {
    ...first,
    value: `${first.value}\n${second.value}`,
    raw: `${first.raw}\n\n${contact}${second.raw}`,
    valuePosition: rangeAt(context.starts, start, end),
    parts,
  };
}

/**
 * A bare label naming an address (`Email`, `E-mail address`, `Correo electrónico`, `Courriel`, `E-Mail-Adresse`, `邮箱`,
 * `电子邮件`, `导师邮箱`, `Почта`), with no person or role of its own: what follows it is an address of someone named
 * before it.
 */
const ADDRESS_LABEL =
  /^(?:(?:contact |mentor'?s? )?e-?mails?(?: address(?:es)?)?|mail|correo(?: electr[oó]nico)?|correio(?: eletr[oô]nico)?|courriel|adresse (?:e-?mail|électronique)|e-?mail-?adressen?|(?:导师|项目导师|联系)?(?:电子)?(?:邮箱|邮件)(?:地址)?|(?:эл(?:ектронная)?\.? )?почта)\s*[:：]\s*/iu;

/**
 * The addresses of a line that gives only addresses, alone (`**<jane@x.org>**`) or after a bare address label
 * (`**邮箱：** <x@y.com>`, `E-mail: jane@x.org`): their text as written and where it starts, or undefined.
 */
function addressLine(text: string, unit: Unit): { start: number; raw: string; labelled: boolean } | undefined {
  if (unit.kind !== 'line') return undefined;
  const line = text.slice(unit.start, unit.end);
  // Emphasis and Markdown escapes (`evenljj\[AT\]163.com`, an obfuscated address as a converter escapes it) dropped.
  const plain = line.replace(/\\(?=\S)/g, '').replace(/[*_~`]/g, '');
  const label = ADDRESS_LABEL.exec(plain.trimStart());
  const rest = label ? plain.trimStart().slice(label[0].length) : plain;
  const emails = findEmails(rest);
  if (emails.length === 0) return undefined;
  let left = rest;
  for (const email of [...emails].reverse()) left = left.slice(0, email.start) + left.slice(email.end);
  if (/\p{L}/u.test(left.replace(/mailto:/gi, ''))) return undefined;
  // After a label, the addresses start past its colon and the markup closing it (`**邮箱：** <x@y.com>`).
  const colon = label ? /^[^:：]*[:：][\s*_~`]*/.exec(line) : null;
  const start = unit.start + (colon ? colon[0].length : 0);
  return { start, raw: text.slice(start, unit.end), labelled: label !== null };
}

/** The address line as a field of its own, labelled as the mentors' contact so the people before it take it. */
function addressField(address: { start: number; raw: string }, unit: Unit, context: FieldContext): Field {
  const position = rangeAt(context.starts, address.start, unit.end);
  return {
    name: 'mentors',
    label: 'Mentor email',
    value: markdownToText(address.raw),
    raw: address.raw,
    labelPosition: position,
    valuePosition: position,
  };
}

/** Whether a mentors field names someone without an address (an address line after it can only be theirs). */
function lacksAddress(mentors: Field): boolean {
  return parsePeople(mentors.raw).some((person) => person.email === undefined);
}

/** Whether a mentors field names at least one person who is no placeholder (`TBA`). */
function namesSomeone(field: Field): boolean {
  return parsePeople(field.raw).some((person) => !person.placeholder);
}

/** Whether a mentors field has text but names no person (prose, a team, a channel). */
function namesNobody(field: Field): boolean {
  return field.raw.trim() !== '' && parsePeople(field.raw).length === 0;
}
