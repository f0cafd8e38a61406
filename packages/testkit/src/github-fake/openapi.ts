/**
 * GitHub's published OpenAPI description (@octokit/openapi), reduced to what request validation needs:
 * for every path template and method, the operation id, its parameters and its JSON request body schema.
 *
 * The dereferenced description is ~73 MB (about 0.7 s and 250 MB of heap to parse), so the reduced index
 * (~0.6 MB) is built once and cached on disk next to node_modules, keyed by the package version and the
 * file's size and mtime; later processes (every Jest worker, every CLI run) read only the small index.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';

type Schema = Record<string, unknown>;

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface OperationSpec {
  operationId: string;
  parameters: ParameterSpec[];
  /** JSON request body, when the operation takes one. */
  body?: { required: boolean; schema: Schema | undefined };
}

export interface OpenApiIndex {
  version: string;
  /** "<path template> <method>" → operation. */
  operations: Record<string, OperationSpec>;
}

const require = createRequire(import.meta.url);
const INDEX_FORMAT = 1;

/** Annotation keywords that validation never reads; dropped to keep the index small. */
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'deprecated']);

/** Copies a schema without annotations. Keys of `properties` are property names and are all kept. */
function reduceSchema(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(reduceSchema);
  if (!s || typeof s !== 'object') return s;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s as Schema)) {
    if (ANNOTATIONS.has(k) || k.startsWith('x-')) continue;
    if ((k === 'properties' || k === 'patternProperties') && v && typeof v === 'object') {
      out[k] = Object.fromEntries(
        Object.entries(v as Schema).map(([name, sub]) => [name, reduceSchema(sub)]),
      );
    } else {
      out[k] = reduceSchema(v);
    }
  }
  return out;
}

interface RawOperation {
  operationId: string;
  parameters?: ParameterSpec[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
}

interface RawSpec {
  paths: Record<string, Record<string, RawOperation | ParameterSpec[]>>;
}

function buildIndex(spec: RawSpec, version: string): OpenApiIndex {
  const operations: Record<string, OperationSpec> = {};
  for (const [template, item] of Object.entries(spec.paths)) {
    const shared = (item.parameters as ParameterSpec[] | undefined) ?? [];
    for (const [method, raw] of Object.entries(item)) {
      if (method === 'parameters') continue;
      const op = raw as RawOperation;
      const parameters = [...shared, ...(op.parameters ?? [])].map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required,
        schema: reduceSchema(p.schema) as Schema | undefined,
      }));
      const json = op.requestBody?.content['application/json'];
      operations[`${template} ${method.toUpperCase()}`] = {
        operationId: op.operationId,
        parameters,
        ...(op.requestBody
          ? {
              body: {
                required: op.requestBody.required ?? false,
                schema: json ? (reduceSchema(json.schema) as Schema) : undefined,
              },
            }
          : {}),
      };
    }
  }
  return { version, operations };
}

const memo = new Map<string, unknown>();

/**
 * Something derived from the dereferenced description, computed once and cached on disk (keyed by the
 * package version and the file's size and mtime) and in memory.
 */
function derived<T>(name: string, build: (spec: RawSpec, version: string) => T): T {
  if (memo.has(name)) return memo.get(name) as T;
  const pkgFile = require.resolve('@octokit/openapi/package.json');
  const version = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  const derefFile = path.join(path.dirname(pkgFile), 'generated', 'api.github.com.deref.json');
  const st = statSync(derefFile);
  const key = `${INDEX_FORMAT}-${version}-${st.size}-${Math.floor(st.mtimeMs)}`;
  const cacheDir = path.join(path.dirname(pkgFile), '..', '..', '.cache', 'pipewright-github-fake');
  const cacheFile = path.join(cacheDir, `${name}-${key}.json`);
  let value: T;
  try {
    value = JSON.parse(readFileSync(cacheFile, 'utf8')) as T;
  } catch {
    // not cached yet (or unreadable): build it
    value = build(JSON.parse(readFileSync(derefFile, 'utf8')) as RawSpec, version);
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, cacheFile); // atomic: concurrent Jest workers never read a half-written file
    } catch {
      // a read-only checkout only loses the cache
    }
  }
  memo.set(name, value);
  return value;
}

/** The reduced index of api.github.com's description; built from @octokit/openapi once, then read from cache. */
export function loadOpenApiIndex(): OpenApiIndex {
  return derived('openapi-index', buildIndex);
}

type ResponseSchemas = Record<string, Record<string, Schema>>;

/** JSON schemas of the 2xx responses of the given operations ("<template> <METHOD>"). */
function responseSchemas(keys: readonly string[]): ResponseSchemas {
  const sorted = [...keys].sort();
  const hash = createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 12);
  return derived(`openapi-responses-${hash}`, (spec) => {
    const out: ResponseSchemas = {};
    for (const k of sorted) {
      const cut = k.lastIndexOf(' ');
      const op = spec.paths[k.slice(0, cut)]?.[k.slice(cut + 1).toLowerCase()] as
        | (RawOperation & { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> })
        | undefined;
      for (const [status, r] of Object.entries(op?.responses ?? {})) {
        const schema = r.content?.['application/json']?.schema;
        if (status.startsWith('2') && schema) (out[k] ??= {})[status] = reduceSchema(schema) as Schema;
      }
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Routing

export interface Route {
  template: string;
  /** Methods the template supports. */
  methods: Map<string, OperationSpec>;
  segments: { re: RegExp; names: string[]; literal: boolean; param: boolean }[];
}

let routes: Route[] | undefined;

function compileSegment(seg: string): Route['segments'][number] {
  const names: string[] = [];
  const source = seg
    .split(/(\{[^}]+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1] as string);
      return '(.+?)'; // matched against the decoded segment, which may hold an encoded "/"
    })
    .join('');
  return {
    re: new RegExp(`^${source}$`, 's'),
    names,
    literal: names.length === 0,
    param: /^\{[^}]+\}$/.test(seg),
  };
}

function allRoutes(): Route[] {
  if (routes) return routes;
  const byTemplate = new Map<string, Route>();
  for (const [key, op] of Object.entries(loadOpenApiIndex().operations)) {
    const cut = key.lastIndexOf(' ');
    const template = key.slice(0, cut);
    const method = key.slice(cut + 1);
    let r = byTemplate.get(template);
    if (!r) {
      r = { template, methods: new Map(), segments: template.split('/').slice(1).map(compileSegment) };
      byTemplate.set(template, r);
    }
    r.methods.set(method, op);
  }
  routes = [...byTemplate.values()];
  return routes;
}

/** Literal segments beat mixed ones beat parameters, compared from the left (GitHub's own routing order). */
function specificity(r: Route): number[] {
  return r.segments.map((s) => (s.literal ? 2 : s.param ? 0 : 1));
}

function compareSpecificity(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (b[i] as number) - (a[i] as number);
  }
  return 0;
}

export interface RouteMatch {
  route: Route;
  /** Decoded path parameters, as strings. */
  params: Record<string, string>;
}

/** The most specific path template matching a request path, or undefined (GitHub: 404). */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  const found: RouteMatch[] = [];
  for (const route of allRoutes()) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; ok && i < parts.length; i++) {
      const seg = route.segments[i] as Route['segments'][number];
      let decoded: string;
      try {
        decoded = decodeURIComponent(parts[i] as string);
      } catch {
        ok = false;
        break;
      }
      const m = seg.re.exec(seg.literal ? (parts[i] as string) : decoded);
      if (!m) ok = false;
      else seg.names.forEach((n, j) => (params[n] = m[j + 1] as string));
    }
    if (ok) found.push({ route, params });
  }
  found.sort((a, b) => compareSpecificity(specificity(a.route), specificity(b.route)));
  return found[0];
}

// ---------------------------------------------------------------------------------------------------------
// Validation

const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (
  ajv: Ajv,
) => Ajv;

function newAjv(coerce: boolean): Ajv {
  // Non-strict: GitHub's description uses OpenAPI keywords (nullable, discriminator) and formats such as
  // int64 or repo.nwo that JSON Schema does not define. `nullable: true` is honoured by Ajv itself.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: false,
    validateFormats: true,
  });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'repo.nwo', 'ssh-key'])
    ajv.addFormat(f, true);
  return ajv;
}

let paramAjv: Ajv | undefined;
let bodyAjv: Ajv | undefined;
const paramValidators = new Map<string, ValidateFunction>();
const bodyValidators = new Map<string, ValidateFunction>();

/**
 * GitHub ignores body properties it does not know; a typo there ("bodyy") would then fail silently in
 * production. The fake is stricter: an object schema that lists its properties and says nothing about
 * others accepts no others (`close`). Branches of `allOf` are left open (each lists only part of the properties).
 */
function prepareSchema(s: unknown, close: boolean, inAllOf = false): unknown {
  if (Array.isArray(s)) return s.map((x) => prepareSchema(x, close, inAllOf));
  if (!s || typeof s !== 'object') return s;
  const src = s as Schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'properties' && v && typeof v === 'object') {
      out[k] = Object.fromEntries(
        Object.entries(v as Schema).map(([n, sub]) => [n, prepareSchema(sub, close)]),
      );
    } else if (k === 'allOf' && Array.isArray(v)) {
      out[k] = v.map((x) => prepareSchema(x, close, true));
    } else {
      out[k] = prepareSchema(v, close);
    }
  }
  if (
    close &&
    !inAllOf &&
    src.properties &&
    src.additionalProperties === undefined &&
    src.patternProperties === undefined &&
    !src.allOf &&
    !src.anyOf &&
    !src.oneOf
  ) {
    out.additionalProperties = false;
  }
  if (src.nullable === true && Array.isArray(src.enum) && !src.enum.includes(null)) {
    out.enum = [...src.enum, null]; // OpenAPI 3.0: nullable adds null to the allowed values, enum included
  }
  if (src.nullable !== undefined && src.type === undefined) {
    // OpenAPI 3.0 `nullable` without `type` (Ajv honours it only next to `type`): "this, or null".
    delete out.nullable;
    if (src.nullable === true) return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function describe(errors: ErrorObject[] | null | undefined, root: string): string {
  return (errors ?? [])
    .map((e) => {
      const where = `${root}${e.instancePath}`;
      if (e.keyword === 'additionalProperties')
        return `${where}: "${(e.params as { additionalProperty: string }).additionalProperty}" is not a known property`;
      if (e.keyword === 'required')
        return `${where}: "${(e.params as { missingProperty: string }).missingProperty}" wasn't supplied`;
      return `${where} ${e.message ?? 'is invalid'}`;
    })
    .filter((m, i, all) => all.indexOf(m) === i)
    .join('; ');
}

export interface ParamProblem {
  where: 'path' | 'query';
  message: string;
}

/** Checks path and query parameters (types, required, no unknown query parameters). */
export function validateParams(
  key: string,
  op: OperationSpec,
  pathParams: Record<string, string>,
  query: Record<string, string | string[]>,
): ParamProblem | undefined {
  paramAjv ??= newAjv(true);
  let v = paramValidators.get(key);
  if (!v) {
    const schemaFor = (where: string) => {
      const ps = op.parameters.filter((p) => p.in === where);
      return {
        type: 'object',
        properties: Object.fromEntries(ps.map((p) => [p.name, prepareSchema(p.schema ?? {}, false)])),
        required: ps.filter((p) => p.required || where === 'path').map((p) => p.name),
        additionalProperties: false,
      };
    };
    v = paramAjv.compile({
      type: 'object',
      properties: { path: schemaFor('path'), query: schemaFor('query') },
    });
    paramValidators.set(key, v);
  }
  const data = { path: { ...pathParams }, query: { ...query } };
  if (v(data)) return undefined;
  const errors = v.errors ?? [];
  const where = errors.some((e) => e.instancePath.startsWith('/path')) ? 'path' : 'query';
  const message = errors
    .filter((e) => e.instancePath.startsWith(`/${where}`))
    .map((e) => {
      const name = e.instancePath.split('/')[2];
      if (e.keyword === 'additionalProperties')
        return `unknown ${where} parameter "${(e.params as { additionalProperty: string }).additionalProperty}"`;
      if (e.keyword === 'required')
        return `${where} parameter "${(e.params as { missingProperty: string }).missingProperty}" is required`;
      return `${where} parameter "${name}" ${e.message ?? 'is invalid'}`;
    })
    .filter((m, i, all) => all.indexOf(m) === i)
    .join('; ');
  return { where, message };
}

/** Checks a parsed JSON request body against the operation's schema; returns a GitHub-like message. */
export function validateBody(
  key: string,
  op: OperationSpec,
  body: unknown,
  hasBody: boolean,
): string | undefined {
  if (!op.body) {
    if (hasBody && !(body && typeof body === 'object' && Object.keys(body).length === 0))
      return `this operation takes no request body, got ${JSON.stringify(body).slice(0, 200)}`;
    return undefined;
  }
  if (!hasBody) return op.body.required ? 'a request body is required' : undefined;
  if (!op.body.schema) return undefined;
  bodyAjv ??= newAjv(false);
  let v = bodyValidators.get(key);
  if (!v) {
    v = bodyAjv.compile(prepareSchema(op.body.schema, true) as Schema);
    bodyValidators.set(key, v);
  }
  return v(body) ? undefined : describe(v.errors, 'body');
}

let responseAjv: Ajv | undefined;
const responseValidators = new Map<string, ValidateFunction>();

/**
 * Checks a response the fake sends against GitHub's description of that response (`keys`: the operations
 * the fake implements, so only their schemas are extracted). Undefined when it matches or is not described.
 */
export function validateResponse(
  keys: readonly string[],
  key: string,
  status: number,
  body: unknown,
): string | undefined {
  const schema = responseSchemas(keys)[key]?.[String(status)];
  if (!schema)
    return status >= 200 && status < 300 && body !== undefined ? `no ${status} schema for ${key}` : undefined;
  responseAjv ??= newAjv(false);
  const id = `${key} ${status}`;
  let v = responseValidators.get(id);
  if (!v) {
    v = responseAjv.compile(prepareSchema(schema, false) as Schema);
    responseValidators.set(id, v);
  }
  return v(body) ? undefined : describe(v.errors, 'response');
}
