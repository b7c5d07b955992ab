/** An afspraak row as the API shows it, with what the reader may do with it. */
import type { Actor } from '../../auth/permissions';
import { fullName } from '../../../shared/names';
import type { AfspraakRow } from './afspraken.queries';
import { mayChangeStatus, mayEditAfspraak } from './afspraken.policy';
import type { Afspraak } from './afspraken.schema';

export function presentAfspraak(actor: Actor, row: AfspraakRow, today: string): Afspraak {
  return {
    id: row.id,
    schoolId: row.school_id,
    text: row.text,
    owner: { id: row.owner_user_id, name: row.owner_name },
    deadline: row.deadline,
    status: row.status,
    overdue: row.status === 'open' && row.deadline !== null && row.deadline < today,
    bespreking:
      row.bespreking_id && row.bespreking_kind && row.bespreking_planned_on
        ? { id: row.bespreking_id, kind: row.bespreking_kind, plannedOn: row.bespreking_planned_on }
        : null,
    group: row.groep_id && row.groep_name ? { id: row.groep_id, name: row.groep_name } : null,
    pupil:
      row.leerling_id && row.achternaam
        ? {
            id: row.leerling_id,
            name: fullName({
              roepnaam: row.roepnaam,
              voorvoegsel: row.voorvoegsel,
              achternaam: row.achternaam,
            }),
          }
        : null,
    link: row.link_kind && row.link_id ? { kind: row.link_kind, id: row.link_id } : null,
    version: row.version,
    createdBy: row.created_by_name,
    createdAt: row.created_at,
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    mayEdit: mayEditAfspraak(actor, row),
    mayChangeStatus: mayChangeStatus(actor, row),
  };
}

export const todayOf = (now: Date) => now.toISOString().slice(0, 10);
