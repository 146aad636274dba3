/**
 * Test-support stage (GitHub emulator): a small GraphQL engine over a declarative schema of
 * resolvers — a validator that rejects unknown fields, missing arguments and undeclared variables
 * the way GitHub does, and an executor (aliases, fragments, @include/@skip) whose responses are
 * shaped by the client's own selection sets. Parsing lives in graphql-parse.ts.
 */
import type { Directive, Document, Selection, Value } from './graphql-parse.js';

export { parse, type Document } from './graphql-parse.js';

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
      const args: Record<string, unknown> = Object.fromEntries(
        Object.entries(selection.args).map(([k, v]) => [k, evaluate(v, variables)]),
      );
      try {
        const value = spec.resolve ? spec.resolve(parent, args, context, [...path, key]) : parent?.[selection.name];
        const complete = (v: unknown, at: (string | number)[]): unknown =>
          v === null || v === undefined
            ? null
            : !selection.selections
              ? v
              : run(namedType(spec.type), v as Record<string, unknown>, selection.selections, at);
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
