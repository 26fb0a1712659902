import type { IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import type { Tier } from '@ungcuu/domain/incidents/severity.ts';
import type { CauseGroup, Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { monthRange } from '@ungcuu/domain/statistics/statistics.ts';
import { OPEN_INCIDENT_STATES } from '@ungcuu/domain/statistics/statistics-api.ts';
import { EMPTY_FILTERS, filtersToParams } from '../../incidents/hooks/incident-filters.ts';

/** What every tile of a dashboard is filtered by; kept in the address bar so a view can be shared. */
export interface DashboardFilter {
  /** Vietnam calendar days 'yyyy-mm-dd', inclusive; '' for no bound. */
  from: string;
  to: string;
  unitId: string | null;
  causeGroup: CauseGroup | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GROUPS: readonly string[] = ['attack', 'failure', 'operator', 'disaster'];

/** Twelve months back from today (Vietnam calendar), the period a dashboard opens on. */
export function defaultFilter(today: string): DashboardFilter {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
  return { from: start, to: today, unitId: null, causeGroup: null };
}

export function filterFromParams(params: URLSearchParams, today: string): DashboardFilter {
  const fallback = defaultFilter(today);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const unitId = params.get('unitId') ?? '';
  const causeGroup = params.get('causeGroup') ?? '';
  return {
    from: DAY.test(from) ? from : fallback.from,
    to: DAY.test(to) ? to : fallback.to,
    unitId: UUID.test(unitId) ? unitId : null,
    causeGroup: GROUPS.includes(causeGroup) ? (causeGroup as CauseGroup) : null,
  };
}

/** The statistics API's query string of a filter (plus a tile's own parameters). */
export function statisticsQuery(filter: DashboardFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.unitId) params.set('unitId', filter.unitId);
  if (filter.causeGroup) params.set('causeGroup', filter.causeGroup);
  return params.toString();
}

/** What a figure narrows the list to, on top of the dashboard's filter. */
export interface Narrowing {
  causeGroup?: CauseGroup;
  subtype?: Subtype;
  tier?: Tier;
  unitId?: string;
  systemId?: string;
  state?: IncidentState[];
  /** 'yyyy-mm': that month only. */
  month?: string;
  overdue?: boolean;
}

/** Rejected, duplicate and merged reports are not counted by the dashboards: the list leaves them out too. */
export const COUNTED_STATES: IncidentState[] = [...OPEN_INCIDENT_STATES, 'closed'];

/** The incident list behind a figure: the same period, units, cause group and the figure's own filter. */
export function incidentListLink(filter: DashboardFilter, narrow: Narrowing = {}): string {
  const month = narrow.month ? monthRange(narrow.month) : null;
  const params = filtersToParams({
    ...EMPTY_FILTERS,
    from: month?.from ?? filter.from,
    to: month?.to ?? filter.to,
    unitId: narrow.unitId ?? filter.unitId,
    systemId: narrow.systemId ?? null,
    causeGroup: narrow.causeGroup ?? filter.causeGroup,
    subtype: narrow.subtype ? [narrow.subtype] : [],
    tier: narrow.tier ? [narrow.tier] : [],
    state: narrow.state ?? COUNTED_STATES,
    overdue: narrow.overdue ?? false,
  });
  if (narrow.overdue) {
    // Overdue work is judged now, whatever the period.
    params.delete('from');
    params.delete('to');
  }
  return `/incidents?${params}`;
}
