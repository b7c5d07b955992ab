/**
 * Reading a results file: the header row to a mapping, then each row through the validator, as a
 * stream. Every bad row is collected with its line (up to a limit); a row that repeats an earlier
 * pupil, toets and moment is a problem too.
 */
import type { z } from 'zod';
import {
  hasErrors,
  isResultsHeader,
  readSheetRowsOffThread,
  splitHeader,
  suggestMapping,
  validateMapping,
  type ColumnMapping,
  type ImportInput,
  type ImportProblem,
  type SheetRow,
} from '../../../imports';
import type { ResultsImportConfig, ResultsImportQuery, ResultsReportSchema } from './imports.schema';
import { rowValidator, type PupilIndex, type ValidRow } from './results-rows';
import type { ToetsResolver } from './toets-resolver';

export type ResultsImportOptions = Pick<z.infer<typeof ResultsImportQuery>, 'mode' | 'filename'> &
  z.infer<typeof ResultsImportConfig> & {
    /** null: any school, from the command line only. */
    schoolId: string | null;
    skipInvalid?: boolean | undefined;
    onProgress?: ((progress: { phase: 'lezen' | 'opslaan'; rows: number }) => void) | undefined;
  };

export type ResultsReport = Omit<z.infer<typeof ResultsReportSchema>, 'mapping'> & { mapping: ColumnMapping };

const MAX_REPORTED = 1000;

/** Problems up to a limit, then one line that says how many more there were. */
class CappedProblems {
  readonly items: ImportProblem[] = [];
  private dropped = 0;

  add(list: readonly ImportProblem[]): void {
    for (const p of list) {
      if (this.items.length < MAX_REPORTED) this.items.push(p);
      else this.dropped += 1;
    }
  }

  finish(): ImportProblem[] {
    if (this.dropped === 0) return this.items;
    return [
      ...this.items,
      {
        severity: 'error',
        code: 'resultaat.meer',
        message: `En nog ${this.dropped} problemen die hier niet staan.`,
      },
    ];
  }
}

/**
 * A 100,000-row file repeats a few dozen schooljaren, moments, dates and levels: keep each text once,
 * and find repeated rows per pupil, so memory grows with the rows and not with their text.
 */
class KeptRows {
  private readonly pool = new Map<string, string>();
  private readonly firstLine = new Map<string, Map<string, number>>();

  private intern<T extends string | null>(text: T): T {
    if (text === null) return text;
    const kept = this.pool.get(text);
    if (kept !== undefined) return kept as T;
    this.pool.set(text, text);
    return text;
  }

  /** The row with its texts pooled, or the problem that an earlier line has its pupil, toets and moment. */
  keep(result: ValidRow, line: number): ValidRow | ImportProblem[] {
    const ofPupil = this.firstLine.get(result.leerlingId) ?? new Map<string, number>();
    this.firstLine.set(result.leerlingId, ofPupil);
    const key = this.intern(`${result.toetsId}|${result.schooljaar}|${result.moment}`);
    const earlier = ofPupil.get(key);
    if (earlier !== undefined) {
      const message = `Regel ${line}: dezelfde leerling, toets en moment staan ook op regel ${earlier}.`;
      return [{ severity: 'error', code: 'resultaat.dubbel', message, line }];
    }
    ofPupil.set(key, line);
    // The validator's fresh object is kept as it is, its texts swapped for the pooled ones.
    result.schooljaar = this.intern(result.schooljaar);
    result.moment = this.intern(result.moment);
    result.afnamedatum = this.intern(result.afnamedatum);
    result.niveau = this.intern(result.niveau);
    result.functioneringsniveau = this.intern(result.functioneringsniveau);
    return result;
  }
}

function emptyReport(): ResultsReport {
  return {
    status: 'preview',
    format: null,
    encoding: null,
    headers: [],
    mapping: {},
    rows: { total: 0, valid: 0, invalid: 0 },
    counts: { new: 0, changed: 0, unchanged: 0 },
    newToetsen: [],
    problems: [],
    importId: null,
    headerRow: null,
    versionQuestions: [],
  };
}

/** The header row into the report, with the mapping (given, or matched by synonyms) and its problems. */
function readHeader(row: SheetRow, options: ResultsImportOptions, report: ResultsReport): ImportProblem[] {
  report.headers = row.cells.map((c) => c.trim());
  report.mapping = options.mapping ?? suggestMapping(report.headers).mapping;
  return validateMapping(report.mapping, { headers: report.headers, constants: options.constants ?? {} });
}

/**
 * The file read and checked: the report so far (format, header, mapping, row counts, problems), the
 * valid rows, whether the header was mapped, and the problems of the file itself (not of its rows).
 * A title block above the header is skipped (sheet/header-row.ts); labels that wait for a version
 * choice are reported once each, before the problems of single rows.
 */
export async function readResults(
  input: ImportInput,
  options: ResultsImportOptions,
  pupils: PupilIndex,
  toetsen: ToetsResolver,
) {
  // Parsed in a worker, with the plausibility limits; the rows are checked here, against the database.
  const reader = readSheetRowsOffThread(input);
  const report = emptyReport();
  const problems = new CappedProblems();
  const kept = new KeptRows();
  const valid: ValidRow[] = [];
  const split = await splitHeader(reader, isResultsHeader, options.headerRow);
  let mapped = false;
  try {
    if (split.problem) problems.add([split.problem]);
    else if (split.header) {
      report.headerRow = split.header.line;
      const mappingProblems = readHeader(split.header, options, report);
      problems.add(mappingProblems);
      mapped = !hasErrors(mappingProblems);
    }
    if (mapped)
      await checkRows(
        split.rows,
        options,
        { report, problems, kept, valid },
        rowValidator(report.mapping, options.constants ?? {}, pupils, toetsen),
      );
  } finally {
    await split.close();
  }
  report.format = reader.info.format;
  report.encoding = reader.info.encoding;
  problems.add(reader.info.problems);
  if (!split.header && !split.problem && !hasErrors(problems.items)) {
    const message = 'Het bestand is leeg: er is geen kopregel met kolomnamen.';
    problems.add([{ severity: 'error', code: 'resultaat.leeg-bestand', message }]);
  }
  report.versionQuestions = toetsen.versions.list();
  report.problems = [...toetsen.versions.problems(), ...problems.finish()];
  report.rows.valid = valid.length;
  return { report, valid, mapped, fileProblems: reader.info.problems };
}

interface Collected {
  report: ResultsReport;
  problems: CappedProblems;
  kept: KeptRows;
  valid: ValidRow[];
}

/** Every row after the header through the validator, into the report. */
async function checkRows(
  rows: AsyncIterable<SheetRow>,
  options: ResultsImportOptions,
  { report, problems, kept, valid }: Collected,
  validate: ReturnType<typeof rowValidator>,
) {
  for await (const row of rows) {
    report.rows.total += 1;
    if (report.rows.total % 5000 === 0) options.onProgress?.({ phase: 'lezen', rows: report.rows.total });
    const checked = validate(row.line, row.cells);
    const result = Array.isArray(checked) ? checked : kept.keep(checked, row.line);
    if (Array.isArray(result)) {
      report.rows.invalid += 1;
      problems.add(result);
    } else valid.push(result);
  }
}
