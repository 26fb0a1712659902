import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  InformationSystemInput,
  SecurityLevelOrUnclassified,
  SystemKind,
} from '@ungcuu/domain/systems/system.ts';
import { api, apiGet, type Query } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type { AtRiskView, DependenciesView, SystemImportReport, SystemView } from '../system-types.ts';

// Query keys start with 'systems' so that the server's change events (app/realtime.ts) refresh them.

export interface SystemFilters {
  q: string;
  unitId: string | null;
  level: SecurityLevelOrUnclassified | null;
  kind: SystemKind | null;
  critical: boolean | null;
}

export const NO_SYSTEM_FILTERS: SystemFilters = {
  q: '',
  unitId: null,
  level: null,
  kind: null,
  critical: null,
};

export function systemQuery(filters: SystemFilters): Query {
  return {
    q: filters.q || undefined,
    unitId: filters.unitId,
    level: filters.level,
    kind: filters.kind,
    critical: filters.critical,
  };
}

export function useSystemList(filters: SystemFilters, limit: number, offset: number) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['systems', 'list', filters, limit, offset],
    queryFn: async ({ signal }) => {
      const page = await apiGet<Page<SystemView>>(
        '/api/systems',
        { ...systemQuery(filters), limit, offset },
        signal,
      );
      for (const s of page.items) client.setQueryData(['systems', 'detail', s.id], s);
      return page;
    },
    placeholderData: keepPreviousData,
  });
}

export function useSystem(id: string | null | undefined) {
  return useQuery({
    queryKey: ['systems', 'detail', id],
    queryFn: ({ signal }) => api<SystemView>('GET', `/api/systems/${id}`, { signal, quiet: ['not_found'] }),
    enabled: !!id,
    staleTime: 60_000,
  });
}

/** Risks and readiness read the inventory too: a change there refreshes them. */
function useInvalidateInventory() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      ['systems', 'risks', 'readiness'].map((key) => client.invalidateQueries({ queryKey: [key] })),
    );
}

export function useSaveSystem() {
  const invalidate = useInvalidateInventory();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: InformationSystemInput }) =>
      id
        ? api<SystemView>('PATCH', `/api/systems/${id}`, { body: input, query: { version } })
        : api<SystemView>('POST', '/api/systems', { body: input }),
    onSuccess: invalidate,
  });
}

export function useArchiveSystem() {
  const invalidate = useInvalidateInventory();
  return useMutation({
    mutationFn: (id: string) => api<SystemView>('DELETE', `/api/systems/${id}`),
    onSuccess: invalidate,
  });
}

export function useDependencies(id: string) {
  return useQuery({
    queryKey: ['systems', 'dependencies', id],
    queryFn: ({ signal }) => apiGet<DependenciesView>(`/api/systems/${id}/dependencies`, undefined, signal),
  });
}

export function useAtRisk(id: string) {
  return useQuery({
    queryKey: ['systems', 'at-risk', id],
    queryFn: ({ signal }) => apiGet<AtRiskView>(`/api/systems/${id}/at-risk`, undefined, signal),
  });
}

export function useAddDependency(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { dependsOnId: string; note?: string }) =>
      api('POST', `/api/systems/${id}/dependencies`, { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['systems'] }),
  });
}

export function useRemoveDependency(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (dependsOnId: string) => api('DELETE', `/api/systems/${id}/dependencies/${dependsOnId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['systems'] }),
  });
}

/** Checks (dry run) or imports an inventory spreadsheet; a refused import carries the same report. */
export function importSystems(file: File, dryRun: boolean): Promise<SystemImportReport> {
  const form = new FormData();
  form.append('file', file);
  return api<SystemImportReport>('POST', '/api/systems/import', {
    form,
    query: { dryRun },
    quiet: ['import.has_errors'],
  });
}
