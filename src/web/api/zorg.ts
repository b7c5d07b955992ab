/**
 * Queries and changes for leerlingzorg: besprekingen (with the jaarplanning and the pupils to discuss),
 * afspraken, and a pupil's care data. Types come from the server's zod schemas, as types only.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Afspraak,
  AfspraakList as AfspraakListSchema,
  MyAfsprakenResponse,
  NewAfspraakBody,
  PatchAfspraakBody,
} from '../../server/features/afspraken/afspraken.schema';
import type {
  BesprekingDetail,
  BesprekingList as BesprekingListSchema,
  DeelnemerInput,
  NewBesprekingBody,
  PlanningBody,
  PlanningResponse,
  PupilsToDiscussResponse,
  RaiseBody,
  SaveBesprekingBody,
} from '../../server/features/besprekingen/besprekingen.schema';
import type {
  BesprekingKindCode,
  BesprekingSummary,
  Decision,
  QuestionCode,
} from '../../server/features/besprekingen/bespreking-summary.schema';
import type { Agenda, GroupAgenda, PupilAgenda } from '../../server/features/besprekingen/agenda.schema';
import type { PupilZorgResponse } from '../../server/features/zorg/zorg.schema';
import { del, get, patch, post, put } from './client';
import { queryKeys } from './keys';
import { withQuery } from './query-string';

export type {
  Afspraak,
  Agenda,
  BesprekingDetail,
  BesprekingKindCode,
  BesprekingSummary,
  Decision,
  DeelnemerInput,
  GroupAgenda,
  PupilAgenda,
  PupilsToDiscussResponse,
  PupilZorgResponse,
  QuestionCode,
};
export type BesprekingList = z.infer<typeof BesprekingListSchema>;
export type PlanningResult = z.infer<typeof PlanningResponse>;
export type AfspraakList = z.infer<typeof AfspraakListSchema>;
export type MyAfspraken = z.infer<typeof MyAfsprakenResponse>;
export type NewBespreking = z.input<typeof NewBesprekingBody>;
export type PlanningInput = z.input<typeof PlanningBody>;
export type SaveBespreking = z.input<typeof SaveBesprekingBody>;
export type RaiseInput = z.input<typeof RaiseBody>;
export type NewAfspraak = z.input<typeof NewAfspraakBody>;
export type AfspraakPatch = z.input<typeof PatchAfspraakBody>;
export type AfspraakStatus = Afspraak['status'];
export type BesprekingStatus = BesprekingSummary['status'];
export type DecisionCode = Decision['code'];
export type Deelnemer = BesprekingDetail['deelnemers'][number];

export interface BesprekingFilter {
  schooljaar: string | null;
  kind: string | null;
  status: string | null;
}

/** After a change: every care list is stale; the bespreking the server answered with is current. */
function refresh(client: QueryClient, detail?: BesprekingDetail) {
  if (detail) client.setQueryData(queryKeys.bespreking(detail.id), detail);
  return client.invalidateQueries({
    queryKey: queryKeys.zorgAll,
    // The bespreking just answered with needs no second read (each read is an audited access).
    predicate: (q) => !detail || q.queryKey[1] !== 'bespreking' || q.queryKey[2] !== detail.id,
  });
}

function useZorgMutation<I, O>(fn: (input: I) => Promise<O>, detailOf?: (output: O) => BesprekingDetail) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (output) => refresh(client, detailOf?.(output)),
  });
}

const asDetail = (detail: BesprekingDetail) => detail;

export const useBesprekingen = (schoolId: string, filter: BesprekingFilter) =>
  useQuery({
    queryKey: queryKeys.besprekingen(schoolId, { ...filter }),
    queryFn: () => get<BesprekingList>(withQuery(`/schools/${schoolId}/besprekingen`, { ...filter })),
    placeholderData: (previous) => previous,
  });

export const useCreateBespreking = (schoolId: string) =>
  useZorgMutation(
    (input: NewBespreking) => post<BesprekingDetail>(`/schools/${schoolId}/besprekingen`, input),
    asDetail,
  );

export const usePlanBesprekingen = (schoolId: string) =>
  useZorgMutation((input: PlanningInput) =>
    post<PlanningResult>(`/schools/${schoolId}/besprekingen/planning`, input),
  );

export const usePupilsToDiscuss = (schoolId: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.pupilsToDiscuss(schoolId),
    queryFn: () => get<PupilsToDiscussResponse>(`/schools/${schoolId}/pupils-to-discuss`),
    enabled,
  });

export const useBespreking = (id: string) =>
  useQuery({
    queryKey: queryKeys.bespreking(id),
    queryFn: () => get<BesprekingDetail>(`/besprekingen/${id}`),
  });

/** The autosave of answers, decision, date and participants; a 409 carries the bespreking as saved. */
export const saveBespreking = (id: string, body: SaveBespreking) =>
  put<BesprekingDetail>(`/besprekingen/${id}`, body);

/** Keeps the page's copy of the bespreking in step with what the autosave stored. */
export function useBesprekingSaved() {
  const client = useQueryClient();
  return (detail: BesprekingDetail) => client.setQueryData(queryKeys.bespreking(detail.id), detail);
}

export const useBesprekingStatus = (id: string) =>
  useZorgMutation(
    (input: { version: number; status: 'gehouden' | 'vastgesteld' }) =>
      post<BesprekingDetail>(`/besprekingen/${id}/status`, input),
    asDetail,
  );

export const useCorrectBespreking = (id: string) =>
  useZorgMutation(
    (input: { version: number; reason: string }) =>
      post<BesprekingDetail>(`/besprekingen/${id}/correction`, input),
    asDetail,
  );

export const useRaisePupil = (id: string) =>
  useZorgMutation(
    (input: RaiseInput) => post<BesprekingDetail>(`/besprekingen/${id}/pupils`, input),
    asDetail,
  );

export const useDropRaisedPupil = (id: string) =>
  useZorgMutation(
    (leerlingId: string) => del<BesprekingDetail>(`/besprekingen/${id}/pupils/${leerlingId}`),
    asDetail,
  );

export const useAfspraken = (schoolId: string, status: AfspraakStatus | null) =>
  useQuery({
    queryKey: queryKeys.afspraken(schoolId, status),
    queryFn: () => get<AfspraakList>(withQuery(`/schools/${schoolId}/afspraken`, { status })),
    placeholderData: (previous) => previous,
  });

export const useCreateAfspraak = (schoolId: string) =>
  useZorgMutation((input: NewAfspraak) => post<Afspraak>(`/schools/${schoolId}/afspraken`, input));

export const usePatchAfspraak = () =>
  useZorgMutation((input: AfspraakPatch & { id: string }) => {
    const { id, ...body } = input;
    return patch<Afspraak>(`/afspraken/${id}`, body);
  });

/** The home page: one's own open afspraken and the coming besprekingen. */
export const useMyAfspraken = (enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.myAfspraken,
    queryFn: () => get<MyAfspraken>('/me/afspraken'),
    enabled,
  });

export const usePupilZorg = (pupilId: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.pupilZorg(pupilId),
    queryFn: () => get<PupilZorgResponse>(`/pupils/${pupilId}/zorg`),
    enabled,
  });
