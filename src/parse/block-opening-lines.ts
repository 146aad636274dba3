// Parse stage: the walk shared by the rewrites of lines that open an HTML block yet display nothing (anchor-lines.ts,
// break-lines.ts). In CommonMark such a line opens an HTML block that runs to the next blank line, hiding the Markdown
// under it; each rewrite says which lines it writes as what they display.
import { FenceTracker } from './code-fences.js';

/**
 * Where a line may open a block: `opensBlock` after the start of the text, a closed fence, a closed HTML comment, a
 * rewritten line or a line `endsBlock` matches; `next` is the line below (undefined at the end).
 */
export type LineRewrite = (line: string, opensBlock: boolean, next: string | undefined) => string | undefined;

/**
 * The text with each line outside code fences and HTML comments that `rewrite` rewrites (a string of the same length)
 * replaced, every other line kept.
 */
export function rewriteBlockOpeningLines(text: string, endsBlock: RegExp, rewrite: LineRewrite): string {
  const lines = text.split('\n');
  const fences = new FenceTracker();
  let comment = false;
  let opensBlock = true;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (fences.inFence(line)) {
      opensBlock = !fences.open;
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = line.lastIndexOf('<!--') > line.lastIndexOf('-->');
      opensBlock = !comment;
      continue;
    }
    const rewritten = rewrite(line, opensBlock, lines[index + 1]);
    if (rewritten !== undefined) {
      lines[index] = rewritten;
      opensBlock = true;
      continue;
    }
    if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) comment = true;
    opensBlock = endsBlock.test(line);
  }
  return lines.join('\n');
}
