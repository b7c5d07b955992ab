import { ApiError } from '../api/client';

/** The server's message about one field ("note", "items.3.plannedOn"), shown beside that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((i) => i.field === field)?.message;
}

/** The error as a whole only when no field shows it: a message beside a field is not repeated. */
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
