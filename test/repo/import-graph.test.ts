// Walks the import graph of src/ and rules/ (every relative import and re-export, types included) and fails on any
// cycle between files or between folders, so the stages stay one-way: parse → lint (and rules) → report → callers.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every .ts file under `dir`, relative to the repository with `/` separators. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The repository files `file` imports (relative specifiers only; `.js` resolves to the `.ts` source). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map((entry) => entry.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const target = resolve(dirname(join(ROOT, file)), specifier.replace(/\.js$/, '.ts'));
      return relative(ROOT, target).split(sep).join('/');
    });
}

/**
 * A file's folder, the node of the folder graph. Files directly in src/ (the action's entry point, the version)
 * are nodes of their own: they are not a stage.
 */
function folderOf(file: string): string {
  const folder = dirname(file);
  return folder === 'src' ? file : folder;
}

/** The strongly connected components with more than one node, or with a self-loop (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

const files = [...sources('src'), ...sources('rules')];
const fileGraph = new Map(files.map((file) => [file, new Set(importsOf(file))]));
const folderGraph = new Map<string, Set<string>>();
for (const [file, targets] of fileGraph) {
  const from = folderOf(file);
  if (!folderGraph.has(from)) folderGraph.set(from, new Set());
  for (const target of targets) if (folderOf(target) !== from) folderGraph.get(from)!.add(folderOf(target));
}

describe('import graph of src/ and rules/', () => {
  it('resolves every relative import to a source file', () => {
    const known = new Set(files);
    const missing = [...fileGraph].flatMap(([file, targets]) =>
      [...targets].filter((target) => !known.has(target)).map((target) => `${file} → ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no cycle between files', () => {
    expect(cycles(fileGraph)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(cycles(folderGraph)).toEqual([]);
  });

  it('finds a planted cycle', () => {
    const planted = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['d'])],
      ['e', new Set(['a'])],
    ]);
    expect(cycles(planted)).toEqual([['a', 'b', 'c'], ['d']]);
  });
});
