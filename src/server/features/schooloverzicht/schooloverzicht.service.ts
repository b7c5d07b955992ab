/**
 * The schooloverzicht: per jaargroep and vak at one moment of a schooljaar, the school's ambitions
 * against the results (with the 90 % interval, "niet te onderscheiden" when it straddles the ambition),
 * a sparkline of the last five years, and groep 8's referentieniveaus beside the Inspectie's
 * signaleringswaarden. The bestuur sees the same without figures in cells under ten pupils.
 */
import type { z } from 'zod';
import type { MomentKind } from '../../../domain/moments';
import { currentSchooljaar } from '../../../domain/schooljaar';
import { abilitiesAt, mayAt, requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { loadAmbitions, schoolSignaleringswaarden } from '../ambitions/ambitions.queries';
import { schooljarenOf } from '../ambitions/ambitions.service';
import { findSchools } from '../schools/schools.queries';
import { minCellFor } from '../statistics/statistics.service';
import { gridOf, referentieOf } from './overview-cells';
import { overviewRows } from './overview-data';
import { findStamgroepJaargroepen } from './schooloverzicht.queries';
import type { SchooloverzichtQuery, SchooloverzichtResponse } from './schooloverzicht.schema';

const KINDS: MomentKind[] = ['B', 'M', 'E'];

/** The stamgroepen of the schooljaar with their jaargroepen, for the way down to a datamuur. */
async function groupsOf(db: Db, schoolId: string, schooljaar: string) {
  const rows = await findStamgroepJaargroepen(db, schoolId, schooljaar);
  const byGroup = new Map<string, { id: string; name: string; jaargroepen: number[] }>();
  for (const r of rows) {
    const g = byGroup.get(r.id) ?? { id: r.id, name: r.name, jaargroepen: [] };
    const j = Number(r.jaargroep);
    if (Number.isInteger(j) && !g.jaargroepen.includes(j)) g.jaargroepen.push(j);
    byGroup.set(r.id, g);
  }
  return [...byGroup.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true }));
}

export async function getSchooloverzicht(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof SchooloverzichtQuery>,
  now: Date,
): Promise<SchooloverzichtResponse> {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const minCell = minCellFor(actor, schoolId);
  const [[school], schooljaren, rows] = await Promise.all([
    findSchools(db, [schoolId]),
    schooljarenOf(db, schoolId),
    overviewRows(db, schoolId),
  ]);
  if (!school) throw notFound('De school');
  // Without a choice: this schooljaar if it has results, else the latest that has.
  const schooljaar = query.schooljaar ?? currentSchooljaar([...new Set(rows.map((r) => r.schooljaar))], now);
  if (query.schooljaar && !schooljaren.includes(query.schooljaar))
    throw invalidInput('Deze school heeft dat schooljaar niet.', [
      { field: 'schooljaar', message: 'onbekend schooljaar' },
    ]);
  const moments = KINDS.filter((k) => rows.some((r) => r.schooljaar === schooljaar && r.kind === k));
  const moment = query.moment ?? moments.at(-1) ?? 'M';
  const [ambitions, signaleringswaarden] = await Promise.all([
    loadAmbitions(db, schoolId, schooljaar),
    schoolSignaleringswaarden(db, schoolId),
  ]);
  const active = ambitions.filter((a) => a.status === 'actief');
  return {
    schoolId,
    schoolName: school.name,
    schooljaar,
    moment,
    schooljaren,
    moments,
    ...gridOf(rows, { schooljaar, moment }, active, minCell),
    referentie: referentieOf(rows, schooljaar, active, signaleringswaarden, minCell),
    words: active.flatMap((a) =>
      a.target.kind === 'woorden' ? [{ id: a.id, text: a.target.text, evaluation: a.evaluation }] : [],
    ),
    groups: mayAt(actor, schoolId, 'group.read') ? await groupsOf(db, schoolId, schooljaar) : null,
    minCellSize: minCell,
    abilities: abilitiesAt(actor, schoolId),
  };
}
