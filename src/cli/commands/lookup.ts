import type { Database } from '../../server/db/database';
import { findSchoolByBrin } from '../../server/features/imports/imports.queries';
import { CliError } from '../args';

/** A school by "12AB" or "12AB-01" (BRIN with vestiging). */
export async function findSchoolId(database: Database, spec: string): Promise<string> {
  const [brin, vestiging] = spec.toUpperCase().split('-', 2);
  const school = await findSchoolByBrin(database.db, brin ?? '', vestiging || null);
  if (!school)
    throw new CliError(`Geen school met BRIN ${spec}. Controleer het nummer (bijvoorbeeld 12AB of 12AB-01).`);
  return school.id;
}
