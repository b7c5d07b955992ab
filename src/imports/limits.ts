/**
 * Plausibility limits of an import. A real export of one Dutch primary school stays far below each of
 * them; a file above one is refused early, with a Dutch message that names the limit, before it can
 * cost the server minutes of work or gigabytes of memory (a 0.76 MB header of 100,000 columns, a
 * 199 MB EDEXML of a million pupils, a 3 MB zip that inflates to 1 GB).
 *
 * The parsers apply a limit only when they are given one (their own tests read files of every size);
 * every import, from the browser and from the command line, goes through `off-thread.ts`, which
 * always passes IMPORT_LIMITS.
 */
export interface ImportLimits {
  /** An EDEX.XML or UWLR file, in bytes. */
  edexmlBytes: number;
  /** A CSV results file, in bytes. */
  sheetBytes: number;
  /** An XLSX file, in bytes: it is held in memory to read its zip directory. */
  xlsxBytes: number;
  /** What the parts of an XLSX file that are read may unpack to, together, in bytes. */
  xlsxInflatedBytes: number;
  /** Columns of a results file. */
  columns: number;
  /** Rows of a results file, the header included. */
  rows: number;
  /** Pupils, groups and staff records of one EDEXML file. */
  pupils: number;
  groups: number;
  staff: number;
  /** One text node, comment, CDATA section or attribute value of an EDEXML file, in characters. */
  xmlText: number;
}

const MB = 1024 * 1024;

export const IMPORT_LIMITS: ImportLimits = {
  // One school's EDEX.XML is some 1–2 KB per pupil: 2,000 pupils are 4 MB, UWLR's verbose form 8 MB.
  edexmlBytes: 30 * MB,
  // A 100,000-row results export is 6 MB; 300,000 rows of a wide export stay under 100 MB.
  sheetBytes: 100 * MB,
  xlsxBytes: 50 * MB,
  // A 300,000-row sheet of 10 columns is some 120 MB of XML; a zip bomb is far above.
  xlsxInflatedBytes: 400 * MB,
  // A koppeling reaches column 500 at most (imports.schema.ts); LVS exports have tens to a few hundred.
  columns: 1000,
  // A whole bestuur's year (50 schools × 300 pupils × 20 results) is 300,000 rows.
  rows: 300_000,
  // One file is one school; the largest Dutch primary schools have some 2,000 pupils.
  pupils: 10_000,
  groups: 1_000,
  staff: 2_000,
  // The longest EDEXML string type is 256 characters; vendor blocks are short too.
  xmlText: 1_000_000,
};

/** No limits at all: what a parser applies when it is not given any. */
export const NO_LIMITS: ImportLimits = {
  edexmlBytes: Infinity,
  sheetBytes: Infinity,
  xlsxBytes: Infinity,
  xlsxInflatedBytes: Infinity,
  columns: Infinity,
  rows: Infinity,
  pupils: Infinity,
  groups: Infinity,
  staff: Infinity,
  xmlText: Infinity,
};

/** A limit was exceeded: reading stops, and the import is refused with this code and message. */
export class ImportLimitError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportLimitError';
  }
}

/** 1.000.000 the Dutch way. */
export const count = (n: number): string => n.toLocaleString('nl-NL');

export const megabytes = (bytes: number): string =>
  bytes < MB ? `${count(Math.round(bytes / 1024))} kB` : `${count(Math.round(bytes / MB))} MB`;

export function fileTooLarge(limit: number, what: string): ImportLimitError {
  return new ImportLimitError(
    'import.bestand-te-groot',
    `Het bestand is groter dan ${megabytes(limit)}, de grens voor ${what}. Controleer of dit het goede bestand is.`,
  );
}

export function tooManyColumns(line: number, limit: number): ImportLimitError {
  return new ImportLimitError(
    'import.te-veel-kolommen',
    `Regel ${line} heeft meer dan ${count(limit)} kolommen, de grens voor een resultatenbestand. ` +
      'Klopt het scheidingsteken, en is dit het goede bestand?',
  );
}

/** The bytes, passed on, until more than `limit` have come: then the error instead. */
export async function* limitedBytes(
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
  tooLarge: () => ImportLimitError,
): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    yield chunk;
  }
}
