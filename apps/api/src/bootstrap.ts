import { municipalityRegistry, usoDataset } from '@verkosto/data';
import { registerAdminToken } from './auth/accounts.ts';
import type { SqlDatabase } from './db/driver.ts';
import { type Migration, migrate } from './db/migrate.ts';
import { seedIfEmpty, syncMunicipalities } from './store/store.ts';

export interface BootstrapOptions {
  /** Applied first when given (Node); on Workers wrangler applies them. */
  migrations?: readonly Migration[];
  /** Registered, hashed, as an admin API token (at least 32 characters). */
  adminToken?: string | undefined;
}

/**
 * Makes a database ready to serve, on any runtime: applies pending migrations, loads the
 * municipality registry (for foreign keys), seeds the USO dataset when there are no networks yet,
 * and registers ADMIN_TOKEN. Safe to repeat: a database with data keeps it.
 */
export async function bootstrap(
  db: SqlDatabase,
  options: BootstrapOptions = {},
): Promise<{ applied: string[]; seeded: boolean }> {
  if (options.adminToken !== undefined && options.adminToken.length < 32)
    throw new Error('ADMIN_TOKEN must be at least 32 characters.');
  const applied = options.migrations ? await migrate(db, options.migrations) : [];
  await syncMunicipalities(db, municipalityRegistry.municipalities);
  const seeded = await seedIfEmpty(db, usoDataset);
  if (options.adminToken) await registerAdminToken(db, options.adminToken);
  return { applied, seeded };
}
