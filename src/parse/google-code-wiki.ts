// Parse stage: Google Code wiki pages (the `.wiki` files of projects exported from code.google.com, such as
// Google Caja's `ProjectIdeas.wiki`) rewritten as the Markdown they display as, every character at its offset.
// The syntax (code.google.com/p/support/wiki/WikiSyntax, archived): `#summary …` and `#labels …` pragma lines open
// the page; `= Title =`, `== Title ==` are headings; list items are indented (`  * item`, `  # item`), which in
// MediaWiki would be preformatted text; `[http://url label]` and `[WikiPage label]` are links; `{{{ … }}}` is code.

/** Pragma lines a Google Code wiki page opens with; MediaWiki has no line starting `#summary`. */
const PRAGMA = /^#(?:summary|labels|sidebar)\b/;

/**
 * Whether a `.wiki` page is written in Google Code wiki syntax rather than MediaWiki's: its first line that is not
 * blank is a pragma (`#summary Things you can work on`, `#labels Featured`).
 */
export function isGoogleCodeWiki(text: string): boolean {
  const first = /^(?:[ \t]*\r?\n)*([^\n]*)/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return first !== null && PRAGMA.test(first[1]);
}

const HEADING = /^(={1,6})[ \t]*(.*?)[ \t]*\1[ \t]*$/;
const NUMBERED = /^([ \t]+)#[ \t]/;
/** `[http://x.test/ label]`, `[WikiPage label]`: the target and the space after it, then the label, then `]`. */
const LINK = /\[((?:https?|ftp):\/\/[^\s\]]+|[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)[ \t]+([^\]\n]+)\]/g;

/**
 * The page written as Markdown with each line's length kept: pragma lines become blank, `== Title ==` becomes
 * `## Title` (the closing marks spaces), an indented `#` item a numbered one (`  # x` → ` 1. x`), `{{{`/`}}}` code
 * fences, and a labelled link its label (then spaces where the target and brackets were: the words a reader sees).
 */
export function googleCodeWikiAsMarkdown(text: string): string {
  const lines = text.split('\n');
  let code = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const bare = line.replace(/\r$/, '');
    if (code) {
      if (/^\s*\}\}\}\s*$/.test(bare)) {
        code = false;
        lines[index] = line.replace('}}}', '```');
      }
      continue;
    }
    if (/^\s*\{\{\{\s*$/.test(bare)) {
      code = true;
      lines[index] = line.replace('{{{', '```');
      continue;
    }
    if (PRAGMA.test(bare)) {
      lines[index] = ' '.repeat(bare.length) + line.slice(bare.length);
      continue;
    }
    const heading = HEADING.exec(bare);
    if (heading && heading[2]) {
      const marks = heading[1].length;
      const start = bare.indexOf(heading[2], marks);
      const rewritten = `${'#'.repeat(marks)} `.padEnd(start, ' ') + heading[2];
      lines[index] = rewritten.padEnd(bare.length, ' ') + line.slice(bare.length);
      continue;
    }
    let rewritten = bare;
    const numbered = NUMBERED.exec(rewritten);
    if (numbered) rewritten = `${numbered[1].slice(1)}1.${rewritten.slice(numbered[0].length - 1)}`;
    rewritten = rewritten
      .replace(/\{\{\{(.*?)\}\}\}/g, (_whole, inner: string) => `\`\`\`${inner}\`\`\``)
      .replace(LINK, (whole, _target: string, label: string) => label.padEnd(whole.length, ' '));
    lines[index] = rewritten + line.slice(bare.length);
  }
  return lines.join('\n');
}
