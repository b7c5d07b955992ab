import type { Insertable } from 'kysely';
import type { Db } from './database';
import { MAX_BIND_PARAMETERS } from './dialect';
import type { DB } from './schema';

/** Multi-row inserts in chunks that stay under both engines' bind-parameter limits. */
export async function insertChunked<T extends keyof DB & string>(
  db: Db,
  table: T,
  rows: Insertable<DB[T]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perRow = Object.keys(first).length;
  const size = Math.max(1, Math.floor(MAX_BIND_PARAMETERS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot relate a generic table name to its row type; the rows were typed by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}
