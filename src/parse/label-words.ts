// Parse stage: the words of the label grammar (src/parse/labels.ts) — head nouns per field and language, the
// modifiers that may qualify them, and the filler that makes a label a loose one. Plain data only.
import type { FieldName } from './types.js';

/**
 * Head nouns, per field: the noun a label is about (`Expected **outcomes**`, `Skills **required**` → skills).
 * English, Spanish/Portuguese, French (written without accents: labels are compared folded) and Chinese. The French
 * words are translations of attested English heads and modifiers, as the Spanish and Portuguese ones are (BlueHats'
 * `**Langages de programmation** : Javascript`, regression-16; `Compétences requises`, `Prérequis`, `Résultats
 * attendus`, `Livrables`, `Difficulté`, `Niveau`, `Encadrants`, `Tuteur`, `Durée`, `Taille du projet`).
 */
export const HEAD_NOUNS: Record<FieldName, string[]> = {
  outcomes: [
    'outcome',
    'result',
    'deliverable',
    'goal',
    'aim',
    'objective',
    'output',
    'milestone',
    'success criteria',
    // Spanish / Portuguese
    'resultado',
    'entregable',
    'entregavel',
    'entregaveis',
    'objetivo',
    'meta',
    'producto',
    'produto',
    // French: résultat (result), livrable (deliverable), objectif (objective)
    'resultat',
    'livrable',
    'objectif',
    // Chinese
    '产出',
    '成果',
    '目标',
    '结果',
    '交付物',
    // Output (`预期输出`, expected output: beyondstorage's OSPP page, regression-16), as the English head `output`.
    '输出',
  ],
  difficulty: [
    'difficulty',
    'complexity',
    'intensity',
    'rating',
    'level',
    'dificultad',
    'dificuldade',
    'complejidad',
    'complexidade',
    'nivel',
    // French: difficulté (difficulty), complexité (complexity), niveau (level, vague as level is)
    'difficulte',
    'complexite',
    'niveau',
    '难度',
    '难易程度',
    '难易度',
    '等级',
    '级别',
    '复杂度',
  ],
  skills: [
    'skill',
    'skillset',
    'skill set',
    'prerequisite',
    'pre-requisite',
    'requirement',
    'technology',
    // The technologies a project is built with (`## Technology Stack`, `**Tech stack:**`; `tech` and `technology`
    // qualify it as modifier and head).
    'stack',
    'experience',
    'knowledge',
    'expertise',
    'language',
    // Topic heads: what the work is about, written as a list of technologies (`Keywords: _Python_, _cygwin_`,
    // `Areas: Windows API, DevOps`, `#### Tools` over Teal and LuaRocks); vague, so a skills label wins over them.
    'keyword',
    'area',
    'tool',
    'habilidad',
    'habilidade',
    'requisito',
    'prerrequisito',
    'pre-requisito',
    'conocimiento',
    'conhecimento',
    'tecnologia',
    'competencia',
    'experiencia',
    // French: langage (language), compétence (skill, as Spanish competencia), prérequis (prerequisite), connaissance
    // (knowledge)
    'langage',
    'competence',
    'prerequis',
    'connaissance',
    '技能',
    '技术栈',
    '技术',
    '要求',
    '前置知识',
    '知识',
    '能力',
  ],
  mentors: [
    'mentor',
    'co-mentor',
    'comentor',
    'mentorship',
    'contact',
    'point of contact',
    'expert',
    'supervisor',
    'mentores',
    'tutor',
    'tutores',
    'orientador',
    'orientadores',
    'contacto',
    'contato',
    // French: encadrant (supervisor), tuteur (tutor)
    'encadrant',
    'tuteur',
    '导师',
    '联系人',
    '联系方式',
    '指导老师',
  ],
  size: [
    'size',
    'duration',
    'length',
    'effort',
    'hour',
    'time',
    'time commitment',
    'estimate',
    // Read only through a size quantity (TIME_PLAN_HEADS): `**Estimated Timeline**: Approximately 175 hours`.
    'timeline',
    'tamano',
    'tamanho',
    'duracion',
    'duracao',
    'hora',
    'esfuerzo',
    'esforco',
    // French: durée (duration), taille (size), heure (hour)
    'duree',
    'taille',
    'heure',
    '规模',
    '工时',
    '时间',
    '估计',
    '时长',
    '工作量',
  ],
  verified: ['verified', 'reviewed', 'updated', 'verificado', 'actualizado', 'atualizado'],
  inserted: ['inserted', 'insert', 'added', 'created'],
  description: [
    'description',
    'desc',
    'summary',
    'overview',
    'detail',
    'abstract',
    'context',
    'scope',
    'explanation',
    'synopsis',
    'problem statement',
    // What the work involves (`| **Intensity** | **Involves** | **Mentors** |`): a description, not the skills.
    'involves',
    'current state',
    'descripcion',
    'descricao',
    'resumen',
    'resumo',
    '描述',
    '摘要',
    '简介',
    '简述',
    '概述',
  ],
  program: ['gsoc', 'program', 'programme', 'outreachy', 'eligible', 'initiative', 'programa'],
  review: ['review', 'review comment', 'reviewer comment'],
  issue: ['issue', 'ticket', 'jira', 'incidencia'],
};

/**
 * Heads that name the extent of the work (`**Scope:** 350 hours`): a description, but the size when the value is a
 * size quantity (hours, weeks, a size word), as a reader takes it.
 */
export const EXTENT_HEADS = new Set(['scope']);

/**
 * Heads that name when the work happens (`Timeline`): the size when the value is a size quantity (`**Estimated
 * Timeline**: Approximately 175 hours`, as `Scope` above), and no field otherwise: a timeline of weeks or dates
 * (`### Timeline` over `Week 1: …`, a programme's dates) is a plan, not a size.
 */
export const TIME_PLAN_HEADS = new Set(['timeline']);

/**
 * Heads that any one qualifier before them keeps (`Special skills`, `Domain knowledge`, `Community mentors`): a kind
 * of skill is a skill, a kind of mentor a mentor. An unknown word there makes the label a loose one.
 */
export const ATTRIBUTIVE_HEADS = new Set(['skill', 'skillset', 'knowledge', 'expertise', 'prerequisite', 'mentor']);

/**
 * What the applicant needs, as a clause (`*You need: Javascript, Ruby*`, `You need know:`, `Students will need:`):
 * the skills. Matched on the normalised label (singular words).
 */
export const NEEDS_CLAUSE =
  /^(?:you|student|contributor|applicant|candidate)(?: will| would| should| must)? (?:need|require)(?: to)?(?: know| have)?$/;

/** Heads that name their field only vaguely (`Involves`, a bare `Level`): a later specific label wins over them. */
export const VAGUE_HEADS = new Set([
  'involves',
  'level',
  'technology',
  'keyword',
  'area',
  'tool',
  'nivel',
  'niveau',
  '等级',
  '级别',
  '技术',
]);

/**
 * Words that qualify a head without changing what it names and keep the label as written (`Expected`, `Required`,
 * `Possible`, `Project`…): a line made of them and a head is a label even without a colon.
 */
export const MODIFIERS = new Set([
  'expected',
  'estimated',
  'approximate',
  // A bound of the value, qualifying it as `estimated` and `approximate` do (pf's `Minimum Difficulty: low`,
  // regression-14; `Maximum size`, `Dificultad mínima`, `最低难度`): the label still names its head's field.
  'minimum',
  'maximum',
  'minimo',
  'minima',
  'maximo',
  'maxima',
  '最低',
  '最高',
  'required',
  'needed',
  'recommended',
  'suggested',
  // The noun of `suggested`, after the head (`Mentor suggestion`, as `Suggested mentor`).
  'suggestion',
  'possible',
  'potential',
  'proposed',
  'preferred',
  'desired',
  'desirable',
  'ideal',
  // An adjective of fitness, as `recommended` and `suggested` (`Difficulty and suitable project length`).
  'suitable',
  'helpful',
  'useful',
  'relevant',
  'related',
  'key',
  'brief',
  'short',
  'detailed',
  'technical',
  'programming',
  'coding',
  'assisting',
  // `primary` and `secondary` are no modifiers: `Primary Mentor` is read by the attributive rule (ATTRIBUTIVE_HEADS),
  // and `Primary Areas` (Talawa's group heading) is no label.
  'second',
  'backup',
  'lead',
  'project',
  'student',
  'contributor',
  'applicant',
  'candidate',
  'involved',
  'idea',
  'upstream',
  'tracking',
  'github',
  'link',
  'url',
  'information',
  'info',
  'person',
  'last',
  'date',
  'tech',
  // Spanish / Portuguese
  'esperado',
  'esperada',
  'esperados',
  'esperadas',
  'requerido',
  'requerida',
  'requeridos',
  'requeridas',
  'necesario',
  'necesaria',
  'necesarios',
  'necesarias',
  'necessario',
  'necessaria',
  'necessarios',
  'necessarias',
  'recomendado',
  'recomendada',
  'recomendados',
  'recomendadas',
  'deseable',
  'deseables',
  'desejavel',
  'desejaveis',
  'previo',
  'previos',
  'previa',
  'previas',
  'posible',
  'posibles',
  'possivel',
  'possiveis',
  'estimado',
  'estimada',
  'tecnico',
  'tecnica',
  'tecnicos',
  'tecnicas',
  'proyecto',
  'projeto',
  'principal',
  // French: attendu (expected), requis (required), nécessaire (needed), recommandé (recommended), souhaité (desired),
  // estimé (estimated), potentiel (potential), programmation (programming), technique (technical), projet (project)
  'attendu',
  'attendue',
  'attendus',
  'attendues',
  'requis',
  'requise',
  'requises',
  'necessaire',
  'necessaires',
  'recommande',
  'recommandee',
  'recommandes',
  'recommandees',
  'souhaite',
  'souhaitee',
  'souhaites',
  'souhaitees',
  'estime',
  'estimee',
  'potentiel',
  'potentielle',
  'potentiels',
  'potentielles',
  'programmation',
  'technique',
  'techniques',
  'projet',
  // Measure nouns and their participles: an amount of the noun they qualify, so the label names that noun's field
  // (the head of `Time allocation`, `Time budget`, `Hours allocated`, `Allotted time` is `time`/`hours`, as `estimate`
  // in `Effort estimate` measures the effort: netZoo's `- **Time allocation**: 175`, regression-16). Alone they name
  // nothing (`Budget`), as other modifiers.
  'allocation',
  'allotment',
  'budget',
  'allocated',
  'allotted',
  'budgeted',
  // Chinese
  '项目',
  '预期',
  '所需',
  '相关',
  '建议',
  '基本',
  '主要',
  '信息',
  '预计',
  '想法',
  // Community, of the OSPP platform's `项目社区导师` (the project's community mentor: FMSoftCN's `【项目社区导师】魏永明`,
  // openLooKeng's `项目社区导师：张景芳`, SOFAStack's `**项目社区导师：EvenLiu**`).
  '社区',
  // Criteria, standard (`产出标准`, outcome standard; as `success criteria` names outcomes).
  '标准',
  '的',
]);

/**
 * Requirement adjectives: in a combination they take their neighbour's head (`Skills required/preferred`), and alone
 * they name the skills they elide (`Recommended: Go, Kubernetes`).
 */
export const ELLIPTIC = new Set(['required', 'preferred', 'recommended', 'desired', 'desirable', 'needed']);

/** Words that qualify a label loosely (`Our main goal`, `Contact info`): the label is a loose one. */
export const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'this',
  'our',
  'your',
  'name',
  'email',
  'in',
  'total',
  'overall',
  'general',
  'list',
  'main',
  // A synonym of `main`, as loose (`Project Core Objective`).
  'core',
  'number',
  'approx',
  'el',
  'la',
  'los',
  'las',
  'o',
  'os',
  'as',
  'numero',
  'lista',
]);

/** Prepositions that put the head before them (`Level of difficulty`, `Nivel de dificultad`). */
export const PREPOSITIONS = new Set(['of', 'de', 'del', 'do', 'da', 'dos', 'das', 'du', 'des', 'for', 'in', 'para']);

/**
 * Words that join two labels into one (`Difficulty & Requirements`, `Size and difficulty`, `Mentor(es) y contacto`,
 * `Difficulté et durée`).
 */
export const CONJUNCTIONS =
  /\s*(?:\/|&|\+|,|、|＆|／)\s*|\s+(?:and|y|e|et|or|ou)\s+|(?<=\p{Script=Han})(?:和|与|及)(?=\p{Script=Han})/u;
