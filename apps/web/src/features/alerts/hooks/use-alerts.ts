import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AlertSeverity, AlertSourceKind } from '@ungcuu/domain/alerts/alert.ts';
import type {
  AlertGroupDetail,
  AlertGroupView,
  AlertSourceInput,
  AlertSourceView,
  AlertView,
  MaintenanceInput,
  MaintenancePatch,
  MaintenanceView,
  MapHost,
  SuppressionInput,
  SuppressionPatch,
  SuppressionView,
  UnmappedHost,
  WebhookKind,
} from '@ungcuu/domain/alerts/alerts-api.ts';
import type { TokenCreated } from '@ungcuu/domain/auth/token-api.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';

// Query keys start with 'alerts' so that the server's change events (app/realtime.ts: alert,
// alert_group, alert_source, …) refresh them: the alert list is live without polling.

export interface AlertFilters {
  sourceId: string | null;
  unitId: string | null;
  systemId: string | null;
  severity: AlertSeverity | null;
  /** Groups: open/closed/suppressed; alerts: accepted/suppressed. */
  status: string | null;
  /** ISO instants. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: AlertFilters = {
  sourceId: null,
  unitId: null,
  systemId: null,
  severity: null,
  status: null,
  from: null,
  to: null,
};

type Paging = { limit: number; offset: number };

export function useAlertGroups(filters: AlertFilters, q: string, paging: Paging, enabled = true) {
  const { from: _from, to: _to, ...groupFilters } = filters;
  return useQuery({
    enabled,
    queryKey: ['alerts', 'groups', groupFilters, q, paging],
    queryFn: ({ signal }) =>
      apiGet<Page<AlertGroupView>>('/api/alert-groups', { ...groupFilters, q: q || null, ...paging }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAlerts(
  filters: AlertFilters,
  q: string,
  paging: Paging,
  { groupId, enabled = true }: { groupId?: string; enabled?: boolean } = {},
) {
  return useQuery({
    enabled,
    queryKey: ['alerts', 'list', filters, q, paging, groupId ?? null],
    queryFn: ({ signal }) =>
      apiGet<Page<AlertView>>('/api/alerts', { ...filters, groupId, q: q || null, ...paging }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAlertGroup(id: string) {
  return useQuery({
    queryKey: ['alerts', 'group', id],
    queryFn: ({ signal }) => apiGet<AlertGroupDetail>(`/api/alert-groups/${id}`, undefined, signal),
  });
}

export function useIncidentAlerts(incidentId: string) {
  return useQuery({
    queryKey: ['alerts', 'incident', incidentId],
    queryFn: ({ signal }) =>
      apiGet<{ groups: AlertGroupView[]; items: AlertView[]; total: number }>(
        `/api/incidents/${incidentId}/alerts`,
        { limit: 20, offset: 0 },
        signal,
      ),
  });
}

export function useUnmapped(q: string, paging: Paging) {
  return useQuery({
    queryKey: ['alerts', 'unmapped', q, paging],
    queryFn: ({ signal }) =>
      apiGet<Page<UnmappedHost>>('/api/alert-unmapped', { q: q || null, ...paging }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSuppressions() {
  return useQuery({
    queryKey: ['alerts', 'suppressions'],
    queryFn: ({ signal }) =>
      apiGet<{ items: SuppressionView[] }>('/api/alert-suppressions', undefined, signal),
  });
}

export function useMaintenance(past: boolean) {
  return useQuery({
    queryKey: ['alerts', 'maintenance', past],
    queryFn: ({ signal }) =>
      apiGet<{ items: MaintenanceView[] }>('/api/alert-maintenance', { past: past || null }, signal),
  });
}

export function useAlertSources() {
  return useQuery({
    queryKey: ['alerts', 'sources'],
    queryFn: ({ signal }) => apiGet<{ items: AlertSourceView[] }>('/api/alert-sources', undefined, signal),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['alerts'] });
}

export function useOpenIncident() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, title }: { id: string; title?: string }) =>
      api<AlertGroupView>('POST', `/api/alert-groups/${id}/incident`, { body: title ? { title } : {} }),
    onSuccess: invalidate,
  });
}

export function useCloseGroup() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api<AlertGroupView>('POST', `/api/alert-groups/${id}/close`),
    onSuccess: invalidate,
  });
}

export function useMapHost() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: MapHost) =>
      api<{ remappedAlerts: number; remappedGroups: number }>('POST', '/api/alert-unmapped/map', {
        body: input,
      }),
    onSuccess: invalidate,
  });
}

export function useSaveSuppression() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: SuppressionInput) =>
      api<SuppressionView>('POST', '/api/alert-suppressions', { body: input, quiet: true }),
    onSuccess: invalidate,
  });
}

export function usePatchSuppression() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: SuppressionPatch }) =>
      api<SuppressionView>('PATCH', `/api/alert-suppressions/${id}`, { body: patch, quiet: true }),
    onSuccess: invalidate,
  });
}

export function useDeleteSuppression() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/alert-suppressions/${id}`),
    onSuccess: invalidate,
  });
}

export function useSaveMaintenance() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: MaintenanceInput) =>
      api<MaintenanceView>('POST', '/api/alert-maintenance', { body: input, quiet: true }),
    onSuccess: invalidate,
  });
}

export function usePatchMaintenance() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: MaintenancePatch }) =>
      api<MaintenanceView>('PATCH', `/api/alert-maintenance/${id}`, { body: patch, quiet: true }),
    onSuccess: invalidate,
  });
}

export function useDeleteMaintenance() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/alert-maintenance/${id}`),
    onSuccess: invalidate,
  });
}

/**
 * A new source with a token of its own (scope alerts.write): the token is made first, then the
 * source naming it; the secret is shown once, with the address to paste into the tool.
 */
export function useCreateSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, name }: { kind: WebhookKind; name: string }) => {
      const token = await api<TokenCreated>('POST', '/api/tokens', {
        body: { name: `${name} (${kind})`.slice(0, 100), scopes: ['alerts.write'] },
        quiet: true,
      });
      const input: AlertSourceInput = { kind, name, tokenId: token.token.id };
      const source = await api<AlertSourceView>('POST', '/api/alert-sources', { body: input, quiet: true });
      return { source, secret: token.secret };
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['alerts'] });
      void client.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
}

export function useToggleSource() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      api<AlertSourceView>('PATCH', `/api/alert-sources/${id}`, { body: { enabled } }),
    onSuccess: invalidate,
  });
}

export type { AlertSourceKind };
