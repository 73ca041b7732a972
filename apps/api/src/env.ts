import type { Language, MunicipalityRegistry } from '@verkosto/core';
import type { Store } from './store/store.ts';

/** What the app needs from its runtime: storage, the municipality registry, a clock, a logger. */
export interface AppDeps {
  store: Store;
  registry: MunicipalityRegistry;
  /** Today, for period status and `validOn`'s default; injectable for tests. */
  clock?: () => Date;
  /** Where server-side errors go (never to the client). */
  logError?: (error: unknown, context: { method: string; path: string }) => void;
}

export interface AppEnv {
  Variables: {
    lang: Language;
  };
}
