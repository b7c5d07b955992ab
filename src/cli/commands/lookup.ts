import type { Database } from '../../server/db/database';
import { CliError } from '../args';

/** A school by "12AB" or "12AB-01" (BRIN with vestiging). */
export async function findSchoolId(database: Database, spec: string): Promise<string> {
  const [brin, vestiging] = spec.toUpperCase().split('-', 2);
  let query = database.db
    .selectFrom('school')
    .select('id')
    .where('brin', '=', brin ?? '');
  query = vestiging ? query.where('vestiging', '=', vestiging) : query.where('vestiging', 'is', null);
  const school = await query.executeTakeFirst();
  if (!school)
    throw new CliError(`Geen school met BRIN ${spec}. Controleer het nummer (bijvoorbeeld 12AB of 12AB-01).`);
  return school.id;
}
