/**
 * Loading the Inspectie's 2F/1S signaleringswaarden: a new publication replaces the whole table in one
 * transaction, with its source, or nothing changes. The table is national, not a school's: it is loaded
 * by whoever runs the installation (the command line), not through a school's pages.
 */
import type { SignaleringswaardeTable } from '../../../domain/referentie';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { replaceSignaleringswaardeRows, SIGNALERINGSWAARDE_INDICATOR } from './ambitions.queries';

export async function replaceSignaleringswaarden(
  db: Db,
  table: SignaleringswaardeTable,
  source: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await replaceSignaleringswaardeRows(
      trx,
      table.map((row) => ({
        id: newId(now.getTime()),
        indicator: SIGNALERINGSWAARDE_INDICATOR,
        from_weging: row.fromSchoolweging,
        to_weging: row.toSchoolweging,
        share: row.share,
        source,
        created_at: now.toISOString(),
      })),
    );
  });
}
