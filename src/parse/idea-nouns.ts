// Parse stage: words that say a list holds ideas — `Some of the ideas that we propose:`, `GSoC 2022 ideas`,
// `Student Project Ideas`, `Proyectos propuestos`, `项目想法` — in the languages the labels cover (English,
// Spanish/Portuguese, Chinese). A plural noun: `this project` or `the following tasks` speak of one idea's work.

/** Plural nouns for ideas or projects, English, Spanish and Portuguese. */
const IDEA_NOUNS =
  /(?<![\p{L}\p{N}])(?:ideas|projects|proposals|proyectos|propuestas|ideias|projetos|propostas)(?![\p{L}\p{N}])/iu;
/**
 * A list or page of ideas named by a compound of the singular noun (`the idea list below`, `## Project Idea List`,
 * `This is the idea page for Summer of Code 2024`, `The project list below`): the noun qualifies `list` or `page` as
 * `ideas` would, so the phrase speaks of ideas in the plural. `project page` is left out: it is also one project's
 * own page.
 */
const IDEA_LIST_COMPOUNDS =
  /(?<![\p{L}\p{N}])(?:(?:idea|proposal|topic)[\s_-]+(?:list|page)s?|(?:project)[\s_-]+lists?)(?![\p{L}\p{N}])/iu;
/** Chinese has no plural: the words for ideas and topics, and `项目` (project) only with a word for a list of them. */
const HAN_IDEA_NOUNS = /想法|创意|点子|选题|课题|项目(?:列表|清单|想法|创意|一览)/u;

/** Whether a phrase (a heading's title, a lead-in's plain text) speaks of ideas or projects in the plural. */
export function namesIdeas(text: string): boolean {
  return IDEA_NOUNS.test(text) || IDEA_LIST_COMPOUNDS.test(text) || HAN_IDEA_NOUNS.test(text);
}
