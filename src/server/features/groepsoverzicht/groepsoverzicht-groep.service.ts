/**
 * The groepsoverzicht's group section: what the group asks of the teacher, the group's factors and the
 * teacher's own ondersteuningsbehoeften. Saved as the teacher types, versioned like a pupil's row (a
 * save based on an older version is refused with the other text), and carried into the next period
 * until the teacher confirms or changes it, like the rows (groepsoverzicht-carry.ts).
 */
import { audit } from '../../audit';
import { abilitiesAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict } from '../../errors';
import { requireGroupPeriod } from '../periods/periods';
import { predecessorOf } from '../plans/predecessor';
import {
  findGroupSection,
  findPeriodName,
  insertGroupSection,
  updateGroupSectionAtVersion,
} from './groepsoverzicht-groep.queries';
import type {
  GroupSectionResponse,
  SavedGroupSection,
  SaveGroupSectionBody,
} from './groepsoverzicht-groep.schema';

const EMPTY: SavedGroupSection = {
  groepVraagt: '',
  groepsfactoren: '',
  leerkrachtBehoeften: '',
  version: 0,
  updatedBy: null,
  updatedAt: null,
};

type Row = NonNullable<Awaited<ReturnType<typeof findGroupSection>>>;

const sectionOf = (r: Row): SavedGroupSection => ({
  groepVraagt: r.groep_vraagt,
  groepsfactoren: r.groepsfactoren,
  leerkrachtBehoeften: r.leerkracht_behoeften,
  version: r.version,
  updatedBy: r.author,
  updatedAt: r.updated_at,
});

const hasText = (r: Row) =>
  [r.groep_vraagt, r.groepsfactoren, r.leerkracht_behoeften].some((t) => t.trim() !== '');

export async function getGroupSection(
  db: Db,
  actor: Actor,
  groupId: string,
  periodeId: string | undefined,
  now: Date,
): Promise<GroupSectionResponse> {
  const { group, periods, periode, index } = await requireGroupPeriod(db, actor, groupId, periodeId, now);
  const base = {
    periode: { id: periode.id, name: periode.name },
    abilities: abilitiesAt(actor, group.school_id),
  };
  const own = await findGroupSection(db, group.id, periode.id);
  if (own) return { ...base, section: sectionOf(own), carriedFrom: null };
  const previous = await predecessorOf(db, group, periods, index);
  const earlier = previous && (await findGroupSection(db, previous.groepId, previous.periodeId));
  if (!previous || !earlier || !hasText(earlier)) return { ...base, section: EMPTY, carriedFrom: null };
  const name = (await findPeriodName(db, previous.periodeId))?.name ?? '';
  return {
    ...base,
    // Version 0: saving it (or confirming it as it is) makes it this period's section.
    section: { ...sectionOf(earlier), version: 0 },
    carriedFrom: { periodeId: previous.periodeId, name, groupName: previous.groupName },
  };
}

export async function saveGroupSection(
  db: Db,
  actor: Actor,
  groupId: string,
  input: SaveGroupSectionBody,
  now: Date,
): Promise<SavedGroupSection> {
  const { group, periode } = await requireGroupPeriod(db, actor, groupId, input.periodeId, now, {
    permission: 'groepsoverzicht.write',
    field: 'periodeId',
  });
  const values = {
    groep_vraagt: input.groepVraagt,
    groepsfactoren: input.groepsfactoren,
    leerkracht_behoeften: input.leerkrachtBehoeften,
    updated_by: actor.userId,
    updated_at: now.toISOString(),
  };
  // Read with the connection at hand: on SQLite a read through `db` inside the transaction would wait.
  const refuse = async (from: Db) => {
    const current = await findGroupSection(from, group.id, periode.id);
    return conflict(
      `${current?.author ?? 'Iemand anders'} heeft dit deel van het groepsoverzicht intussen ook gewijzigd. Bekijk de andere tekst; die van jou is niet weg.`,
      current ? sectionOf(current) : EMPTY,
    );
  };
  try {
    await db.transaction().execute(async (trx) => {
      if (input.version === 0) {
        await insertGroupSection(trx, {
          id: newId(now.getTime()),
          groep_id: group.id,
          periode_id: periode.id,
          version: 1,
          ...values,
        });
      } else {
        const key = { groupId: group.id, periodeId: periode.id, version: input.version };
        const updated = await updateGroupSectionAtVersion(trx, key, {
          ...values,
          version: input.version + 1,
        });
        if (updated === 0) throw await refuse(trx);
      }
      await audit(trx, now, {
        userId: actor.userId,
        action: 'groepsoverzicht.groep.update',
        entity: 'groep',
        entityId: group.id,
        schoolId: group.school_id,
        details: { periode: periode.id, version: input.version + 1 },
      });
    });
  } catch (error) {
    // Two first saves at the same moment: the second finds the section the first one just created.
    if (isUniqueViolation(error)) throw await refuse(db);
    throw error;
  }
  const saved = await findGroupSection(db, group.id, periode.id);
  return saved ? sectionOf(saved) : EMPTY;
}
