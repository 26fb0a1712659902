import type { IncidentListQuery } from '@ungcuu/domain/incidents/schemas.ts';
import { isVietnameseSyllable, repairTypingSlip } from '@ungcuu/domain/text/typing-slips.ts';
import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

/**
 * Turns the user's words into a full-text query on the folded text: "tan cong" and "tấn công"
 * both become 'tan' & 'cong', matched against the stored tsvector. Words match whole words; the
 * last word also matches as a prefix while it is not yet a whole Vietnamese syllable ("ransom"
 * finds "ransomware"), so a search typed as you go still finds. Whole words, because a prefix
 * of a common syllable ('co':*) makes the index gather every word that starts with it (decision
 * 0031). A word that carries Telex/VNI keystrokes ("ddieenj", "maxs") also matches what it was
 * meant to be ('ddieenj':* | 'dien'), so a search typed with the input method off still finds
 * (issue 14). A word with dots, @, colons or slashes (an address "10.0.0.5", a domain, a mail
 * address) is handed whole to the parser that built the stored tsvector, so it matches the way
 * the text was indexed, and as a prefix ("10.0.0" finds 10.0.0.5); one with dashes ("e-mail",
 * part of a code) matches whole.
 */
export function searchTerms(q: string): string | null {
  const groups = searchWords(q);
  if (groups.length === 0) return null;
  const render = (w: SearchWord) => (w.quoted ? `'${w.text}'` : w.text) + (w.prefix ? ':*' : '');
  return groups
    .map((alternatives) =>
      alternatives.length === 1 ? render(alternatives[0]!) : `(${alternatives.map(render).join(' | ')})`,
    )
    .join(' & ');
}

interface SearchWord {
  text: string;
  prefix: boolean;
  /** Handed whole to the parser (an address, a domain). */
  quoted: boolean;
}

/** The words of a search (all must match), each with its alternatives (one must match). */
function searchWords(q: string): SearchWord[][] {
  const words = q
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}.@:/_-]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.map((w, i) => {
    // Quoted: the parser splits it as it split the indexed text (no quote can be in w).
    if (/[^\p{L}\p{N}]/u.test(w)) return [{ text: w, prefix: !w.includes('-'), quoted: true }];
    const last = i === words.length - 1;
    const word = (x: string) => ({ text: x, prefix: last && !isVietnameseSyllable(x), quoted: false });
    const meant = repairTypingSlip(w);
    return meant === w ? [word(w)] : [word(w), word(meant)];
  });
}

/**
 * The words the planner's statistics list as the most common in the indexed text (about the
 * thousand most frequent), per database handle, read again every ten minutes; null while the
 * table has no statistics (a new database).
 */
const COMMON_WORDS = new WeakMap<object, { at: number; words: Promise<Map<string, number> | null> }>();

/** Common word → the share of incidents that have it. */
async function commonWords(db: Executor): Promise<Map<string, number> | null> {
  let cached = COMMON_WORDS.get(db);
  if (!cached || Date.now() - cached.at > 600_000) {
    const words = sql<{
      e: string[] | null;
      f: number[] | null;
    }>`select most_common_elems::text::text[] as e, most_common_elem_freqs as f from pg_stats where schemaname = current_schema() and tablename = 'incidents' and attname = 'search'`
      .execute(db)
      .then((r) => {
        const { e, f } = r.rows[0] ?? { e: null, f: null };
        return e?.length && f ? new Map(e.map((w, i) => [w, Number(f[i] ?? 0)])) : null;
      });
    cached = { at: Date.now(), words };
    COMMON_WORDS.set(db, cached);
  }
  return cached.words;
}

/**
 * What the statistics say of the search's words: `rare` when one of them (every alternative of
 * it) is not listed as common (a prefix: no common word starts with it), the index then finds the
 * few incidents that have it at once, and a walk through the newest would read them all for
 * nothing; `share`, at most the share of incidents all the words can match (the least common
 * word's), or null without statistics.
 */
async function wordSpread(db: Executor, q: string): Promise<{ rare: boolean; share: number | null }> {
  const common = await commonWords(db);
  if (!common) return { rare: false, share: null };
  const shareOf = (w: SearchWord) => {
    if (!w.prefix) return common.get(w.text) ?? 0;
    let sum = 0;
    for (const [c, f] of common) if (c.startsWith(w.text)) sum += f;
    return sum;
  };
  const groups = searchWords(q).map((alternatives) =>
    Math.min(
      1,
      alternatives.reduce((sum, w) => sum + shareOf(w), 0),
    ),
  );
  return { rare: groups.some((g) => g === 0), share: Math.min(...groups) };
}

const CODE = /^\s*(sc-\d{4}-\d{4,})\s*$/i;

/** The incident code the search is, e.g. "sc-2025-0000123" → SC-2025-0000123; else null. */
export function incidentCodeIn(q: string | undefined): string | null {
  const m = q ? CODE.exec(q) : null;
  return m ? m[1]!.toUpperCase() : null;
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

/**
 * A search first reads the newest WINDOW incidents in scope, in the list's order, and keeps those
 * the words match: a common word fills the page and reaches the count's cap within a few thousand
 * rows, with no index at all; a unit's incidents (an officer's scope) are usually all inside.
 * Only when the window is full and holds fewer than COUNT_CAP matches does the count ask the
 * full-text index, which is cheap then because the words are rare (decision 0031).
 */
const WINDOW = 20_000;
// Sorts that an index on detected_at walks in order: the window reads only what it returns.
const WALKED = new Set(['detected_desc', 'detected_asc']);

type IncidentsQuery = SelectQueryBuilder<Database, 'incidents', object>;

function filtered(db: Executor, query: IncidentListQuery, scope: ListScope): IncidentsQuery {
  let q = db.selectFrom('incidents');
  if (scope.unitId) q = q.where(sql<boolean>`unit_ids @> array[${scope.unitId}]::uuid[]`);
  if (query.unitId) q = q.where(sql<boolean>`unit_ids @> array[${query.unitId}]::uuid[]`);
  // A unit's incidents are a few thousand, found by the unit_ids index; the planner would also
  // AND in the index of a broad filter (a quarter of the table for one state), which costs more
  // than checking the unit's rows. "is true" keeps such a filter off its index (same result).
  const unitScoped = !!(scope.unitId || query.unitId);
  const broad = <T extends string>(column: string, values: readonly T[]) =>
    unitScoped
      ? sql<boolean>`(${sql.ref(column)} in (${sql.join(values)})) is true`
      : sql<boolean>`${sql.ref(column)} in (${sql.join(values)})`;
  if (query.state?.length) q = q.where(broad('state', query.state));
  if (query.tier?.length) q = q.where(broad('tier', query.tier));
  if (query.subtype?.length) q = q.where(broad('subtype', query.subtype));
  if (query.causeGroup) q = q.where(broad('cause_group', [query.causeGroup]));
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
  return q;
}

type Sort = keyof typeof SORTS;
type Page = { rows: IncidentRow[]; total: number; totalCapped: boolean };

/**
 * The count first (stopped at COUNT_CAP + 1), then the page by the path that count calls for: none
 * when nothing matches; when few match, from those matches gathered by the filters' indexes and
 * sorted (walking the list's order for a rare match would read the whole table, two seconds at
 * a million); when many match, by walking the list's order until the page is full.
 */
async function countThenPage(db: Executor, q: IncidentsQuery, query: IncidentListQuery): Promise<Page> {
  const n = await cappedCount(db, q);
  return { rows: await pageOf(db, q, query, n), total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}

/** The page of the list, n being the count of its matches (stopped at COUNT_CAP + 1). */
async function pageOf(db: Executor, q: IncidentsQuery, query: IncidentListQuery, n: number) {
  if (n === 0 || query.offset >= n) return [];
  let rowsQuery =
    n > COUNT_CAP
      ? q.selectAll()
      : // "offset 0" keeps the planner from walking the list's order to find the few matches.
        db.selectFrom(q.selectAll().offset(0).as('incidents')).selectAll();
  for (const [column, direction] of SORTS[(query.sort ?? 'detected_desc') as Sort])
    rowsQuery = rowsQuery.orderBy(column, direction);
  return (await rowsQuery.limit(query.limit).offset(query.offset).execute()) as IncidentRow[];
}

async function cappedCount(db: Executor, q: IncidentsQuery): Promise<number> {
  const count = await db
    .selectFrom(
      q
        .select(sql`1`.as('x'))
        .limit(COUNT_CAP + 1)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(count.n);
}

export async function listIncidents(db: Executor, query: IncidentListQuery, scope: ListScope): Promise<Page> {
  const base = filtered(db, query, scope);
  const code = incidentCodeIn(query.q);
  if (code) return countThenPage(db, base.where('code', '=', code), query);
  const terms = query.q ? searchTerms(query.q) : null;
  if (!terms) return countThenPage(db, base, query);
  const matches = sql<boolean>`search @@ to_tsquery('simple', ${terms})`;
  const sort = (query.sort ?? 'detected_desc') as Sort;
  const spread = await wordSpread(db, query.q!);
  if (!WALKED.has(sort) || query.offset + query.limit > COUNT_CAP || spread.rare)
    return countThenPage(db, base.where(matches), query);
  // Words too rare together to reach the cap within the window (a unit's scope seldom fills it):
  // the index counts meanwhile, on another connection.
  const early =
    !scope.unitId && !query.unitId && spread.share !== null && spread.share * WINDOW <= COUNT_CAP
      ? cappedCount(db, base.where(matches))
      : null;
  early?.catch(() => {});

  // The window, numbered in the list's order; the row numbered WINDOW comes back too (whether it
  // matches or not), to tell a full window from a scope smaller than the window.
  const order = sql.raw(SORTS[sort].map(([column, direction]) => `${column} ${direction}`).join(', '));
  let window = base.select(['id', 'search', sql<string>`row_number() over (order by ${order})`.as('rn')]);
  for (const [column, direction] of SORTS[sort]) window = window.orderBy(column, direction);
  const seen = await db
    .selectFrom(window.limit(WINDOW).as('w'))
    .select(['w.id', 'w.rn', sql<boolean>`w.search @@ to_tsquery('simple', ${terms})`.as('hit')])
    .where(sql<boolean>`w.search @@ to_tsquery('simple', ${terms}) or w.rn = ${WINDOW}`)
    .limit(COUNT_CAP + 2)
    .execute();
  const hits = seen.filter((r) => r.hit).sort((a, b) => Number(a.rn) - Number(b.rn));
  const windowFull = seen.some((r) => Number(r.rn) === WINDOW);
  let total = hits.length;
  if (windowFull && hits.length <= COUNT_CAP) total = await (early ?? cappedCount(db, base.where(matches)));
  const capped = { total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
  const end = query.offset + query.limit;
  // Fewer matches among the newest than the page needs, though more exist further back.
  if (hits.length < end && total > hits.length)
    return { rows: await pageOf(db, base.where(matches), query, total), ...capped };
  const ids = hits.slice(query.offset, end).map((r) => r.id);
  if (ids.length === 0) return { rows: [], ...capped };
  const rows = await db.selectFrom('incidents').selectAll().where('id', 'in', ids).execute();
  const at = new Map(ids.map((id, i) => [id, i]));
  return { rows: rows.sort((a, b) => at.get(a.id)! - at.get(b.id)!), ...capped };
}
