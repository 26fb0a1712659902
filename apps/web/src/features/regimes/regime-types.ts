import type { ReportingRegime } from '@ungcuu/domain/regimes/regime.ts';

/** A regime as the API lists it: the regime plus the JSON paths of its unverified values. */
export type RegimeItem = ReportingRegime & { unverifiedPaths: string[] };

/** A legal date 'YYYY-MM-DD' as dd/mm/yyyy, without passing through a time zone. */
export function legalDate(value: string): string {
  const [y, m, d] = value.split('-');
  return `${d}/${m}/${y}`;
}

/** The regime as it is saved: without what the server adds when listing. */
export function editable(item: RegimeItem): ReportingRegime {
  const { unverifiedPaths: _ignored, ...regime } = item;
  return regime;
}
