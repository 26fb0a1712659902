import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiGet } from '../../../api/client.ts';
import type { IntakeSettings, PublicAcknowledgement, PublicReportInput } from '../intake-types.ts';

const SETTINGS_KEY = ['settings', 'intake'] as const;

/** Files a report without a session; errors are shown in the form (disabled, throttled), not as toasts. */
export function usePublicReport() {
  return useMutation({
    mutationFn: (input: PublicReportInput) =>
      api<PublicAcknowledgement>('POST', '/api/public/incidents', { body: input, quiet: true }),
  });
}

/** Whether the public form is open (public endpoint), so the page can say so before anyone types. */
export function usePublicIntakeStatus() {
  return useQuery({
    queryKey: ['public', 'intake'],
    queryFn: ({ signal }) => apiGet<{ enabled: boolean }>('/api/public/intake', undefined, signal),
  });
}

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
