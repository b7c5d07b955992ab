/**
 * The groepsoverzicht as a spreadsheet: exactly what GET /groups/{id}/analysis shows (the same scope,
 * meetpunt and figures, because it is built from that answer), one row per pupil and per vak the
 * level, score, moment, functioneringsniveau, leerwinst and instructiegroep, then the signals.
 */
import type { z } from 'zod';
import { DUTCH_SIGNAL_NAMES, signalSentenceNl } from '../../../shared/signal-sentences';
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { GroupAnalysisResponse } from '../analysis/analysis.schema';
import { analyzeGroup } from '../analysis/analysis.service';
import { tableDownload, type Download } from './download';
import { loadRows } from '../groepsoverzicht/groepsoverzicht.service';
import type { SavedRow } from '../groepsoverzicht/groepsoverzicht.schema';
import { currentPeriod, periodsOf } from '../periods/periods';
import type { TableExportQuery } from './exports.schema';
import { dateCell, vakNaam, type Cell, type Column, type Table } from './table';

type Pupil = GroupAnalysisResponse['pupils'][number];
type VakAnalysis = Pupil['vakken'][string];

/** The per-vak columns, in the order a groepsoverzicht reads: where the pupil is, then how it moved. */
const VAK_COLUMNS: readonly { suffix: string; value: (a: VakAnalysis | undefined) => Cell }[] = [
  { suffix: 'niveau', value: (a) => a?.current?.level ?? null },
  { suffix: 'vaardigheidsscore', value: (a) => a?.current?.score ?? null },
  { suffix: 'moment', value: (a) => a?.current?.moment ?? null },
  { suffix: 'functioneringsniveau', value: (a) => a?.current?.functioneringsniveau ?? null },
  { suffix: 'leerwinst', value: (a) => a?.growth?.value ?? null },
  {
    suffix: 'leerwinst vanaf',
    value: (a) => (a?.growth ? `${a.growth.from.moment} (${a.growth.from.schooljaar})` : null),
  },
  { suffix: 'instructiegroep', value: (a) => a?.placement.effective?.instructie ?? null },
  {
    // Whether the instructiegroep is the teacher's choice rather than the suggestion from the level.
    suffix: 'instructiegroep aangepast',
    value: (a) => {
      const effective = a?.placement.effective;
      if (!effective) return null;
      return effective.source === 'leerkracht' ? 'ja' : 'nee';
    },
  },
];

/** "5" → 5 so Excel can sort and count; a combination code ("C") stays text. */
function jaargroepCell(jaargroep: string): Cell {
  return /^\d+$/.test(jaargroep) ? Number(jaargroep) : jaargroep;
}

/** The signals as sentences, strongest first: one cell reads as a short paragraph. */
function signalText(signals: Pupil['signals']): string | null {
  if (signals.length === 0) return null;
  return signals.map((s) => signalSentenceNl(s, DUTCH_SIGNAL_NAMES)).join(' ');
}

/** The teacher's part of the groepsoverzicht, per pupil, for the period exported. */
export type TeacherTexts = Map<string, SavedRow>;

export function groupTable(analysis: GroupAnalysisResponse, texts: TeacherTexts = new Map()): Table {
  const columns: Column[] = [
    { header: 'Naam' },
    { header: 'Jaargroep', width: 11 },
    { header: 'Vertrokken op', width: 14 },
    ...analysis.vakken.flatMap((vak) => VAK_COLUMNS.map((c) => ({ header: `${vakNaam(vak)}: ${c.suffix}` }))),
    { header: 'Signalering', width: 60 },
    { header: 'Stimulerende factoren', width: 40 },
    { header: 'Belemmerende factoren', width: 40 },
    { header: 'Onderwijsbehoeften pedagogisch', width: 40 },
    { header: 'Onderwijsbehoeften didactisch', width: 40 },
  ];
  const rows = analysis.pupils.map((pupil): Cell[] => [
    pupil.name,
    jaargroepCell(pupil.jaargroep),
    dateCell(pupil.leftOn),
    ...analysis.vakken.flatMap((vak) => VAK_COLUMNS.map((c) => c.value(pupil.vakken[vak]))),
    signalText(pupil.signals),
    texts.get(pupil.id)?.stimulerend || null,
    texts.get(pupil.id)?.belemmerend || null,
    texts.get(pupil.id)?.behoeftePedagogisch || null,
    texts.get(pupil.id)?.behoefteDidactisch || null,
  ]);
  const period = analysis.meetpunt ?? analysis.group.schooljaar;
  return {
    sheetName: 'Groepsoverzicht',
    title: `Groepsoverzicht ${analysis.group.name}, ${period}`,
    columns,
    rows,
  };
}

export async function exportGroup(
  db: Db,
  actor: Actor,
  groupId: string,
  query: z.infer<typeof TableExportQuery>,
  now: Date,
): Promise<Download> {
  // The access line is analyzeGroup's: the file shows exactly what that answer shows, to the same people.
  const analysis = await analyzeGroup(db, actor, groupId, { meetpunt: query.meetpunt });
  const periode = currentPeriod(
    await periodsOf(db, analysis.group.school.id, analysis.group.schooljaar, now),
    now,
  );
  const table = groupTable(analysis, periode ? await loadRows(db, groupId, periode.id) : new Map());
  const download = await tableDownload(
    table,
    query.format,
    ['groepsoverzicht', analysis.group.name, analysis.meetpunt ?? analysis.group.schooljaar],
    now,
  );
  await audit(db, now, {
    userId: actor.userId,
    action: 'export.group',
    entity: 'groep',
    entityId: analysis.group.id,
    schoolId: analysis.group.school.id,
    details: {
      format: query.format,
      meetpunt: analysis.meetpunt,
      pupils: analysis.pupils.length,
      vakken: analysis.vakken.length,
    },
  });
  return download;
}
