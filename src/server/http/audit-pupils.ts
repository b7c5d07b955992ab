/**
 * Fields of API responses that identify a pupil, marked in the zod schemas (`x-pupil` in the OpenAPI
 * document). The route layer (route.ts, audit-reads.ts) audits every answer whose schema carries a
 * mark, naming the pupils it found, so a service never has to remember to; the same marks let the
 * tests prove that a bestuur or beheerder never receives a pupil-level field.
 */
import { z } from 'zod';

export const PUPIL_MARK = 'x-pupil';

/**
 * - `id`: a leerling id; `keys`: a record whose keys are leerling ids;
 * - `name`: a pupil's name; `key`: a pupil's key in the LAS (from a file or the database);
 * - `rows`: raw rows of an uploaded file, which hold whatever the LAS put in them (names, dates).
 */
export const PUPIL_MARKS = ['id', 'keys', 'name', 'key', 'rows'] as const;
export type PupilMark = (typeof PUPIL_MARKS)[number];

const mark = (kind: PupilMark) => ({ [PUPIL_MARK]: kind });

/** A pupil's id (leerling.id). */
export const PupilId = z.string().meta(mark('id'));
/** A pupil's name, as shown. */
export const PupilName = z.string().meta(mark('name'));
/** A pupil's key in the LAS (leerlingnummer or ECK-iD). */
export const PupilKey = z.string().meta(mark('key'));
/** The usual reference to a pupil in a response: id and name. */
export const PupilRef = z.object({ id: PupilId, name: PupilName });

/** A record keyed by leerling id. */
export function pupilKeyed<V extends z.ZodType>(value: V) {
  return z.record(z.string(), value).meta(mark('keys'));
}

/** Rows of an uploaded file as they came in. */
export function fileRows<T extends z.ZodType>(rows: T): T {
  return rows.meta(mark('rows'));
}

export function markOf(schema: z.core.$ZodType): PupilMark | undefined {
  const value = z.globalRegistry.get(schema)?.[PUPIL_MARK];
  return (PUPIL_MARKS as readonly unknown[]).includes(value) ? (value as PupilMark) : undefined;
}

type Def = z.core.$ZodTypeDef;
type Schema = z.core.$ZodType;

/** The schemas directly inside this one (object fields, array items, union options, wrapped types). */
function childrenOf(def: Def): Schema[] {
  switch (def.type) {
    case 'object': {
      const d = def as z.core.$ZodObjectDef;
      return [...Object.values(d.shape), ...(d.catchall ? [d.catchall] : [])];
    }
    case 'array':
      return [(def as z.core.$ZodArrayDef).element];
    case 'record': {
      const d = def as z.core.$ZodRecordDef;
      return [d.keyType, d.valueType];
    }
    case 'union':
      return [...(def as z.core.$ZodUnionDef).options];
    case 'intersection': {
      const d = def as z.core.$ZodIntersectionDef;
      return [d.left, d.right];
    }
    case 'tuple': {
      const d = def as z.core.$ZodTupleDef;
      return [...d.items, ...(d.rest ? [d.rest] : [])];
    }
    case 'pipe': {
      const d = def as z.core.$ZodPipeDef;
      return [d.in, d.out];
    }
    case 'lazy':
      return [(def as z.core.$ZodLazyDef).getter()];
    default:
      return 'innerType' in def ? [def.innerType as Schema] : [];
  }
}

const carrying = new WeakMap<Schema, boolean>();

/** Whether the schema, at any depth, has a field marked as identifying a pupil. */
export function carriesPupils(schema: Schema, seen = new Set<Schema>()): boolean {
  const known = carrying.get(schema);
  if (known !== undefined) return known;
  if (seen.has(schema)) return false;
  seen.add(schema);
  const result =
    markOf(schema) !== undefined || childrenOf(schema._zod.def).some((child) => carriesPupils(child, seen));
  carrying.set(schema, result);
  return result;
}

/** What one response shows of pupils. */
export interface PupilsShown {
  ids: Set<string>;
  keys: Set<string>;
  names: number;
  rows: number;
}

export function nothingShown(shown: PupilsShown): boolean {
  return shown.ids.size === 0 && shown.keys.size === 0 && shown.names === 0 && shown.rows === 0;
}

/** The pupils a response body shows, found by walking the body along its schema's marks. */
export function pupilsShown(schema: Schema, body: unknown): PupilsShown {
  const shown: PupilsShown = { ids: new Set(), keys: new Set(), names: 0, rows: 0 };
  collect(schema, body, shown);
  return shown;
}

function record(kind: PupilMark, value: unknown, shown: PupilsShown): void {
  if (kind === 'id' && typeof value === 'string') shown.ids.add(value);
  else if (kind === 'key' && typeof value === 'string') shown.keys.add(value);
  else if (kind === 'name' && typeof value === 'string') shown.names += 1;
  else if (kind === 'rows') shown.rows += Array.isArray(value) ? value.length : 1;
  else if (kind === 'keys' && isObject(value)) for (const id of Object.keys(value)) shown.ids.add(id);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(schema: Schema, value: unknown, shown: PupilsShown): void {
  if (value === null || value === undefined || !carriesPupils(schema)) return;
  const kind = markOf(schema);
  if (kind) record(kind, value, shown);
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      if (!isObject(value)) return;
      const d = def as z.core.$ZodObjectDef;
      for (const [key, field] of Object.entries(value)) {
        const child = d.shape[key] ?? d.catchall;
        if (child) collect(child, field, shown);
      }
      return;
    }
    case 'array':
      if (Array.isArray(value))
        for (const item of value) collect((def as z.core.$ZodArrayDef).element, item, shown);
      return;
    case 'record':
      if (isObject(value))
        for (const item of Object.values(value))
          collect((def as z.core.$ZodRecordDef).valueType, item, shown);
      return;
    case 'union': {
      // The option the value is: a field marked in one option may be another kind of id in the next.
      const option = (def as z.core.$ZodUnionDef).options.find((o) => z.safeParse(o, value).success);
      if (option) collect(option, value, shown);
      return;
    }
    default:
      for (const child of childrenOf(def)) collect(child, value, shown);
  }
}
