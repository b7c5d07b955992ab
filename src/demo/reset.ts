/**
 * `leerwinst demo --reset`: the demo as new, in the configured database. Only a database that holds
 * the demo and nothing else is emptied: another bestuur, or an account outside the demo's e-mail
 * domain, is someone's real work, and then the reset refuses and says what it found. Emptying and
 * loading happen in one transaction, so a failure leaves the old demo as it was.
 */
import { hashPassword } from '../server/auth/passwords';
import type { Database } from '../server/db/database';
import { describeTables } from '../server/db/introspect';
import { dependencyOrder } from '../server/ops/table-graph';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, type DemoData } from './generator';
import { isDatabaseEmpty, writeDemo, type DemoMeta } from './load';
import {
  deleteAllRows,
  deleteDemoMeta,
  findAccountEmails,
  findBesturen,
  findDemoMeta,
  findSchoolsOutside,
} from './reset.queries';

/** The demo's bestuursnummer, for a demo loaded before app_meta named its bestuur. */
const DEMO_BESTUURSNUMMER = '99999';

function listed(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5 ? `${shown} en nog ${items.length - 5}` : shown;
}

/** Why the database may not be reset (in Dutch, for the CLI); null when it holds only the demo. */
export async function resetRefusal(database: Database): Promise<string | null> {
  const { db } = database;
  if (await isDatabaseEmpty(db)) return null;
  const meta = await findDemoMeta(db);
  if (!meta) return 'Deze database bevat gegevens maar geen demo; --reset verwijdert alleen een demo.';
  const parsed = JSON.parse(meta.value) as Partial<DemoMeta>;
  const besturen = await findBesturen(db);
  const demo = besturen.filter((b) =>
    parsed.bestuurId ? b.id === parsed.bestuurId : b.bestuursnummer === DEMO_BESTUURSNUMMER,
  );
  const others = besturen.filter((b) => !demo.includes(b)).map((b) => b.name);
  const schools = (
    await findSchoolsOutside(
      db,
      demo.map((b) => b.id),
    )
  ).map((s) => s.name);
  const accounts = (await findAccountEmails(db))
    .map((a) => a.email)
    .filter((email) => !email.toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`));
  const found = [
    ...(others.length > 0 ? [`besturen die niet van de demo zijn (${listed(others)})`] : []),
    ...(schools.length > 0 && others.length === 0 ? [`scholen buiten de demo (${listed(schools)})`] : []),
    ...(accounts.length > 0 ? [`accounts buiten de demo (${listed(accounts)})`] : []),
  ];
  if (found.length === 0) return null;
  return `De database bevat naast de demo ook ${found.join(' en ')}; --reset verwijdert niets. Zet die gegevens eerst over (leerwinst transfer) of gebruik een lege database.`;
}

/** Empties every table (the results version in app_meta aside) and loads `data`, in one transaction. */
export async function resetDemo(database: Database, data: DemoData, now: Date): Promise<void> {
  const tables = dependencyOrder(await describeTables(database.db, database.engine)).reverse();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await database.db.transaction().execute(async (trx) => {
    for (const table of tables) if (table.name !== 'app_meta') await deleteAllRows(trx, table.name);
    await deleteDemoMeta(trx);
    await writeDemo(trx, data, now, passwordHash);
  });
}
