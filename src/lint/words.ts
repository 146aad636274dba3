// Lint stage: wording helpers shared by rule messages. Pure.

const MAX_QUOTE = 60;

/** Quotes a value for a message, on one line and cut at about 60 characters. */
export function quote(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > MAX_QUOTE ? `${oneLine.slice(0, MAX_QUOTE - 1).trimEnd()}…` : oneLine;
  return `"${cut}"`;
}
