/** For the access tests of the import and norms routes: users whose roles differ per school. */
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { Role } from '../../db/schema';
import { insertUser, TEST_NOW } from '../../../testing/fixtures';
import type { testApi } from '../../../testing/http';

/**
 * A user with a role at one school and another role at a second school, logged in: the session cookie.
 * For the rule that a role at a school without the permission answers 403, not 404.
 */
export async function twoSchoolUser(
  db: Db,
  api: ReturnType<typeof testApi>,
  first: { role: Role; schoolId: string },
  second: { role: Role; schoolId: string },
): Promise<string> {
  const email = `twee.scholen.${newId()}@example.org`;
  const { userId } = await insertUser(db, { name: 'Twee Scholen', email, ...first });
  await db
    .insertInto('role_assignment')
    .values({
      id: newId(),
      user_id: userId,
      role: second.role,
      school_id: second.schoolId,
      bestuur_id: null,
      created_at: TEST_NOW.toISOString(),
    })
    .execute();
  return api.login(email);
}
