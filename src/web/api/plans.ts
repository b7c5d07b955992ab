/** Queries and changes for the HGW cycle, the groepsplannen and the periods. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from './client';
import type { GroupCycle, PeriodInput, Periods, PlanDetail, SchoolCycle } from './types';

export const planKeys = {
  groupCycle: (groupId: string, periode: string | null) =>
    ['cycle', 'group', groupId, periode ?? 'huidig'] as const,
  schoolCycle: (schoolId: string, params: string) => ['cycle', 'school', schoolId, params] as const,
  plan: (planId: string) => ['plans', planId] as const,
  periods: (schoolId: string, schooljaar: string) => ['periods', schoolId, schooljaar] as const,
};

const withQuery = (path: string, params: Record<string, string | null | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const text = q.toString();
  return text ? `${path}?${text}` : path;
};

export const useGroupCycle = (groupId: string, periode: string | null) =>
  useQuery({
    queryKey: planKeys.groupCycle(groupId, periode),
    queryFn: () => get<GroupCycle>(withQuery(`/groups/${groupId}/cycle`, { periode })),
    placeholderData: (previous) => previous,
  });

export const useSchoolCycle = (schoolId: string, schooljaar: string | null, volgnummer: string | null) =>
  useQuery({
    queryKey: planKeys.schoolCycle(schoolId, `${schooljaar ?? ''}/${volgnummer ?? ''}`),
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
    onSuccess: () => client.invalidateQueries({ queryKey: ['cycle'] }),
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
      client.setQueryData(planKeys.plan(plan.id), plan);
      void client.invalidateQueries({ queryKey: ['cycle'] });
    },
  });
}

export const usePlan = (planId: string) =>
  useQuery({ queryKey: planKeys.plan(planId), queryFn: () => get<PlanDetail>(`/plans/${planId}`) });

/** Evaluating and making a new version change the whole plan: the page takes the answer as it is. */
export function usePlanAction(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { kind: 'evaluate'; version: number; evaluation: PlanDetail['evaluation'] }
        | { kind: 'new-version'; version: number },
    ) =>
      input.kind === 'evaluate'
        ? post<PlanDetail>(`/plans/${planId}/evaluation`, {
            version: input.version,
            evaluation: input.evaluation,
          })
        : post<PlanDetail>(`/plans/${planId}/new-version`, { version: input.version }),
    onSuccess: (plan) => {
      client.setQueryData(planKeys.plan(planId), plan);
      void client.invalidateQueries({ queryKey: ['cycle'] });
    },
  });
}

export const usePeriods = (schoolId: string, schooljaar: string | null) =>
  useQuery({
    queryKey: planKeys.periods(schoolId, schooljaar ?? ''),
    queryFn: () => get<Periods>(withQuery(`/schools/${schoolId}/periods`, { schooljaar })),
    enabled: schooljaar !== null,
  });

export function useSavePeriods(schoolId: string, schooljaar: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (periods: PeriodInput[]) =>
      put<Periods>(withQuery(`/schools/${schoolId}/periods`, { schooljaar }), { periods }),
    onSuccess: (data) => {
      client.setQueryData(planKeys.periods(schoolId, schooljaar), data);
      void client.invalidateQueries({ queryKey: ['cycle'] });
      void client.invalidateQueries({ queryKey: ['groups'] });
    },
  });
}
