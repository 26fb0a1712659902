import type { Insertable } from 'kysely';
import type { ApiTokenRow, ApiTokensTable } from '../db/schema.ts';
import type { Executor } from '../shared/context.ts';

/** The newest tokens, of one owner or (ownerId null) of everyone; a person holds a handful. */
export async function listTokens(db: Executor, ownerId: string | null): Promise<ApiTokenRow[]> {
  let q = db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').limit(200);
  if (ownerId !== null) q = q.where('user_id', '=', ownerId);
  return q.execute();
}

export async function findTokenById(db: Executor, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertToken(db: Executor, row: Insertable<ApiTokensTable>): Promise<ApiTokenRow> {
  return db.insertInto('api_tokens').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function revokeToken(db: Executor, id: string, at: Date): Promise<ApiTokenRow> {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Every live token of a person: a reset password or a disabled account must not leave them working. */
export async function revokeTokensOfUser(db: Executor, userId: string, at: Date): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** A token by its secret's hash, with what bearer authentication needs of its owner. */
export async function findTokenWithOwnerByHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.scopes',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
      'api_tokens.last_used_at',
      'users.id as user_id',
      'users.unit_id',
      'users.roles',
      'users.username',
      'users.disabled',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function markTokenUsed(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
