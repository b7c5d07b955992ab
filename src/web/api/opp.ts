/**
 * Queries and changes of the ontwikkelingsperspectief (OPP). Every answer is the whole OPP as the
 * server has it then, so the page takes it as it comes; each read is an audited access, so an answer
 * the page already has is never read a second time. Types come from the server's zod schemas.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  EvaluatieVak,
  OppResponse,
  OppVakView,
  VaststellenBlocker,
  VersionEvent,
} from '../../server/features/opp/opp-response.schema';
import type {
  EvaluatieBody,
  NewOppBody,
  NoteBody,
  OppContent,
  OverlegBody,
  StepBody,
} from '../../server/features/opp/opp.schema';
import { get, post, put } from './client';
import { queryKeys } from './keys';

export type { EvaluatieVak, OppContent, OppResponse, OppVakView, VaststellenBlocker, VersionEvent };
export type OppStatus = OppResponse['status'];
export type OppOverleg = OppResponse['overleggen'][number];
export type OverlegOutcome = OppOverleg['outcome'];
export type OppEvaluatie = OppResponse['evaluaties'][number];
export type OppVersion = OppResponse['versions'][number];
export type OppTerm = NonNullable<OppResponse['terms']['vaststelling']>;
export type NewOpp = z.input<typeof NewOppBody>;
export type NewOverleg = z.input<typeof OverlegBody>;
export type OppStepInput = z.input<typeof StepBody>;
export type NewEvaluatie = z.input<typeof EvaluatieBody>;
export type NewNote = z.input<typeof NoteBody>;
export type Uitstroomprofiel = NonNullable<OppContent['uitstroomprofiel']>;
export type OppDoel = OppContent['handelingsdeel']['doelen'][number];

/** Below the care prefix, so a change anywhere in leerlingzorg also refreshes an open OPP. */
export const oppKey = (id: string) => [...queryKeys.zorgAll, 'opp', id] as const;

export const useOpp = (id: string, enabled = true) =>
  useQuery({ queryKey: oppKey(id), queryFn: () => get<OppResponse>(`/opp/${id}`), enabled });

/** The autosave of the content; a 409 carries the OPP as it is now. */
export const saveOppContent = (id: string, content: OppContent, version: number) =>
  put<OppResponse>(`/opp/${id}`, { version, content });

/**
 * After a change of an OPP: its answer is the page's copy; the pupil (OPP mark, signals), the walls
 * and every care list are stale, but not the OPP just answered with (a read is an audited access).
 */
function refresh(client: QueryClient, opp: OppResponse) {
  client.setQueryData(oppKey(opp.id), opp);
  const own = oppKey(opp.id);
  return Promise.all([
    client.invalidateQueries({
      queryKey: queryKeys.zorgAll,
      predicate: (q) => !own.every((part, i) => q.queryKey[i] === part),
    }),
    client.invalidateQueries({ queryKey: queryKeys.pupil(opp.pupil.id) }),
    client.invalidateQueries({ queryKey: queryKeys.datamuurAll }),
    client.invalidateQueries({ queryKey: queryKeys.groupsAll }),
  ]);
}

/** Keeps the page's copy of the OPP in step with what the autosave stored. */
export function useOppSaved() {
  const client = useQueryClient();
  return (opp: OppResponse) => client.setQueryData(oppKey(opp.id), opp);
}

function useOppMutation<I>(fn: (input: I) => Promise<OppResponse>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (opp) => refresh(client, opp) });
}

export const useCreateOpp = (pupilId: string) =>
  useOppMutation((input: NewOpp) => post<OppResponse>(`/pupils/${pupilId}/opp`, input));

export const useRecordOverleg = (id: string) =>
  useOppMutation((input: NewOverleg) => post<OppResponse>(`/opp/${id}/overleg`, input));

export const useOppStep = (id: string) =>
  useOppMutation((input: OppStepInput) => post<OppResponse>(`/opp/${id}/step`, input));

export const useEvaluateOpp = (id: string) =>
  useOppMutation((input: NewEvaluatie) => post<OppResponse>(`/opp/${id}/evaluatie`, input));

export const useAddOppNote = (id: string) =>
  useOppMutation((input: NewNote) => post<OppResponse>(`/opp/${id}/notes`, input));
