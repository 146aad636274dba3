// Parse stage: the heading outline — titles, nesting, and which fields sit directly under each heading.
import { FINISHED_MARK, isDatedRecord, isIdeasGroup, isOverSection, isPastSection } from './past-work.js';
import { joinRecurringSections } from './recurring-sections.js';
import { readTable } from './tables.js';
import { countWords, inlineToText } from './text.js';
import type { Unit } from './units.js';
import type { FieldName, ParseOptions } from './types.js';
import {
  FORM_MIN_ITEMS,
  NON_IDEA_TITLE_MAX_WORDS,
  PROJECT_LIST_MAX_LOOSE_PROSE,
  SEPARATED_IDEAS_MIN,
  THIN_IDEA_MIN_PROSE,
  UNLABELLED_IDEA_MIN_PROSE,
  VALUE_LINE_MAX_WORDS,
} from './thresholds.js';

/** What the segmenter knows about one top-level heading. */
export interface HeadingInfo {
  unit: number;
  depth: number;
  title: string;
  titleStart: number;
  isLabel: boolean;
  /** A sub-heading whose title repeats under many ideas (`#### Details`): part of an idea, never one. */
  isPart?: boolean;
  parent: number;
  fields: Set<FieldName>;
  prose: number;
  /** Words of prose outside lists. */
  looseProse: number;
  /** Top-level list items in the heading's own text, and those that only name something (a link or a title). */
  listItems: number;
  titleItems: number;
  /** List items naming another heading of the file (by its title or an `#anchor` link): a table of contents. */
  referenceItems: number;
  hasIdeaTables: boolean;
  /** Every field comes from a label sub-heading (`## Contact`), none from a label line or table. */
  fieldsFromHeadingsOnly: boolean;
  labelledDescendants: number;
  excluded: boolean;
  /** Excluded, and no section of the ideas after it either (`## Index`, `## Timeline`, unlike `## Project Ideas`). */
  notSection: boolean;
  idea?: boolean;
  /** The title names the heading an idea (`Project Idea: Update the docs`, `Idea: …`, `Project #1: …`). */
  namedIdea: boolean;
  /** Every label in the heading's own text is a list item naming a field, with no value (`- Expected deliverables`). */
  emptyLabels: boolean;
  /**
   * The labels in the heading's own text, two or more with values, each define their field instead of giving it: every
   * value is a noun phrase opening with an article (`Estimated Time Commitment: An estimate for the total number of
   * hours…`, `Potential Mentor: The currently active team member…`). See DEFINITION.
   */
  definesLabels: boolean;
  /** Index (in `units`) of the first unit after the heading's subtree. */
  subtreeEnd: number;
  /** The heading reports past work under a group marked finished: no idea, but its depth still tells the idea depth. */
  pastWork?: boolean;
}

/**
 * A section telling the reader how to reach the organisation or get help, never an idea: `How to Contact` (FISSURE,
 * regression-14), `How to reach us`, `How to get in touch`, `Contact information`, `Contacts`, `Getting help`, `Get in
 * touch`, `Where to ask`, `Need help?`, `Support`, and the same in Spanish, Portuguese, French, German, Chinese and
 * Russian (`Cómo contactarnos`, `Contato`, `Nous contacter`, `Kontakt`, `联系方式`, `如何联系我们`, `Контакты`). The
 * title is only such a phrase: `Support for plugins` or `Help viewer redesign` stay ideas.
 */
const CONTACT_OBJECT = String.raw`(?:with )?(?:us|me|out|the (?:team|mentors?|maintainers|developers|community|organi[sz]ers|admins?))`;
const CONTACT_SECTION = new RegExp(
  String.raw`^(?:\d+[.)]\s*)?(?:` +
    // English: a verb of reaching someone or getting help, with its object where the verb alone would be vague.
    String.raw`(?:(?:how (?:to|do i|can i|you can) |ways to |where to )?(?:(?:contact(?:ing)?|get(?:ting)? in touch|communicat(?:e|ing))(?: ${CONTACT_OBJECT})?|(?:reach(?:ing)?|talk(?:ing)? to|ask(?:ing)?|connect(?:ing)?) ${CONTACT_OBJECT}|ask(?:ing)? (?:for help|questions?)|(?:get(?:ting)?|find(?:ing)?) (?:help|support)))` +
    String.raw`|contacts?(?: (?:info(?:rmation)?|details|points?|persons?|people|channels?))?|(?:need |getting |get )?help|support(?: channels?)?` +
    // Spanish, Portuguese, French, German, Chinese, Russian.
    String.raw`|c[oó]mo (?:contactar(?:nos|te)?|comunicarse|comunicar(?:nos|te)?|entrar em contato|obtener ayuda|pedir ayuda)|contactos?|contatos?|fale conosco|ayuda|ajuda|(?:comment )?nous contacter|aide|kontakte?|hilfe` +
    String.raw`|(?:如何)?联系(?:方式|我们|人|导师)?|联络方式|获取帮助|帮助|контакты|как (?:с нами )?связаться(?: с нами)?|помощь` +
    String.raw`)\s*[:?？：]?$`,
  'i',
);

/**
 * The reader's questions as a page section (`Questions`, `Queries`, `Any questions`, `Fragen`, `Preguntas`, `Dudas`,
 * `Dúvidas`, `Вопросы`, `问题`, `答疑`), and what a page asks of its reader beside them (`Feedback`, `Comments`,
 * `Suggestions`, `Discussion`, `Rückmeldung`, `Retours`, `Обратная связь`, `反馈`, `交流`): parts of a joined section
 * title (isJoinedSection), never alone.
 */
const READER_QUESTIONS =
  /^(?:(?:any|your|more|other)\s+)?(?:questions?|queries|inquiries|enquiries|doubts)$|^(?:fragen|r[uü]ckfragen|preguntas|dudas|consultas|perguntas|d[uú]vidas|вопросы|问题|疑问|答疑|咨询)$/iu;
const READER_FEEDBACK =
  /^(?:feedback|comments|suggestions|discussions?|r[uü]ckmeldungen?|sugerencias|comentarios|sugest[oõ]es|commentaires|retours|обратная связь|предложения|反馈|建议|讨论|交流)$/iu;
/**
 * The joints of a joined title: `&`, `and`, `/`, `+`, a comma, a dash or bar between spaces, a question's mark
 * (`Questions? Contact us`), and `und`, `y`, `e`, `et`, `и`, `与`, `和`, `及`.
 */
const JOINT = /\s*(?:&|\+|\/|,|、|与|和|及)\s*|\s+(?:and|und|y|e|et|и|[-–—|])\s+|[?？!]\s*/iu;

/**
 * Grammar: a page section titled by two or more section names joined (`Contact & Questions`, Swapso, regression-16;
 * `Questions and Contact`, `Help & Support`, `Support / Feedback`, `FAQ & Contact`, `Kontakt & Fragen`, `Contacto y
 * preguntas`, `Contato e dúvidas`, `Контакты и вопросы`, `联系与反馈`): each part is itself a way to reach the
 * organisation or get help (CONTACT_SECTION), the reader's questions or feedback (READER_QUESTIONS, READER_FEEDBACK) or
 * a section known to be none (NOT_AN_IDEA), and one part at least is a contact, help, FAQ or questions section. It is
 * the page's contacts, never an idea. A part naming a thing (`Contact & Calendar sync`, `Questions and answers widget`)
 * keeps the title an idea's, and so do feedback words alone (`Comments and discussions`, a forum's feature).
 */
function isJoinedSection(title: string): boolean {
  const parts = title
    .replace(/^\d+[.)]\s*/, '')
    .split(JOINT)
    .map((part) => part.trim().replace(/[\s:?？：!.]+$/u, ''))
    .filter((part) => part !== '');
  if (parts.length < 2) return false;
  let reach = false;
  for (const part of parts) {
    if (CONTACT_SECTION.test(part) || READER_QUESTIONS.test(part) || /^(?:faqs?|常见问题)$/iu.test(part)) reach = true;
    else if (!READER_FEEDBACK.test(part) && !NOT_AN_IDEA.test(part)) return false;
  }
  return reach;
}

/** Headings that are never ideas: tables of contents, timelines, instructions, admin and glossary sections. */
const NOT_AN_IDEA =
  /^(?:\d+[.)]\s*)?(?:table of contents|contents|toc|index|timeline|(?:important |key )?dates|schedule|admins?|administrators?|administrative notes?|org(?:anization)? admins?|status|mentors?|(?:coding |assisting |our |potential |available |list of )?mentors?(?: list)?|about(?: us| [\w-]+)?|introduction|intro|getting started|how to (?:apply|contribute|get started|write|submit)[\w\s]*|application(?: instructions| process| template)?|(?:project |application )?instructions|template|proposal template|idea template|faq|frequently asked questions|preguntas frecuentes|perguntas frequentes|常见问题|contact(?: us)?|communication|resources|links|useful links|references|glossary|terminology|terms|definitions|abbreviations|acronyms|notes?|criteria for ideas|(?:list of |the )?(?:project )?ideas(?: list)?|license|changelog|discuss the project idea with the mentor\(s\)|first steps|next steps|(?:general |proposal |application |contribution |contributor |contributors |submission |community )?guidelines|selection criteria|code of conduct|communication channels|eligibility|expectations|questions\??|acknowledge?ments|contributing)\s*:?$/i;

/**
 * Sections that are about the list, not an idea: `About <org>` (`Acerca de`, `Sobre`, `关于`), `Note about …`,
 * `Contact the mentors`, `Volunteers`.
 * Each opens with a non-idea noun, so the rest of the title does not matter.
 */
const LIST_SECTION =
  /^(?:\d+[.)]\s*)?(?:(?:about|acerca de|sobre)\b.{0,60}|关于.{0,60}|(?:a |some )?notes? (?:about|on|for|regarding)\b.{0,80}|(?:how to )?contact(?:ing)?\b.{0,40}\bmentors?\b.{0,40}|volunteers\b(?:\s+\w+){0,2})$/i;

/**
 * Template slots a list keeps for ideas still to come: `Example project name`, `Project: Template`, `Your own idea!`,
 * `Something that you're totally excited about` — template or example wording, or an invitation to the reader; an
 * open call for ideas (`Open ideas`); a title that is only the word for a title (`## Title`, `#### Project Title`, `Idea name`: EDGI's draft slots,
 * Neovim's format example, the templates of Clojure's and CNCF's lists; `Title of the Idea`, Coq's); an indefinite pronoun that names no project
 * (`Something else!`, `Anything else`, `Another project`); a title saying it is none of those listed (`Not Listed above but
 * trust me it's crazy.`); a title that is a template's placeholder token, never filled in — a variable in braces,
 * angle or square brackets (`{IDEA_TITLE_TO_BE_REPLACED}`, SVG-Edit; `<Project Title>`, `[Project name]`), a constant
 * in capitals and underscores (`PROJECT_TITLE`), or a title still to be decided (`TBD`).
 */
const TEMPLATE_SLOT = [
  /^(?:\{+[^{}]{1,80}\}+|<[^<>]{1,80}>|\[[^[\]]{1,80}\])$/,
  /^\p{Lu}[\p{Lu}\d]*(?:_[\p{Lu}\d]+)+$/u,
  /^(?:tb[acd]|to be (?:announced|confirmed|decided|determined|named))$/i,
  /^(?:(?:your|the|an?)\s+)?(?:(?:project|idea|proposal)\s+)?(?:title|name)(?:\s+(?:goes\s+)?here)?$/i,
  // The same word with its noun after `of` (`Title of the Idea`, the Coq wiki's template; `Name of your project`).
  /^(?:(?:the|an?)\s+)?(?:title|name)\s+of\s+(?:(?:the|your|an?|this)\s+)?(?:project|idea|proposal)(?:\s+(?:goes\s+)?here)?$/i,
  /^(?:something|anything)\s+else\s*\??$/i,
  /^(?:an?other|one more|some other)\s+(?:project|idea|proposal)$/i,
  /^(?:(?:an? )?(?:idea|project|proposal) )?not (?:listed|mentioned|found|on (?:the|this|our) list)\b/i,
  /^(?:(?:project|idea|proposal)s?\s*[:\-–—]?\s*)?(?:template|placeholder)$/i,
  /\b(?:project|idea|proposal) (?:template|placeholder)\b/i,
  /^(?:an? )?(?:example|sample|dummy)\b.{0,40}\b(?:project|idea|title|name)\b/i,
  /\byour (?:own )?(?:idea|project|proposal)s?\b/i,
  // An open call for the reader's own ideas: `## Open ideas` (Developers Italia), `## Open project idea(s)` (PyBaMM).
  /^open\s+(?:project\s+)?(?:idea|project|proposal|topic)(?:s|\(s\))?$/i,
  // An invitation to propose one's own idea, as a question or an imperative (Jina AI's `Interested in proposing a new
  // project idea altogether?`, regression-12): a verb of proposing with an idea word for its object, only determiners
  // and `own`/`new`/`different`… between (`Propose your own project`, `Suggest a new idea`, `Pitching another
  // project?`; a determiner or `own`/`new`… first: `Suggest projects to new users` may be an idea); an idea `of your own`; `Have an idea?`, `Got a different project in mind?`; `New ideas welcome`.
  /\b(?:propos(?:e|ing)|suggest(?:ing)?|pitch(?:ing)?|bring(?:ing)?|submit(?:ting)?|c(?:ome|oming) up with)\s+(?:a|an|your|yours|one's|their|own|new|novel|different|another|fresh|original)\s+(?:(?:own|new|novel|different|other|fresh|original|project|idea|of)\s+){0,3}(?:idea|project|proposal|topic)s?(?=\s*(?:$|[?!.,:;)(]|(?:altogether|of|to|for|here|that|you)\b))/i,
  /\b(?:idea|project|proposal|topic)s? of (?:your|one's|their) own\b/i,
  /^(?:(?:do )?you )?(?:got|have|has)\s+(?:a|an|any|some|your)\s+(?:(?:new|different|other|better|great|cool|own)\s+)?(?:idea|project|proposal)s?(?:\s+(?:in mind|of your own|for us))?\s*\??$/i,
  /^(?:new|other|your|more|own)\s+(?:project\s+)?(?:ideas|proposals)\s+(?:are\s+)?(?:always\s+)?welcome\b/i,
  /\byou(?:'|’)?re\b.{0,60}\b(?:excited|passionate|interested|enthusiastic)\b/i,
  /\byou are\b.{0,60}\b(?:excited|passionate|interested|enthusiastic)\b/i,
];

/**
 * A section about the programme's people rather than a project: who takes part and in what role (`Participants and
 * roles`, `Roles and responsibilities`, Curve's `活动参与方及角色`, regression-15), what applicants should know (`Key
 * Information for Applicants`, `Tips for students`, `学生须知`), or how to choose among the ideas (`Choosing the Best
 * GSoC Project for You`, UN OICT, regression-15; `How to choose a project`, `如何选择项目`), or who runs it and what it
 * pays (`Organizers`, `Prizes`, Curve's `活动的组织方` and `项目的奖金`). The title is only such a
 * phrase: `Roles for the permission system` or `Tips widget for new users` stay ideas.
 */
const APPLICANTS = String.raw`(?:(?:prospective|potential|new|all|future|interested|gsoc|outreachy)\s+)?(?:applicants|students|contributors|participants|mentees|candidates|interns)`;
const PROGRAM_SECTION = new RegExp(
  String.raw`^(?:\d+[.)]\s*)?(?:` +
    String.raw`(?:(?:key|important|general|useful|more|additional|essential)\s+)?(?:information|info|tips|advice|notes|guidance|guide|instructions|faq)\s+(?:for|to)\s+${APPLICANTS}` +
    String.raw`|(?:(?:program(?:me)?|event|activity|project)\s+)?(?:participants|(?:program(?:me)?|event|activity|project)\s+roles|participants?\s+(?:and|&)\s+(?:their\s+)?roles|roles\s+(?:and|&)\s+responsibilities)` +
    // Who runs the programme and what it pays: `Organizers`, `Sponsors`, `Prizes`, `Stipends` (the programme's own).
    String.raw`|(?:(?:program(?:me)?|event|activity)\s+)?(?:organi[sz]ers|organi[sz]ing\s+(?:team|committee)|sponsors|prizes|rewards|stipends?)` +
    String.raw`|(?:how\s+to\s+)?(?:choos(?:e|ing)|select(?:ing)?|pick(?:ing)?|find(?:ing)?)\s+(?:(?:the|a|an|your)\s+)?(?:(?:best|right|perfect|suitable)\s+)?(?:(?:gsoc|gsod|outreachy|lfx)\s+)?(?:project|idea)s?(?:\s+for\s+(?:you|yourself))?` +
    // Chinese: participants (and roles), roles and duties, notes for applicants, choosing a project.
    String.raw`|(?:活动|项目|计划)?的?(?:组织方|主办方|承办方|主办单位|奖金|奖励|奖项)|(?:活动|项目|计划)?的?参与(?:方|者|人员|对象)(?:(?:及|和|与)其?(?:角色|职责|分工))?|角色(?:及|和|与)职责|(?:学生|申请者?|参与者|报名)(?:须知|指南|注意事项)|如何选择(?:合适的)?项目` +
    String.raw`)\s*[:?？：]?$`,
  'iu',
);

/**
 * A line saying more ideas will come, never an idea: `More projects coming soon`, `More ideas to come… stay tuned`,
 * `Coming soon`, `Stay tuned`, Curve's `更多项目陆续更新中，敬请期待...` (regression-15), `敬请期待`, `持续更新中`.
 */
const COMING_SOON = new RegExp(
  String.raw`^(?:(?:more|further|additional|other|new)(?:\s+(?:project\s+)?(?:ideas|projects|proposals|topics|tasks))?\s+)?(?:(?:are|will\s+be|to\s+be)\s+)?(?:coming(?:\s+soon)?|to\s+come|(?:being\s+)?(?:added|announced|posted|updated|published)\s+(?:soon|later|shortly))(?:[\s,;.!…-]+stay\s+tuned)?$` +
    String.raw`|^stay\s+tuned$` +
    String.raw`|^(?:(?:更多|其他|其余|后续|新)的?(?:项目|题目|任务|课题|想法)?[^，,。]{0,6}?(?:陆续|即将|持续|稍后|后续|不断)?(?:更新|发布|公布|上线|添加|推出)中?(?:[，,、。…\s]*敬请期待)?|(?:持续|陆续)更新中?|敬请期待)$`,
  'iu',
);

/**
 * A link's generic words standing alone as a line, pointing elsewhere (`[Learn more.](…)` on UN OICT's scraped page,
 * regression-15; `Read more`, `Click here`, `More info`, `See details`, `了解更多`, `查看详情`): never an idea's title. A bare `Details` or `Here` is not one (`### Details` is an idea's section).
 */
const LINK_PHRASE =
  /^(?:(?:learn|read|find\s+out|see|view|click|tap)\s+(?:more|here|details|the\s+details)(?:\s+(?:here|about\s+(?:it|this|us)))?|more\s+(?:info(?:rmation)?|details)|click\s+here|了解更多|查看详情|阅读更多|点击这里|更多信息)$/iu;

/**
 * A line naming one of an idea's contributor roles, numbered or lettered, then its description (UN OICT's
 * `**Contributor 1: Scientific Programming … Estimated effort: 175–350 hours**`, regression-15; `Student A – Backend`,
 * `Intern #2: Frontend`, `贡献者 1：后端`): a part of an idea, never an idea, however long.
 */
const ROLE_LINE =
  /^(?:contributor|student|intern|mentee|participant|applicant|role|position|贡献者|学生|参与者|角色)\s*#?\s*(?:\d{1,2}|[a-d]|one|two|three|i{1,3})\s*(?:[:：–—]|-\s)/iu;

/**
 * A question to the reader (`How do you choose your students?`, `¿Cómo eliges a tus alumnos?`): an FAQ entry. It
 * opens with an interrogative or an auxiliary and ends with a question mark.
 */
const QUESTION =
  /^(?:¿|(?:how|what|which|why|when|where|who|whom|whose|can|could|do|does|did|is|are|was|will|would|should|may|must|cómo|qué|que|cuál|cuáles|cuándo|cuánto|cuántos|cuántas|dónde|quién|quiénes|por qué|puedo|puede|hay|es|se)\b).{0,200}\?$/iu;

/**
 * The rest of the ideas, unnamed, in the plural: `## Others` (Wireshark), `## More Ideas` (Pencil2D), `## Other
 * Projects` (Zarr), each a pointer to further work. Such a heading may still group ideas under it (`## Other ideas` ⏎
 * `- **Better search**` ⏎ `Mentors: …`), so it is no idea itself but is not excluded as a section.
 */
const REST_OF_IDEAS =
  /^(?:others|(?:more|other|further|additional)\s+(?:project\s+)?(?:ideas|projects|proposals|topics))$/i;

/** Whether an idea found under this title is none: a template slot, a section about the list, or the rest of the ideas. */
export function isNotAnIdeaSpanTitle(title: string): boolean {
  return isNotAnIdeaTitle(title) || REST_OF_IDEAS.test(title.trim().replace(/[\s:!.]+$/, ''));
}

/** Whether a title names a template slot (TEMPLATE_SLOT: `Project template name`, `{IDEA_TITLE}`, `Your own idea!`). */
export function isTemplateSlotTitle(title: string): boolean {
  const trimmed = title.trim().replace(/[\s:!.]+$/, '');
  return TEMPLATE_SLOT.some((pattern) => pattern.test(trimmed));
}

/** A section's title naming a template for ideas (`Proposal template`, `Idea template`, `Template`, `Project placeholder`). */
const TEMPLATE_SECTION =
  /^(?:(?:project|idea|proposal)s?\s*[:\-–—]?\s*)?(?:template|placeholder)$|\b(?:project|idea|proposal) (?:template|placeholder)$/i;

export function isTemplateSection(title: string): boolean {
  return TEMPLATE_SECTION.test(title.trim().replace(/[\s:!.]+$/, ''));
}

/**
 * Whether a title names a template slot, an FAQ question, a section about the list or a way to reach the organisation
 * (CONTACT_SECTION, whether it titles a heading or a list item) rather than an idea.
 */
export function isNotAnIdeaTitle(title: string): boolean {
  const trimmed = title.trim().replace(/[\s:!.。…]+$/u, '');
  if (ROLE_LINE.test(trimmed)) return true;
  if (trimmed.split(/\s+/).length > NON_IDEA_TITLE_MAX_WORDS) return false;
  return (
    PROGRAM_SECTION.test(trimmed) ||
    COMING_SOON.test(trimmed) ||
    LINK_PHRASE.test(trimmed) ||
    LIST_SECTION.test(trimmed) ||
    QUESTION.test(trimmed) ||
    CONTACT_SECTION.test(trimmed) ||
    isJoinedSection(trimmed) ||
    TEMPLATE_SLOT.some((pattern) => pattern.test(trimmed)) ||
    invitationFirst(trimmed)
  );
}

/**
 * Whether a title of several sentences opens with an invitation to bring one's own idea, asked or called out, then
 * says more (GC3Pie's `Got an idea? We're glad to listen!`, `Have a project in mind? Tell us`, `Your idea here! Ask
 * us`): the first sentence is the slot TEMPLATE_SLOT describes, the rest a welcome.
 */
function invitationFirst(title: string): boolean {
  const first = /^([^?？!！.]{2,80})[?？!！](?=\s+\S)/u.exec(title);
  return (
    first !== null &&
    TEMPLATE_SLOT.some((pattern) => pattern.test(`${first[1].trim()}?`) || pattern.test(first[1].trim()))
  );
}

/**
 * A field value that tells whoever fills a template in what to write, not a value: a slot saying what goes there
 * (`Your name and contact will go here.`, `Description of idea goes here`, `Your name`, `Your e-mail`), or a question to
 * the author (`What does the prospective student need to know…?`, `How difficult would this idea be to implement…`).
 */
const TEMPLATE_INSTRUCTION = [
  /\b(?:will |should |must )?go(?:es)? here\b/i,
  /^your (?:(?:full|real) )?(?:names?|e-?mail(?: address)?|contact(?: details| info(?:rmation)?)?|(?:github )?(?:handle|username))\b/i,
  /^(?:what|how|which|who|why)\b(?:\s+[\w-]+){0,3}?\s+(?:would|does|do|should|is|are|will|can|could|must)\b/i,
];

/**
 * Whether an idea's fields are a template's, whatever its title: at least two stated, each an instruction to the
 * author (SVG-Edit's `Mentor: Your name and contact will go here.` under `Skill level: How difficult would…`). A real
 * idea inviting mentors (`Mentors: your name here`) states a real description or skills beside it, and stays.
 */
export function isTemplateSlotFields(values: readonly string[]): boolean {
  const stated = values.map((value) => value.trim()).filter((value) => value !== '');
  return stated.length >= 2 && stated.every((value) => TEMPLATE_INSTRUCTION.some((pattern) => pattern.test(value)));
}

/** A mentoring programme's name (`Google Summer of Code`, `GSoC`, `Season of Docs`, `Outreachy`, `LFX Mentorship`). */
const PROGRAM =
  '(?:google\\s+summer\\s+of\\s+code|summer\\s+of\\s+code|gsoc|google\\s+season\\s+of\\s+docs|season\\s+of\\s+docs|gsod|outreachy|lfx(?:\\s+mentorship)?)';
/** A programme's name or a year (`2024`, `'24`), one or more in a row (`GSoC 2024`, `Google Summer of Code 2013`). */
const EDITION = `(?:${PROGRAM}|(?:19|20)\\d{2}|'\\d{2})(?:\\s+(?:${PROGRAM}|(?:19|20)\\d{2}|'\\d{2}))*`;
/** The words for a list of ideas: `Ideas`, `Idea List`, `Project Ideas`, `Ideas Page`, `Proposals`, `Projects`. */
const LIST_NOUN =
  '(?:(?:(?:student|contributor)\\s+)?(?:project\\s+)?ideas(?:\\s+(?:list|page))?|idea\\s+(?:list|page)|(?:project\\s+)?proposals|projects)';

/**
 * The title of the list itself: a programme or year, then the words for a list of ideas (`Google Summer of Code 2024
 * Ideas`, Cardano; `Google Summer of Code 2013 Idea List`, Cesium; `GSoC 2023 Ideas`, Sugar Labs), after up to three
 * words naming the organisation (`Appwrite GSoC 2023 Project Ideas`, `AMRIT - Google Summer of Code 2025 Ideas List`);
 * or those words, then the programme or year (`Project ideas for GSoC 2022`, LF AI; `Ideas for Google Summer of
 * Code`, Freeplane). It names the page, whatever it holds (a legend of the labels, as Cardano's), never an idea; the
 * ideas under it stay ideas.
 */
const LIST_TITLE = new RegExp(
  `^(?:\\S+\\s+){0,3}?${EDITION}\\s+${LIST_NOUN}$|^${LIST_NOUN}\\s+(?:for|of|in)\\s+(?:the\\s+)?${EDITION}(?:\\s+${LIST_NOUN})?$`,
  'iu',
);

/** Whether a heading's title names the list of ideas itself (see LIST_TITLE), emoji around it aside (`⚡️ GSoC 2025 Project Ideas`). */
export function isListTitle(title: string): boolean {
  return LIST_TITLE.test(title.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

/** Excluded headings that still group the ideas under them (and sections of past work, past-work.ts). */
const CONTAINER = /^(?:\d+[.)]\s*)?(?:list of |the )?(?:project )?ideas(?: list)?\s*:?$/i;

/**
 * Whether a heading titles the list of ideas or a group of them (`## Project Ideas`, `### List of GSoC 2023 Project
 * Ideas`, `# Last Year's Ideas`: past-work.ts isIdeasGroup).
 */
export function isListHeading(title: string): boolean {
  return isListTitle(title) || isContainer(title);
}

/** An excluded heading that still groups the ideas under it: CONTAINER, or the ideas of another year (isIdeasGroup). */
function isContainer(title: string): boolean {
  return CONTAINER.test(title.trim()) || isIdeasGroup(title);
}

/**
 * A group of projects marked as finished (`## 2021 projects (done)`, `## Projects (completed)`): the headings under it
 * report past work, not ideas. A done mark on a single idea's own title (`# Model Diff & Merge (done)`, Yakindu) is
 * not a group, so that idea stays; `Accepted Projects` carries no done mark and keeps its ideas (CNCF).
 */
const FINISHED_GROUP = new RegExp(
  String.raw`^(?:(?:19|20)\d{2}\s+)?(?:gsoc\s+|gsod\s+)?(?:projects|ideas)(?:\s+(?:of|from|in)\s+(?:19|20)\d{2})?\s*${FINISHED_MARK}$`,
  'i',
);

/**
 * A heading titled as a part of one project, numbered or lettered: `Part 1`, `Project Part 2: AI-Powered Automation (350
 * Hours)`, `Phase II`, `Stage A`, `Milestone 3`, `Component 1`, `Sub-project 2`, `Teil 1`, `Fase 2`, `Étape 1`, `Parte
 * 2`, `Этап 1`, `Часть 2`, `第一阶段`, `第二部分`, `阶段一`; emoji, emphasis and a numbering around it aside.
 */
const PART_TITLE = new RegExp(
  String.raw`^(?:(?:project|gsoc)\s+)?(?:part|phase|stage|milestone|component|sub-?project|teil|fase|étape|etapa|parte|этап|часть)\s*#?(?:\d{1,2}|[ivx]{1,4}|[a-d]|one|two|three|four|five)\b` +
    String.raw`|^(?:(?:first|second|third|fourth|fifth|final)\s+(?:part|phase|stage|milestone))\b` +
    String.raw`|^(?:第[一二三四五六七八九十\d]{1,2}(?:阶段|部分|期)|(?:阶段|部分)[一二三四五六七八九十\d]{1,2})`,
  'iu',
);

/** Whether a title names a part of one project (PART_TITLE: `Part 1`, `📌 Project Part 2: …`, `Phase II`). */
export function isPartTitle(title: string): boolean {
  return PART_TITLE.test(title.replace(/^[^\p{L}\p{N}]+/u, ''));
}

/**
 * Grammar: an idea's body may set its parts at a shallower depth than its own title (DevRhylme's `### **GSoC Project
 * Proposal: …**` ⏎ `## **📌 Project Part 1: … (350 Hours)**` ⏎ `### **🔹 Objective**` … ⏎ `## **📌 Project Part 2:
 * …**` ⏎ … ⏎ `## **🚀 Overall Project Outcome**` ⏎ `### **🛠️ Tech Stack**`, regression-16). When the first heading after a
 * heading is shallower than it and titled as a part (PART_TITLE: `Part 1`, `Phase II`, `Milestone 3`, `第一阶段`), that
 * heading and those after it are the idea's, set one level below its title: the parts, the headings under them, and
 * headings at the parts' depth that are labels of idea fields (`Overall Project Outcome`) or parts again; a heading at
 * the parts' depth that is neither (the next section or idea), or one shallower, ends them. Moves the headings' depths
 * in `units` (once: after the move no part is shallower than its idea).
 */
function lowerShallowParts(units: Unit[], text: string): Set<number> {
  const parts = new Set<number>();
  for (let index = 0; index < units.length; index++) {
    const title = units[index];
    if (title.kind !== 'heading' || title.hits.length > 0) continue;
    let first = index + 1;
    while (first < units.length && units[first].kind !== 'heading') first++;
    if (first >= units.length || units[first].depth >= title.depth) continue;
    const partDepth = units[first].depth;
    const firstUnit = units[first];
    if (!isPartTitle(ideaTitle(text, firstUnit.start, firstUnit.end)[0])) continue;
    const shift = title.depth + 1 - partDepth;
    let at = first;
    for (; at < units.length; at++) {
      const unit = units[at];
      if (unit.kind !== 'heading') continue;
      if (unit.depth < partDepth) break;
      if (unit.depth === partDepth && unit.hits.length === 0 && !isPartTitle(ideaTitle(text, unit.start, unit.end)[0]))
        break;
      if (unit.depth === partDepth && unit.hits.length === 0) parts.add(at);
      unit.depth = Math.min(6, unit.depth + shift);
    }
    index = at - 1;
  }
  return parts;
}

/** Reads every top-level heading: its title, outline parent, subtree and the fields directly under it. */
export function collectHeadings(units: Unit[], text: string, options: ParseOptions): HeadingInfo[] {
  // The parts an idea set shallower than its title, now below it: parts of that idea, never ideas.
  const lowered = lowerShallowParts(units, text);
  const headings: HeadingInfo[] = [];
  const stack: number[] = [];
  units.forEach((unit, index) => {
    if (unit.kind !== 'heading') return;
    while (stack.length > 0 && headings[stack[stack.length - 1]].depth >= unit.depth) stack.pop();
    const [title, titleStart] = ideaTitle(text, unit.start, unit.end);
    // A title without a letter (`### 1️⃣ ** **`, a template slot still to be named) names no idea.
    const finished = FINISHED_GROUP.test(title.trim());
    // Under a section of past work, a heading dated by a year (`## Successful past projects` ⏎ `### 2023: Bezier-rs
    // library`) reports that year's project, as a heading under a group marked finished does; under a section whose
    // title says its work is over (`## Completed projects`, past-work.ts isOverSection) every heading does.
    // Under a section that is the list's template (IHR's `## Proposal template` ⏎ `### Project` ⏎ `**Brief explanation:**`
    // ⏎ …), the headings are the template's slots, not ideas, whatever their titles.
    const underFinished =
      stack.some(
        (at) =>
          FINISHED_GROUP.test(headings[at].title.trim()) ||
          isTemplateSection(headings[at].title) ||
          isOverSection(headings[at].title),
      ) ||
      (isDatedRecord(title) && stack.some((at) => isPastSection(headings[at].title)));
    const listTitle = isListTitle(title);
    const excluded =
      finished ||
      underFinished ||
      listTitle ||
      NOT_AN_IDEA.test(title.trim()) ||
      CONTACT_SECTION.test(title.trim()) ||
      isPastSection(title) ||
      isIdeasGroup(title) ||
      isNotAnIdeaTitle(title) ||
      !/\p{L}/u.test(title);
    headings.push({
      unit: index,
      depth: unit.depth,
      title,
      titleStart,
      isLabel: unit.hits.length > 0,
      parent: stack.length > 0 ? stack[stack.length - 1] : -1,
      fields: new Set(),
      prose: 0,
      looseProse: 0,
      listItems: 0,
      titleItems: 0,
      referenceItems: 0,
      hasIdeaTables: false,
      fieldsFromHeadingsOnly: true,
      labelledDescendants: 0,
      excluded,
      notSection: excluded && !listTitle && !isContainer(title) && !isPastSection(title),
      namedIdea: !excluded && titleStart > unit.start && IDEA_PREFIX.test(text.slice(unit.start, unit.end)),
      emptyLabels: true,
      definesLabels: false,
      subtreeEnd: units.length,
      pastWork: underFinished,
    });
    stack.push(headings.length - 1);
  });
  unlabelSectionHeadings(headings, units);
  unlabelGroupingHeadings(headings, units);
  // A title repeated under most ideas (`#### Project info`) names a part of each idea, not an idea. The same
  // title under a few of many sections (`Improve documentation`) or under same-titled parents stays an idea.
  const parentsOf = new Map<string, Set<number>>();
  const parentTitles = new Map<string, Set<string>>();
  for (const heading of headings) {
    if (heading.parent < 0) continue;
    const key = `${heading.depth} ${heading.title.toLowerCase()}`;
    parentsOf.set(key, (parentsOf.get(key) ?? new Set<number>()).add(heading.parent));
    parentTitles.set(
      key,
      (parentTitles.get(key) ?? new Set<string>()).add(headings[heading.parent].title.toLowerCase()),
    );
  }
  const perDepth = [0, 0, 0, 0, 0, 0, 0];
  for (const heading of headings) if (!heading.isLabel) perDepth[heading.depth]++;
  for (const heading of headings) {
    const key = `${heading.depth} ${heading.title.toLowerCase()}`;
    const distinct = parentTitles.get(key)?.size ?? 0;
    const parentDepth = heading.parent >= 0 ? headings[heading.parent].depth : 0;
    heading.isPart =
      (heading.parent >= 0 && lowered.has(heading.unit)) ||
      (heading.parent >= 0 && distinct >= 3 && (parentsOf.get(key)?.size ?? 0) * 2 >= perDepth[parentDepth]);
  }
  // A heading among mostly label sub-headings (`#### Steps` beside `#### Abstract`, `#### Helpful Experience`) is
  // one more part of the idea above it.
  const children = new Map<number, { labels: number; others: number }>();
  for (const heading of headings) {
    if (heading.parent < 0) continue;
    const key = heading.parent * 8 + heading.depth;
    const count = children.get(key) ?? { labels: 0, others: 0 };
    // `## Mentors` or `## Contact` beside the ideas may be a global list, so only specific labels count.
    if (heading.isLabel && !heading.excluded) count.labels++;
    else if (!heading.isLabel) count.others++;
    children.set(key, count);
  }
  for (const heading of headings) {
    if (heading.isLabel || heading.isPart || heading.parent < 0 || headings[heading.parent].excluded) continue;
    const count = children.get(heading.parent * 8 + heading.depth);
    if (count && count.labels >= 2 && count.labels > count.others) heading.isPart = true;
  }
  // A heading inside a part of an idea (`#### Reference links` under `### Goals and ideas`) is a part too, and so is a
  // heading under a label sub-heading (`#### 参考链接` under `### 目标与想法` under `## 项目一`); a top-level label
  // heading (`# GSoC`) is no idea's part.
  for (const heading of headings) {
    const parent = heading.parent >= 0 ? headings[heading.parent] : undefined;
    if (heading.isLabel || !parent) continue;
    const underPart = parent.isPart && !parent.excluded;
    const underLabel = parent.isLabel && parent.parent >= 0 && !headings[parent.parent].isLabel;
    if (underPart || underLabel) heading.isPart = true;
  }
  // Subtree ends: the next heading at the same or a shallower depth.
  const open: number[] = [];
  headings.forEach((heading, index) => {
    while (open.length > 0 && headings[open[open.length - 1]].depth >= heading.depth)
      headings[open.pop() as number].subtreeEnd = heading.unit;
    open.push(index);
  });
  joinSeparatedParts(headings, units);
  joinRecurringSections(headings);
  joinValueHeadings(headings, units, text);
  // Direct fields: labels under the heading, through deeper label headings, up to the next other heading.
  const headingAt = new Map(headings.map((info) => [info.unit, info]));
  const titles = new Set(headings.map((info) => simplify(info.title)));
  headings.forEach((heading) => {
    if (heading.isLabel) return;
    // A rule after the heading's own labels of two fields or more: where its idea's text may end (see below).
    let ruleAfterFields = -1;
    // Values of its own labels that define their field (DEFINITION), and the others.
    let definitions = 0;
    let values = 0;
    // List items in its own text, and those that leave a blank or put a question to the reader (see FORM_BLANK).
    let items = 0;
    let blanks = 0;
    let questions = 0;
    for (let index = heading.unit + 1; index < heading.subtreeEnd; index++) {
      const unit = units[index];
      if (unit.kind === 'heading' && unit.hits.length === 0 && !headingAt.get(index)?.isPart) break;
      if (unit.kind === 'break' && ruleAfterFields < 0 && heading.fields.size >= 2) ruleAfterFields = index;
      for (const hit of unit.hits) {
        heading.fields.add(hit.name);
        if (unit.kind === 'heading' || !hasValue(hit)) continue;
        values++;
        if (DEFINITION.test(inlineToText(text.slice(hit.valueStart, hit.valueEnd)).trim())) definitions++;
      }
      if (unit.hits.length > 0 && unit.kind !== 'heading') heading.fieldsFromHeadingsOnly = false;
      if (unit.kind === 'line' && unit.itemStart) {
        items++;
        const item = inlineToText(text.slice(unit.start, unit.end)).trim();
        if (FORM_BLANK.test(item)) blanks++;
        // FORM_QUESTION ends in `\?$` (no `m` flag: the end of the item), so an item not ending in `?` is no question;
        // the test itself walks the item from each `you` back and forth.
        else if (item.endsWith('?') && FORM_QUESTION.test(item)) questions++;
      }
      // Only list items that are a bare label (`- Expected deliverables`) are empty labels: a label heading or a bold
      // label alone on its line gives its value in the block after it.
      if (unit.hits.length > 0 && (unit.kind !== 'line' || !unit.itemStart || unit.hits.some(hasValue)))
        heading.emptyLabels = false;
      if (unit.kind === 'line' && unit.hits.length === 0) {
        const words = countWords(text.slice(unit.start, unit.end));
        heading.prose += words;
        if (unit.listLevel === 0) heading.looseProse += words;
        else if (unit.itemStart) countItem(heading, text.slice(unit.start, unit.end), titles);
      }
      if (unit.kind === 'table') {
        const reading = readTable(unit.node as never, text, options);
        if (reading.kind === 'fields') for (const field of reading.fields) heading.fields.add(field.name);
        if (reading.kind === 'fields') heading.fieldsFromHeadingsOnly = false;
        if (reading.kind === 'fields') heading.emptyLabels = false;
        // A table of ideas after a rule that closes a labelled idea (`### Example Idea 2 – Docs tool` ⏎ labels ⏎
        // `---` ⏎ `| # | Project Title | … |`, OpenGov Africa) is no part of that idea, which holds no other ideas:
        // the heading's text ends at the rule, and the table is the section's above it.
        if (reading.kind === 'ideas' && ruleAfterFields >= 0) {
          heading.subtreeEnd = ruleAfterFields;
          break;
        }
        if (reading.kind === 'ideas') heading.hasIdeaTables = true;
      }
    }
    heading.definesLabels = values >= 2 && definitions === values;
    // A form the applicant fills in (JdeRobot's `## Send us your information` ⏎ `- Name and surname:` ⏎ `- Country:` ⏎
    // `- Do you have any known time conflicts…?`): most of its items are blanks or questions to the reader, one a
    // question at least. It asks for an application, it offers no idea. Blanks alone (`- Name:` ⏎ `- Email:` in an
    // idea about a sign-up form) may be the fields an idea is about.
    const asks = blanks + questions;
    if (questions > 0 && asks >= FORM_MIN_ITEMS && asks * 2 >= items) heading.excluded = true;
  });
  labelsAfterParts(headings, units);
  headings.forEach((heading) => {
    if (heading.isLabel || heading.isPart || heading.fields.size === 0) return;
    for (let parent = heading.parent; parent >= 0; parent = headings[parent].parent)
      headings[parent].labelledDescendants++;
  });
  // A heading holding idea tables makes its ancestors sections too.
  headings.forEach((heading) => {
    if (!heading.hasIdeaTables) return;
    for (let parent = heading.parent; parent >= 0; parent = headings[parent].parent)
      headings[parent].hasIdeaTables = true;
  });
  return headings;
}

/**
 * Grammar: a label sub-heading after a plain sub-heading of the same depth is still the field of the heading above
 * both, when a sibling of that heading has a label sub-heading of the same title (Connexions' `## Create new services
 * for content transformation` ⏎ `### Mobi` ⏎ … ⏎ `### Skills Needed`, beside `## Offline editing in the editor` ⏎ …
 * ⏎ `### Skills Needed`, regression-16): the ideas share one shape, and a part (`### Mobi`, one component) before the
 * label does not take it. A label sub-heading no sibling has keeps to the part before it.
 */
function labelsAfterParts(headings: HeadingInfo[], units: Unit[]): void {
  const labelTitles = new Map<number, Set<string>>();
  const byPlace = new Map<number, number[]>();
  headings.forEach((heading) => {
    if (heading.parent < 0) return;
    if (heading.isLabel) {
      const titles = labelTitles.get(heading.parent) ?? new Set<string>();
      labelTitles.set(heading.parent, titles.add(heading.title.trim().toLowerCase()));
    }
  });
  headings.forEach((heading, index) => {
    const key = heading.parent * 8 + heading.depth;
    byPlace.set(key, [...(byPlace.get(key) ?? []), index]);
  });
  headings.forEach((heading, index) => {
    if (heading.isLabel || heading.isPart || heading.excluded) return;
    const siblings = (byPlace.get(heading.parent * 8 + heading.depth) ?? []).filter((other) => other !== index);
    if (siblings.length === 0) return;
    let afterPart = false;
    for (let at = index + 1; at < headings.length && headings[at].unit < heading.subtreeEnd; at++) {
      const child = headings[at];
      if (child.parent !== index) continue;
      if (!child.isLabel) {
        afterPart = true;
        continue;
      }
      if (!afterPart) continue;
      const title = child.title.trim().toLowerCase();
      if (!siblings.some((other) => labelTitles.get(other)?.has(title))) continue;
      for (const hit of units[child.unit].hits) heading.fields.add(hit.name);
    }
  });
}

/** A list item of a form: a blank to fill in, a label with nothing after its colon (`Name and surname:`, `Email:`). */
const FORM_BLANK = /^[^:]{1,60}:$/;
/**
 * A list item of a form: a question to the reader (`Do you have any known time conflicts during the official coding
 * period?`, `What is your School and degree?`): it says `you` or `your` and ends with a question mark.
 */
const FORM_QUESTION = /^(?=.*\b(?:you|your|yours|yourself)\b).*\?$/i;

/**
 * A value that defines its field rather than giving it: a noun phrase opening with an article, as a legend of the
 * labels writes (`Technical Difficulty: A rough idea of how difficult the project is…`, `Potential Mentor: The
 * currently active team member you will probably be working with`). A value opens with the thing itself: a level
 * (`Hard`), hours (`350 hours`), names (`Natalie Lao`), skills (`Java, GWT`).
 */
const DEFINITION = /^(?:an?|the)\s+\S/i;

function hasValue(hit: { valueStart: number; valueEnd: number }): boolean {
  return hit.valueEnd > hit.valueStart;
}

/**
 * A heading worded like a label whose own sub-headings carry label lines (`### Project Description` above
 * `#### Title` ⏎ `**Difficulty:** Hard` ideas) titles the section of ideas, not a field: two or more of its
 * sub-headings with labels of their own make it a plain heading (its label hits are dropped).
 */
function unlabelSectionHeadings(headings: HeadingInfo[], units: Unit[]): void {
  const labelledChildren = new Map<number, number>();
  headings.forEach((heading, index) => {
    if (heading.isLabel || heading.parent < 0 || !headings[heading.parent].isLabel) return;
    const end = index + 1 < headings.length ? headings[index + 1].unit : units.length;
    for (let at = heading.unit + 1; at < end; at++)
      if (units[at].kind !== 'heading' && units[at].hits.length > 0) {
        labelledChildren.set(heading.parent, (labelledChildren.get(heading.parent) ?? 0) + 1);
        break;
      }
  });
  for (const [index, count] of labelledChildren) {
    if (count < 2) continue;
    headings[index].isLabel = false;
    units[headings[index].unit].hits = [];
  }
}

/**
 * A heading worded like a vague label (`## Primary Areas`, a topic head) whose own sub-headings are two or more plain
 * headings groups them (Talawa's `## Primary Areas` ⏎ `### Multisite` ⏎ `### Testing`): a section, not a field whose
 * value is the text under it. A specific label (`## Skills`) keeps its reading.
 */
function unlabelGroupingHeadings(headings: HeadingInfo[], units: Unit[]): void {
  const plainChildren = new Map<number, number>();
  for (const heading of headings)
    if (!heading.isLabel && heading.parent >= 0 && headings[heading.parent].isLabel)
      plainChildren.set(heading.parent, (plainChildren.get(heading.parent) ?? 0) + 1);
  for (const [index, count] of plainChildren) {
    const hits = units[headings[index].unit].hits;
    if (count < 2 || !hits.every((hit) => hit.weak)) continue;
    headings[index].isLabel = false;
    units[headings[index].unit].hits = [];
  }
}

/**
 * On a page that separates its ideas by rules (`* * *` before each `### Title`), a heading at the same level with no
 * rule before it (`### Things to consider`, `### Some explorations to get started:` in LabLua's Terminal UI idea) goes
 * on with the heading before it when that one has no labels of its own yet: it is a part of that idea (its subtree
 * is joined to it, so the idea's fields after it are the idea's), not an idea. The rule must come before at least
 * SEPARATED_IDEAS_MIN headings of the group, and before most of them.
 */
function joinSeparatedParts(headings: HeadingInfo[], units: Unit[]): void {
  const afterRule = (heading: HeadingInfo): boolean => {
    let at = heading.unit - 1;
    while (at >= 0 && units[at].kind === 'comment') at--;
    return at >= 0 && units[at].kind === 'break';
  };
  for (const group of siblingGroups(headings).values()) {
    const ruled = group.filter((index) => afterRule(headings[index]));
    if (ruled.length < SEPARATED_IDEAS_MIN || ruled.length * 2 < group.length) continue;
    let owner = -1;
    for (const index of group) {
      const heading = headings[index];
      if (afterRule(heading)) {
        owner = index;
        continue;
      }
      if (owner < 0 || heading.excluded) {
        owner = -1;
        continue;
      }
      const ownerHeading = headings[owner];
      let labelled = false;
      for (let at = ownerHeading.unit + 1; at < heading.unit && !labelled; at++) labelled = units[at].hits.length > 0;
      if (labelled) {
        owner = -1;
        continue;
      }
      heading.isPart = true;
      ownerHeading.subtreeEnd = Math.max(ownerHeading.subtreeEnd, heading.subtreeEnd);
    }
  }
}

/**
 * A heading worded as a label, its title ending in a colon, with a value under it and nothing else of its own (`##
 * Open Issue:` ⏎ `https://github.com/boa-dev/boa/issues/4524`, Boa; `### Project Link:` ⏎ a URL) gives a field of
 * the section before it, not a title: a label that was set as a heading. When the heading before it at its level has
 * labels of its own (an idea's `- Difficulty: …`), that section goes on through it, and the label heading's
 * sub-headings (its `### Description`, `### Expected Outcomes`) are parts of that idea. The value is one line: a link
 * or URL, or a few words without a sentence's end. A sub-heading with labels of its own (an idea) keeps it a section.
 * The heading may be a known label (`## Tracking issue:`) or not (`## Open Issue:`): either way it is no idea's title.
 */
function joinValueHeadings(headings: HeadingInfo[], units: Unit[], text: string): void {
  // `labelledBelow[index]`: a sub-heading below it, other than a label or a part, has labels of its own (one pass from
  // the end: children come after their parent).
  const labelledBelow = new Array<boolean>(headings.length).fill(false);
  for (let index = headings.length - 1; index >= 0; index--) {
    const heading = headings[index];
    if (heading.parent < 0) continue;
    const labelled = !heading.isLabel && !heading.isPart && ownLabels(headings, units, index);
    if (labelled || labelledBelow[index]) labelledBelow[heading.parent] = true;
  }
  const previous = new Map<number, number>();
  headings.forEach((heading, index) => {
    const key = heading.parent * 8 + heading.depth;
    const before = previous.get(key);
    if (!heading.isLabel) previous.set(key, index);
    if (before === undefined || heading.isPart || heading.excluded) return;
    const unit = units[heading.unit];
    if (!inlineToText(text.slice(unit.start, unit.end)).trim().endsWith(':')) return;
    const own =
      index + 1 < headings.length ? Math.min(headings[index + 1].unit, heading.subtreeEnd) : heading.subtreeEnd;
    const body = units.slice(heading.unit + 1, own).filter((at) => at.kind !== 'comment' && at.kind !== 'break');
    if (
      body.length !== 1 ||
      body[0].kind !== 'line' ||
      body[0].itemStart ||
      !isValueLine(text.slice(body[0].start, body[0].end))
    )
      return;
    if (labelledBelow[index]) return;
    const owner = headings[before];
    if (owner.excluded || owner.isPart || owner.subtreeEnd !== heading.unit) return;
    if (!ownLabels(headings, units, before)) return;
    heading.isPart = true;
    owner.subtreeEnd = heading.subtreeEnd;
  });
}

/** Whether a heading's own text, up to the next heading, has labels. */
function ownLabels(headings: HeadingInfo[], units: Unit[], index: number): boolean {
  const end = index + 1 < headings.length ? headings[index + 1].unit : units.length;
  for (let at = headings[index].unit + 1; at < end; at++) if (units[at].hits.length > 0) return true;
  return false;
}

/** A line that is a value, not prose: a link or URL alone, or a few words without a sentence's end. */
function isValueLine(line: string): boolean {
  const withoutLinks = line.replace(/\[[^\]]{0,300}\]\([^()\s]*\)|<?https?:\/\/\S+/g, ' ').trim();
  if (withoutLinks === '' || /^[\s,;|/·•-]*$/.test(withoutLinks)) return true;
  const plain = inlineToText(line).trim();
  return countWords(plain) <= VALUE_LINE_MAX_WORDS && !/[.!?]\s*$/.test(plain);
}

/** The heading depth at which most headings carry field labels (ties: the deeper one). */
export function inferIdeaDepth(headings: HeadingInfo[]): number {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const heading of headings)
    if (!heading.isLabel && !heading.isPart && (!heading.excluded || heading.pastWork) && heading.fields.size > 0)
      counts[heading.depth]++;
  let best = 0;
  for (let depth = 1; depth <= 6; depth++) if (counts[depth] > 0 && counts[depth] >= counts[best]) best = depth;
  return best;
}

/** Counts a list item's first line: whether it only names something, and whether it names another heading. */
function countItem(heading: HeadingInfo, line: string, titles: Set<string>): void {
  heading.listItems++;
  const withoutLinks = line.replace(
    /\[[^\]]{0,300}\]\((?:[^()\s]|\([^()\s]*\))*\)|\[[^\]]{0,300}\]\[[^\]]{0,300}\]/g,
    ' ',
  );
  const linkOnly = withoutLinks !== line && countWords(inlineToText(withoutLinks)) <= 2;
  const named = titles.has(simplify(inlineToText(line)));
  if (linkOnly || named) heading.titleItems++;
  if (named || /\]\(#[^)\s]+\)/.test(line)) heading.referenceItems++;
}

function simplify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Titles of sections that list projects described elsewhere (`Other Projects`, `Summary of Projects`). */
const PROJECT_LIST =
  /^(?:other|more|additional|further|extra|misc(?:ellaneous)?|summary of|list of|overview of|all)\b.{0,40}\b(?:projects?|ideas?)$/i;

/**
 * A section that mostly lists other ideas (by title or link) is a table of contents or a summary, not an idea:
 * its list names other headings, or its title says it lists projects, or it has little prose besides the list.
 */
export function isProjectList(heading: HeadingInfo): boolean {
  if (heading.listItems < 2 || heading.titleItems * 3 < heading.listItems * 2) return false;
  return (
    heading.referenceItems >= 2 ||
    PROJECT_LIST.test(heading.title.trim()) ||
    heading.looseProse < PROJECT_LIST_MAX_LOOSE_PROSE
  );
}

/** The non-label headings sharing a parent and a depth, in document order, keyed by `parent * 8 + depth`. */
export function siblingGroups(headings: HeadingInfo[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  headings.forEach((heading, index) => {
    if (heading.isLabel) return;
    const key = heading.parent * 8 + heading.depth;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}

/** The non-label siblings of a heading (itself included), from `siblingGroups`. */
export function siblingsOf(headings: HeadingInfo[], groups: Map<number, number[]>, index: number): number[] {
  return groups.get(headings[index].parent * 8 + headings[index].depth) ?? [index];
}

/**
 * A heading without labels at the idea level is an idea when it has real prose and labelled siblings,
 * or some prose and sits between two labelled siblings (a thin draft idea in the middle of the list);
 * never when it only lists other projects. `labelledGroups` is the caller's per-parse memo of whether a sibling
 * group has a labelled heading.
 */
export function isUnlabelledIdea(
  headings: HeadingInfo[],
  index: number,
  siblings: number[],
  labelledGroups: Map<number[], boolean>,
): boolean {
  const heading = headings[index];
  if (isProjectList(heading)) return false;
  const labelled = (other: number | undefined): boolean =>
    other !== undefined && headings[other].fields.size > 0 && !headings[other].excluded;
  let anyLabelled = labelledGroups.get(siblings);
  if (anyLabelled === undefined) labelledGroups.set(siblings, (anyLabelled = siblings.some(labelled)));
  const at = positionIn(siblings, index);
  // Unlabelled headings before the first labelled sibling are the page's preamble (`# Our journey with GSoC`,
  // `# List of Ideas` above `# [1] Title: …` ideas), not ideas. Unless the heading is written as its labelled siblings
  // are: a sub-heading of its own has the title of a labelled sibling's sub-heading (NV Access' `### Improve stability
  // of NVDA's audio output` ⏎ `#### The problem` ⏎ `#### Implementation`, the first ideas under `## Ideas`, before
  // `### Lazy population of Elements list` ⏎ `Related issue: #7197` ⏎ `#### The problem` ⏎ `#### Implementation`).
  // A preamble has no parts of an idea's shape.
  const preamble = !siblings.slice(0, at).some(labelled) && !sharesPartTitles(headings, index, siblings, labelled);
  if (heading.prose >= UNLABELLED_IDEA_MIN_PROSE && anyLabelled && !preamble) return true;
  return heading.prose >= THIN_IDEA_MIN_PROSE && labelled(siblings[at - 1]) && labelled(siblings[at + 1]);
}

/**
 * Whether a heading has a (non-label) sub-heading whose title is that of a sub-heading of one of its labelled
 * siblings (`#### The problem` under both): the heading is written in the shape of those ideas.
 */
function sharesPartTitles(
  headings: HeadingInfo[],
  index: number,
  siblings: number[],
  labelled: (other: number | undefined) => boolean,
): boolean {
  const heading = headings[index];
  const own = new Set<string>();
  for (let at = index + 1; at < headings.length && headings[at].unit < heading.subtreeEnd; at++)
    if (headings[at].parent === index && !headings[at].isLabel) own.add(headings[at].title.trim().toLowerCase());
  if (own.size === 0) return false;
  return siblings.some((sibling) => {
    if (sibling === index || !labelled(sibling)) return false;
    const end = headings[sibling].subtreeEnd;
    for (let at = sibling + 1; at < headings.length && headings[at].unit < end; at++)
      if (headings[at].parent === sibling && own.has(headings[at].title.trim().toLowerCase())) return true;
    return false;
  });
}

/** Where `index` sits in an ascending list (binary search). */
function positionIn(sorted: number[], index: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A lone heading whose only field comes from a label sub-heading is an idea when it also has some prose and is
 * not a list of other projects (an index page with a `## Contact` section is not one).
 */
export function isThinLoneIdea(heading: HeadingInfo): boolean {
  return heading.prose >= THIN_IDEA_MIN_PROSE && !isProjectList(heading);
}

/** The non-label headings enclosing a heading, outermost first. */
export function ancestors(headings: HeadingInfo[], index: number): HeadingInfo[] {
  const chain: HeadingInfo[] = [];
  for (let parent = headings[index].parent; parent >= 0; parent = headings[parent].parent)
    if (!headings[parent].isLabel) chain.unshift(headings[parent]);
  return chain;
}

/** The title of a heading: plain text, without `Idea:`/`Project Idea II -` prefixes; with its start offset. */
export function ideaTitle(text: string, start: number, end: number): [string, number] {
  const source = text.slice(start, end);
  const prefix = IDEA_PREFIX.exec(source);
  let skip = prefix && inlineToText(source.slice(prefix[0].length)) ? prefix[0].length : 0;
  // `🚀 1. **Title**`, `3) Title`: a numbering before the title is no part of it.
  const numbered = NUMBERING.exec(source.slice(skip));
  if (numbered && inlineToText(source.slice(skip + numbered[0].length))) skip += numbered[0].length;
  // An image before the title (`#### ![#f03c15](…/f03c15.png) Title`, a colour badge or an icon) is no part of it.
  const image = LEADING_IMAGES.exec(source.slice(skip));
  if (image && inlineToText(source.slice(skip + image[0].length))) skip += image[0].length;
  // A kramdown anchor (`{#dask-support}`) or a closing colon is no part of the title either.
  const title = inlineToText(source.slice(skip))
    .replace(/\s*\{#[^}]*\}$/, '')
    .replace(/\s*:$/, '');
  return [title, start + skip];
}

/**
 * `Idea:`, `Project Idea II -`, `Project #1:` before a title: the heading names itself an idea. So does `🧩 Example
 * Idea 1 – Open Civic Data Dashboard`: an icon, then `Example`/`Sample` before the same prefix, then a title of its
 * own (a template slot has none: `Example project name`, or the rest is a slot itself, `Example Idea: Your title`).
 */
const IDEA_PREFIX =
  /^(?:\p{Extended_Pictographic}|\ufe0f|\u200d|\s)*(?:\*\*|__)?(?:(?:example|sample)\s+)?(?:(?:project\s+)?idea|project)(?:\s+#?(?:[IVXLC]+|\d+))?\s*(?:[:\-–—.]\s*|\s+-\s+)(?:\*\*|__)?(?=\S)/iu;

/** Images (Markdown or HTML) opening a heading, with the space after them. */
const LEADING_IMAGES = /^(?:\s*(?:!\[[^\]]{0,200}\]\([^()\s]{0,500}(?:\s+"[^"]{0,200}")?\)|<img\b[^<>]{0,500}>))+\s*/i;

const NUMBERING =
  /^(?:[\s*_]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*(?:#?\d{1,3}[.):]|#\d{1,3}|\d{1,3}[ \t]+[-–—])(?=\s)\s*(?:(?:\*\*|__)(?=\S))?/u;
