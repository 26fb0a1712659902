import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type { DueLicence, ItemPath, ReadinessSummary, UnitReadiness } from '../readiness-types.ts';

// Query keys start with 'readiness': a change to any record refreshes the scores too.

export interface ItemFilters {
  unitId: string | null;
  kind: string | null;
}

export function useItems<T>(path: ItemPath, filters: ItemFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: ['readiness', 'items', path, filters, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<Page<T>>(
        `/api/readiness/${path}`,
        { unitId: filters.unitId, kind: filters.kind, limit, offset },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useItem<T>(path: ItemPath, id: string | null) {
  return useQuery({
    queryKey: ['readiness', 'item', path, id],
    queryFn: ({ signal }) => apiGet<T>(`/api/readiness/${path}/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useSaveItem<T>(path: ItemPath) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: object }) =>
      id
        ? api<T>('PATCH', `/api/readiness/${path}/${id}`, { body: input, query: { version } })
        : api<T>('POST', `/api/readiness/${path}`, { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['readiness'] }),
  });
}

export function useDeleteItem(path: ItemPath) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/readiness/${path}/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['readiness'] }),
  });
}

export function useReadinessScores(q: string, type: string | null, limit: number, offset: number) {
  return useQuery({
    queryKey: ['readiness', 'scores', q, type, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<Page<UnitReadiness>>('/api/readiness', { q: q || undefined, type, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUnitReadiness(unitId: string) {
  return useQuery({
    queryKey: ['readiness', 'unit', unitId],
    queryFn: ({ signal }) => apiGet<UnitReadiness>(`/api/readiness/units/${unitId}`, undefined, signal),
  });
}

export function useReadinessSummary() {
  return useQuery({
    queryKey: ['readiness', 'summary'],
    queryFn: ({ signal }) => apiGet<ReadinessSummary>('/api/readiness/summary', undefined, signal),
  });
}

export function useDueLicences(days = 30) {
  return useQuery({
    queryKey: ['readiness', 'due-licences', days],
    queryFn: ({ signal }) => apiGet<{ items: DueLicence[] }>('/api/readiness/licences/due', { days }, signal),
    select: (data) => data.items,
  });
}
