// Parse stage: which lines of a page belong to a fenced code block, for the passes that read the page line by line
// before it is parsed (HTML layout, anchor lines), so that they leave code untouched.

/** A line opening or closing a fence: up to three spaces, then three or more backticks or tildes. */
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** Reads lines in order; `inFence(line)` is true for a fence's opening line, its lines and its closing line. */
export class FenceTracker {
  private fence: string | undefined;

  /** Whether a fence is open after the lines read so far. */
  get open(): boolean {
    return this.fence !== undefined;
  }

  inFence(line: string): boolean {
    const opening = FENCE.exec(line);
    if (this.fence) {
      if (opening && opening[1][0] === this.fence[0] && opening[1].length >= this.fence.length) this.fence = undefined;
      return true;
    }
    if (!opening) return false;
    this.fence = opening[1];
    return true;
  }
}

/**
 * `text` with each line outside fenced code replaced by what `rewrite` returns for it (undefined: the line as it is).
 * The passes that rewrite lines in place before parsing (closed headings, legend icons) share it.
 */
export function rewriteLinesOutsideFences(text: string, rewrite: (line: string) => string | undefined): string {
  const lines = text.split('\n');
  const fences = new FenceTracker();
  for (let index = 0; index < lines.length; index++) {
    if (fences.inFence(lines[index])) continue;
    lines[index] = rewrite(lines[index]) ?? lines[index];
  }
  return lines.join('\n');
}
