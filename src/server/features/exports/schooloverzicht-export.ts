/**
 * The schooloverzicht as a spreadsheet for the teambespreking: one row per jaargroep, vak and ambition,
 * with the figure, its 90 % interval, the verdict (direction and certainty, in the words of the screen)
 * and the same figure in earlier years. Aggregates only.
 */
import type { z } from 'zod';
import { vakNaam } from '../../../shared/vakken';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { verdictLabel } from '../ambitions/verdict-label';
import { goalLabel } from '../schooloverzicht/figures';
import { getSchooloverzicht } from '../schooloverzicht/schooloverzicht.service';
import type { SchooloverzichtResponse } from '../schooloverzicht/schooloverzicht.schema';
import { tableDownload, type Download } from './download';
import { dutchNumber } from './csv';
import type { SchooloverzichtExportQuery } from './exports.schema';
import { cleanNumber, type Table } from './table';

const percent = (share: number | null) =>
  share === null ? null : cleanNumber(Math.round(share * 1000) / 10);

export function schooloverzichtTable(data: SchooloverzichtResponse): Table {
  const years = [...new Set(data.cells.flatMap((c) => c.sparkline.points.map((p) => p.schooljaar)))].sort();
  const rows = data.cells.flatMap((cell) =>
    cell.figures.map((f) => {
      const mean = f.kind === 'meanAtLeastNorm';
      const show = (v: number | null) => (mean ? (v === null ? null : cleanNumber(v)) : percent(v));
      return [
        `Groep ${cell.jaargroep}`,
        vakNaam(cell.vak),
        cell.toets,
        cell.n,
        goalLabel(f.goal),
        f.suppressed ? null : show(f.value),
        f.suppressed || !f.interval
          ? null
          : `${dutchNumber(show(f.interval.low) ?? 0)} – ${dutchNumber(show(f.interval.high) ?? 0)}`,
        f.suppressed ? 'minder dan 10 leerlingen' : f.verdict ? verdictLabel(f.verdict) : 'geen ambitie',
        ...years.map((y) => {
          const p = cell.sparkline.points.find((x) => x.schooljaar === y);
          return p && !p.suppressed ? show(p.value) : null;
        }),
      ];
    }),
  );
  return {
    sheetName: `Schooloverzicht ${data.moment}`,
    title: `Schooloverzicht ${data.schoolName}, ${data.schooljaar} ${data.moment}`,
    columns: [
      { header: 'Jaargroep', width: 10 },
      { header: 'Vak', width: 18 },
      { header: 'Toets', width: 24 },
      { header: 'Aantal leerlingen', width: 10 },
      { header: 'Ambitie', width: 40 },
      { header: 'Resultaat (% of score)', width: 12 },
      { header: '90%-interval', width: 16 },
      { header: 'Oordeel', width: 44 },
      ...years.map((y) => ({ header: `Zelfde maat ${y}`, width: 12 })),
    ],
    rows,
  };
}

export async function exportSchooloverzicht(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof SchooloverzichtExportQuery>,
  now: Date,
): Promise<Download> {
  // The access line is getSchooloverzicht's: the file holds the same aggregates as that answer.
  const data = await getSchooloverzicht(db, actor, schoolId, query, now);
  return tableDownload(
    schooloverzichtTable(data),
    query.format,
    ['schooloverzicht', data.schoolName, `${data.schooljaar}-${data.moment}`],
    now,
  );
}
