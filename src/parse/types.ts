// Parse stage: the idea model shared by every later stage. Plain data only, no behaviour.
import type { Root, RootContent } from 'mdast';

/** A place in a file: 1-based line and column, 0-based offset into the text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in a file; `end` is exclusive (unist convention). */
export interface Position {
  start: Point;
  end: Point;
}

/** The canonical fields every rule speaks of; labels map onto these through the alias vocabulary. */
export const FIELD_NAMES = [
  'outcomes',
  'difficulty',
  'skills',
  'mentors',
  'size',
  'verified',
  'inserted',
  'description',
  'program',
  'review',
  'issue',
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

/** One field of an idea, e.g. `Difficulty: Medium`. */
export interface Field {
  name: FieldName;
  /** The label as written, without markup (`Skills Needed`). */
  label: string;
  /** The value as plain text: markup, `<br>`, emoji and `#…` template comments removed; '' when empty. */
  value: string;
  /** The value's source text (Markdown kept, so links and `mailto:` targets survive); '' when empty. */
  raw: string;
  labelPosition: Position;
  /** Where the value sits; absent when the value is empty. */
  valuePosition?: Position;
  /**
   * For a value joined from several labels (`**Mentor:** A`, prose, then `**Backup Mentor:** B`): each label's own
   * value range, in text order. `valuePosition` spans them all, with whatever lies between.
   */
  parts?: Position[];
}

/** One project idea. */
export interface Idea {
  title: string;
  /** The heading, title row or front matter `title`/`name` that names the idea. */
  titlePosition: Position;
  /** The whole idea, from its title to the last line of its body. */
  position: Position;
  /** Enclosing section headings, outermost first (e.g. ["List of peer reviewed Projects", "Mirage OS"]). */
  section: string[];
  fields: Partial<Record<FieldName, Field>>;
  /** The idea's Markdown nodes after its title (for text rules such as undefined terms). */
  body: RootContent[];
}

/** Something the parser could not read as ideas; reported, never thrown. */
export interface Notice {
  message: string;
  line: number;
  column: number;
}

/** How a part of the file shows that an idea was not read (src/parse/unread-ideas.ts). */
export type UnreadKind =
  | 'label-title'
  | 'sibling'
  | 'nested'
  | 'shallow-parts'
  | 'stray-labels'
  | 'repeated-blocks'
  | 'second-title'
  | 'thin-idea';

/** A sign that an idea written like the others was missed or misread: its kind and the 1-based line it starts on. */
export interface UnreadSign {
  kind: UnreadKind;
  line: number;
}

/** A parsed idea file. */
export interface IdeaFile {
  path: string;
  text: string;
  ideas: Idea[];
  notices: Notice[];
  /** The whole mdast tree (positions into `text`). */
  tree: Root;
  /** Parsed YAML front matter, when the file has valid front matter. */
  frontMatter?: Record<string, unknown>;
  /** Terms defined by a glossary section of the file (term → expansion). */
  glossary: Record<string, string>;
  /** Signs that some ideas were missed or misread while others were read; absent or empty when none. */
  unread?: UnreadSign[];
}

/** Options the parser accepts from configuration. */
export interface ParseOptions {
  /** Extra label aliases per canonical field (from config `fields`). */
  fields?: Partial<Record<FieldName, string[]>>;
}
