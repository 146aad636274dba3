/**
 * Test-support stage (GitHub emulator): a parser for GraphQL executable documents — operations,
 * variable definitions, aliases, arguments, fragments and directives — enough for the queries and
 * mutations idea-lint's action sends. Parse errors read like GitHub's.
 */

/** An argument value, before variables are substituted. */
export type Value =
  | { kind: 'var'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: Record<string, Value> };
/** A directive such as `@include(if: $x)`. */
export interface Directive {
  name: string;
  args: Record<string, Value>;
}
/** A field selection. */
export interface Field {
  kind: 'field';
  alias?: string;
  name: string;
  args: Record<string, Value>;
  directives: Directive[];
  selections?: Selection[];
  loc: { line: number; column: number };
}
/** A field, fragment spread or inline fragment. */
export type Selection =
  | Field
  | { kind: 'spread'; name: string; directives: Directive[] }
  | { kind: 'inline'; on?: string; directives: Directive[]; selections: Selection[] };
/** A parsed operation. */
export interface Operation {
  type: 'query' | 'mutation' | 'subscription';
  name?: string;
  variables: Record<string, { type: string; default?: Value }>;
  selections: Selection[];
}
/** A parsed document. */
export interface Document {
  operations: Operation[];
  fragments: Record<string, { on: string; selections: Selection[] }>;
}

const TOKEN =
  /\s+|,|#[^\n]*|("""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\.\.\.|[!$():=@[\]{}|&])|([_A-Za-z][_0-9A-Za-z]*)/y;

/** Parses a GraphQL executable document; throws Error with a GitHub-like parse message. */
export function parse(source: string): Document {
  const tokens: { kind: 'str' | 'num' | 'punct' | 'name'; text: string; line: number; column: number }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`Parse error on "${source.slice(at, at + 10)}" at [${lineCol(source, at).join(', ')}]`);
    const [line, column] = lineCol(source, at);
    if (m[1])
      tokens.push({ kind: 'str', text: m[1].startsWith('"""') ? m[1].slice(3, -3) : JSON.parse(m[1]), line, column });
    else if (m[2]) tokens.push({ kind: 'num', text: m[2], line, column });
    else if (m[3]) tokens.push({ kind: 'punct', text: m[3], line, column });
    else if (m[4]) tokens.push({ kind: 'name', text: m[4], line, column });
  }
  let i = 0;
  const peek = (text?: string) =>
    text === undefined ? tokens[i] : tokens[i]?.kind !== 'str' && tokens[i]?.text === text ? tokens[i] : undefined;
  const fail = (): never => {
    const t = tokens[i];
    throw new Error(
      t
        ? `Parse error on "${t.text}" (${t.kind === 'name' ? 'IDENTIFIER' : t.kind.toUpperCase()}) at [${t.line}, ${t.column}]`
        : 'Unexpected end of document',
    );
  };
  const expect = (text: string) => (peek(text) ? tokens[i++] : fail());
  const name = () => (tokens[i]?.kind === 'name' ? tokens[i++].text : fail());
  const type = (): string => {
    let t = peek('[') ? (expect('['), `[${type()}]`) : name();
    if (t.startsWith('[')) expect(']');
    if (peek('!')) {
      expect('!');
      t += '!';
    }
    return t;
  };
  const value = (): Value => {
    const t = tokens[i] ?? fail();
    if (peek('$')) {
      i++;
      return { kind: 'var', name: name() };
    }
    if (peek('[')) {
      i++;
      const items: Value[] = [];
      while (!peek(']')) items.push(value());
      i++;
      return { kind: 'list', items };
    }
    if (peek('{')) {
      i++;
      const fields: Record<string, Value> = {};
      while (!peek('}')) {
        const key = name();
        expect(':');
        fields[key] = value();
      }
      i++;
      return { kind: 'object', fields };
    }
    i++;
    if (t.kind === 'str') return { kind: 'literal', value: t.text };
    if (t.kind === 'num') return { kind: 'literal', value: Number(t.text) };
    if (t.kind === 'name')
      return {
        kind: 'literal',
        value: t.text === 'true' ? true : t.text === 'false' ? false : t.text === 'null' ? null : t.text,
      };
    return fail();
  };
  const args = (): Record<string, Value> => {
    const out: Record<string, Value> = {};
    if (!peek('(')) return out;
    i++;
    while (!peek(')')) {
      const key = name();
      expect(':');
      out[key] = value();
    }
    i++;
    return out;
  };
  const directives = (): Directive[] => {
    const out: Directive[] = [];
    while (peek('@')) {
      i++;
      out.push({ name: name(), args: args() });
    }
    return out;
  };
  const selections = (): Selection[] => {
    expect('{');
    const out: Selection[] = [];
    while (!peek('}')) {
      if (peek('...')) {
        i++;
        if (peek('on')) {
          i++;
          out.push({ kind: 'inline', on: name(), directives: directives(), selections: selections() });
        } else if (peek('{') || peek('@'))
          out.push({ kind: 'inline', directives: directives(), selections: selections() });
        else out.push({ kind: 'spread', name: name(), directives: directives() });
        continue;
      }
      const start = tokens[i] ?? fail();
      let fieldName = name();
      let alias: string | undefined;
      if (peek(':')) {
        i++;
        alias = fieldName;
        fieldName = name();
      }
      const field: Field = {
        kind: 'field',
        alias,
        name: fieldName,
        args: args(),
        directives: directives(),
        loc: { line: start.line, column: start.column },
      };
      if (peek('{')) field.selections = selections();
      out.push(field);
    }
    i++;
    return out;
  };
  const document: Document = { operations: [], fragments: {} };
  while (i < tokens.length) {
    if (peek('{')) {
      document.operations.push({ type: 'query', variables: {}, selections: selections() });
    } else if (peek('fragment')) {
      i++;
      const fragmentName = name();
      expect('on');
      document.fragments[fragmentName] = { on: name(), selections: (directives(), selections()) };
    } else {
      const opType = name();
      if (opType !== 'query' && opType !== 'mutation' && opType !== 'subscription') {
        i--;
        return fail();
      }
      const op: Operation = { type: opType, variables: {}, selections: [] };
      if (tokens[i]?.kind === 'name') op.name = name();
      if (peek('(')) {
        i++;
        while (!peek(')')) {
          expect('$');
          const varName = name();
          expect(':');
          op.variables[varName] = { type: type() };
          if (peek('=')) {
            i++;
            op.variables[varName].default = value();
          }
        }
        i++;
      }
      directives();
      op.selections = selections();
      document.operations.push(op);
    }
  }
  return document;
}

function lineCol(source: string, offset: number): [number, number] {
  const before = source.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}
