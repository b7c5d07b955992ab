/**
 * The one errors module. Every error a client can see has a stable code and a Dutch message; nothing
 * from the database, the stack or a pupil's record ever ends up in it.
 */
export type ErrorCode =
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'invalid_input'
  | 'conflict'
  | 'rate_limited'
  | 'mfa_required'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'internal';

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500> = {
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  // Logged in with the password, but the role needs an authenticator app first: only enrolling works.
  mfa_required: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

export interface FieldIssue {
  /** Dotted path of the field, e.g. "email" or "rows.3.score". */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: (typeof STATUS)[ErrorCode];
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** For a conflict: the record as it stands now, so the client can show the other change. */
    readonly current?: unknown,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const unauthenticated = () =>
  new AppError('unauthenticated', 'Je bent niet (meer) ingelogd. Log opnieuw in.');

export const invalidCredentials = (message = 'Het e-mailadres of het wachtwoord klopt niet.') =>
  new AppError('invalid_credentials', message);

export const forbidden = () => new AppError('forbidden', 'Je hebt geen toegang tot deze functie.');

/** Forbidden with the reason, where the user can see the record but not do this to it. */
export const forbiddenBecause = (message: string) => new AppError('forbidden', message);

/** Also the answer for records of another school: "no access" must not reveal that a record exists. */
export const notFound = (what = 'Dit gegeven') => new AppError('not_found', `${what} is niet gevonden.`);

export const invalidInput = (message: string, issues: FieldIssue[] = []) =>
  new AppError('invalid_input', message, issues);

export const conflict = (message: string, current?: unknown) =>
  new AppError('conflict', message, [], current);

/** Too many attempts; with the wait in seconds when it is known. */
export const rateLimited = (seconds?: number) =>
  new AppError(
    'rate_limited',
    seconds === undefined
      ? 'Te veel inlogpogingen. Wacht een kwartier en probeer het dan opnieuw.'
      : `Te veel pogingen. Probeer het over ${seconds < 90 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`} opnieuw.`,
  );

/** A request or an uploaded file above its size limit; the message names the limit. */
export const payloadTooLarge = (message: string) => new AppError('payload_too_large', message);

/** A body that is not JSON where the route reads JSON. */
export const unsupportedMediaType = () =>
  new AppError(
    'unsupported_media_type',
    'Deze aanvraag moet JSON zijn (Content-Type: application/json); een ander soort inhoud wordt niet gelezen.',
  );

export const mfaRequired = () =>
  new AppError(
    'mfa_required',
    'Voor jouw rol is tweestapsverificatie verplicht. Stel eerst een authenticator-app in.',
  );

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[]; current?: unknown };
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues.length > 0 ? { issues: error.issues } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
    },
  };
}
