/** The start page's to-do list per school. Types come from the server's zod schema, as types only. */
import { useQuery } from '@tanstack/react-query';
import type { TodoItem, TodosResponse } from '../../server/features/home/todos.schema';
import { get } from './client';
import { queryKeys } from './keys';

export type { TodoItem, TodosResponse };

/**
 * What to do next at the school. It sums up many screens (cycle, zorg, OGW), so rather than each change
 * naming it, it is read afresh whenever the start page is shown.
 */
export const useTodos = (schoolId: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.todos(schoolId),
    queryFn: () => get<TodosResponse>(`/schools/${schoolId}/todos`),
    staleTime: 0,
    refetchOnMount: 'always',
    enabled,
  });
