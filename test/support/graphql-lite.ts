/**
 * Test-support stage (GitHub emulator): a small GraphQL engine — a parser for executable documents
 * (operations, variables, aliases, arguments, fragments, @include/@skip), a validator that rejects
 * unknown fields and arguments the way GitHub does, and an executor over a declarative schema of
 * resolvers. Enough to answer the few queries and mutations idea-lint's action sends, with
 * responses shaped by the client's own selection sets.
 */

/** A field of an object type: its GraphQL type (e.g. `[Thread!]!`), argument types and resolver. */
export interface FieldSpec<C> {
  type: string;
  args?: Record<string, string>;
  // Resolvers read their parent's fields freely: the schema, not TypeScript, types these values.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolve?: (parent: any, args: Record<string, unknown>, context: C, path: (string | number)[]) => unknown;
}

/** Object and interface types by name; `implements` lists a concrete type's interfaces. */
export type Schema<C> = Record<
  string,
  { fields: Record<string, FieldSpec<C>>; implements?: string[]; interface?: boolean }
>;

/** One error of a GraphQL response. */
export interface GraphQLError {
  message: string;
  type?: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

/** Thrown by resolvers to null a field and report an error (GitHub's `type`, e.g. NOT_FOUND). */
export class FieldError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

type Value =
  | { kind: 'var'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: Record<string, Value> };
interface Directive {
  name: string;
  args: Record<string, Value>;
}
interface Field {
  kind: 'field';
  alias?: string;
  name: string;
  args: Record<string, Value>;
  directives: Directive[];
  selections?: Selection[];
  loc: { line: number; column: number };
}
type Selection =
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

/** The named type inside a type reference: `[Foo!]!` → `Foo`. */
export const namedType = (type: string) => type.replace(/[[\]!]/g, '');
const isList = (type: string) => type.startsWith('[');

function evaluate(value: Value, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case 'var':
      return variables[value.name] ?? null;
    case 'literal':
      return value.value;
    case 'list':
      return value.items.map((item) => evaluate(item, variables));
    case 'object':
      return Object.fromEntries(Object.entries(value.fields).map(([k, v]) => [k, evaluate(v, variables)]));
  }
}

/** Validates and executes one operation of a document against a schema. */
export function execute<C>(
  schema: Schema<C>,
  document: Document,
  request: { operationName?: string; variables?: Record<string, unknown> },
  context: C,
): { data?: Record<string, unknown> | null; errors?: GraphQLError[] } {
  const operation = request.operationName
    ? document.operations.find((o) => o.name === request.operationName)
    : document.operations.length === 1
      ? document.operations[0]
      : undefined;
  if (!operation)
    return {
      errors: [
        {
          message: request.operationName
            ? `No operation named "${request.operationName}"`
            : 'An operation name is required',
        },
      ],
    };
  const rootType = operation.type === 'mutation' ? 'Mutation' : 'Query';
  const errors: GraphQLError[] = [];
  const variables: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(operation.variables)) {
    const given = request.variables?.[name];
    variables[name] = given ?? (def.default ? evaluate(def.default, {}) : null);
    if (def.type.endsWith('!') && (variables[name] === null || variables[name] === undefined)) {
      errors.push({
        message: `Variable $${name} of type ${def.type} was provided invalid value`,
        extensions: { value: null, problems: [{ path: [], explanation: 'Expected value to not be null' }] },
      });
    }
  }
  const implementsType = (runtime: string, condition: string) =>
    runtime === condition || (schema[runtime]?.implements ?? []).includes(condition);

  const validate = (typeName: string, selections: Selection[], path: string[]) => {
    for (const selection of selections) {
      if (selection.kind === 'spread') {
        const fragment = document.fragments[selection.name];
        if (!fragment) errors.push({ message: `Fragment ${selection.name} was used, but not defined` });
        else validate(fragment.on, fragment.selections, path);
        continue;
      }
      if (selection.kind === 'inline') {
        validate(selection.on ?? typeName, selection.selections, path);
        continue;
      }
      const fieldPath = [...path, selection.alias ?? selection.name];
      if (selection.name === '__typename') continue;
      const spec = schema[typeName]?.fields[selection.name];
      const where = { path: fieldPath, locations: [selection.loc] };
      if (!spec) {
        errors.push({
          ...where,
          extensions: { code: 'undefinedField', typeName, fieldName: selection.name },
          message: `Field '${selection.name}' doesn't exist on type '${typeName}'`,
        });
        continue;
      }
      for (const arg of Object.keys(selection.args)) {
        if (!spec.args?.[arg])
          errors.push({
            ...where,
            extensions: { code: 'argumentNotAccepted', name: selection.name, typeName: 'Field', argumentName: arg },
            message: `Field '${selection.name}' doesn't accept argument '${arg}'`,
          });
      }
      for (const [arg, argType] of Object.entries(spec.args ?? {})) {
        const given = selection.args[arg];
        if (argType.endsWith('!') && !given)
          errors.push({
            ...where,
            extensions: { code: 'missingRequiredArguments', className: 'Field', name: selection.name, arguments: arg },
            message: `Field '${selection.name}' is missing required arguments: ${arg}`,
          });
        if (given?.kind === 'var' && !(given.name in operation.variables))
          errors.push({
            ...where,
            extensions: { code: 'variableNotDefined', variableName: given.name },
            message: `Variable $${given.name} is used by ${operation.name ?? 'anonymous query'} but not declared`,
          });
      }
      const target = namedType(spec.type);
      if (schema[target] && !selection.selections)
        errors.push({
          ...where,
          extensions: { code: 'selectionMismatch', nodeName: `field '${selection.name}'`, typeName: target },
          message: `Field must have selections (field '${selection.name}' returns ${target} but has no selections. Did you mean '${selection.name} { ... }'?)`,
        });
      else if (!schema[target] && selection.selections)
        errors.push({
          ...where,
          extensions: { code: 'selectionMismatch', nodeName: `field '${selection.name}'`, typeName: target },
          message: `Selections can't be made on scalars (field '${selection.name}' returns ${target} but has selections [${selection.selections.map((s) => (s.kind === 'field' ? s.name : '...')).join(', ')}])`,
        });
      else if (selection.selections) validate(target, selection.selections, fieldPath);
    }
  };
  validate(rootType, operation.selections, [operation.type]);
  if (errors.length > 0) return { errors };

  const included = (directives: Directive[]) =>
    directives.every((d) =>
      d.name === 'include'
        ? evaluate(d.args.if, variables) === true
        : d.name === 'skip'
          ? evaluate(d.args.if, variables) !== true
          : true,
    );

  const run = (
    typeName: string,
    parent: Record<string, unknown>,
    selections: Selection[],
    path: (string | number)[],
  ): Record<string, unknown> => {
    const runtime = schema[typeName]?.interface ? String(parent.__typename) : typeName;
    const out: Record<string, unknown> = {};
    for (const selection of selections) {
      if (!included(selection.directives)) continue;
      if (selection.kind !== 'field') {
        const fragment =
          selection.kind === 'spread'
            ? document.fragments[selection.name]
            : { on: selection.on ?? runtime, selections: selection.selections };
        if (implementsType(runtime, fragment.on)) Object.assign(out, run(runtime, parent, fragment.selections, path));
        continue;
      }
      const key = selection.alias ?? selection.name;
      if (selection.name === '__typename') {
        out[key] = runtime;
        continue;
      }
      const spec = schema[runtime].fields[selection.name] ?? schema[typeName].fields[selection.name];
      const args = Object.fromEntries(Object.entries(selection.args).map(([k, v]) => [k, evaluate(v, variables)]));
      try {
        const value = spec.resolve ? spec.resolve(parent, args, context, [...path, key]) : parent?.[selection.name];
        const complete = (v: unknown, at: (string | number)[]): unknown =>
          v === null || v === undefined
            ? null
            : !selection.selections
              ? v
              : run(namedType(spec.type), v, selection.selections, at);
        out[key] =
          isList(spec.type) && Array.isArray(value)
            ? value.map((v, n) => complete(v, [...path, key, n]))
            : complete(value, [...path, key]);
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        out[key] = null;
        errors.push({ type: error.type, path: [...path, key], locations: [selection.loc], message: error.message });
      }
    }
    return out;
  };
  const data = run(rootType, {}, operation.selections, []);
  return errors.length ? { data, errors } : { data };
}
