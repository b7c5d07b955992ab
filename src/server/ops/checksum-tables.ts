/** Checksums of whole tables, read a batch at a time: to compare two databases after a transfer. */
import type { Database } from '../db/database';
import { describeTables } from '../db/introspect';
import { ChecksumAccumulator, type TableChecksum } from './checksum';
import { scopeCondition } from './scope.queries';
import { readBatch } from './transfer.queries';

export async function checksumTables(
  database: Database,
  batchSize = 5000,
): Promise<Map<string, TableChecksum>> {
  const sums = new Map<string, TableChecksum>();
  const everything = scopeCondition(new Map(), null, '');
  for (const table of await describeTables(database.db, database.engine)) {
    const columns = table.columns.map((c) => c.name);
    const sum = new ChecksumAccumulator(columns);
    let after: unknown[] | null = null;
    for (;;) {
      const rows = await readBatch(
        database.db,
        table.name,
        columns,
        table.primaryKey,
        everything,
        after,
        batchSize,
      );
      const last = rows.at(-1);
      if (!last) break;
      for (const row of rows) sum.add(row);
      after = table.primaryKey.map((c) => last[c]);
    }
    sums.set(table.name, sum.result());
  }
  return sums;
}
