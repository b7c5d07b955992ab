/** The agenda of a bespreking, by its kind, computed from the data as it stands now. */
import type { Db } from '../../db/database';
import type { Agenda } from './agenda.schema';
import type { BesprekingRow } from './besprekingen.queries';
import { groupAgenda } from './group-agenda';
import { ouderAgenda, pupilAgenda } from './pupil-agenda';

export function liveAgenda(db: Db, row: BesprekingRow, now: Date): Promise<Agenda> {
  if (row.kind === 'groepsbespreking') return groupAgenda(db, row, now);
  if (row.kind === 'oudergesprek') return ouderAgenda(db, row, now);
  return pupilAgenda(db, row);
}
