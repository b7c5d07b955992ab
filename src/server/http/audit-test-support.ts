/**
 * For the tests of the structural audit and of the authorization matrix: the pupil marks of an
 * operation's answers as the OpenAPI document states them, and the demo's pupils as text to look for
 * in an answer (found by their ids and names, not by the marks, so an unmarked field is found too).
 */
import type { DemoData } from '../../demo/generator';
import { fullName } from '../../shared/names';
import type { OpenApiDocument, Operation } from '../../testing/openapi';

interface OperationExtras {
  'x-audit'?: string;
  'x-audit-always'?: boolean;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

function extrasOf(doc: OpenApiDocument, o: Operation): OperationExtras {
  return (doc.paths[o.path]?.[o.method] ?? {}) as OperationExtras;
}

/** The `x-pupil` marks anywhere in the schemas of the operation's successful answers. */
export function pupilMarksOf(doc: OpenApiDocument, o: Operation): Set<string> {
  const marks = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'x-pupil' && typeof value === 'string') marks.add(value);
        else walk(value);
      }
    }
  };
  for (const [status, response] of Object.entries(extrasOf(doc, o).responses ?? {})) {
    if (status.startsWith('2')) walk(response.content);
  }
  return marks;
}

export function auditOf(doc: OpenApiDocument, o: Operation): { action?: string; always: boolean } {
  const extras = extrasOf(doc, o);
  return { action: extras['x-audit'], always: extras['x-audit-always'] === true };
}

/** Whether the operation answers JSON (not a file) when it succeeds. */
export function answersJson(doc: OpenApiDocument, o: Operation): boolean {
  const responses = extrasOf(doc, o).responses ?? {};
  return Object.entries(responses).some(
    ([status, r]) => status.startsWith('2') && Object.keys(r.content ?? {}).includes('application/json'),
  );
}

export interface PupilText {
  id: string;
  name: string;
}

/** The demo's pupils as an answer would show them. */
export function pupilTexts(data: DemoData, schoolIds?: readonly string[]): PupilText[] {
  return data.leerling
    .filter((l) => !schoolIds || schoolIds.includes(l.school_id))
    .map((l) => ({
      id: l.id,
      name: fullName({ roepnaam: l.roepnaam, voorvoegsel: l.voorvoegsel ?? null, achternaam: l.achternaam }),
    }));
}

/**
 * The pupils whose id appears in the text, and the names that appear without the id of any pupil of
 * that name (two children can share a name).
 */
export function pupilsIn(text: string, pupils: readonly PupilText[]): { ids: string[]; namesOnly: string[] } {
  const shown = pupils.filter((p) => text.includes(p.id));
  const namesWithId = new Set(shown.map((p) => p.name));
  const namesOnly = new Set(
    pupils
      .filter((p) => !namesWithId.has(p.name) && text.includes(JSON.stringify(p.name)))
      .map((p) => p.name),
  );
  return { ids: shown.map((p) => p.id).sort(), namesOnly: [...namesOnly] };
}

interface JsonSchemaNode {
  'x-pupil'?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
}

/** The JSON schema of the operation's answer with this status, if it answers JSON. */
export function answerSchemaOf(
  doc: OpenApiDocument,
  o: Operation,
  status: number,
): JsonSchemaNode | undefined {
  const content = extrasOf(doc, o).responses?.[String(status)]?.content?.['application/json'];
  return content?.schema as JsonSchemaNode | undefined;
}

/** The values in the body that fields marked `x-pupil` hold (read from the document, not the server). */
export function markedValuesIn(
  schema: JsonSchemaNode | undefined,
  body: unknown,
  found: unknown[] = [],
): unknown[] {
  if (!schema || body === null || body === undefined) return found;
  const mark = schema['x-pupil'];
  if (mark === 'keys' && typeof body === 'object') found.push(...Object.keys(body));
  else if (mark === 'rows' && Array.isArray(body)) found.push(...body);
  else if (mark) found.push(body);
  for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    markedValuesIn(option, body, found);
  if (Array.isArray(body)) {
    for (const item of body) markedValuesIn(schema.items, item, found);
  } else if (typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      const field = schema.properties?.[key];
      const rest = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
      markedValuesIn(field ?? rest, value, found);
    }
  }
  return found;
}
