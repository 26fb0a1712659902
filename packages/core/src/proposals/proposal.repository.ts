import type { ProposalListQuery } from '@ungcuu/domain/proposals/proposal-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { ProposalRow, ProposalsTable } from '../db/schema-proposals.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

export type ProposalWithNames = ProposalRow & {
  unit_name: string;
  raised_by_name: string;
  answered_by_name: string | null;
  incident_code: string | null;
};

function withNames(db: Executor) {
  return db
    .selectFrom('proposals as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .innerJoin('users as r', 'r.id', 'p.raised_by_user_id')
    .leftJoin('users as a', 'a.id', 'p.answered_by')
    .leftJoin('incidents as i', 'i.id', 'p.incident_id')
    .selectAll('p')
    .select([
      'u.name as unit_name',
      'r.full_name as raised_by_name',
      'a.full_name as answered_by_name',
      'i.code as incident_code',
    ]);
}

export async function findProposal(db: Executor, id: string): Promise<ProposalWithNames | undefined> {
  return withNames(db).where('p.id', '=', id).executeTakeFirst();
}

export async function lockProposal(db: Executor, id: string): Promise<ProposalRow | undefined> {
  return db.selectFrom('proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** A unit reads what it raised and what was shared with every unit (see ref-visibility.ts). */
export async function listProposals(
  db: Executor,
  query: ProposalListQuery,
  reach: ReadReach,
): Promise<{ rows: ProposalWithNames[]; total: number }> {
  let q = withNames(db);
  if (!reach.all)
    q = q.where((eb) => eb.or([eb('p.unit_id', '=', reach.unitId), eb('p.shared_with_all', '=', true)]));
  if (query.status) q = q.where('p.status', '=', query.status);
  if (query.unitId) q = q.where('p.unit_id', '=', query.unitId);
  const [rows, count] = await Promise.all([
    q
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function countOpenProposals(db: Executor, reach: ReadReach): Promise<number> {
  let q = db.selectFrom('proposals as p').where('p.status', '=', 'open');
  if (!reach.all)
    q = q.where((eb) => eb.or([eb('p.unit_id', '=', reach.unitId), eb('p.shared_with_all', '=', true)]));
  const row = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertProposal(db: Executor, row: Insertable<ProposalsTable>): Promise<ProposalRow> {
  return db.insertInto('proposals').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateProposal(
  db: Executor,
  id: string,
  patch: Updateable<ProposalsTable>,
): Promise<ProposalRow> {
  return db
    .updateTable('proposals')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
