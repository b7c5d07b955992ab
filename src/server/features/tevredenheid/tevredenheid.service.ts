/**
 * Satisfaction surveys of a school: per respondent group and theme, every survey over the years with
 * its change since the one before; and the import of a survey's results file, all or nothing.
 */
import { MIN_CELL_SIZE, isSmallCell } from '../../../domain/suppression';
import { RESPONDENT_GROUPS, themeSeries, type RespondentGroup } from '../../../domain/tevredenheid';
import type { ImportInput } from '../../../imports/text/input';
import { audit } from '../../audit';
import { abilitiesAt, requireAtSchool, wholeSchoolsOf } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { readCsvTable } from '../schooladvies/csv-table';
import { writeReplacing } from '../schooladvies/import-retry';
import { parseSurveyLines, SURVEY_COLUMNS, type SurveyLine } from './tevredenheid-file';
import { deleteSurvey, findSurveys, insertSurveyRows } from './tevredenheid.queries';
import type { TevredenheidResponse } from './tevredenheid.schema';

type SurveyRow = Awaited<ReturnType<typeof findSurveys>>[number];
type Groepen = TevredenheidResponse['groepen'];

/** One theme's surveys with their changes; a point of fewer than minCellSize respondents shows no figure. */
function themeOf(rows: SurveyRow[], minCellSize: number) {
  const points = rows.map((r) => ({
    afgenomenOp: r.afgenomen_op,
    schooljaar: r.schooljaar,
    instrument: r.instrument,
    n: r.n,
    gemiddelde: r.gemiddelde,
    positief: r.positief,
    scale: r.schaal_min !== null && r.schaal_max !== null ? { min: r.schaal_min, max: r.schaal_max } : null,
    hidden: minCellSize > 1 && isSmallCell(r.n, minCellSize),
  }));
  const series = themeSeries(points);
  return series.map((s, i) => {
    const p = s.point;
    // A change next to a withheld survey would give that survey's figure back.
    const showChange = !p.hidden && i > 0 && !series[i - 1]?.point.hidden;
    return {
      afgenomenOp: p.afgenomenOp,
      schooljaar: p.schooljaar,
      instrument: p.instrument,
      n: p.n,
      // Nothing of a withheld survey but its size: the bestuur's small-cell check allows no other number.
      scale: p.hidden ? null : p.scale,
      gemiddelde: p.hidden ? null : p.gemiddelde,
      positief: p.hidden ? null : p.positief,
      meanChange: showChange ? s.meanChange : null,
      positiefChange: showChange ? s.positiefChange : null,
      comparableMean: s.comparableMean,
      suppressed: p.hidden,
    };
  });
}

function groepenOf(rows: SurveyRow[], minCellSize: number): Groepen {
  return RESPONDENT_GROUPS.map((groep: RespondentGroup) => {
    const byTheme = new Map<string, SurveyRow[]>();
    for (const r of rows.filter((x) => x.groep === groep)) {
      byTheme.set(r.thema_key, [...(byTheme.get(r.thema_key) ?? []), r]);
    }
    const themas = [...byTheme.entries()]
      .map(([key, themeRows]) => ({
        key,
        thema:
          [...themeRows].sort((a, b) => a.afgenomen_op.localeCompare(b.afgenomen_op)).at(-1)?.thema ?? key,
        points: themeOf(themeRows, minCellSize),
      }))
      .sort((a, b) => a.thema.localeCompare(b.thema, 'nl'));
    return { groep, themas };
  }).filter((g) => g.themas.length > 0);
}

/**
 * Per school, its satisfaction per respondent group and theme over the years. For the bestuur grid and
 * the schooloverzicht: call with the schools the actor may see aggregated and MIN_CELL_SIZE.
 */
export async function satisfactionOfSchools(
  db: Db,
  schoolIds: readonly string[],
  minCellSize: number,
): Promise<Map<string, Groepen>> {
  const rows = await findSurveys(db, schoolIds);
  return new Map(
    schoolIds.map((id) => [
      id,
      groepenOf(
        rows.filter((r) => r.school_id === id),
        minCellSize,
      ),
    ]),
  );
}

export async function listTevredenheid(
  db: Db,
  actor: Actor,
  schoolId: string,
): Promise<TevredenheidResponse> {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const minCellSize = wholeSchoolsOf(actor).includes(schoolId) ? 1 : MIN_CELL_SIZE;
  const rows = await findSurveys(db, [schoolId]);
  return {
    schoolId,
    abilities: abilitiesAt(actor, schoolId),
    minCellSize,
    years: [...new Set(rows.map((r) => r.schooljaar))].sort(),
    groepen: groepenOf(rows, minCellSize),
  };
}

/** The lines as rows of the table, imported by the actor now. */
function rowsOf(lines: SurveyLine[], schoolId: string, actor: Actor, now: Date) {
  const iso = now.toISOString();
  return lines.map((l) => ({
    id: newId(now.getTime()),
    school_id: schoolId,
    afgenomen_op: l.afgenomenOp,
    schooljaar: l.schooljaar,
    groep: l.groep,
    thema: l.thema,
    thema_key: l.themaKey,
    instrument: l.instrument,
    n: l.n,
    gemiddelde: l.gemiddelde,
    schaal_min: l.scale?.min ?? null,
    schaal_max: l.scale?.max ?? null,
    positief: l.positief,
    imported_by: actor.userId,
    imported_at: iso,
  }));
}

export async function importTevredenheid(
  db: Db,
  actor: Actor,
  schoolId: string,
  /** The file, opened only after the access check. */
  file: () => ImportInput,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'ambition.manage');
  const table = await readCsvTable(file(), SURVEY_COLUMNS);
  const { lines, problems } = parseSurveyLines(table);
  if (problems.length > 0)
    return { status: 'refused' as const, lines: table.lines.length, surveys: [], problems };
  const surveys = new Map<string, { groep: RespondentGroup; afgenomenOp: string; themas: number }>();
  for (const l of lines) {
    const key = `${l.groep}|${l.afgenomenOp}`;
    const survey = surveys.get(key) ?? { groep: l.groep, afgenomenOp: l.afgenomenOp, themas: 0 };
    survey.themas += 1;
    surveys.set(key, survey);
  }
  await writeReplacing(() =>
    db.transaction().execute(async (trx) => {
      for (const s of surveys.values()) await deleteSurvey(trx, schoolId, s.groep, s.afgenomenOp);
      await insertSurveyRows(trx, rowsOf(lines, schoolId, actor, now));
      await audit(trx, now, {
        userId: actor.userId,
        action: 'tevredenheid.import',
        entity: 'school',
        entityId: schoolId,
        schoolId,
        details: { lines: lines.length, surveys: surveys.size },
      });
    }),
  );
  const list = [...surveys.values()].sort(
    (a, b) => a.afgenomenOp.localeCompare(b.afgenomenOp) || a.groep.localeCompare(b.groep),
  );
  return { status: 'imported' as const, lines: lines.length, surveys: list, problems: [] };
}
