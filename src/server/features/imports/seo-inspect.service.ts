/**
 * The first look at an SEO file: the header row (found below a title block by its words, or the line
 * the user picked), the title block itself, a few rows, and the mapping Leerwinst proposes, with what
 * the title says of the instrument, the list and the date.
 */
import { isSeoHeader, type ImportInput } from '../../../imports';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { firstRows } from './inspect.service';
import type { SeoInspectResponse } from './seo-import.schema';
import { instrumentInfo, schoolSeoInstruments } from './seo-instruments';
import { mappingFor, mappingProblems } from './seo-read';

export async function inspectSeo(
  db: Db,
  actor: Actor,
  query: { schoolId: string; headerRow?: number | undefined; filename?: string | undefined },
  input: ImportInput,
): Promise<SeoInspectResponse> {
  requireAtSchool(actor, query.schoolId, 'import.run');
  const school = await schoolSeoInstruments(db, query.schoolId);
  const { reader, split, headers, sample } = await firstRows(input, query.headerRow, (cells) =>
    isSeoHeader(cells, school.instruments),
  );
  const header = split.header;
  const found = header ? mappingFor(header, split.above, school, {}, query.filename) : null;
  return {
    format: reader.info.format,
    encoding: reader.info.encoding,
    headers: headers ?? [],
    headerRow: header?.line ?? null,
    above: split.above.map((r) => ({ line: r.line, cells: r.cells })),
    sample,
    suggestion: found?.suggested ?? { mapping: {}, scaleColumns: [], constants: {} },
    instruments: instrumentInfo(school),
    problems: [
      ...reader.info.problems,
      ...(split.problem ? [split.problem] : []),
      ...(found ? mappingProblems(found.headers, found.suggested, school) : []),
    ],
  };
}
