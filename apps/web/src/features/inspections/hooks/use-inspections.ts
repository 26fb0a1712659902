import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InspectionAnswer } from '@ungcuu/domain/inspections/remediation.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type {
  CompareView,
  EvidenceView,
  InspectionDetail,
  InspectionStatus,
  InspectionView,
  RemediationTaskView,
} from '../inspection-types.ts';

// Query keys start with 'inspections'; completing one also changes readiness-related records.

export interface InspectionFilters {
  year: number;
  unitId: string | null;
  status: InspectionStatus | null;
}

export function useInspectionList(filters: InspectionFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: ['inspections', 'list', filters, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<Page<InspectionView>>('/api/inspections', { ...filters, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInspection(id: string) {
  return useQuery({
    queryKey: ['inspections', 'detail', id],
    queryFn: ({ signal }) => apiGet<InspectionDetail>(`/api/inspections/${id}`, undefined, signal),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all(['inspections', 'readiness'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

export interface PlanInput {
  year: number;
  plannedOn: string | null;
  inspectorName?: string | null;
}

export function usePlanInspection() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: PlanInput & { unitId: string }) =>
      api<InspectionDetail>('POST', '/api/inspections', { body: input }),
    onSuccess: invalidate,
  });
}

export function usePlanYear() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { year: number; unitIds: string[]; plannedOn: string | null }) =>
      api<{ year: number; created: number; skipped: number }>('POST', '/api/inspections/plan-year', {
        body: input,
      }),
    onSuccess: invalidate,
  });
}

export function usePatchInspection(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (patch: { plannedOn?: string | null; inspectorName?: string | null }) =>
      api<InspectionDetail>('PATCH', `/api/inspections/${id}`, { body: patch }),
    onSuccess: invalidate,
  });
}

export function useAnswer(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, { answer: InspectionAnswer; note?: string | null }>) =>
      api<InspectionDetail>('PUT', `/api/inspections/${id}/answers`, { body: { answers } }),
    onSuccess: (detail) => {
      client.setQueryData(['inspections', 'detail', id], detail);
      return client.invalidateQueries({ queryKey: ['inspections', 'list'] });
    },
  });
}

export function useUploadEvidence(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemKey, file }: { itemKey: string; file: File }) => {
      const form = new FormData();
      form.append('file', file);
      return api<EvidenceView>(
        'POST',
        `/api/inspections/${id}/items/${encodeURIComponent(itemKey)}/evidence`,
        {
          form,
        },
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['inspections', 'detail', id] }),
  });
}

export function useCompleteInspection(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { conductedOn: string; inspectorName?: string; summary?: string }) =>
      api<InspectionDetail>('POST', `/api/inspections/${id}/complete`, { body: input }),
    onSuccess: invalidate,
  });
}

export interface RemediationFilters {
  unitId: string | null;
  inspectionId?: string | null;
  status: 'open' | 'done' | null;
  overdue: boolean | null;
}

export function useRemediationList(filters: RemediationFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: ['inspections', 'remediation', filters, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<Page<RemediationTaskView>>('/api/remediation-tasks', { ...filters, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMarkDone() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api<RemediationTaskView>('POST', `/api/remediation-tasks/${id}/done`, { body: { note } }),
    onSuccess: invalidate,
  });
}

export function useCompare(unitId: string | null, year: number) {
  return useQuery({
    queryKey: ['inspections', 'compare', unitId, year],
    queryFn: ({ signal }) => apiGet<CompareView>('/api/inspections/compare', { unitId, year }, signal),
    enabled: !!unitId,
  });
}
