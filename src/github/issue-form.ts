// GitHub stage (issue forms): whether an issue was written with one of the configured issue forms
// (.github/ISSUE_TEMPLATE/*.yml). GitHub does not record the form on the issue, but a form writes each
// answer under a `### <field label>` heading, so an issue whose headings include every field of the form
// came from it. The forms are read at the default branch through the API.
import { parse } from 'yaml';
import type { GitHubClient } from './client.js';

/** Form fields that write an answer under their label (`markdown` fields write nothing). */
const ANSWER_TYPES = new Set(['input', 'textarea', 'dropdown', 'checkboxes']);
const TEMPLATE_FOLDER = '.github/ISSUE_TEMPLATE';

/** The name of the first configured form whose every field heading the issue body has; undefined if none. */
export async function matchIssueForm(
  client: Pick<GitHubClient, 'readFile'>,
  body: string,
  templates: readonly string[],
  ref: string,
  log: (message: string) => void = () => {},
): Promise<string | undefined> {
  if (templates.length === 0) return undefined;
  const headings = new Set([...body.matchAll(/^###[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((match) => normalise(match[1])));
  if (headings.size === 0) return undefined;
  for (const name of templates) {
    const path = name.includes('/') ? name : `${TEMPLATE_FOLDER}/${name}`;
    const text = await client.readFile(path, ref);
    if (text === undefined) {
      log(`Issue form ${path} (config issues.templates) does not exist on ${ref}; it is skipped.`);
      continue;
    }
    const labels = formLabels(text);
    if (labels.length > 0 && labels.every((label) => headings.has(normalise(label)))) return name;
  }
  return undefined;
}

/** The labels of a form's answer fields; [] when the text is not an issue form. */
export function formLabels(text: string): string[] {
  let form: unknown;
  try {
    form = parse(text);
  } catch {
    return [];
  }
  const body = (form as { body?: unknown } | null)?.body;
  if (!Array.isArray(body)) return [];
  return body
    .filter((field: { type?: unknown }) => ANSWER_TYPES.has(String(field?.type)))
    .map((field: { attributes?: { label?: unknown } }) => field.attributes?.label)
    .filter((label): label is string => typeof label === 'string' && label.trim() !== '');
}

function normalise(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}
