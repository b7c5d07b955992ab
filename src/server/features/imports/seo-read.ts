/**
 * Reading an SEO file: the header row (found by its words below a title block, or picked), the
 * mapping (given, or suggested from the header and the title), then every row through the row reader,
 * as a stream parsed off-thread. What is in the title block (instrument, list, date) is used where the
 * user chose nothing else.
 */
import type { z } from 'zod';
import {
  hasErrors,
  isSeoHeader,
  readSheetRowsOffThread,
  seoDateInTitle,
  SeoRowReader,
  seoInstrumentOf,
  splitHeader,
  suggestSeoMapping,
  validateSeoMapping,
  type ImportInput,
  type ImportProblem,
  type SeoColumnMapping,
  type SeoConstants,
  type SeoReadOptions,
  type SeoScaleColumn,
  type SheetRow,
} from '../../../imports';
import type { SeoImportConfig } from './seo-import.schema';
import type { SchoolSeoInstruments } from './seo-instruments';

export type SeoConfig = z.infer<typeof SeoImportConfig>;

export interface SeoMappingChoice {
  mapping: SeoColumnMapping;
  scaleColumns: SeoScaleColumn[];
  constants: SeoConstants;
}

/** The mapping to read the rows with: the user's where given, else the suggestion from header and title. */
export function mappingFor(
  header: SheetRow,
  above: readonly SheetRow[],
  school: SchoolSeoInstruments,
  config: SeoConfig,
  filename?: string,
): { headers: string[]; suggested: SeoMappingChoice; chosen: SeoMappingChoice } {
  const headers = header.cells.map((c) => c.trim());
  const titles = above.map((r) => r.cells);
  const suggestion = suggestSeoMapping(headers, {
    above: titles,
    instruments: school.instruments,
    ...(filename ? { filename } : {}),
  });
  const date = seoDateInTitle(titles);
  const suggested: SeoMappingChoice = {
    mapping: suggestion.mapping,
    scaleColumns: suggestion.scaleColumns,
    constants: {
      ...(suggestion.instrument ? { instrument: suggestion.instrument } : {}),
      ...(suggestion.lijst ? { lijst: suggestion.lijst } : {}),
      ...(date ? { afnamedatum: date } : {}),
    },
  };
  const mapping = config.mapping ?? suggested.mapping;
  const chosen: SeoMappingChoice = {
    mapping,
    scaleColumns:
      config.scaleColumns ?? (mapping.schaal === undefined && !config.mapping ? suggested.scaleColumns : []),
    constants: { ...suggested.constants, ...config.constants },
  };
  return { headers, suggested, chosen };
}

export function mappingProblems(headers: string[], choice: SeoMappingChoice, school: SchoolSeoInstruments) {
  // By code or by a name exports use ("Kanjer"), as the row reader resolves it.
  const instrument = seoInstrumentOf(choice.constants.instrument ?? '', school.instruments);
  return validateSeoMapping(choice.mapping, choice.scaleColumns, {
    headers,
    constants: choice.constants,
    singleList: instrument?.lists.length === 1,
  });
}

export interface SeoRead {
  format: string | null;
  headerRow: number | null;
  problems: ImportProblem[];
  reader: SeoRowReader | null;
  /** The file itself (not a row) is broken or unreadable. */
  fileFailed: boolean;
}

/** The file read and checked; `reader` holds the valid scores, or is null when no row could be read. */
export async function readSeoFile(
  input: ImportInput,
  config: SeoConfig,
  school: SchoolSeoInstruments,
  pupilOf: SeoReadOptions['pupilOf'],
  filename?: string,
): Promise<SeoRead> {
  const source = readSheetRowsOffThread(input);
  const split = await splitHeader(
    source,
    (cells) => isSeoHeader(cells, school.instruments),
    config.headerRow,
  );
  const problems: ImportProblem[] = [];
  let reader: SeoRowReader | null = null;
  try {
    if (split.problem) problems.push(split.problem);
    else if (split.header) {
      const { headers, chosen } = mappingFor(split.header, split.above, school, config, filename);
      const mappingIssues = mappingProblems(headers, chosen, school);
      problems.push(...mappingIssues);
      const candidate = new SeoRowReader({
        headers,
        ...chosen,
        instruments: school.instruments,
        names: school.names,
        pupilOf,
      });
      problems.push(...candidate.fileProblems);
      if (!hasErrors(problems)) {
        reader = candidate;
        for await (const row of split.rows) reader.read(row.line, row.cells);
        problems.push(...reader.finish().slice(reader.fileProblems.length));
      }
    }
  } finally {
    await split.close();
  }
  const fileProblems = source.info.problems;
  problems.push(...fileProblems);
  if (!split.header && !split.problem && !hasErrors(problems)) {
    const message = 'Het bestand is leeg: er is geen kopregel met kolomnamen.';
    problems.push({ severity: 'error', code: 'seo.leeg-bestand', message });
  }
  return {
    format: source.info.format,
    headerRow: split.header?.line ?? null,
    problems,
    reader,
    fileFailed: hasErrors(fileProblems),
  };
}
