import type { Executor } from '../shared/context.ts';

/** Full names of the given users, by id: what official documents print for a person. */
export async function peopleNames(
  db: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', wanted).execute();
  return new Map(rows.filter((r) => r.full_name?.trim()).map((r) => [r.id, r.full_name]));
}
