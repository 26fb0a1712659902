import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TaskInput, TaskPatch } from '@ungcuu/domain/incidents/schemas.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type { MyTask, Task, TaskAction, TaskStatus } from '../../incidents/incident-types.ts';

// Query keys start with 'tasks' so that task and incident change events refresh them (app/realtime.ts).

export function useIncidentTasks(incidentId: string) {
  return useQuery({
    queryKey: ['tasks', 'incident', incidentId],
    queryFn: ({ signal }) =>
      apiGet<{ items: Task[] }>(`/api/incidents/${incidentId}/tasks`, undefined, signal),
    select: (data) => data.items,
  });
}

export function useMyTasks(status: readonly TaskStatus[], limit: number, offset: number) {
  const params = new URLSearchParams();
  for (const s of status) params.append('status', s);
  params.set('limit', String(limit));
  params.set('offset', String(offset));
  const qs = params.toString();
  return useQuery({
    queryKey: ['tasks', 'mine', qs],
    queryFn: ({ signal }) => apiGet<Page<MyTask>>(`/api/tasks/mine?${qs}`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

/** A task change also writes the incident's timeline: refresh both. */
function useTaskMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['tasks'] }),
        client.invalidateQueries({ queryKey: ['incident'] }),
        client.invalidateQueries({ queryKey: ['incidents'] }),
      ]);
    },
  });
}

export const useCreateTask = (incidentId: string) =>
  useTaskMutation((input: TaskInput) =>
    api<Task>('POST', `/api/incidents/${incidentId}/tasks`, { body: input }),
  );

export const usePatchTask = () =>
  useTaskMutation(({ id, patch }: { id: string; patch: TaskPatch }) =>
    api<Task>('PATCH', `/api/tasks/${id}`, { body: patch }),
  );

export const useRespondTask = () =>
  useTaskMutation(
    ({ id, action, reason, note }: { id: string; action: TaskAction; reason?: string; note?: string }) =>
      api<Task>('POST', `/api/tasks/${id}/respond`, { body: { action, reason, note } }),
  );
