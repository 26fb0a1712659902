import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccuracyReport,
  ClassifierStatus,
  SimilarIncidents,
} from '@ungcuu/domain/incidents/classifier-schemas.ts';
import { api, apiGet } from '../../../api/client.ts';

const KEY = ['classifier'] as const;

export function useClassifierStatus() {
  return useQuery({
    queryKey: [...KEY, 'status'],
    queryFn: ({ signal }) => apiGet<ClassifierStatus>('/api/classifier/status', undefined, signal),
  });
}

export function useClassifierAccuracy() {
  return useQuery({
    queryKey: [...KEY, 'accuracy'],
    queryFn: ({ signal }) => apiGet<AccuracyReport>('/api/classifier/accuracy', undefined, signal),
  });
}

function useClassifierAction(path: 'retrain' | 'rollback') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<ClassifierStatus>('POST', `/api/classifier/${path}`),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
export const useRetrain = () => useClassifierAction('retrain');
export const useRollback = () => useClassifierAction('rollback');

/** Incidents like this one (its page) that the caller may see. */
export function useSimilarIncidents(incidentId: string) {
  return useQuery({
    queryKey: ['incident', incidentId, 'similar'],
    queryFn: ({ signal }) =>
      apiGet<SimilarIncidents>(`/api/incidents/${incidentId}/similar`, undefined, signal),
    select: (data) => data.items,
  });
}

/** Incidents like the report being written (intake); asks only once the text says something. */
export function useSimilarToDraft(draft: { title: string; description: string; systemId: string | null }) {
  const enough = `${draft.title} ${draft.description}`.trim().length >= 12;
  return useQuery({
    queryKey: ['incidents', 'similar-draft', draft],
    queryFn: ({ signal }) =>
      api<SimilarIncidents>('POST', '/api/incidents/similar', {
        body: {
          title: draft.title.slice(0, 300),
          description: draft.description.slice(0, 20_000),
          ...(draft.systemId ? { systemId: draft.systemId } : {}),
        },
        signal,
        quiet: true,
      }),
    select: (data) => data.items,
    enabled: enough,
    staleTime: 30_000,
  });
}
