import { ApiError } from '../../api/client';

/** The server's message about one field ("note", "content.vakken.0.lrv"), shown beside that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((i) => i.field === field)?.message;
}

/** The error as a whole, unless every issue in it is shown beside a field of this form. */
export function generalError(error: unknown, fields: readonly string[]): unknown {
  if (
    error instanceof ApiError &&
    error.issues.length > 0 &&
    error.issues.every((i) => fields.includes(i.field))
  )
    return null;
  return error ?? null;
}

/** Today on the browser's calendar (yyyy-mm-dd), the default of a new date. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An id for a new goal, unique within the OPP (crypto.randomUUID needs a secure context). */
export function newGoalId(taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n += 1) {
    const id = `d${n}`;
    if (!taken.includes(id)) return id;
  }
}
