/**
 * The schooloverzicht: per jaargroep and vak at one moment of a schooljaar, the school's ambitions
 * against the results (with the 90 % interval, "niet te onderscheiden" when it straddles the ambition),
 * a sparkline of the last five years, and groep 8's referentieniveaus beside the Inspectie's
 * signaleringswaarden. The bestuur sees the same without figures in cells under ten pupils.
 */
import { verdictOf, type AmbitionTarget } from '../../../domain/ambitions';
import type { MomentKind } from '../../../domain/moments';
import { pooledReferentie } from '../../../domain/referentie';
import { schooljaarOf, shiftSchooljaar } from '../../../domain/schooljaar';
import { isSmallCell } from '../../../domain/suppression';
import { segmentByVersion } from '../../../domain/trends';
import { VAKKEN } from '../../../shared/vakken';
import { permissionsAtSchool, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { loadAmbitions, schoolSignaleringswaarden } from '../ambitions/ambitions.queries';
import { assertReadable, schooljarenOf } from '../ambitions/ambitions.service';
import { minCellFor } from '../statistics/statistics.service';
import { defaultTarget, figureOf } from './figures';
import { dominant, isReferentieRow, overviewRows, type OverviewRow } from './overview-data';
import type { Cell, SchooloverzichtResponse } from './schooloverzicht.schema';

const SPARK_YEARS = 5;
const KINDS: MomentKind[] = ['B', 'M', 'E'];
/** The usual headline first: the share at III or higher, then the bottom, the mean, growth, referentie. */
const KIND_ORDER = [
  'atOrAbove',
  'atMostLowest',
  'meanAtLeastNorm',
  'growthAsExpected',
  'refAtLeast1F',
  'refAtLeast2F',
];

function sparkline(
  target: AmbitionTarget,
  rowsOf: (schooljaar: string) => OverviewRow[],
  schooljaar: string,
  minCell: number,
) {
  const points = [];
  for (let back = SPARK_YEARS - 1; back >= 0; back--) {
    const year = shiftSchooljaar(schooljaar, -back);
    const rows = rowsOf(year);
    if (rows.length === 0) continue;
    const figure = figureOf(target, rows, null, 1);
    const small = isSmallCell(rows.length, minCell);
    points.push({
      schooljaar: year,
      n: rows.length,
      value: small ? null : (figure?.value ?? null),
      interval: small ? null : (figure?.interval ?? null),
      versionKey: dominant(rows.map((r) => r.toetsName)) ?? '',
      suppressed: small,
    });
  }
  const { breaks } = segmentByVersion(points.map((p) => ({ ...p, moment: 'M' as const, jaargroep: 0 })));
  return {
    points,
    breaks: breaks.map((b) => ({
      schooljaar: b.schooljaar,
      fromVersion: b.fromVersion,
      toVersion: b.toVersion,
    })),
  };
}

async function groupsOf(db: Db, schoolId: string, schooljaar: string) {
  const rows = await db
    .selectFrom('groep as g')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .innerJoin('plaatsing as p', 'p.groep_id', 'g.id')
    .select(['g.id', 'g.name', 'p.jaargroep'])
    .distinct()
    .where('g.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('g.kind', '=', 'stamgroep')
    .execute();
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
  query: { schooljaar?: string | undefined; moment?: MomentKind | undefined },
  now: Date,
): Promise<SchooloverzichtResponse> {
  assertReadable(actor, schoolId);
  const minCell = minCellFor(actor, schoolId);
  const [school, schooljaren, rows] = await Promise.all([
    db.selectFrom('school').select('name').where('id', '=', schoolId).executeTakeFirstOrThrow(),
    schooljarenOf(db, schoolId),
    overviewRows(db, schoolId),
  ]);
  const withData = [...new Set(rows.map((r) => r.schooljaar))].sort();
  const today = schooljaarOf(now);
  const schooljaar = query.schooljaar ?? (withData.includes(today) ? today : (withData.at(-1) ?? today));
  if (query.schooljaar && !schooljaren.includes(query.schooljaar))
    throw invalidInput('Deze school heeft dat schooljaar niet.', [
      { field: 'schooljaar', message: 'onbekend schooljaar' },
    ]);
  const moments = KINDS.filter((k) => rows.some((r) => r.schooljaar === schooljaar && r.kind === k));
  const moment = query.moment ?? moments.at(-1) ?? 'M';

  const cellIndex = new Map<string, OverviewRow[]>();
  const lvsRows = rows.filter((r) => !isReferentieRow(r));
  for (const r of lvsRows) {
    const key = `${r.schooljaar}|${r.kind}|${r.jaargroep}|${r.vak}`;
    cellIndex.set(key, [...(cellIndex.get(key) ?? []), r]);
  }
  const rowsAt = (year: string, jaargroep: number, vak: string) =>
    cellIndex.get(`${year}|${moment}|${jaargroep}|${vak}`) ?? [];
  const current = lvsRows.filter((r) => r.schooljaar === schooljaar && r.kind === moment);
  const jaargroepen = [...new Set(current.map((r) => r.jaargroep))].sort((a, b) => a - b);
  const vakken = VAKKEN.filter((v) => current.some((r) => r.vak === v));

  const [ambitions, signaleringswaarden] = await Promise.all([
    loadAmbitions(db, schoolId, schooljaar),
    schoolSignaleringswaarden(db, schoolId),
  ]);
  const active = ambitions.filter((a) => a.status === 'actief');
  const cells: Cell[] = [];
  for (const jaargroep of jaargroepen) {
    for (const vak of vakken) {
      const cellRows = rowsAt(schooljaar, jaargroep, vak);
      if (cellRows.length === 0) continue;
      const mine = active
        .filter(
          (a) =>
            a.vak === vak && a.jaargroep === jaargroep && a.moment === moment && a.target.kind !== 'woorden',
        )
        .sort((a, b) => KIND_ORDER.indexOf(a.target.kind) - KIND_ORDER.indexOf(b.target.kind));
      const targets: { id: string | null; target: AmbitionTarget }[] = mine.map((a) => ({
        id: a.id,
        target: a.target as AmbitionTarget,
      }));
      const fallback = defaultTarget(cellRows);
      if (targets.length === 0 && fallback) targets.push({ id: null, target: fallback });
      const figures = targets.flatMap((t) => figureOf(t.target, cellRows, t.id, minCell) ?? []);
      const first = targets[0]?.target;
      cells.push({
        jaargroep,
        vak,
        n: cellRows.length,
        toets: dominant(cellRows.map((r) => r.toetsName)),
        figures,
        sparkline: first
          ? sparkline(first, (year) => rowsAt(year, jaargroep, vak), schooljaar, minCell)
          : { points: [], breaks: [] },
      });
    }
  }

  // Groep 8 referentieniveaus, over three years together, beside the signaleringswaarden.
  const referentie = VAKKEN.flatMap((vak) =>
    (['1F', '2F/1S'] as const).flatMap((indicator) => {
      const bar = indicator === '1F' ? ['1F', '2F/1S'] : ['2F/1S'];
      const years = [...new Set(rows.map((r) => r.schooljaar))].map((year) => {
        const ref = rows.filter(
          (r) => r.schooljaar === year && r.jaargroep === 8 && r.vak === vak && r.system === 'REF' && r.level,
        );
        return {
          schooljaar: year,
          n: ref.length,
          count: ref.filter((r) => bar.includes(r.level ?? '')).length,
        };
      });
      if (!years.some((y) => y.n > 0)) return [];
      // Only years in which this vak was sat count as pooled years.
      const pooled = pooledReferentie(
        years.filter((y) => y.n > 0),
        schooljaar,
      );
      const kind = indicator === '1F' ? 'refAtLeast1F' : 'refAtLeast2F';
      const ambition = active.find((a) => a.vak === vak && a.jaargroep === 8 && a.target.kind === kind);
      const small = isSmallCell(pooled.n, minCell);
      const signaleringswaarde = indicator === '1F' ? signaleringswaarden.ref1F : signaleringswaarden.ref2F;
      const target = ambition && 'minShare' in ambition.target ? ambition.target.minShare : null;
      const against = (bar: number | null) =>
        small || bar === null ? null : verdictOf(pooled.share, pooled.interval, bar, 'atLeast');
      return [
        {
          vak,
          indicator,
          schooljaren: pooled.schooljaren,
          n: pooled.n,
          share: small ? null : pooled.share,
          interval: small ? null : pooled.interval,
          signaleringswaarde,
          signaleringVerdict: against(signaleringswaarde),
          ambition: target,
          ambitionVerdict: against(target),
          suppressed: small,
        },
      ];
    }),
  );

  const abilities = permissionsAtSchool(actor, schoolId);
  return {
    schoolId,
    schoolName: school.name,
    schooljaar,
    moment,
    schooljaren,
    moments,
    jaargroepen,
    vakken,
    cells,
    referentie,
    words: active.flatMap((a) =>
      a.target.kind === 'woorden' ? [{ id: a.id, text: a.target.text, evaluation: a.evaluation }] : [],
    ),
    groups: abilities.includes('group.read') ? await groupsOf(db, schoolId, schooljaar) : null,
    minCellSize: minCell,
    abilities,
  };
}
