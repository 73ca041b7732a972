import { municipalityRegistry } from '@verkosto/data';
import { createApp } from './app.ts';
import type { Store } from './store/store.ts';

/** The OpenAPI document, from an app without a database (the document needs no data). */
export async function openapiDocument(): Promise<unknown> {
  const noData = async (): Promise<never> => {
    throw new Error('The OpenAPI document needs no data.');
  };
  const store: Store = {
    db: {
      prepare: () => {
        throw new Error('The OpenAPI document needs no data.');
      },
      batch: noData,
      exec: noData,
    },
    version: async () => 0,
    knownVersion: () => 0,
    snapshot: noData,
    invalidate: () => {},
    ping: noData,
  };
  const app = createApp({ store, registry: municipalityRegistry });
  return (await app.request('/openapi.json')).json();
}
