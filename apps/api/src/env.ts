import type { Language, MunicipalityClassifications, MunicipalityRegistry } from '@verkosto/core';
import type { Principal } from './auth/roles.ts';
import type { ClientAddress } from './http/client-address.ts';
import type { RateLimiter } from './http/rate-limit.ts';
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
   * Sign-in attempts per username and client (default 5 a minute), counted before the password
   * is checked: a guesser is slowed down, while the user signs in from elsewhere as usual.
   */
  loginLimiter?: RateLimiter;
  /** Sign-in attempts per client, whatever the username (default 30 a minute). */
  clientLoginLimiter?: RateLimiter;
  /** The caller's address, for per-client limits (default: the socket's peer on Node). */
  clientAddress?: ClientAddress;
  /** Writes per token or user, across every write route (default 300 a minute). */
  writeLimiter?: RateLimiter;
  /** Whether session cookies are marked Secure (default true; browsers allow it on localhost). */
  secureCookies?: boolean;
}

/**
 * AppDeps with what createApp fills in once per app: the one write limiter every write route
 * counts against, so a caller's writes add up across routes.
 */
export interface AppServices extends AppDeps {
  writeLimiter: RateLimiter;
}

export interface AppEnv {
  Variables: {
    lang: Language;
    principal: Principal | undefined;
  };
}
