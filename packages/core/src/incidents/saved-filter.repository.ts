import type { Insertable, Selectable } from 'kysely';
import type { SavedFiltersTable } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

export type SavedFilterRow = Selectable<SavedFiltersTable>;

export async function listSavedFiltersOfUser(db: Executor, userId: string): Promise<SavedFilterRow[]> {
  return db
    .selectFrom('saved_filters')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('name')
    .limit(100)
    .execute();
}

export async function findSavedFilter(db: Executor, id: string): Promise<SavedFilterRow | undefined> {
  return db.selectFrom('saved_filters').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSavedFilter(
  db: Executor,
  row: Insertable<SavedFiltersTable>,
): Promise<SavedFilterRow> {
  return db.insertInto('saved_filters').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteSavedFilter(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('saved_filters').where('id', '=', id).execute();
}
