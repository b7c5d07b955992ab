/**
 * GET /pupils/{id}/oso.xml: the pupil's results as OSO toets records (see oso.ts), with the level and
 * DLE made complete by the same engine as the pupil page, so the transfer says what Leerwinst shows.
 */
import { parseMoment, resultTimeKey } from '../../../domain/moments';
import { audit } from '../../audit';
import { requirePupil, type PupilInScope } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { loadEngineData } from '../analysis/engine-data';
import { enrichResult, type EnrichedResult } from '../analysis/enrich';
import { oppForOso } from '../opp/opp-oso';
import { findPlacementsOfPupil } from '../pupils/pupils.queries';
import { XML_TYPE, type Download } from './download';
import { findPupilToetsResults, findSchool } from './exports.queries';
import { osoDocument, xmlDecimal, type OsoReferentiescore, type OsoToets } from './oso';
import { placementAt, type PlacementRow } from './placement-at';
import { exportFilename, vakNaam } from './table';

type ResultRow = Awaited<ReturnType<typeof findPupilToetsResults>>[number];

/** OSO codelijst 11 per level system; AVI has no code there that we could verify, so it is left out. */
const LEVEL_CODE: Record<'I-V' | 'A-E' | 'REF', string> = {
  'I-V': 'IV',
  'A-E': 'AE',
  // The official example (oso_povo.xml) carries referentieniveaus as "RNTRM" with values like 1F.
  REF: 'RNTRM',
};

const COMPUTED_LEVEL = 'berekend door Leerwinst uit de ingeladen normtabel';
const COMPUTED_DLE = 'berekend door Leerwinst uit de DLE-tabel van de toets';

function referentiescores(row: ResultRow, e: EnrichedResult): OsoReferentiescore[] {
  const scores: OsoReferentiescore[] = [];
  if (e.level && e.levelSystem && e.levelSystem !== 'AVI') {
    scores.push({
      code: LEVEL_CODE[e.levelSystem],
      waarde: e.level,
      // A level the LVS did not give is our computation; the receiving school must be able to tell.
      kwalificatie: e.levelSource === 'norm' ? COMPUTED_LEVEL : null,
    });
  }
  if (e.dle !== null) {
    scores.push({
      code: 'DLE',
      waarde: xmlDecimal(e.dle),
      kwalificatie: row.dle === null ? COMPUTED_DLE : null,
    });
  }
  return scores;
}

export function osoToets(row: ResultRow, e: EnrichedResult, placement: PlacementRow | null): OsoToets {
  const jaargroep = parseMoment(row.moment)?.jaargroep ?? placement?.jaargroep ?? null;
  return {
    // Our own toets code stands in for the OSO toetscode: real eldtoetscodes come from the OSO
    // codelijst "OSO POVO toetscodes" and need a mapping per LVS toets and versie (a later step).
    eldtoetscode: row.toets_code,
    leergebied: vakNaam(row.vak).toLowerCase(),
    toetsnaam: row.toets_name,
    toetsversie: row.toets_version || null,
    // afnamedatum is required in OSO; without one the usual date of the moment stands in, and says so.
    afnamedatum: row.afnamedatum ?? resultTimeKey(row),
    jaargroep: jaargroep === null ? null : String(jaargroep),
    dl: e.dl !== null && Number.isInteger(e.dl) ? e.dl : null,
    vaardigheidsscore: row.vaardigheidsscore,
    referentiescores: referentiescores(row, e),
    opmerking: row.afnamedatum
      ? null
      : `Afnamedatum onbekend; de datum is het gebruikelijke moment van ${row.moment} in ${row.schooljaar}.`,
  };
}

/** The pupil's results in time order as OSO toets records, made complete by the engine. */
async function pupilToetsen(db: Db, pupil: PupilInScope): Promise<OsoToets[]> {
  const [rows, placements] = await Promise.all([
    findPupilToetsResults(db, pupil.id),
    findPlacementsOfPupil(db, pupil.id),
  ]);
  const engine = await loadEngineData(
    db,
    pupil.school_id,
    rows.map((r) => r.toets_id),
  );
  const withPupil = placements.map((p) => ({ ...p, leerling_id: pupil.id }));
  return rows
    .map((row) => ({ row, time: resultTimeKey(row) }))
    .sort((a, b) => a.time.localeCompare(b.time) || a.row.toets_name.localeCompare(b.row.toets_name))
    .map(({ row }) => {
      const enriched = enrichResult(
        row,
        {
          id: row.toets_id,
          name: row.toets_name,
          vak: row.vak,
          scale_key: row.scale_key,
          level_system: row.level_system,
        },
        pupil.groep3_start,
        engine,
      );
      return osoToets(row, enriched, placementAt(withPupil, pupil.id, row.schooljaar, row.afnamedatum));
    });
}

export async function exportPupilOso(db: Db, actor: Actor, pupilId: string, now: Date): Promise<Download> {
  return db.transaction().execute(async (trx) => {
    const pupil = await requirePupil(trx, actor, pupilId);
    const [toetsen, school] = await Promise.all([pupilToetsen(trx, pupil), findSchool(trx, pupil.school_id)]);
    const opp = await oppForOso(trx, actor, pupil, school?.name ?? pupil.school_name, now);
    const xml = osoDocument(
      {
        leerlingnummer: pupil.las_key,
        roepnaam: pupil.roepnaam,
        voorvoegsel: pupil.voorvoegsel,
        achternaam: pupil.achternaam,
        geboortedatum: pupil.geboortedatum,
        school: { name: school?.name ?? pupil.school_name, brin: school?.brin ?? '' },
      },
      toetsen,
      now,
      opp,
    );
    await audit(trx, now, {
      userId: actor.userId,
      action: 'export.oso',
      entity: 'leerling',
      entityId: pupil.id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { toetsen: toetsen.length, ...(opp ? { opp: true } : {}) },
    });
    // The internal id names the file: meaningless outside Leerwinst, unlike a name or leerlingnummer.
    return {
      body: new TextEncoder().encode(xml),
      contentType: XML_TYPE,
      filename: exportFilename(['oso-toetsresultaten', pupil.id], 'xml'),
    };
  });
}
