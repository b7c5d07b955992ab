/** Queries and changes for the HGW cycle, the groepsplannen and the periods. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from './client';
import { queryKeys } from './keys';
import { withQuery } from './query-string';
import type { GroupCycle, PeriodInput, Periods, PlanContent, PlanDetail, SchoolCycle } from './types';

export const useGroupCycle = (groupId: string, periode: string | null) =>
  useQuery({
    queryKey: queryKeys.groupCycle(groupId, periode),
    queryFn: () => get<GroupCycle>(withQuery(`/groups/${groupId}/cycle`, { periode })),
    placeholderData: (previous) => previous,
  });

export const useSchoolCycle = (schoolId: string, schooljaar: string | null, volgnummer: string | null) =>
  useQuery({
    queryKey: queryKeys.schoolCycle(schoolId, schooljaar, volgnummer),
    queryFn: () => get<SchoolCycle>(withQuery(`/schools/${schoolId}/cycle`, { schooljaar, volgnummer })),
    placeholderData: (previous) => previous,
  });

export function useMarkStep(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { stap: number; periodeId: string; done: boolean }) =>
      put<GroupCycle>(`/groups/${groupId}/cycle/${input.stap}`, {
        periodeId: input.periodeId,
        done: input.done,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.cycleAll }),
  });
}

export function useCreatePlan(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      periodeId: string;
      vak: string;
      vorm: 'groepsplan' | 'blokplan';
      copyPrevious?: boolean;
    }) => post<PlanDetail>(`/groups/${groupId}/plans`, input),
    onSuccess: (plan) => {
      client.setQueryData(queryKeys.plan(plan.id), plan);
      void client.invalidateQueries({ queryKey: queryKeys.cycleAll });
    },
  });
}

export const usePlan = (planId: string) =>
  useQuery({ queryKey: queryKeys.plan(planId), queryFn: () => get<PlanDetail>(`/plans/${planId}`) });

/** The plan's content, naming the version it builds on; a 409 carries the plan as someone else saved it. */
export const savePlanContent = (planId: string, content: PlanContent, version: number) =>
  put<PlanDetail>(`/plans/${planId}`, { version, content });

/**
 * Recording ("vastleggen"), evaluating and making a new version change the whole plan: the page takes
 * the answer as it is.
 */
export function usePlanAction(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { kind: 'evaluate'; version: number; evaluation: PlanDetail['evaluation'] }
        | { kind: 'record' | 'new-version'; version: number },
    ) =>
      input.kind === 'evaluate'
        ? post<PlanDetail>(`/plans/${planId}/evaluation`, {
            version: input.version,
            evaluation: input.evaluation,
          })
        : post<PlanDetail>(`/plans/${planId}/${input.kind}`, { version: input.version }),
    onSuccess: (plan) => {
      client.setQueryData(queryKeys.plan(planId), plan);
      void client.invalidateQueries({ queryKey: queryKeys.cycleAll });
    },
  });
}

export const usePeriods = (schoolId: string, schooljaar: string | null) =>
  useQuery({
    queryKey: queryKeys.periods(schoolId, schooljaar ?? ''),
    queryFn: () => get<Periods>(withQuery(`/schools/${schoolId}/periods`, { schooljaar })),
    enabled: schooljaar !== null,
  });

export function useSavePeriods(schoolId: string, schooljaar: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (periods: PeriodInput[]) =>
      put<Periods>(withQuery(`/schools/${schoolId}/periods`, { schooljaar }), { periods }),
    onSuccess: (data) => {
      client.setQueryData(queryKeys.periods(schoolId, schooljaar), data);
      void client.invalidateQueries({ queryKey: queryKeys.cycleAll });
      void client.invalidateQueries({ queryKey: queryKeys.groupsAll });
    },
  });
}
