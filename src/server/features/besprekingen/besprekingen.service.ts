/**
 * The school's besprekingen: the list per schooljaar (a leerkracht sees those of their groups and
 * pupils), a new one, and the jaarplanning: the IB fills in a date per group and period once, and each
 * cell becomes a groepsbespreking (or moves the one already planned there).
 */
import { currentSchooljaar, schooljaarOfDate } from '../../../domain/schooljaar';
import { audit } from '../../audit';
import { abilitiesAt, requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { BesprekingKind, BesprekingStatus } from '../../db/schema';
import { findGroupInScope } from '../groups/groups.queries';
import { periodsOf, type Periode } from '../periods/periods';
import { findPupilInScope } from '../pupils/pupils.queries';
import { invalidField } from '../zorg/invalid-field';
import { findGroupsOfSchoolYear, findSchooljarenOfSchool } from './agenda.queries';
import { besprekingDetail } from './bespreking-detail';
import { presentSummary } from './bespreking-present';
import { insertPlannedBespreking } from './bespreking-insert';
import { defaultDeelnemers, resolveDeelnemers } from './deelnemers';
import { findBespreking, findBesprekingenOfSchool } from './besprekingen.queries';
import type { NewBesprekingBody } from './besprekingen.schema';

export async function schooljaarChoice(db: Db, schoolId: string, asked: string | undefined, now: Date) {
  const schooljaren = (await findSchooljarenOfSchool(db, schoolId)).map((s) => s.name);
  if (asked && !schooljaren.includes(asked)) throw invalidField('schooljaar', 'onbekend schooljaar');
  return { schooljaren, schooljaar: asked ?? currentSchooljaar(schooljaren, now) };
}

/** The list as the page and the jaarplanning need it, without the audit row (the caller writes one). */
export async function besprekingList(
  db: Db,
  actor: Actor,
  schoolId: string,
  filter: {
    schooljaar: string;
    schooljaren: string[];
    kind?: BesprekingKind | undefined;
    status?: BesprekingStatus | undefined;
  },
  now: Date,
) {
  const periods = await periodsOf(db, schoolId, filter.schooljaar, now);
  const [rows, groups] = await Promise.all([
    findBesprekingenOfSchool(db, actor, schoolId, filter),
    findGroupsOfSchoolYear(db, actor, schoolId, filter.schooljaar),
  ]);
  return {
    schooljaar: filter.schooljaar,
    schooljaren: filter.schooljaren,
    besprekingen: rows.map(presentSummary),
    periods: periods.map((p) => ({
      id: p.id,
      name: p.name,
      volgnummer: p.volgnummer,
      startDate: p.start_date,
      endDate: p.end_date,
      closingKind: p.closing_kind,
    })),
    groups: groups.map((g) => ({ id: g.id, name: g.name, jaargroep: g.jaargroep })),
    abilities: abilitiesAt(actor, schoolId),
  };
}

export async function listBesprekingen(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: {
    schooljaar?: string | undefined;
    kind?: BesprekingKind | undefined;
    status?: BesprekingStatus | undefined;
  },
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'zorg.read');
  const { schooljaar, schooljaren } = await schooljaarChoice(db, schoolId, query.schooljaar, now);
  // The route layer audits the read (http/audit-reads.ts).
  return db
    .transaction()
    .execute((trx) => besprekingList(trx, actor, schoolId, { ...query, schooljaar, schooljaren }, now));
}

/** The period that holds the day, if any. */
export const periodOfDay = (periods: readonly Periode[], day: string) =>
  periods.find((p) => p.start_date <= day && day <= p.end_date) ?? null;

/** The group or pupil the new bespreking is about, with its schooljaar and period, checked. */
async function targetOf(db: Db, actor: Actor, schoolId: string, input: NewBesprekingBody, now: Date) {
  if (input.kind === 'groepsbespreking') {
    const group = await findGroupInScope(db, actor, input.groepId ?? '');
    if (group?.school_id !== schoolId) throw invalidField('groepId', 'onbekende groep');
    const periods = await periodsOf(db, schoolId, group.schooljaar, now);
    const periode = input.periodeId
      ? periods.find((p) => p.id === input.periodeId)
      : (periodOfDay(periods, input.plannedOn) ?? periods.at(-1));
    if (!periode) throw invalidField('periodeId', 'hoort niet bij het schooljaar van de groep');
    return { groepId: group.id, leerlingId: null, schooljaar: group.schooljaar, periodeId: periode.id };
  }
  const pupil = await findPupilInScope(db, actor, input.leerlingId ?? '');
  if (pupil?.school_id !== schoolId) throw invalidField('leerlingId', 'onbekende leerling');
  const schooljaar = schooljaarOfDate(input.plannedOn);
  const periods = await periodsOf(db, schoolId, schooljaar, now);
  const periode = input.periodeId
    ? periods.find((p) => p.id === input.periodeId)
    : periodOfDay(periods, input.plannedOn);
  if (input.periodeId && !periode)
    throw invalidField('periodeId', 'hoort niet bij het schooljaar van de datum');
  return { groepId: null, leerlingId: pupil.id, schooljaar, periodeId: periode?.id ?? null };
}

export async function createBespreking(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: NewBesprekingBody,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'zorg.write');
  const target = await targetOf(db, actor, schoolId, input, now);
  const people = input.deelnemers
    ? await resolveDeelnemers(db, schoolId, target.leerlingId, input.deelnemers)
    : await defaultDeelnemers(db, actor, { kind: input.kind, ...target });
  const id = newId(now.getTime());
  return db.transaction().execute(async (trx) => {
    await insertPlannedBespreking(
      trx,
      actor,
      now,
      { id, schoolId, kind: input.kind, plannedOn: input.plannedOn, ...target },
      people,
    );
    await audit(trx, now, {
      userId: actor.userId,
      action: 'bespreking.create',
      entity: 'bespreking',
      entityId: id,
      leerlingId: target.leerlingId,
      schoolId,
      details: { kind: input.kind, deelnemers: people.length },
    });
    const row = await findBespreking(trx, id);
    if (!row) throw new Error('the new bespreking is gone');
    return besprekingDetail(trx, actor, row, now);
  });
}
