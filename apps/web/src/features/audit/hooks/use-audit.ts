import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { SignedCheckpoint } from '@ungcuu/domain/audit/audit-api.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { AuditEntry, AuditVerification, Page } from '../../../api/types.ts';

export interface AuditFilters {
  entityType: string | null;
  entityId: string;
  action: string;
  /** yyyy-mm-dd from a date input, in the browser's time zone. */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: AuditFilters = { entityType: null, entityId: '', action: '', from: '', to: '' };

/** A day picked in the browser's time zone, as the instant the API filters on. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString();
}

export function useAuditList(filters: AuditFilters, limit: number, offset: number) {
  const query = {
    entityType: filters.entityType ?? undefined,
    entityId: filters.entityId.trim() || undefined,
    action: filters.action.trim() || undefined,
    from: dayBoundary(filters.from, false),
    to: dayBoundary(filters.to, true),
    limit,
    offset,
  };
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: ({ signal }) => apiGet<Page<AuditEntry>>('/api/audit', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => apiGet<AuditVerification>('/api/audit/verify') });
}

/** A signed checkpoint of the trail taken now, to download and keep off the server. */
export function useTakeCheckpoint() {
  return useMutation({
    mutationFn: () => api<SignedCheckpoint>('POST', '/api/audit/checkpoints'),
  });
}
