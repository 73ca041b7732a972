import { bootstrap } from '../src/bootstrap.ts';
import { openNodeSqlite, readMigrationFiles } from '../src/db/node-sqlite.ts';

export const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);
export const readMigrations = () => readMigrationFiles(MIGRATIONS_DIR);

/** A database file as the server opens it: created, migrated and seeded when new. */
export async function openDatabase(path: string, options: { adminToken?: string } = {}) {
  const db = openNodeSqlite(path);
  const { applied, seeded } = await bootstrap(db, { migrations: readMigrations(), ...options });
  return { db, applied, seeded };
}
