import { type DatabaseHandle, type DatabaseOptions, openDatabase } from './engine.ts';
import { migrate } from './migrate.ts';

/** Opens the database and brings its schema up to date; closes it again if migration fails. */
export async function bootstrapDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = await openDatabase(options);
  try {
    await migrate(handle.db);
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
  return handle;
}
