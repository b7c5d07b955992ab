/**
 * An uploaded file as the importers read it: the request body itself, streamed. app.ts does not
 * buffer the bodies of /imports/ routes, so nothing of an upload is read before the route's access
 * check has passed; a body that declares a length above the limit is refused without reading it, and
 * one that turns out larger while it streams is stopped by the parser at the same limit.
 */
import { fileTooLarge, IMPORT_LIMITS, type ImportProblem } from '../../../imports';
import { invalidInput, payloadTooLarge } from '../../errors';

/** The largest file each upload route takes (the parsers hold each kind to its own limit). */
export const UPLOAD_LIMITS = {
  edexml: { bytes: IMPORT_LIMITS.edexmlBytes, what: 'een EDEXML-bestand' },
  sheet: { bytes: IMPORT_LIMITS.sheetBytes, what: 'een resultatenbestand' },
} as const;

const FILE_TOO_LARGE = 'import.bestand-te-groot';

export function uploadOf(request: Request, kind: keyof typeof UPLOAD_LIMITS): AsyncIterable<Uint8Array> {
  if (!request.body) throw invalidInput('Er is geen bestand meegestuurd.');
  const { bytes, what } = UPLOAD_LIMITS[kind];
  const declared = Number(request.headers.get('content-length'));
  if (!request.headers.has('transfer-encoding') && declared > bytes) {
    throw payloadTooLarge(fileTooLarge(bytes, what).message);
  }
  return request.body;
}

/** The problem that the file was larger than its limit (found while it streamed), if it was. */
export const tooLargeIn = (problems: readonly ImportProblem[]) =>
  problems.find((p) => p.code === FILE_TOO_LARGE);

/** A file found too large while it streamed is answered 413, as one that declared its length. */
export function refuseIfTooLarge<T extends { problems: readonly ImportProblem[] }>(answer: T): T {
  const tooLarge = tooLargeIn(answer.problems);
  if (tooLarge) throw payloadTooLarge(tooLarge.message);
  return answer;
}
