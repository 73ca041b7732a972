import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps, AppEnv, AppServices } from '../env.ts';
import { ProblemError } from '../http/problem.ts';
import { principalFromSession, principalFromToken } from './accounts.ts';
import { equalStrings } from './crypto.ts';
import { atLeast, type Principal, type Role } from './roles.ts';

export const SESSION_COOKIE = 'verkosto_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Requests whose write has been counted. */
const counted = new WeakSet<Request>();

/** Finds the caller from a Bearer token or the session cookie. A bad token is refused, not ignored. */
export function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const clock = deps.clock ?? (() => new Date());
  return async (c, next) => {
    c.set('principal', undefined);
    const authorization = c.req.header('authorization');
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match ? await principalFromToken(deps.store.db, match[1]!, clock()) : null;
      if (!principal) {
        throw new ProblemError(
          'unauthorized',
          { detail: 'The API token is unknown, revoked or expired.' },
          { 'www-authenticate': 'Bearer error="invalid_token"' },
        );
      }
      c.set('principal', principal);
    } else {
      const session = getCookie(c, SESSION_COOKIE);
      if (session)
        c.set(
          'principal',
          (await principalFromSession(deps.store.db, session, clock())) ?? undefined,
        );
    }
    await next();
  };
}

/**
 * Refuses a request a browser sent from another site: `Sec-Fetch-Site` must be `same-origin`
 * when a browser sends it, else `Origin` (when sent) must name this host. Clients that send
 * neither are not browsers acting for someone else. Hosts are compared without the scheme, so a
 * proxy that ends TLS in front of the API does not break it.
 */
export function assertSameOrigin(c: Context): void {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  let allowed = true;
  if (site) allowed = site === 'same-origin';
  else if (origin) {
    try {
      allowed = new URL(origin).host === new URL(c.req.url).host;
    } catch {
      allowed = false;
    }
  }
  if (!allowed)
    throw new ProblemError('forbidden', {
      detail: 'A browser request from another origin; sessions write only from this origin.',
    });
}

/** A session's write: from this origin, echoing its CSRF token. */
export function assertSessionWrite(c: Context, principal: Principal): void {
  assertSameOrigin(c);
  if (!equalStrings(c.req.header('x-csrf-token') ?? '', principal.csrfToken ?? ''))
    throw new ProblemError('forbidden', {
      detail: 'Missing or wrong X-CSRF-Token for a session write.',
    });
}

/**
 * Requires a role; for session writes also the same origin and the CSRF token (double submit: the login response
 * gave it, the browser echoes it in X-CSRF-Token). Counts writes per caller against the limit.
 */
export function requireRole(
  deps: Pick<AppServices, 'limiters'>,
  role: Role,
): MiddlewareHandler<AppEnv> {
  const limiter = deps.limiters.write;
  return async (c: Context<AppEnv>, next) => {
    const principal = c.get('principal');
    if (!principal) {
      throw new ProblemError(
        'unauthorized',
        { detail: 'Sign in, or send an API token as Authorization: Bearer.' },
        { 'www-authenticate': 'Bearer' },
      );
    }
    if (!atLeast(principal.role, role)) {
      throw new ProblemError('forbidden', {
        detail: `This needs the ${role} role; you are ${principal.role}.`,
      });
    }
    if (UNSAFE.has(c.req.method)) {
      if (principal.kind === 'session') assertSessionWrite(c, principal);
      // A request may pass more than one guard (`/v1/tokens` and `/v1/tokens/*` both match
      // `/v1/tokens`): it is one write all the same.
      if (counted.has(c.req.raw)) return next();
      counted.add(c.req.raw);
      const { allowed, retryAfter } = await limiter.hit(`${principal.kind}:${principal.id}`);
      if (!allowed)
        throw new ProblemError(
          'too-many-requests',
          { detail: 'Too many writes.' },
          { 'retry-after': String(retryAfter) },
        );
    }
    await next();
  };
}
