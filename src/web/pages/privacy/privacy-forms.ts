/**
 * The pure parts of the privacy screens: the retention form and what it sends, the audit filter in the
 * page's address, the reason for a deletion, and the age and size of a backup. Problems come out as
 * codes; the components word them (i18n).
 */
import type { AuditParams, RetentionSettings } from '../../api/privacy';

export const RETENTION_FIELDS = ['leerlingdossier', 'zorg', 'resultaten', 'auditlog'] as const;
export type RetentionField = (typeof RETENTION_FIELDS)[number];
/** A field as typed: a number, or '' while it is empty. */
export type RetentionForm = Record<RetentionField, number | ''>;
export type RetentionProblem = 'range' | 'resultsShort';

/** The server's bounds (privacy.schema.ts): whole years, 1 to 30. */
export const MIN_YEARS = 1;
export const MAX_YEARS = 30;

export function retentionForm(effective: Record<RetentionField, number>): RetentionForm {
  return { ...effective };
}

const validYears = (v: number | '') => v !== '' && Number.isInteger(v) && v >= MIN_YEARS && v <= MAX_YEARS;

/**
 * What is wrong per field, the same rules as the server: each a whole number of 1–30 years, and the
 * results kept at least as long as the dossier and the care data (a pupil deleted with the results
 * takes those along).
 */
export function retentionProblems(form: RetentionForm): Partial<Record<RetentionField, RetentionProblem>> {
  const problems: Partial<Record<RetentionField, RetentionProblem>> = {};
  for (const field of RETENTION_FIELDS) if (!validYears(form[field])) problems[field] = 'range';
  const { resultaten, leerlingdossier, zorg } = form;
  if (
    !problems.resultaten &&
    !problems.leerlingdossier &&
    !problems.zorg &&
    Number(resultaten) < Math.max(Number(leerlingdossier), Number(zorg))
  )
    problems.resultaten = 'resultsShort';
  return problems;
}

/**
 * The school's own choices to save: a category the school had set, or now sets apart from the default.
 * One left at its default and never set keeps following the default.
 */
export function retentionBody(
  form: RetentionForm,
  own: RetentionSettings,
  defaults: Record<RetentionField, number>,
): RetentionSettings {
  const body: RetentionSettings = {};
  for (const field of RETENTION_FIELDS) {
    const value = form[field];
    if (value === '') continue;
    if (own[field] !== undefined || value !== defaults[field]) body[field] = value;
  }
  return body;
}

export type ReasonProblem = 'required' | 'tooLong';

/** The server trims the reason and wants 3 to 1000 characters. */
export function reasonProblem(reason: string): ReasonProblem | null {
  const trimmed = reason.trim();
  if (trimmed.length < 3) return 'required';
  if (trimmed.length > 1000) return 'tooLong';
  return null;
}

/** Rows deleted in all tables together. */
export const totalRows = (deleted: Record<string, number>) =>
  Object.values(deleted).reduce((sum, n) => sum + n, 0);

/** The audit filter in the page's address (Dutch names), so a filtered view can be linked to. */
const SEARCH_NAMES: Record<keyof AuditParams, string> = {
  leerlingId: 'leerling',
  userId: 'gebruiker',
  action: 'actie',
  from: 'van',
  to: 'tot',
};

export function auditParamsFrom(search: URLSearchParams): AuditParams {
  const read = (key: keyof AuditParams) => search.get(SEARCH_NAMES[key]) || null;
  return {
    leerlingId: read('leerlingId'),
    userId: read('userId'),
    action: read('action'),
    from: read('from'),
    to: read('to'),
  };
}

/** The page's address with some filters changed (null or '' removes one); the other parameters stay. */
export function withAuditParams(search: URLSearchParams, changes: Partial<AuditParams>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes) as [keyof AuditParams, string | null][]) {
    if (value) next.set(SEARCH_NAMES[key], value);
    else next.delete(SEARCH_NAMES[key]);
  }
  return next;
}

/** The path of the audit page filtered on one pupil. */
export const auditOfPupilPath = (schoolId: string, pupilId: string) =>
  `/scholen/${schoolId}/audit?${new URLSearchParams({ [SEARCH_NAMES.leerlingId]: pupilId }).toString()}`;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as yyyy-mm-dd (2026-02-30 is not). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export type DateProblem = 'invalid' | 'order';

/** What is wrong with the date range as typed; an empty field is no filter. */
export function dateProblems(from: string, to: string): { from?: DateProblem; to?: DateProblem } {
  const problems: { from?: DateProblem; to?: DateProblem } = {};
  if (from && !isIsoDay(from)) problems.from = 'invalid';
  if (to && !isIsoDay(to)) problems.to = 'invalid';
  if (!problems.from && !problems.to && from && to && to < from) problems.to = 'order';
  return problems;
}

/** A backup's age in whole days and the hours beyond them. */
export function ageParts(hours: number): { days: number; hours: number } {
  const whole = Math.max(0, Math.floor(hours));
  return { days: Math.floor(whole / 24), hours: whole % 24 };
}

/** A file size in the largest unit that keeps it at 1 or more (1 kB = 1024 bytes, as file managers). */
export function sizeParts(bytes: number): { value: number; unit: 'B' | 'kB' | 'MB' | 'GB' } {
  const units = ['B', 'kB', 'MB', 'GB'] as const;
  let value = Math.max(0, bytes);
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i += 1;
  }
  return { value, unit: units[i] ?? 'GB' };
}

/**
 * An audit row's details on one line (`reason: …; rows: {…}`), cut at `max` characters: the full JSON
 * is in the CSV export. Not worded: these are the server's field names and counts.
 */
export function detailsText(details: Record<string, unknown> | null, max = 160): string {
  if (!details) return '';
  const text = Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
