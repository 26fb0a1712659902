import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { AssessmentAnswers } from '@ungcuu/domain/risks/assessment.ts';
import type { RiskBand, RiskRating } from '@ungcuu/domain/risks/risk-scoring.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type {
  AssessmentView,
  HeatMapView,
  RiskDetail,
  RiskInput,
  RiskStatus,
  RiskView,
} from '../risk-types.ts';

// Query keys start with 'risks' so that the server's change events (app/realtime.ts) refresh them.

export interface RiskFilters {
  unitId: string | null;
  systemId: string | null;
  band: RiskBand | null;
  subtype: Subtype | null;
  status: RiskStatus | null;
  /** A heat-map cell: likelihood and impact. */
  cell: { likelihood: RiskRating; impact: RiskRating } | null;
}

export const NO_RISK_FILTERS: RiskFilters = {
  unitId: null,
  systemId: null,
  band: null,
  subtype: null,
  status: null,
  cell: null,
};

export function useRiskList(filters: RiskFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: ['risks', 'list', filters, limit, offset],
    queryFn: async ({ signal }) => {
      return apiGet<Page<RiskView>>(
        '/api/risks',
        {
          unitId: filters.unitId,
          systemId: filters.systemId,
          band: filters.band,
          subtype: filters.subtype,
          status: filters.status,
          likelihood: filters.cell?.likelihood,
          impact: filters.cell?.impact,
          limit,
          offset,
        },
        signal,
      );
    },
    placeholderData: keepPreviousData,
  });
}

export function useRisk(id: string | null) {
  return useQuery({
    queryKey: ['risks', 'detail', id],
    queryFn: ({ signal }) => apiGet<RiskDetail>(`/api/risks/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useHeatMap(unitId: string | null, includeClosed = false) {
  return useQuery({
    queryKey: ['risks', 'heat-map', unitId, includeClosed],
    queryFn: ({ signal }) =>
      apiGet<HeatMapView>(
        '/api/risks/heat-map',
        { unitId, includeClosed: includeClosed || undefined },
        signal,
      ),
  });
}

export function useSaveRisk() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: RiskInput }) => {
      if (!id) return api<RiskView>('POST', '/api/risks', { body: input });
      const { systemId: _systemId, ...patch } = input;
      return api<RiskView>('PATCH', `/api/risks/${id}`, { body: patch, query: { version } });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['risks'] }),
  });
}

export function useDeleteRisk() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/risks/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['risks'] }),
  });
}

export function useAssessment(systemId: string) {
  return useQuery({
    queryKey: ['risks', 'assessment', systemId],
    queryFn: ({ signal }) => apiGet<AssessmentView>(`/api/systems/${systemId}/assessment`, undefined, signal),
  });
}

export function useSaveAssessment(systemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { answers: AssessmentAnswers; complete?: boolean }) =>
      api<AssessmentView>('PUT', `/api/systems/${systemId}/assessment`, { body: input }),
    onSuccess: (view) => {
      client.setQueryData(['risks', 'assessment', systemId], view);
      return client.invalidateQueries({ queryKey: ['risks'] });
    },
  });
}

export function useAcceptSuggested(systemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (subtypes: Subtype[]) =>
      api<{ items: RiskView[]; created: number }>(
        'POST',
        `/api/systems/${systemId}/assessment/accept-risks`,
        {
          body: { subtypes },
        },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['risks'] }),
  });
}
