// Test support: reads a rule's docs page (rules/<id>.md) into its examples and sections.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export interface DocsPage {
  id: string;
  title: string;
  /** The first paragraph after the title: the rule's description, word for word. */
  description: string;
  headings: string[];
  fail: string;
  findings: string[];
  pass: string;
  /** Optional ```yaml config``` block: `options` for the rule and top-level settings (today, glossary…). */
  config: { options?: Record<string, unknown>; today?: string; glossary?: Record<string, string>; dateOrder?: string };
  /** Option names in the Options table (first column, backticks stripped). */
  optionNames: string[];
}

const FENCE = /^```([^\n]*)\n([^]*?)^```\s*$/gm;

/** Reads and splits a docs page. */
export function readDocsPage(path: string): DocsPage {
  const text = readFileSync(path, 'utf8');
  const blocks = new Map<string, string>();
  for (const match of text.matchAll(FENCE)) blocks.set(match[1].trim(), match[2]);
  const lines = text.split('\n');
  const title = (lines[0] ?? '').replace(/^#\s+/, '').trim();
  const description = (lines.slice(1).find((l) => l.trim() !== '') ?? '').trim();
  const headings = lines.filter((l) => /^##\s/.test(l)).map((l) => l.replace(/^##\s+/, '').trim());
  const optionsSection = text.split(/^## /m).find((s) => s.startsWith('Options')) ?? '';
  const optionNames = [...optionsSection.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]);
  return {
    id: title,
    title,
    description,
    headings,
    fail: blocks.get('markdown fail') ?? '',
    findings: (blocks.get('text findings') ?? '').split('\n').filter((l) => l.trim() !== ''),
    pass: blocks.get('markdown pass') ?? '',
    config: (parseYaml(blocks.get('yaml config') ?? '') ?? {}) as DocsPage['config'],
    optionNames,
  };
}
