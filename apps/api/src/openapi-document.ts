import { municipalityRegistry } from '@verkosto/data';
import { createApp } from './app.ts';
import { openNodeSqlite } from './db/node-sqlite.ts';
import { createStore } from './store/store.ts';

/** The OpenAPI document, from an app on an empty in-memory database (the document needs no data). */
export async function openapiDocument(): Promise<unknown> {
  const db = openNodeSqlite(':memory:');
  try {
    const app = createApp({
      store: createStore(db, { writers: 'process' }),
      registry: municipalityRegistry,
    });
    return await (await app.request('/openapi.json')).json();
  } finally {
    db.close();
  }
}
