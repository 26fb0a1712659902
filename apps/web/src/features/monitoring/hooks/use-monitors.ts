import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MonitorInput, MonitorKind, MonitorStatus } from '@ungcuu/domain/monitoring/monitor.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type {
  BaselineDiff,
  MonitorDetail,
  MonitorView,
  ProbeCreated,
  ProbeView,
  UnitStatus,
} from '../monitoring-types.ts';

// Query keys start with 'monitors' so that the server's change events (app/realtime.ts) refresh them.

export interface MonitorFilters {
  unitId: string | null;
  status: MonitorStatus | null;
  kind: MonitorKind | null;
  q: string;
}

export function useMonitors(filters: MonitorFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: ['monitors', 'list', filters, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<Page<MonitorView>>('/api/monitors', { ...filters, q: filters.q || null, limit, offset }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export function useMonitor(id: string) {
  return useQuery({
    queryKey: ['monitors', 'one', id],
    queryFn: ({ signal }) => apiGet<MonitorDetail>(`/api/monitors/${id}`, undefined, signal),
    // The server announces outages and recoveries, but not a first check nor the incident filed
    // just after an outage's commit: while one of those is awaited, look again soon.
    refetchInterval: (query) => (awaitingChange(query.state.data) ? 2_000 : 30_000),
  });
}

function awaitingChange(m: MonitorDetail | undefined): boolean {
  if (!m?.enabled) return false;
  return m.status === 'pending' || (m.status === 'down' && m.incidentId === null);
}

/** `checkedAt`: the monitor's last check, so that each new check reads the diff again. */
export function useBaselineDiff(id: string, checkedAt: string | null) {
  return useQuery({
    queryKey: ['monitors', 'diff', id, checkedAt],
    queryFn: ({ signal }) => apiGet<BaselineDiff>(`/api/monitors/${id}/diff`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUnitStatus(unitId: string | null) {
  return useQuery({
    queryKey: ['monitors', 'status', unitId],
    queryFn: ({ signal }) => apiGet<UnitStatus>(`/api/monitor-status/${unitId}`, undefined, signal),
    enabled: !!unitId,
    refetchInterval: 30_000,
  });
}

export function useProbes() {
  return useQuery({
    queryKey: ['monitors', 'probes'],
    queryFn: ({ signal }) => apiGet<{ items: ProbeView[] }>('/api/monitor-probes', undefined, signal),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['monitors'] });
}

export function useCreateMonitor() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: MonitorInput) => api<MonitorView>('POST', '/api/monitors', { body: input }),
    onSuccess: invalidate,
  });
}

export function useMonitorAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      action,
      version,
    }: {
      id: string;
      action: 'check-now' | 'approve-baseline' | 'pause' | 'resume' | 'delete';
      version?: number;
    }) => {
      if (action === 'delete') return api('DELETE', `/api/monitors/${id}`);
      if (action === 'pause' || action === 'resume')
        return api('PATCH', `/api/monitors/${id}`, { body: { enabled: action === 'resume' } });
      return api(
        'POST',
        `/api/monitors/${id}/${action}`,
        action === 'approve-baseline' ? { body: { version } } : {},
      );
    },
    onSuccess: invalidate,
  });
}

export function useFromInventory() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () =>
      api<{ created: number; skipped: number; systems: number }>('POST', '/api/monitors/from-inventory', {
        body: {},
      }),
    onSuccess: invalidate,
  });
}

export function useCreateProbe() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { name: string; unitId?: string }) =>
      api<ProbeCreated>('POST', '/api/monitor-probes', { body: input }),
    onSuccess: invalidate,
  });
}

export function useRevokeProbe() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api<ProbeView>('POST', `/api/monitor-probes/${id}/revoke`),
    onSuccess: invalidate,
  });
}
