/**
 * The tables that hold a pupil's data come from the database's own foreign keys; these checks make a
 * new table that references a pupil impossible to forget: it must get a retention category, and it is
 * exported and deleted with the rest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { describeTables, type TableInfo } from '../../db/introspect';
import { CATEGORY_OF_REFERENCE, deletionOrder, pupilReferences, pupilTables } from './pupil-tables';

describe.each(testEngines())('the tables of a pupil’s data (%s)', (engine) => {
  let database: TestDatabase;
  let catalog: TableInfo[];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    catalog = await describeTables(database.db, engine);
  });
  afterAll(async () => database.dispose());

  it('gives every reference to a pupil a retention category, and lists none that is not one', () => {
    const references = pupilReferences(catalog);
    expect(references.length).toBeGreaterThan(10);
    expect(references.filter((r) => !r.category).map((r) => `${r.table}.${r.column}`)).toEqual([]);
    expect(Object.keys(CATEGORY_OF_REFERENCE).sort()).toEqual(
      references.map((r) => `${r.table}.${r.column}`).sort(),
    );
  });

  it('reaches the rows under a pupil’s rows, each table with an id to delete it by', () => {
    const tables = pupilTables(catalog);
    // The OPP's versions and a bespreking's participants hang under rows that reference the pupil.
    expect(tables).toEqual(expect.arrayContaining(['opp_versie', 'bespreking_deelnemer', 'toetsresultaat']));
    expect(tables).not.toContain('leerling');
    const byName = new Map(catalog.map((t) => [t.name, t]));
    expect(tables.filter((t) => byName.get(t)?.primaryKey.join() !== 'id')).toEqual([]);
  });

  it('deletes every table after the tables that reference it', () => {
    const tables = pupilTables(catalog);
    const order = deletionOrder(catalog, tables);
    expect([...order].sort()).toEqual([...tables].sort());
    for (const table of catalog.filter((t) => tables.includes(t.name))) {
      for (const fk of table.foreignKeys.filter((f) => tables.includes(f.table))) {
        expect(order.indexOf(table.name), `${table.name} before ${fk.table}`).toBeLessThan(
          order.indexOf(fk.table),
        );
      }
    }
  });
});
