import type { Static } from '@sinclair/typebox';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  Breakdown,
  BreakdownSchema,
  DecisionsSchema,
  InspectionResultsSchema,
  OverdueSchema,
  ResponseTimesSchema,
  UptimeSchema,
} from '@ungcuu/domain/statistics/statistics-api.ts';
import { apiGet } from '../../../api/client.ts';
import { type DashboardFilter, statisticsQuery } from './dashboard-filters.ts';

// One request per tile; the 'dashboard' key prefix is what the change events refresh.
function useStat<T>(
  path: string,
  filter: DashboardFilter | null,
  extra: Record<string, string> = {},
  enabled = true,
) {
  const qs = filter ? statisticsQuery(filter, extra) : new URLSearchParams(extra).toString();
  return useQuery({
    queryKey: ['dashboard', 'statistics', path, qs],
    queryFn: ({ signal }) => apiGet<T>(qs ? `${path}?${qs}` : path, undefined, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const useBreakdown = (by: Breakdown, filter: DashboardFilter) =>
  useStat<Static<typeof BreakdownSchema>>('/api/statistics/incidents', filter, { by });
export const useResponseTimes = (filter: DashboardFilter) =>
  useStat<Static<typeof ResponseTimesSchema>>('/api/statistics/response-times', filter);
export const useOverdue = (filter: DashboardFilter) =>
  useStat<Static<typeof OverdueSchema>>('/api/statistics/overdue', { ...filter, from: '', to: '' });
export const useUptime = (filter: DashboardFilter) =>
  useStat<Static<typeof UptimeSchema>>('/api/statistics/uptime', { ...filter, causeGroup: null });
export const useInspectionResults = (year: number, unitId: string | null) =>
  useStat<Static<typeof InspectionResultsSchema>>('/api/statistics/inspections', null, {
    year: String(year),
    ...(unitId ? { unitId } : {}),
  });
export const useDecisions = () => useStat<Static<typeof DecisionsSchema>>('/api/statistics/decisions', null);
