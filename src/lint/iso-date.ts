// Lint stage: the calendar date form every date option takes (`today`, `--today`). Its own module, with no
// imports, so that the CLI can check its arguments without loading the configuration schema (see src/cli/main.ts).

/** `YYYY-MM-DD`, the form of a date; isIsoDate also checks that the day exists. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
