import type { Insertable } from 'kysely';
import type { PlaybookVersionsTable } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

/** The latest saved edit of a subtype's playbook, if any. */
export async function latestSavedPlaybook(
  db: Executor,
  subtype: string,
): Promise<{ data: unknown } | undefined> {
  return db
    .selectFrom('playbook_versions')
    .select('data')
    .where('subtype', '=', subtype)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A saved version of a playbook, by its code and version number. */
export async function savedPlaybookVersion(
  db: Executor,
  code: string,
  version: number,
): Promise<{ data: unknown } | undefined> {
  return db
    .selectFrom('playbook_versions')
    .select('data')
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The latest saved edit of every subtype that has one. */
export async function latestSavedPlaybooks(db: Executor) {
  return db
    .selectFrom('playbook_versions')
    .select(['subtype', 'data', 'version'])
    .distinctOn('subtype')
    .orderBy('subtype')
    .orderBy('version', 'desc')
    .execute();
}

export async function insertPlaybookVersion(
  db: Executor,
  row: Insertable<PlaybookVersionsTable>,
): Promise<void> {
  await db.insertInto('playbook_versions').values(row).execute();
}
