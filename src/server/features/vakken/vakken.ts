/** The checks on a vak named in a request, with the one Dutch message for an unknown vak. */
import { isVak, type Vak } from '../../../shared/vakken';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { vakHasToets } from './vakken.queries';

const unknownVak = () =>
  invalidInput('Dit vak kent Leerwinst niet.', [{ field: 'vak', message: 'onbekend vak' }]);

/** One of the four vakken that schooloverzicht, trends and the bestuur grid report on. */
export function requireVak(vak: string): Vak {
  if (!isVak(vak)) throw unknownVak();
  return vak;
}

/** A vak that at least one toets measures: what a groepsplan or a cluster can be about. */
export async function requireVakWithToets(db: Db, vak: string): Promise<string> {
  if (!(await vakHasToets(db, vak))) throw unknownVak();
  return vak;
}
