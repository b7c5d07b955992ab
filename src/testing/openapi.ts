/**
 * The API's own OpenAPI document as test input: its operations, and for each a request built from the
 * document's schemas. Route-wide tests (routes.test.ts) use it, so a new route is covered the day it
 * is added, without anyone listing it.
 */

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

/** The part of JSON Schema that zod's OpenAPI output uses. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  pattern?: string;
  format?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface OperationObject {
  'x-permission'?: unknown;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, OperationObject>>>;
}

export interface Operation {
  method: Method;
  path: string;
  permission: unknown;
  parameters: Parameter[];
  /** The first content type the operation accepts, with its schema. */
  body?: { contentType: string; schema: JsonSchema | undefined };
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      return [
        {
          method,
          path,
          permission: operation['x-permission'],
          parameters: operation.parameters ?? [],
          ...(contentType ? { body: { contentType, schema: media?.schema } } : {}),
        },
      ];
    }),
  );
}

/** The names in `{…}` in a path template, in order. */
export function pathParamsOf(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

export interface ExampleSource {
  /** A value for a field or parameter of this name (a real id, say), or undefined to make one up. */
  known(name: string): unknown;
  /** Strings to try, in order, for a string with a pattern (a schooljaar, a meetpunt, …). */
  patternCandidates: readonly string[];
}

/** Which properties of an object to fill: `required` says whether the schema demands it. */
export type Pick = (key: string, required: boolean) => boolean;

/**
 * The simplest value the schema accepts: the required properties and those the source knows (or what
 * `pick` says, at the top level), empty arrays, the first enum value or alternative, the minimum
 * number, a string of the minimum length. Refinements JSON Schema cannot express may not be met; see
 * `examplesOf`.
 */
export function exampleOf(
  schema: JsonSchema | undefined,
  source: ExampleSource,
  name?: string,
  pick?: Pick,
): unknown {
  const known = name === undefined ? undefined : source.known(name);
  if (known !== undefined) return known;
  if (!schema) return 'x';
  const firstEnum = schema.enum?.find((v) => v !== null);
  if (firstEnum !== undefined) return firstEnum;
  const alternative = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (alternative) return exampleOf(alternative, source, name);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
  const type = types.find((t) => t !== 'null') ?? 'null';
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items, source));
    case 'string':
      return stringExample(schema, source);
    default: {
      const required = new Set(schema.required ?? []);
      const include = pick ?? ((key, needed) => needed || source.known(key) !== undefined);
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => include(key, required.has(key)))
          .map(([key, property]) => [key, exampleOf(property, source, key)]),
      );
    }
  }
}

/**
 * Bodies to try in turn for an object schema, for the refinements JSON Schema does not carry ("a
 * rating or a comment", "a school or a bestuur"): every known field, then each known optional field
 * alone, then every field.
 */
export function examplesOf(schema: JsonSchema | undefined, source: ExampleSource): unknown[] {
  const required = new Set(schema?.required ?? []);
  const optionalKnown = Object.keys(schema?.properties ?? {}).filter(
    (key) => !required.has(key) && source.known(key) !== undefined,
  );
  return [
    exampleOf(schema, source),
    ...optionalKnown.map((only) =>
      exampleOf(schema, source, undefined, (key, needed) => needed || key === only),
    ),
    exampleOf(schema, source, undefined, () => true),
  ];
}

function stringExample(schema: JsonSchema, source: ExampleSource): string {
  if (schema.format === 'date') return '2026-11-28';
  if (schema.format === 'email') return 'iemand@example.org';
  if (schema.pattern) {
    const pattern = schema.pattern;
    const fits = source.patternCandidates.find((candidate) => {
      try {
        return new RegExp(pattern, 'u').test(candidate);
      } catch {
        return false;
      }
    });
    if (fits !== undefined) return fits;
  }
  return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
}
