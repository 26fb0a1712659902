import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitInput, UnitPatch } from '@ungcuu/domain/org/schemas.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page, Unit } from '../../../api/types.ts';

export interface UnitListParams {
  q?: string;
  type?: UnitType | null;
  includeArchived?: boolean;
  limit: number;
  offset: number;
}

export function useUnitList(params: UnitListParams) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['units', 'list', params],
    queryFn: async ({ signal }) => {
      const page = await apiGet<Page<Unit>>('/api/units', { ...params }, signal);
      // Rows seed the per-unit cache so that unit names elsewhere need no request of their own.
      for (const unit of page.items) client.setQueryData(['units', 'detail', unit.id], unit);
      return page;
    },
    placeholderData: keepPreviousData,
  });
}

export function useUnit(id: string | null | undefined) {
  return useQuery({
    queryKey: ['units', 'detail', id],
    queryFn: ({ signal }) => api<Unit>('GET', `/api/units/${id}`, { signal, quiet: true }),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });
}

export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: UnitInput | UnitPatch }) =>
      id
        ? api<Unit>('PATCH', `/api/units/${id}`, { body: input, query: { version }, quiet: true })
        : api<Unit>('POST', '/api/units', { body: input, quiet: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
}

export function useArchiveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Unit>('DELETE', `/api/units/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
}
