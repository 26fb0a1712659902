import { INCIDENT_STATES, type IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import { TIERS, type Tier } from '@ungcuu/domain/incidents/severity.ts';
import { CAUSE_GROUPS, type CauseGroup, isSubtype, type Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';

export const SORTS = ['detected_desc', 'detected_asc', 'tier_desc', 'updated_desc', 'code_desc'] as const;
export type IncidentSort = (typeof SORTS)[number];

/** What the incident list is filtered by; kept in the address bar so a filtered list can be shared. */
export interface IncidentFilters {
  q: string;
  state: IncidentState[];
  tier: Tier[];
  causeGroup: CauseGroup | null;
  subtype: Subtype[];
  unitId: string | null;
  /** One information system (a dashboard's system bar). */
  systemId: string | null;
  /** yyyy-mm-dd from a date input, in the browser's time zone. */
  from: string;
  to: string;
  overdue: boolean;
  sort: IncidentSort;
}

export const EMPTY_FILTERS: IncidentFilters = {
  q: '',
  state: [],
  tier: [],
  causeGroup: null,
  subtype: [],
  unitId: null,
  systemId: null,
  from: '',
  to: '',
  overdue: false,
  sort: 'detected_desc',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const pick = <T extends string>(allowed: readonly T[], values: readonly unknown[]): T[] =>
  values.filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v));

/** A plain record (address bar or saved filter) read back into filters; unknown values are dropped. */
export function filtersFromRecord(record: Record<string, unknown>): IncidentFilters {
  const list = (key: string): unknown[] => {
    const value = record[key];
    return Array.isArray(value) ? value : value === undefined ? [] : [value];
  };
  const one = (key: string): string => {
    const value = list(key)[0];
    return typeof value === 'string' ? value : '';
  };
  const causeGroup = pick(CAUSE_GROUPS, list('causeGroup'))[0] ?? null;
  const unitId = one('unitId');
  const systemId = one('systemId');
  const sort = pick(SORTS, list('sort'))[0] ?? 'detected_desc';
  return {
    q: one('q').slice(0, 200),
    state: pick(INCIDENT_STATES, list('state')),
    tier: pick(TIERS, list('tier')),
    causeGroup,
    subtype: list('subtype').filter((s): s is Subtype => typeof s === 'string' && isSubtype(s)),
    unitId: UUID.test(unitId) ? unitId : null,
    systemId: UUID.test(systemId) ? systemId : null,
    from: DAY.test(one('from')) ? one('from') : '',
    to: DAY.test(one('to')) ? one('to') : '',
    overdue: list('overdue')[0] === true || list('overdue')[0] === 'true',
    sort,
  };
}

export function filtersFromParams(params: URLSearchParams): IncidentFilters {
  const record: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  return filtersFromRecord(record);
}

/** Only what differs from no filter at all, as a saved filter or the address bar stores it. */
export function filtersToRecord(filters: IncidentFilters): Record<string, string | string[] | boolean> {
  const out: Record<string, string | string[] | boolean> = {};
  if (filters.q.trim()) out.q = filters.q.trim();
  if (filters.state.length) out.state = filters.state;
  if (filters.tier.length) out.tier = filters.tier;
  if (filters.causeGroup) out.causeGroup = filters.causeGroup;
  if (filters.subtype.length) out.subtype = filters.subtype;
  if (filters.unitId) out.unitId = filters.unitId;
  if (filters.systemId) out.systemId = filters.systemId;
  if (filters.from) out.from = filters.from;
  if (filters.to) out.to = filters.to;
  if (filters.overdue) out.overdue = true;
  if (filters.sort !== 'detected_desc') out.sort = filters.sort;
  return out;
}

export function filtersToParams(filters: IncidentFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filtersToRecord(filters))) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params;
}

export function hasFilters(filters: IncidentFilters): boolean {
  const { sort: _sort, ...rest } = filtersToRecord(filters);
  return Object.keys(rest).length > 0;
}

/** A day picked in the browser's time zone, as the instant the API filters on. */
function dayBoundary(day: string, end: boolean): string | null {
  if (!DAY.test(day)) return null;
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString();
}

/**
 * The list request's query string. Repeated keys (state=a&state=b) are what the API reads as
 * arrays, so the string is built here rather than by the client's scalar query helper.
 */
export function listQueryString(filters: IncidentFilters, limit: number, offset: number): string {
  const params = filtersToParams({ ...filters, from: '', to: '' });
  const from = dayBoundary(filters.from, false);
  const to = dayBoundary(filters.to, true);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (!filters.overdue) params.delete('overdue');
  params.set('sort', filters.sort);
  params.set('limit', String(limit));
  params.set('offset', String(offset));
  return params.toString();
}
