/** The groepsoverzicht's group section: read per period, saved as the teacher types (autosave). */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  GroupSectionResponse,
  GroupSectionTexts,
  SavedGroupSection,
} from '../../server/features/groepsoverzicht/groepsoverzicht-groep.schema';
import { get, put } from './client';
import { queryKeys } from './keys';
import { withQuery } from './query-string';

export type GroupSection = z.infer<typeof GroupSectionResponse>;
export type GroupSectionSaved = z.infer<typeof SavedGroupSection>;
export type GroupSectionText = z.infer<typeof GroupSectionTexts>;

export const useGroupSection = (groupId: string, periode: string) =>
  useQuery({
    queryKey: queryKeys.groepsoverzichtGroep(groupId, periode),
    queryFn: () => get<GroupSection>(withQuery(`/groups/${groupId}/groepsoverzicht-groep`, { periode })),
  });

/** The section's texts, naming the version they build on (0: not yet saved in this period). */
export const saveGroupSection = (
  at: { groupId: string; periodeId: string },
  texts: GroupSectionText,
  version: number,
) =>
  put<GroupSectionSaved>(`/groups/${at.groupId}/groepsoverzicht-groep`, {
    periodeId: at.periodeId,
    version,
    ...texts,
  });
