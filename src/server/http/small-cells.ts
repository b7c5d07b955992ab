/**
 * Small-cell suppression as a property of the route layer rather than of each service: any object in
 * a response that says it is about `n` pupils, with n below the limit, loses every figure computed
 * from them (fields marked with `figure()` in the response schema), at every depth, before the answer
 * leaves the server. A user who sees the whole school (IB, schoolleider) gets limit 1: nothing changes.
 * The services still suppress (and say `suppressed`); this is the second line that no new field or
 * nested share can slip past, and it also covers a stored snapshot made by someone who saw everything.
 * The guard itself is small-cell-guard.ts.
 */
import { z } from 'zod';

export const FIGURE_MARK = 'x-figure';

type Withholdable = z.ZodNullable<z.ZodType> | z.ZodArray<z.ZodType>;

/** A figure computed from a cell's pupils: null (or an empty list) for whoever may not see a small cell. */
export function figure<T extends Withholdable>(schema: T): T {
  // meta() returns a marked clone of the same class; TypeScript widens it to the union.
  return schema.meta({ [FIGURE_MARK]: true }) as T;
}

type Schema = z.core.$ZodType;

const isFigure = (schema: Schema) => z.globalRegistry.get(schema)?.[FIGURE_MARK] === true;

const figured = new WeakMap<Schema, boolean>();

/** Whether the schema has a figure field at any depth. */
export function carriesFigures(schema: Schema, seen = new Set<Schema>()): boolean {
  const known = figured.get(schema);
  if (known !== undefined) return known;
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = schema._zod.def;
  const children: Schema[] =
    def.type === 'object'
      ? Object.values((def as z.core.$ZodObjectDef).shape)
      : def.type === 'array'
        ? [(def as z.core.$ZodArrayDef).element]
        : def.type === 'record'
          ? [(def as z.core.$ZodRecordDef).valueType]
          : def.type === 'union'
            ? [...(def as z.core.$ZodUnionDef).options]
            : 'innerType' in def
              ? [def.innerType as Schema]
              : [];
  const result = isFigure(schema) || children.some((c) => carriesFigures(c, seen));
  figured.set(schema, result);
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object about `n` pupils, fewer than the limit. */
function isSmallCell(value: unknown, limit: number): boolean {
  return isObject(value) && typeof value.n === 'number' && value.n < limit;
}

/** The value with every figure of a cell of fewer than `limit` pupils withheld. */
export function withholdSmallCells(schema: Schema, value: unknown, limit: number, small = false): unknown {
  if (value === null || value === undefined || !carriesFigures(schema)) return value;
  if (small && isFigure(schema)) return schema._zod.def.type === 'array' ? [] : null;
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      if (!isObject(value)) return value;
      const shape = (def as z.core.$ZodObjectDef).shape;
      const own = isSmallCell(value, limit);
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) {
        const child = shape[key];
        // A figure that is itself about too few pupils (a nested share with its own n) goes whole.
        const withheld =
          small || own || (child !== undefined && isFigure(child) && isSmallCell(field, limit));
        out[key] = child ? withholdSmallCells(child, field, limit, withheld) : field;
      }
      if (own && typeof out.suppressed === 'boolean') out.suppressed = true;
      if (typeof out.minCellSize === 'number') out.minCellSize = Math.max(out.minCellSize, limit);
      return out;
    }
    case 'array': {
      const element = (def as z.core.$ZodArrayDef).element;
      return Array.isArray(value) ? value.map((v) => withholdSmallCells(element, v, limit, small)) : value;
    }
    case 'record': {
      if (!isObject(value)) return value;
      const valueType = (def as z.core.$ZodRecordDef).valueType;
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, withholdSmallCells(valueType, v, limit, small)]),
      );
    }
    case 'union': {
      const option = (def as z.core.$ZodUnionDef).options.find((o) => z.safeParse(o, value).success);
      return option ? withholdSmallCells(option, value, limit, small) : value;
    }
    default:
      return 'innerType' in def ? withholdSmallCells(def.innerType as Schema, value, limit, small) : value;
  }
}
