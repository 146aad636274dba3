// Lint stage: the rule kit, the one module a rule imports from src/ (ESLint fences rules/ to it and to src/parse
// types). It gathers what rules share: the rule shapes and `defineRule`, message wording, positions, the text blocks
// of an idea, and the parse stage's value readers. Pure: no I/O.
export { defineRule, docsUrl } from './define-rule.js';
export type { DateOrder } from '../parse/values/dates.js';
export type { FileRuleReport, Fix, Rule, RuleCheckers, RuleContext, RuleReport } from './types.js';
export { fieldProblemReport, requireField, type FieldCheck } from './require-field.js';
export { quote } from './words.js';
export {
  groupBlocks,
  ideaBlocks,
  introBlocks,
  notProseRanges,
  outsideHeadingBlocks,
  type TextBlock,
} from './text-blocks.js';
export { countWords, lineStarts, rangeAt, stripEmoji } from '../parse/text.js';
export { lastDayOfYear, parseDate, type DateReading } from '../parse/values/dates.js';
export { DEFAULT_DIFFICULTY_SCALE, parseDifficulty, type DifficultyScale } from '../parse/values/difficulty.js';
export { parsePeople, type Person } from '../parse/values/people.js';
export { peopleOf } from './field-people.js';
export { isPlaceholder } from '../parse/values/placeholder.js';
export { parseSize } from '../parse/values/size.js';
