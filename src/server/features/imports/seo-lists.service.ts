/**
 * A school's own social-emotional lists: the instruments an SEO file of the school can be about, and
 * a new own list (a name and its scales), so a school's own questionnaire is imported like the rest.
 */
import type { z } from 'zod';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, invalidInput } from '../../errors';
import type { NewSeoListBody, SeoListsResponse } from './seo-import.schema';
import { insertEigenLijst } from './seo-import.queries';
import { instrumentInfo, schoolSeoInstruments } from './seo-instruments';

type Lists = z.infer<typeof SeoListsResponse>;

/** "Plezier op school" → "plezier-op-school": letters and digits, diacritics dropped. */
const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export async function listSeoLists(db: Db, actor: Actor, schoolId: string): Promise<Lists> {
  requireAtSchool(actor, schoolId, 'import.run');
  return { instruments: instrumentInfo(await schoolSeoInstruments(db, schoolId)) };
}

export async function addSeoList(
  db: Db,
  actor: Actor,
  schoolId: string,
  body: z.infer<typeof NewSeoListBody>,
  now: Date,
): Promise<Lists> {
  requireAtSchool(actor, schoolId, 'import.run');
  const code = slug(body.name);
  const scales = body.scales.map((s) => ({ code: slug(s.name), name: s.name, domain: s.domain }));
  const empty = scales.findIndex((s) => s.code === '');
  if (code === '' || empty >= 0) {
    const field = code === '' ? 'name' : `scales.${empty}.name`;
    throw invalidInput('Een naam moet letters of cijfers bevatten.', [
      { field, message: 'geen letters of cijfers' },
    ]);
  }
  const twice = scales.findIndex((s, i) => scales.findIndex((o) => o.code === s.code) !== i);
  if (twice >= 0)
    throw invalidInput(`De schaal '${scales[twice]?.name}' staat twee keer in de lijst.`, [
      { field: `scales.${twice}.name`, message: 'staat twee keer in de lijst' },
    ]);
  const id = newId(now.getTime());
  try {
    await db.transaction().execute(async (trx) => {
      await insertEigenLijst(trx, {
        id,
        school_id: schoolId,
        code,
        name: body.name,
        scales: JSON.stringify(scales),
        created_by: actor.userId,
        created_at: now.toISOString(),
      });
      await audit(trx, now, {
        userId: actor.userId,
        action: 'seo.lijst.create',
        entity: 'seo_eigen_lijst',
        entityId: id,
        schoolId,
        details: { scales: scales.length },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('Deze school heeft al een eigen lijst met deze naam.');
    throw error;
  }
  return listSeoLists(db, actor, schoolId);
}
