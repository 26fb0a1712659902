import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiGet } from '../../../api/client.ts';
import type { IntakeSettings } from '../intake-types.ts';

const SETTINGS_KEY = ['settings', 'intake'] as const;

export function useIntakeSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => apiGet<IntakeSettings>('/api/settings/intake', undefined, signal),
  });
}

export function useSaveIntakeSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: IntakeSettings) =>
      api<IntakeSettings>('PUT', '/api/settings/intake', { body: settings, quiet: true }),
    onSuccess: (saved) => client.setQueryData(SETTINGS_KEY, saved),
  });
}
