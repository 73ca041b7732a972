import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as z from 'zod';
import {
  createSession,
  createToken,
  createUser,
  deleteSession,
  findUser,
  listTokens,
  listUsers,
  revokeToken,
  SESSION_HOURS,
  setPassword,
  UsernameTakenError,
  updateUser,
} from '../auth/accounts.ts';
import { DEFAULT_PBKDF2_ITERATIONS, verifyPassword } from '../auth/crypto.ts';
import {
  assertSameOrigin,
  assertSessionWrite,
  requireRole,
  SESSION_COOKIE,
} from '../auth/middleware.ts';
import { actorOf, ROLES } from '../auth/roles.ts';
import type { AppServices } from '../env.ts';
import { clientKey, nodeClientAddress } from '../http/client-address.ts';
import { json, readErrors, router, SECURITY, writeErrors } from '../http/openapi-kit.ts';
import { ProblemError } from '../http/problem.ts';
import { pathParam } from '../schemas.ts';

const tags = ['Access'];
const security = SECURITY;

const Me = z
  .object({
    kind: z.enum(['token', 'session']),
    name: z.string(),
    role: z.enum(ROLES),
    csrfToken: z.string().optional().openapi({
      description:
        'For a session: its CSRF token again, so a reloaded page can write. Only the same origin can read it (CORS never shares credentialed answers).',
    }),
  })
  .openapi('Me');
const UserInfo = z
  .object({
    id: z.string(),
    username: z.string(),
    role: z.enum(ROLES),
    createdAt: z.string(),
    disabledAt: z.string().nullable(),
    networks: z
      .array(z.string())
      .nullable()
      .openapi({ description: 'The networks they may change; null: not limited.' }),
  })
  .openapi('UserInfo');
const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('TokenInfo');

export function authRoutes(deps: AppServices) {
  const { store } = deps;
  const clock = deps.clock ?? (() => new Date());
  const attempts = deps.limiters.login;
  const clientAttempts = deps.limiters.loginClient;
  const clientAddress = deps.clientAddress ?? nodeClientAddress();
  // Verified for unknown and disabled usernames, at the cost of a real hash, so timing does not
  // tell which usernames exist: every path does the same work. It matches no password.
  const dummyHash = `pbkdf2-sha256$${deps.passwordIterations ?? DEFAULT_PBKDF2_ITERATIONS}$${'00'.repeat(16)}$${'00'.repeat(32)}`;

  const app = router();
  app.use('/v1/tokens', requireRole(deps, 'admin'));
  app.use('/v1/tokens/*', requireRole(deps, 'admin'));
  app.use('/v1/users', requireRole(deps, 'admin'));
  app.use('/v1/users/*', requireRole(deps, 'admin'));
  return app
    .openapi(
      createRoute({
        method: 'post',
        path: '/v1/auth/login',
        tags,
        summary: 'Sign in: a session cookie and the CSRF token for writes',
        request: {
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z.strictObject({
                  username: z.string().min(1).max(100),
                  password: z.string().min(1).max(1000),
                }),
              },
            },
          },
        },
        responses: {
          200: json(
            z
              .object({ data: Me.extend({ csrfToken: z.string(), expiresAt: z.string() }) })
              .openapi('Session'),
            'Signed in; the cookie is HttpOnly.',
          ),
          ...writeErrors,
        },
      }),
      async (c) => {
        // Signing in from another site would plant the attacker's session in this browser.
        assertSameOrigin(c);
        const { username, password } = c.req.valid('json');
        // Counted before the password is checked, each by one atomic upsert in the database, so
        // concurrent guesses (from any process or isolate) cannot all pass one check.
        const client = clientKey(clientAddress(c));
        const key = `${username.toLowerCase()}\n${client}`;
        const limits = await Promise.all([attempts.hit(key), clientAttempts.hit(client)]);
        if (limits.some((l) => !l.allowed))
          throw new ProblemError(
            'too-many-requests',
            { detail: 'Too many sign-in attempts; wait.' },
            { 'retry-after': String(Math.max(...limits.map((l) => l.retryAfter))) },
          );
        const user = await findUser(store.db, username);
        const ok = await verifyPassword(password, user?.password_hash ?? dummyHash);
        if (!user || !ok)
          throw new ProblemError('unauthorized', { detail: 'Wrong username or password.' });
        await attempts.reset(key);
        // One session per browser: the one it had (whoever's) ends as the new one starts.
        const previous = getCookie(c, SESSION_COOKIE);
        if (previous) await deleteSession(store.db, previous);
        const session = await createSession(store.db, user.id, clock());
        setCookie(c, SESSION_COOKIE, session.sessionId, {
          httpOnly: true,
          secure: deps.secureCookies ?? true,
          sameSite: 'Strict',
          path: '/',
          maxAge: SESSION_HOURS * 3600,
        });
        c.header('cache-control', 'no-store');
        return c.json(
          {
            data: {
              kind: 'session' as const,
              name: user.username,
              role: user.role,
              csrfToken: session.csrfToken,
              expiresAt: session.expiresAt,
            },
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/v1/auth/logout',
        tags,
        summary: 'Sign out: ends the session (with its X-CSRF-Token)',
        responses: { 204: { description: 'Signed out.' }, ...writeErrors },
      }),
      async (c) => {
        const session = getCookie(c, SESSION_COOKIE);
        // A live session ends only by its own page's request, so no other site can sign it out.
        const principal = c.get('principal');
        if (principal?.kind === 'session') assertSessionWrite(c, principal);
        if (session) await deleteSession(store.db, session);
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure: deps.secureCookies ?? true });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/auth/me',
        tags,
        summary: 'Who am I',
        security,
        responses: {
          200: json(z.object({ data: Me }).openapi('MeResponse'), 'The caller.'),
          ...readErrors,
          401: writeErrors[401],
        },
      }),
      async (c) => {
        const principal = c.get('principal');
        if (!principal) throw new ProblemError('unauthorized', { detail: 'Not signed in.' });
        c.header('cache-control', 'no-store');
        const { kind, name, role, csrfToken } = principal;
        return c.json({ data: { kind, name, role, ...(csrfToken && { csrfToken }) } }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/v1/auth/password',
        tags,
        summary: 'Change your own password (a signed-in user, with the current one)',
        description:
          'Ends your other sessions; this one stays. Attempts count against the sign-in limit.',
        security: [{ sessionCookie: [] }],
        request: {
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z.strictObject({
                  currentPassword: z.string().min(1).max(1000),
                  newPassword: z.string().min(12).max(1000),
                }),
              },
            },
          },
        },
        responses: { 204: { description: 'Changed.' }, ...writeErrors },
      }),
      async (c) => {
        const principal = c.get('principal');
        if (!principal) throw new ProblemError('unauthorized', { detail: 'Not signed in.' });
        if (principal.kind !== 'session')
          throw new ProblemError('forbidden', {
            detail: 'Only a signed-in user changes their own password; tokens have none.',
          });
        assertSessionWrite(c, principal);
        const { currentPassword, newPassword } = c.req.valid('json');
        const client = clientKey(clientAddress(c));
        const key = `${principal.name.toLowerCase()}\n${client}`;
        const limit = await attempts.hit(key);
        if (!limit.allowed)
          throw new ProblemError(
            'too-many-requests',
            { detail: 'Too many attempts; wait.' },
            { 'retry-after': String(limit.retryAfter) },
          );
        const user = await findUser(store.db, principal.name);
        if (!user || !(await verifyPassword(currentPassword, user.password_hash ?? dummyHash)))
          throw new ProblemError('unauthorized', { detail: 'The current password is wrong.' });
        await attempts.reset(key);
        await setPassword(store.db, user.id, newPassword, {
          iterations: deps.passwordIterations,
          keepSession: getCookie(c, SESSION_COOKIE),
        });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/tokens',
        tags,
        summary: 'API tokens (admins)',
        security,
        responses: {
          200: json(
            z.object({ data: z.array(TokenInfo) }).openapi('TokenList'),
            'Tokens, without secrets.',
          ),
          ...writeErrors,
        },
      }),
      async (c) => {
        c.header('cache-control', 'no-store');
        return c.json({ data: await listTokens(store.db) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/v1/tokens',
        tags,
        summary: 'Create an API token (admins); the secret is shown once',
        security,
        request: {
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z.strictObject({
                  name: z.string().min(1).max(100),
                  role: z.enum(ROLES),
                  expiresAt: z.iso.datetime().optional(),
                }),
              },
            },
          },
        },
        responses: {
          201: json(
            z.object({ data: TokenInfo.extend({ token: z.string() }) }).openapi('NewToken'),
            'Created; keep the token now.',
          ),
          ...writeErrors,
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const { token, info } = await createToken(store.db, {
          ...body,
          createdBy: actorOf(c.get('principal')!),
        });
        c.header('cache-control', 'no-store');
        return c.json({ data: { ...info, token } }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/v1/tokens/{tokenId}',
        tags,
        summary: 'Revoke an API token (admins)',
        security,
        request: { params: z.object({ tokenId: pathParam('tokenId', 'a1b2c3') }) },
        responses: { 204: { description: 'Revoked.' }, ...writeErrors },
      }),
      async (c) => {
        if (!(await revokeToken(store.db, c.req.valid('param').tokenId)))
          throw new ProblemError('not-found', { detail: 'No such active token.' });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/users',
        tags,
        summary: 'Users who sign in with a password (admins)',
        security,
        responses: {
          200: json(
            z
              .object({
                data: z.array(UserInfo),
              })
              .openapi('UserList'),
            'Users, without their password hashes.',
          ),
          ...writeErrors,
        },
      }),
      async (c) => {
        c.header('cache-control', 'no-store');
        return c.json({ data: await listUsers(store.db) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/v1/users',
        tags,
        summary: 'Create a user who signs in with a password (admins)',
        security,
        request: {
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z.strictObject({
                  // No regex flags: JSON Schema patterns have none, so the OpenAPI document
                  // would carry a pattern no client can use.
                  username: z
                    .string()
                    .regex(/^[A-Za-z0-9._-]{2,64}$/)
                    .openapi({
                      description: 'Letters a–z, digits, dot, underscore, hyphen; 2–64.',
                    }),
                  password: z.string().min(12).max(1000),
                  role: z.enum(ROLES),
                }),
              },
            },
          },
        },
        responses: {
          201: json(
            z
              .object({
                data: z.object({ id: z.string(), username: z.string(), role: z.enum(ROLES) }),
              })
              .openapi('User'),
            'Created.',
          ),
          ...writeErrors,
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        try {
          return c.json({ data: await createUser(store.db, body, deps.passwordIterations) }, 201);
        } catch (error) {
          if (error instanceof UsernameTakenError)
            throw new ProblemError('conflict', { detail: 'That username is taken.' });
          throw error;
        }
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/v1/users/{userId}',
        tags,
        summary: 'Change a user’s role, password or networks, or disable or enable them (admins)',
        description:
          'Disabling or a new password ends the user’s sessions at once. An admin cannot disable or demote themselves (ask another admin), so there is always one left.',
        security,
        request: {
          params: z.object({ userId: pathParam('userId', 'a1b2c3') }),
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z.strictObject({
                  role: z.enum(ROLES).optional(),
                  disabled: z.boolean().optional(),
                  password: z.string().min(12).max(1000).optional().openapi({
                    description: 'A new password (account recovery); ends their sessions.',
                  }),
                  networks: z
                    .array(
                      z
                        .string()
                        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
                        .max(120),
                    )
                    .min(1)
                    .max(100)
                    .nullable()
                    .optional()
                    .openapi({
                      description:
                        'Limit them to these networks (least privilege: they change only these networks’ data); null lifts the limit.',
                    }),
                }),
              },
            },
          },
        },
        responses: {
          200: json(z.object({ data: UserInfo }).openapi('UserUpdated'), 'Changed.'),
          ...writeErrors,
          409: {
            description: 'An admin tried to disable or demote themselves.',
            content: writeErrors[400].content,
          },
        },
      }),
      async (c) => {
        const { userId } = c.req.valid('param');
        const change = c.req.valid('json');
        const caller = c.get('principal')!;
        const demoted = change.role !== undefined && change.role !== 'admin';
        if (caller.kind === 'session' && caller.id === userId && (change.disabled || demoted))
          throw new ProblemError('conflict', {
            detail: 'You cannot disable or demote yourself; another admin can.',
          });
        const { password, ...rest } = change;
        if (
          password !== undefined &&
          !(await setPassword(store.db, userId, password, { iterations: deps.passwordIterations }))
        )
          throw new ProblemError('not-found', { detail: 'No such user.' });
        const user = await updateUser(store.db, userId, rest);
        if (!user) throw new ProblemError('not-found', { detail: 'No such user.' });
        c.header('cache-control', 'no-store');
        return c.json({ data: user }, 200);
      },
    );
}
