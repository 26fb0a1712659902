import type { IncidentListQuery } from '@ungcuu/domain/incidents/schemas.ts';
import { repairTypingSlip } from '@ungcuu/domain/text/typing-slips.ts';
import { sql } from 'kysely';
import type { IncidentRow } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

/**
 * Turns the user's words into a prefix full-text query on the folded text: "tan cong" and
 * "tấn công" both become 'tan':* & 'cong':*, matched against the stored tsvector. A word that
 * carries Telex/VNI keystrokes ("ddieenj", "maxs") also matches what it was meant to be
 * ('ddieenj':* | 'dien':*), so a search typed with the input method off still finds (issue 14).
 * A word with dots, dashes, @ or slashes (a code "SC-2025-0000123", an address "10.0.0.5", a
 * domain, a mail address) is handed whole to the same parser that built the stored tsvector, so
 * it matches the way the text was indexed ('sc' <-> '-2025' <-> '-0000123').
 */
export function searchTerms(q: string): string | null {
  const words = q
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}.@:/_-]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      // Quoted: the parser splits it as it split the indexed text (no quote can be in w).
      if (/[^\p{L}\p{N}]/u.test(w)) return `'${w}':*`;
      const meant = repairTypingSlip(w);
      return meant === w ? `${w}:*` : `(${w}:* | ${meant}:*)`;
    })
    .join(' & ');
}

const SORTS = {
  detected_desc: [
    ['detected_at', 'desc'],
    ['id', 'desc'],
  ],
  detected_asc: [
    ['detected_at', 'asc'],
    ['id', 'asc'],
  ],
  tier_desc: [
    ['tier', 'desc'],
    ['detected_at', 'desc'],
  ],
  updated_desc: [
    ['updated_at', 'desc'],
    ['id', 'desc'],
  ],
  code_desc: [['code', 'desc']],
} as const;

export interface ListScope {
  /** null: every unit; otherwise incidents involving this unit only. */
  unitId: string | null;
  now: Date;
}

/**
 * Past this many matches the list says "more than 1,000" instead of counting on: nobody pages
 * through a thousand incidents, and counting every match of a broad search costs more than the
 * page itself (decision 0031).
 */
export const COUNT_CAP = 1000;

export async function listIncidents(
  db: Executor,
  query: IncidentListQuery,
  scope: ListScope,
): Promise<{ rows: IncidentRow[]; total: number; totalCapped: boolean }> {
  let q = db.selectFrom('incidents');
  if (scope.unitId) q = q.where(sql<boolean>`unit_ids @> array[${scope.unitId}]::uuid[]`);
  if (query.unitId) q = q.where(sql<boolean>`unit_ids @> array[${query.unitId}]::uuid[]`);
  if (query.state?.length) q = q.where('state', 'in', query.state);
  if (query.tier?.length) q = q.where('tier', 'in', query.tier);
  if (query.subtype?.length) q = q.where('subtype', 'in', query.subtype);
  if (query.causeGroup) q = q.where('cause_group', '=', query.causeGroup);
  if (query.systemId) q = q.where('system_id', '=', query.systemId);
  if (query.leadUserId) q = q.where('lead_user_id', '=', query.leadUserId);
  if (query.from) q = q.where('detected_at', '>=', new Date(query.from));
  if (query.to) q = q.where('detected_at', '<', new Date(query.to));
  if (query.overdue) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_tasks as t')
          .select(sql`1`.as('x'))
          .whereRef('t.incident_id', '=', 'incidents.id')
          .where('t.status', 'in', ['open', 'accepted', 'in_progress'])
          .where('t.due_at', '<', scope.now),
      ),
    );
  }
  const terms = query.q ? searchTerms(query.q) : null;
  if (terms) q = q.where(sql<boolean>`search @@ to_tsquery('simple', ${terms})`);
  let rowsQuery = q.selectAll();
  for (const [column, direction] of SORTS[(query.sort ?? 'detected_desc') as keyof typeof SORTS])
    rowsQuery = rowsQuery.orderBy(column, direction);
  const [rows, count] = await Promise.all([
    rowsQuery.limit(query.limit).offset(query.offset).execute(),
    db
      .selectFrom(
        q
          .select(sql`1`.as('x'))
          .limit(COUNT_CAP + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const n = Number(count.n);
  return { rows, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}
