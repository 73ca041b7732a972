import type { Language, MunicipalityClassifications, MunicipalityRegistry } from '@verkosto/core';
import type { Principal } from './auth/roles.ts';
import type { ClientAddress } from './http/client-address.ts';
import type { Limiters, Limits } from './http/rate-limit.ts';
import type { Store } from './store/store.ts';

/** What the app needs from its runtime: storage, the municipality registry, a clock, a logger. */
export interface AppDeps {
  store: Store;
  registry: MunicipalityRegistry;
  /** The municipality classifications held (default: `@verkosto/data`'s 2019 and 2026). */
  classifications?: MunicipalityClassifications;
  /** Today, for period status and `validOn`'s default; injectable for tests. */
  clock?: () => Date;
  /** Where server-side errors go (never to the client). */
  logError?: (error: unknown, context: { method: string; path: string }) => void;
  /** PBKDF2 iterations for new passwords (default 600 000). */
  passwordIterations?: number;
  /**
   * The limits (defaults in `DEFAULT_LIMITS`): sign-in attempts per username and client (5 a
   * minute) and per client (30 a minute), writes per token or user (300 a minute). Counted in the
   * database, so every process and isolate on it shares them.
   */
  limits?: Partial<Limits>;
  /** The caller's address, for per-client limits (default: the socket's peer on Node). */
  clientAddress?: ClientAddress;
  /** Whether session cookies are marked Secure (default true; browsers allow it on localhost). */
  secureCookies?: boolean;
}

/**
 * AppDeps with what createApp fills in once per app: the limiters every route counts against, so
 * a caller's writes add up across routes.
 */
export interface AppServices extends AppDeps {
  limiters: Limiters;
}

export interface AppEnv {
  Variables: {
    lang: Language;
    principal: Principal | undefined;
  };
}
