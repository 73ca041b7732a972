import { municipalityRegistry } from '@verkosto/data';
import { createApp } from './app.ts';
import type { SqlDatabase } from './db/driver.ts';
import { createReads } from './store/reads.ts';
import type { Store } from './store/store.ts';

/** The OpenAPI document, from an app without a database (the document needs no data). */
export async function openapiDocument(): Promise<unknown> {
  const noData = async (): Promise<never> => {
    throw new Error('The OpenAPI document needs no data.');
  };
  const db: SqlDatabase = {
    prepare: () => {
      throw new Error('The OpenAPI document needs no data.');
    },
    batch: noData,
    exec: noData,
  };
  const store: Store = {
    db,
    reads: createReads(db),
    version: async () => 0,
    knownVersion: () => 0,
    invalidate: () => {},
    ping: noData,
  };
  const app = createApp({ store, registry: municipalityRegistry });
  return (await app.request('/openapi.json')).json();
}
