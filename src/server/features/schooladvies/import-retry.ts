/**
 * The write of an all-or-nothing import that replaces earlier lines (VO-terugkoppeling, tevredenheid):
 * on PostgreSQL two imports of the same lines at the same moment both find nothing to replace, and the
 * unique index refuses the second. That one then runs again, now replacing the first, as it would have
 * one after the other; after a few tries the user is asked to import again (409), never a 500.
 */
import { isUniqueViolation } from '../../db/dialect';
import { conflict } from '../../errors';

export async function writeReplacing<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= attempts)
        throw conflict(
          'Er werd tegelijk een ander bestand voor deze school ingelezen. Lees het bestand opnieuw in.',
        );
    }
  }
}
