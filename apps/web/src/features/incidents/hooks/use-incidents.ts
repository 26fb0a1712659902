import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OpenItems } from '@ungcuu/domain/incidents/closure.ts';
import type {
  AssignInput,
  IncidentPatch,
  IncidentReportInput,
  TransitionInput,
} from '@ungcuu/domain/incidents/schemas.ts';
import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type { Acknowledgement, IncidentDetail, IncidentSummary, SavedFilter } from '../incident-types.ts';
import { type IncidentFilters, listQueryString } from './incident-filters.ts';

// Query keys: ['incidents', …] for lists, ['incident', id, …] for one incident and what hangs off it,
// so that the server's change events (app/realtime.ts) refresh them by prefix.

export function useIncidentList(filters: IncidentFilters, limit: number, offset: number) {
  const qs = listQueryString(filters, limit, offset);
  return useQuery({
    queryKey: ['incidents', 'list', qs],
    queryFn: ({ signal }) => apiGet<Page<IncidentSummary>>(`/api/incidents?${qs}`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

/** Ids of the incidents matching the filters that have overdue tasks (the list rows carry no deadline). */
export function useOverdueIds(filters: IncidentFilters) {
  const qs = listQueryString({ ...filters, overdue: true }, 200, 0);
  return useQuery({
    queryKey: ['incidents', 'overdue', qs],
    queryFn: ({ signal }) => apiGet<Page<IncidentSummary>>(`/api/incidents?${qs}`, undefined, signal),
    select: (page) => new Set(page.items.map((i) => i.id)),
  });
}

/** A search for picking another incident (duplicate of, merge into, link to). */
export function useIncidentSearch(q: string, excludeId: string) {
  return useQuery({
    queryKey: ['incidents', 'pick', q],
    queryFn: ({ signal }) =>
      apiGet<Page<IncidentSummary>>(
        '/api/incidents',
        { q, limit: 20, offset: 0, sort: 'updated_desc' },
        signal,
      ),
    select: (page) => page.items.filter((i) => i.id !== excludeId),
    placeholderData: keepPreviousData,
  });
}

export function useIncident(id: string) {
  return useQuery({
    queryKey: ['incident', id],
    queryFn: ({ signal }) => apiGet<IncidentDetail>(`/api/incidents/${id}`, undefined, signal),
  });
}

export function useReportIncident() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: IncidentReportInput) =>
      api<Acknowledgement>('POST', '/api/incidents', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['incidents'] }),
  });
}

/** Every change to an incident refreshes its page, the lists and its tasks. */
function useIncidentMutation<V, R = unknown>(id: string, fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['incident', id] }),
        client.invalidateQueries({ queryKey: ['incidents'] }),
        client.invalidateQueries({ queryKey: ['tasks'] }),
      ]);
    },
  });
}

export const usePatchIncident = (id: string) =>
  useIncidentMutation(id, (patch: IncidentPatch) => api('PATCH', `/api/incidents/${id}`, { body: patch }));

export const useClassify = (id: string) =>
  useIncidentMutation(id, (subtype: Subtype) =>
    api('POST', `/api/incidents/${id}/classify`, { body: { subtype } }),
  );

export const useTransition = (id: string) =>
  useIncidentMutation(id, (input: TransitionInput) =>
    api('POST', `/api/incidents/${id}/transition`, {
      body: input,
      quiet: ['transition.missing_requirements'],
    }),
  );

/** What closing would settle (unfinished tasks, reports not sent), read when the close dialog opens. */
export function useOpenItems(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['incident', id, 'open-items'],
    queryFn: ({ signal }) => apiGet<OpenItems>(`/api/incidents/${id}/open-items`, undefined, signal),
    enabled,
    staleTime: 0,
  });
}

export const useAssign = (id: string) =>
  useIncidentMutation(id, (input: AssignInput) =>
    api('POST', `/api/incidents/${id}/assign`, { body: input }),
  );

export const useDeadlineDone = (id: string) =>
  useIncidentMutation(id, ({ code, doneAt }: { code: string; doneAt: string }) =>
    api('POST', `/api/incidents/${id}/deadlines/${encodeURIComponent(code)}/done`, { body: { doneAt } }),
  );

export const useMerge = (id: string) =>
  useIncidentMutation(id, (intoId: string) =>
    api('POST', `/api/incidents/${id}/merge`, { body: { intoId } }),
  );

export const useSplit = (id: string) =>
  useIncidentMutation(id, (input: { title: string; description?: string; taskIds?: string[] }) =>
    api<IncidentSummary>('POST', `/api/incidents/${id}/split`, { body: input }),
  );

export function useSavedFilters() {
  return useQuery({
    queryKey: ['saved-filters'],
    queryFn: ({ signal }) => apiGet<{ items: SavedFilter[] }>('/api/saved-filters', undefined, signal),
    select: (data) => data.items,
  });
}

export function useSaveFilter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; query: Record<string, unknown> }) =>
      api<SavedFilter>('POST', '/api/saved-filters', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['saved-filters'] }),
  });
}

export function useDeleteFilter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/saved-filters/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['saved-filters'] }),
  });
}
