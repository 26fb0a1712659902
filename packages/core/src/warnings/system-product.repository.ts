import type { Insertable, Updateable } from 'kysely';
import type { SystemProductRow, SystemProductsTable } from '../db/schema-warnings.ts';
import type { Executor } from '../shared/context.ts';

// Structured product entries of the inventory (vendor, product, version, CPE): what warnings match.

export async function productsOfSystem(db: Executor, systemId: string): Promise<SystemProductRow[]> {
  return db
    .selectFrom('system_products')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('vendor')
    .orderBy('product')
    .orderBy('id')
    .limit(500)
    .execute();
}

/** The product entries of a page of exported systems, in one query. */
export async function productsOfSystems(db: Executor, systemIds: readonly string[]) {
  if (systemIds.length === 0) return [];
  return db
    .selectFrom('system_products')
    .select(['system_id', 'vendor', 'product', 'version', 'cpe'])
    .where('system_id', 'in', [...systemIds])
    .orderBy('system_id')
    .orderBy('vendor')
    .orderBy('product')
    .orderBy('id')
    .execute();
}

export async function findSystemProduct(db: Executor, id: string): Promise<SystemProductRow | undefined> {
  return db.selectFrom('system_products').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSystemProducts(
  db: Executor,
  rows: Insertable<SystemProductsTable>[],
): Promise<SystemProductRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('system_products').values(rows).returningAll().execute();
}

export async function updateSystemProduct(
  db: Executor,
  id: string,
  patch: Updateable<SystemProductsTable>,
): Promise<SystemProductRow> {
  return db
    .updateTable('system_products')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteSystemProduct(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('system_products').where('id', '=', id).execute();
}

export interface InventoryCandidate {
  id: string;
  system_id: string;
  system_name: string;
  unit_id: string;
  vendor: string;
  product: string;
  version: string | null;
  cpe: string | null;
}

/**
 * Product entries of active systems whose key is one of `keys` (the affected products' keys),
 * with the unit operating the system: the candidates the domain then matches by vendor and version.
 */
export async function inventoryCandidates(
  db: Executor,
  keys: readonly string[],
): Promise<InventoryCandidate[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('system_products as p')
    .innerJoin('information_systems as s', 's.id', 'p.system_id')
    .innerJoin('units as u', 'u.id', 's.operating_unit_id')
    .select([
      'p.id',
      'p.system_id',
      's.name as system_name',
      's.operating_unit_id as unit_id',
      'p.vendor',
      'p.product',
      'p.version',
      'p.cpe',
    ])
    .where('p.product_key', 'in', [...keys])
    .where('s.archived', '=', false)
    .where('u.archived', '=', false)
    .orderBy('s.name')
    .orderBy('p.id')
    .execute();
}
