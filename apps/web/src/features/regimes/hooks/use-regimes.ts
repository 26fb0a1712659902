import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportingRegime } from '@ungcuu/domain/regimes/regime.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { RegimeItem } from '../regime-types.ts';

const KEY = ['regimes'] as const;

export function useRegimes() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiGet<{ items: RegimeItem[] }>('/api/regimes', undefined, signal),
    select: (data) => data.items,
  });
}

/** Saves a regime (new or replacing the one with its id); refusals are shown in the editor. */
export function useSaveRegime() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (regime: unknown) =>
      api<ReportingRegime>('PUT', '/api/regimes', { body: regime, quiet: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
