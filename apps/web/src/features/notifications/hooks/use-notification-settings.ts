import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DeliveryView,
  EndpointInput,
  EndpointView,
  OutboxView,
  PrefsResponse,
  SmtpInput,
  SmtpView,
} from '@ungcuu/domain/notifications/notification-settings.schemas.ts';
import type { NotificationPrefs } from '@ungcuu/domain/notifications/preferences.ts';
import { api, apiGet } from '../../../api/client.ts';

const ADMIN = '/api/admin/notifications';

export function usePreferences() {
  return useQuery({
    queryKey: ['notification-prefs'],
    queryFn: ({ signal }) => apiGet<PrefsResponse>('/api/notifications/preferences', undefined, signal),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (prefs: NotificationPrefs) =>
      api<PrefsResponse>('PUT', '/api/notifications/preferences', { body: prefs }),
    onSuccess: (data) => client.setQueryData(['notification-prefs'], data),
  });
}

export function useSmtp() {
  return useQuery({
    queryKey: ['notification-admin', 'smtp'],
    queryFn: ({ signal }) => apiGet<SmtpView>(`${ADMIN}/smtp`, undefined, signal),
  });
}

export function useEscalation() {
  return useQuery({
    queryKey: ['notification-admin', 'escalation'],
    queryFn: ({ signal }) => apiGet<{ minutes: number }>(`${ADMIN}/escalation`, undefined, signal),
  });
}

export function useEndpoints() {
  return useQuery({
    queryKey: ['notification-admin', 'endpoints'],
    queryFn: ({ signal }) => apiGet<{ items: EndpointView[] }>(`${ADMIN}/endpoints`, undefined, signal),
  });
}

export function useEndpointLog(id: string | null) {
  return useQuery({
    queryKey: ['notification-admin', 'log', id],
    enabled: !!id,
    queryFn: ({ signal }) =>
      apiGet<{ items: DeliveryView[] }>(`${ADMIN}/endpoints/${id}/deliveries`, undefined, signal),
  });
}

export function useAdminMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['notification-admin'] });
  return {
    saveSmtp: useMutation({
      mutationFn: (body: SmtpInput) => api<SmtpView>('PUT', `${ADMIN}/smtp`, { body }),
      onSuccess: refresh,
    }),
    saveEscalation: useMutation({
      mutationFn: (minutes: number) =>
        api<{ minutes: number }>('PUT', `${ADMIN}/escalation`, { body: { minutes } }),
      onSuccess: refresh,
    }),
    saveEndpoint: useMutation({
      mutationFn: ({ id, body }: { id: string | null; body: EndpointInput }) =>
        id
          ? api<EndpointView>('PUT', `${ADMIN}/endpoints/${id}`, { body })
          : api<EndpointView>('POST', `${ADMIN}/endpoints`, { body }),
      onSuccess: refresh,
    }),
    removeEndpoint: useMutation({
      mutationFn: (id: string) => api<{ ok: boolean }>('DELETE', `${ADMIN}/endpoints/${id}`),
      onSuccess: refresh,
    }),
    /** Queues a test and follows it until delivered or failed (the worker usually answers within a second). */
    sendTest: useMutation({
      mutationFn: async (target: { endpointId?: string; email?: string }): Promise<OutboxView> => {
        const { outboxId } = await api<{ outboxId: string }>('POST', `${ADMIN}/test`, { body: target });
        let status = await apiGet<OutboxView>(`${ADMIN}/outbox/${outboxId}`);
        for (let i = 0; i < 20 && (status.status === 'pending' || status.status === 'sending'); i++) {
          await new Promise((r) => setTimeout(r, 500));
          status = await apiGet<OutboxView>(`${ADMIN}/outbox/${outboxId}`);
        }
        return status;
      },
      onSuccess: refresh,
    }),
  };
}
