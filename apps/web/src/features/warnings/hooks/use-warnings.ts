import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TargetOutcome, WarningStatus } from '@ungcuu/domain/warnings/warning.ts';
import type { TargetingPreviewInput } from '@ungcuu/domain/warnings/warning-api.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type {
  SystemProductInput,
  SystemProductView,
  TargetPreview,
  UnitCompliance,
  WarningCompliance,
  WarningDetail,
  WarningDraft,
  WarningPatch,
  WarningSummary,
  WarningTimeline,
} from '../warning-types.ts';

// Query keys start with 'warnings' (or 'system-products') so that change events refresh them.

export interface WarningFilters {
  status: WarningStatus | null;
}

export function useWarningList(filters: WarningFilters, q: string, limit: number, offset: number) {
  return useQuery({
    queryKey: ['warnings', 'list', filters, q, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<Page<WarningSummary>>('/api/warnings', { ...filters, q: q || null, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWarning(id: string) {
  return useQuery({
    queryKey: ['warnings', 'one', id],
    queryFn: ({ signal }) => apiGet<WarningDetail>(`/api/warnings/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useCompliance(
  id: string,
  status: string | null,
  limit: number,
  offset: number,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['warnings', 'compliance', id, status, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<WarningCompliance>(`/api/warnings/${id}/compliance`, { status, limit, offset }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useWarningTimeline(id: string) {
  return useQuery({
    queryKey: ['warnings', 'timeline', id],
    queryFn: ({ signal }) => apiGet<WarningTimeline>(`/api/warnings/${id}/timeline`, undefined, signal),
  });
}

export function useUnitWarnings(unitId: string | null, limit: number, offset: number) {
  return useQuery({
    queryKey: ['warnings', 'unit', unitId, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<UnitCompliance>(`/api/units/${unitId}/warnings`, { limit, offset }, signal),
    enabled: !!unitId,
    placeholderData: keepPreviousData,
  });
}

export function useTargetPreview(input: TargetingPreviewInput | null) {
  return useQuery({
    queryKey: ['warnings', 'preview', input],
    queryFn: ({ signal }) =>
      api<TargetPreview>('POST', '/api/warnings/targeting-preview', { body: input, signal, quiet: true }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['warnings'] });
}

export function useSaveWarning(id?: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: WarningDraft | WarningPatch) =>
      id
        ? api<WarningDetail>('PATCH', `/api/warnings/${id}`, { body: input })
        : api<WarningDetail>('POST', '/api/warnings', { body: input }),
    onSuccess: invalidate,
  });
}

/** A new draft from a file: a CVE record (`cve`) or a MISP event / STIX 2.1 bundle (`shared`). */
function useImportFile(kind: 'cve' | 'shared') {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api<WarningDetail>('POST', `/api/warnings/import/${kind}`, { form });
    },
    onSuccess: invalidate,
  });
}

export const useImportCve = () => useImportFile('cve');
export const useImportShared = () => useImportFile('shared');

export function useWarningAction(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (action: 'publish' | 'close' | 'acknowledge' | 'delete') =>
      action === 'delete'
        ? api('DELETE', `/api/warnings/${id}`)
        : api('POST', `/api/warnings/${id}/${action}`),
    onSuccess: invalidate,
  });
}

export function useRespond(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { outcome: TargetOutcome; note?: string }) =>
      api('POST', `/api/warnings/${id}/respond`, { body: input }),
    onSuccess: invalidate,
  });
}

export function useUploadWarningFile(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api('POST', `/api/warnings/${id}/files`, { form });
    },
    onSuccess: invalidate,
  });
}

// ---- Inventory products (system detail page) ----

export function useSystemProducts(systemId: string) {
  return useQuery({
    queryKey: ['system-products', systemId],
    queryFn: ({ signal }) =>
      apiGet<{ items: SystemProductView[] }>(`/api/systems/${systemId}/products`, undefined, signal),
  });
}

export function useSystemProductMutations(systemId: string) {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: ['system-products', systemId] });
  return {
    add: useMutation({
      mutationFn: (input: SystemProductInput) =>
        api<SystemProductView>('POST', `/api/systems/${systemId}/products`, { body: input }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api('DELETE', `/api/system-products/${id}`),
      onSuccess,
    }),
  };
}
