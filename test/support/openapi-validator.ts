/**
 * Test-support stage (GitHub emulator): checks requests (and the emulator's own responses) against
 * the slice of GitHub's OpenAPI description in test/fixtures/github/openapi.json, written by
 * scripts/extract-openapi.mjs. Routes are matched by method and path template, parameters and JSON
 * bodies are validated with ajv after converting OpenAPI 3.0 schemas to JSON Schema (`nullable`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** Path of the committed OpenAPI fixture. */
export const OPENAPI_FIXTURE = fileURLToPath(new URL('../fixtures/github/openapi.json', import.meta.url));

type Json = Record<string, unknown>;

/** A request matched to an operation of the description. */
export interface RouteMatch {
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  operationId: string;
  /** Decoded path parameters, still strings. */
  pathParams: Record<string, string>;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
  description?: string;
  'x-multi-segment'?: boolean;
}

interface Route {
  method: string;
  template: string;
  operationId: string;
  pattern: RegExp;
  names: string[];
  literals: number;
  parameters: Parameter[];
  pointer: string;
  hasBody: boolean;
  bodyRequired: boolean;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Keys whose value maps names to schemas (or operations): their own keys are names, not keywords. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'paths',
  'schemas',
  'parameters',
  'responses',
  'headers',
  'content',
]);

/** Rewrites OpenAPI 3.0 schema dialect into JSON Schema that ajv understands. */
function toJsonSchema(value: unknown, isNameMap = false): unknown {
  if (Array.isArray(value)) return value.map((item) => toJsonSchema(item));
  if (value === null || typeof value !== 'object') return value;
  const node: Json = {};
  for (const [key, child] of Object.entries(value as Json)) {
    if (!isNameMap && (key === 'discriminator' || key === 'example' || key === 'nullable' || key.startsWith('x-')))
      continue;
    node[key] = toJsonSchema(child, !isNameMap && NAME_MAPS.has(key));
  }
  if (isNameMap || (value as Json).nullable !== true) return node;
  if (typeof node.type === 'string') {
    node.type = [node.type, 'null'];
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
    return node;
  }
  return { anyOf: [node, { type: 'null' }] };
}

/**
 * GitHub documents some limits only in prose, e.g. per_page "(max 100)": turn them into schema.
 * A page or per_page below 1 is also refused: GitHub tolerates it, but it is always a client bug.
 */
function withDocumentedLimits(parameter: Parameter): Json {
  const schema: Json = { ...(parameter.schema ?? {}) };
  const max = parameter.description?.match(/\(max (\d+)\)/);
  if (max && schema.type === 'integer') schema.maximum = Number(max[1]);
  if (parameter.name === 'per_page' || parameter.name === 'page') schema.minimum = 1;
  return schema;
}

/**
 * Where GitHub's description is stricter than GitHub itself: these response properties are
 * documented as integers but GitHub answers null (outdated and file-level review comments).
 */
const NULLABLE_IN_PRACTICE: Record<string, string[]> = {
  'pull-request-review-comment': ['line', 'original_line', 'position', 'original_position'],
};

function patchKnownGaps(document: Json): Json {
  const copy = structuredClone(document);
  const schemas = (copy.components as Json).schemas as Record<string, Json>;
  for (const [name, properties] of Object.entries(NULLABLE_IN_PRACTICE)) {
    for (const property of properties) {
      const schema = (schemas[name]?.properties as Record<string, Json> | undefined)?.[property];
      if (schema) schema.nullable = true;
    }
  }
  return copy;
}

const loaded = new Map<string, OpenApiValidator>();

/** Validates requests and responses against one OpenAPI description. */
export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly routes: Route[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();
  /** The description's `info` (version and extraction record). */
  readonly info: Json;

  constructor(private readonly document: Json) {
    this.info = document.info as Json;
    this.ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
    addFormats(this.ajv);
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
    this.ajv.addSchema(toJsonSchema(patchKnownGaps(document)) as Json, 'openapi.json');
    const componentParameters = ((document.components as Json)?.parameters ?? {}) as Record<string, Parameter>;
    for (const [template, item] of Object.entries(document.paths as Record<string, Json>)) {
      for (const [method, raw] of Object.entries(item)) {
        if (method === 'parameters') continue;
        const op = raw as Json;
        const parameters = [...((item.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])].map((p) =>
          typeof p.$ref === 'string' ? componentParameters[p.$ref.split('/').pop()!] : (p as unknown as Parameter),
        );
        const names: string[] = [];
        const source = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name);
          return parameters.find((p) => p.name === name)?.['x-multi-segment'] ? '(.+)' : '([^/]+)';
        });
        const body = op.requestBody as Json | undefined;
        this.routes.push({
          method: method.toUpperCase(),
          template,
          operationId: op.operationId as string,
          pattern: new RegExp(`^${source}$`),
          names,
          literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
          parameters,
          pointer: `openapi.json#/paths/${escapePointer(template)}/${method}`,
          hasBody: Boolean((body?.content as Json | undefined)?.['application/json']),
          bodyRequired: body?.required === true,
        });
      }
    }
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  /** Loads the committed fixture (or another description file); compiled once per file and process. */
  static load(path = OPENAPI_FIXTURE): OpenApiValidator {
    let validator = loaded.get(path);
    if (!validator) {
      validator = new OpenApiValidator(JSON.parse(readFileSync(path, 'utf8')) as Json);
      loaded.set(path, validator);
    }
    return validator;
  }

  /** The operation a request addresses, or a reason why none does. */
  match(method: string, pathname: string): RouteMatch | { error: string } {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method.toUpperCase()) continue;
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, i) => (pathParams[name] = decodeURIComponent(found[i + 1])));
      return { method: route.method, template: route.template, operationId: route.operationId, pathParams };
    }
    return {
      error: pathMatched
        ? `${method} is not an operation of ${pathname} in the OpenAPI fixture`
        : `no operation in the OpenAPI fixture matches ${method} ${pathname} (add it to scripts/extract-openapi.mjs)`,
    };
  }

  private route(match: RouteMatch): Route {
    return this.routes.find((r) => r.template === match.template && r.method === match.method)!;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile(schema);
      this.compiled.set(key, fn);
    }
    return fn;
  }

  private problems(fn: ValidateFunction, value: unknown, where: string): string[] {
    if (fn(value)) return [];
    return (fn.errors ?? []).map(
      (e) =>
        `${where}${e.instancePath} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`,
    );
  }

  /** Checks path parameters: problems here mean GitHub would answer 404. */
  validatePath(match: RouteMatch): string[] {
    const route = this.route(match);
    return route.parameters
      .filter((p) => p.in === 'path')
      .flatMap((p) => this.checkParameter(route, p, match.pathParams[p.name]));
  }

  /** Checks query parameters (unknown ones included) and the JSON body: problems mean a 422. */
  validateRequest(match: RouteMatch, query: URLSearchParams, body: unknown, hasBody: boolean): string[] {
    const route = this.route(match);
    const problems: string[] = [];
    const declared = route.parameters.filter((p) => p.in === 'query');
    for (const name of new Set(query.keys())) {
      if (!declared.some((p) => p.name === name))
        problems.push(`query parameter "${name}" is not defined for ${route.operationId}`);
      else if (query.getAll(name).length > 1) problems.push(`query parameter "${name}" is repeated`);
    }
    for (const p of declared) {
      const value = query.get(p.name);
      if (value === null) {
        if (p.required) problems.push(`query parameter "${p.name}" is required`);
      } else problems.push(...this.checkParameter(route, p, value));
    }
    if (!route.hasBody) {
      if (hasBody) problems.push(`${route.operationId} takes no request body`);
    } else if (!hasBody) {
      if (route.bodyRequired) problems.push('the request body is required');
    } else {
      const pointer = `${route.pointer}/requestBody/content/application~1json/schema`;
      problems.push(...this.problems(this.validator(pointer, { $ref: pointer }), body, 'body'));
    }
    return problems;
  }

  private checkParameter(route: Route, parameter: Parameter, raw: string): string[] {
    const schema = withDocumentedLimits(parameter);
    let value: unknown = raw;
    if (schema.type === 'integer' || schema.type === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(raw))
        return [`${parameter.in} parameter "${parameter.name}" must be a number, got "${raw}"`];
      value = Number(raw);
    } else if (schema.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false')
        return [`${parameter.in} parameter "${parameter.name}" must be true or false, got "${raw}"`];
      value = raw === 'true';
    }
    const key = `${route.pointer}#param:${parameter.in}:${parameter.name}`;
    return this.problems(
      this.validator(key, toJsonSchema(schema) as Json),
      value,
      `${parameter.in} parameter "${parameter.name}"`,
    ).map((problem) => `${problem}, got ${JSON.stringify(raw)}`);
  }

  /** Checks a JSON response against the documented schema for its status (undocumented statuses pass). */
  validateResponse(match: RouteMatch, status: number, body: unknown): string[] {
    const route = this.route(match);
    const responses = (((this.document.paths as Json)[route.template] as Json)[route.method.toLowerCase()] as Json)
      .responses as Json;
    let response = responses[String(status)] as Json | undefined;
    if (!response) return [];
    let pointer = `${route.pointer}/responses/${status}`;
    if (typeof response.$ref === 'string') {
      pointer = `openapi.json${response.$ref}`;
      response = ((this.document.components as Json).responses as Json)[response.$ref.split('/').pop()!] as Json;
    }
    if (!(response.content as Json | undefined)?.['application/json']) return [];
    const schemaPointer = `${pointer}/content/application~1json/schema`;
    return this.problems(this.validator(schemaPointer, { $ref: schemaPointer }), body, `response ${status}`);
  }
}
