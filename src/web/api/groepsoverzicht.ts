/** Changes made from the groepsoverzicht that are not the row editor's own autosave. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from './client';
import { queryKeys } from './keys';
import type { NewObservation, Observation } from './types';

/**
 * An observation recorded (again) from the groepsoverzicht: "klopt nog" repeats an earlier one with
 * today's date, "aanpassen" records a changed one. The overview and the pupil's page both show it.
 */
export function useObserveFromOverview(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { pupilId: string; observation: NewObservation }) =>
      post<{ observation: Observation }>(`/pupils/${input.pupilId}/observations`, input.observation),
    onSuccess: (_, input) => {
      void client.invalidateQueries({ queryKey: queryKeys.groepsoverzichtAll(groupId) });
      void client.invalidateQueries({ queryKey: queryKeys.pupil(input.pupilId) });
    },
  });
}
