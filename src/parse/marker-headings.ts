// Parse stage: a heading whose marks stand alone on their line, its text on the next (`##` ⏎ `FireForm: …`), as a
// scraper writes a page's `<h2>` when it keeps the element's line break after the marks: read as one heading.
import type { Heading, Nodes, Paragraph, Root } from 'mdast';

/**
 * The tree with each empty ATX heading (`##` alone on its line) directly followed, on the next line, by a paragraph of
 * one line read as a heading of that depth whose text is the paragraph's (its children and their positions, so the
 * title's position is the paragraph's line): UN OICT's scraped page (`#` ⏎ `2026 Project Ideas & Source Code`, `##` ⏎
 * `FireForm: …`, `###` ⏎ `Estimated Effort`, regression-15). The heading node spans both lines; the paragraph goes.
 * An empty heading before a blank line, a paragraph of several lines, a list or another heading stays as CommonMark
 * reads it (an empty heading, a rule between sections).
 */
export function joinMarkerHeadings(tree: Root): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let index = 0; index < children.length - 1; index++) {
      const heading = children[index];
      const next = children[index + 1];
      if (heading.type !== 'heading' || next.type !== 'paragraph' || !isMarkerHeading(heading, next)) continue;
      heading.children = next.children as Heading['children'];
      if (heading.position && next.position)
        heading.position = { start: heading.position.start, end: next.position.end };
      children.splice(index + 1, 1);
    }
    for (const child of children) if (BLOCK_CONTAINERS.has(child.type)) stack.push(child);
  }
}

/** The nodes that hold blocks (a heading stands only among blocks): inline content is not walked. */
const BLOCK_CONTAINERS = new Set<string>(['blockquote', 'list', 'listItem', 'footnoteDefinition']);

/** Whether `heading` is marks alone (no text) on the line before `paragraph`, a paragraph of one line. */
function isMarkerHeading(heading: Heading, paragraph: Paragraph): boolean {
  if (heading.children.length > 0) return false;
  const marks = heading.position;
  const text = paragraph.position;
  if (!marks || !text) return false;
  return (
    marks.start.line === marks.end.line && text.start.line === marks.end.line + 1 && text.end.line === text.start.line
  );
}
