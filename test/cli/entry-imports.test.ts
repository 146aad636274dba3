// `idea-lint --version` and `--help` answer without loading the lint engine: the CLI's entry (bin.ts) and main.ts
// reach the engine, the rules, the reporters and the parsers (zod, yaml, remark) only through import(), which ncc
// turns into chunks beside dist/cli.js that those answers never read (cold start: bench/README.md). This walks the
// static imports from bin.ts (type-only imports are erased, import() is not followed) and lists every module reached.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The specifiers of a module's static, value-level imports and re-exports. */
function staticImports(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)';/gms;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
}

/** Every module reached from `entry` by static imports: repository files (relative) and packages (by name). */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const name = relative(root, file);
    if (seen.has(name)) continue;
    seen.add(name);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        seen.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      expect(existsSync(target), `${name} imports ${specifier}`).toBe(true);
      queue.push(target);
    }
  }
  return seen;
}

describe("the CLI entry's static imports", () => {
  it('reads the import forms it walks, and skips type-only imports and import()', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "import {\n  c,\n  type D,\n} from './c.js';",
      "export { e } from './e.js';",
      "export type { F } from './f.js';",
      "import 'node:g';",
      "const h = await import('./h.js');",
    ].join('\n');
    expect(staticImports(source)).toEqual(['./a.js', './c.js', './e.js', 'node:g']);
  });

  it('reach only the argument reader, the version, the pool flag and the re-start: no engine, rules, reporters or parsers', () => {
    expect([...reached('src/cli/bin.ts')].sort()).toEqual([
      'node:child_process',
      'node:fs',
      'node:os',
      'node:path',
      'node:url',
      'node:util',
      'src/cli/args.ts',
      'src/cli/bin.ts',
      'src/cli/main.ts',
      'src/cli/pool-flag.ts',
      'src/cli/reexec.ts',
      'src/lint/config-names.ts',
      'src/lint/iso-date.ts',
      'src/report/format-names.ts',
      'src/version.ts',
    ]);
  });

  it('reach the engine from run.ts, which main.ts loads with import()', () => {
    const run = reached('src/cli/run.ts');
    expect(run).toContain('src/lint/engine.ts');
    expect(run).toContain('zod');
    expect(readFileSync(join(root, 'src/cli/main.ts'), 'utf8')).toContain("await import('./run.js')");
  });
});
