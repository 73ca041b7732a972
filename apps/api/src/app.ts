import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { authenticate } from './auth/middleware.ts';
import { networkScope } from './auth/networks.ts';
import type { AppDeps, AppEnv, AppServices } from './env.ts';
import { accepts } from './http/accept.ts';
import { negotiateLanguage } from './http/lang.ts';
import { ProblemError, problem } from './http/problem.ts';
import { createLimiters } from './http/rate-limit.ts';
import { createResponseCache } from './http/response-cache.ts';
import { completeOperations } from './openapi-operations.ts';
import { activityRoutes } from './routes/activities.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { comparisonRoutes } from './routes/comparison.ts';
import { serveDocs } from './routes/docs-site.ts';
import { exportRoutes } from './routes/export.ts';
import { importRoutes } from './routes/import.ts';
import { metaRoutes } from './routes/meta.ts';
import { municipalityRoutes } from './routes/municipalities.ts';
import { networkRoutes } from './routes/networks.ts';
import { participantRoutes } from './routes/participants.ts';
import { periodRoutes } from './routes/periods.ts';
import { regionRoutes } from './routes/regions.ts';
import { sourceRoutes } from './routes/sources.ts';
import { themeRoutes } from './routes/themes.ts';
import { EDITOR_WRITE_PATHS, editorWrites } from './routes/write-helpers.ts';
import {
  ConflictError,
  InvalidError,
  NotFoundError,
  StaleError,
  StoreError,
} from './store/errors.ts';

/** Bodies of single writes, and of imports (a 100 000-row members CSV is about 4 MB). */
export const BODY_LIMIT = 1024 * 1024;
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export const API_INFO = {
  title: 'Verkosto API',
  version: '1.0.0',
  // Markdown: the reference at /docs renders it as the introduction.
  description: `Municipal development networks (Kuntaliitto’s USO and others): networks, periods (*toimikaudet*), themes, member municipalities, and Statistics Finland’s municipality registry 2008–2026 with comparison figures.

## Authentication
- **Reads are public**: no credentials (\`security: []\`).
- **Writes** need either an API token (\`Authorization: Bearer vk_…\`, from \`POST /v1/tokens\` or the server’s \`ADMIN_TOKEN\`) or the session cookie from \`POST /v1/auth/login\` together with the \`X-CSRF-Token\` header that sign-in returned.
- Roles: *viewer* reads what only signed-in users see, *editor* writes data (optionally limited to named networks), *admin* also manages users, tokens and the audit log.

## Conventions
- **Languages**: \`?lang=fi|sv|en\` or \`Accept-Language\`; every \`name\` comes with \`nameLanguage\`, the language it is actually in.
- **Lists** page with \`limit\` and the opaque \`cursor\` from \`meta.nextCursor\`.
- **Changes** take the item’s \`ETag\` in \`If-Match\`: a missing one is \`428\`, a stale one \`412\`.
- **Errors** are [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) problems (\`application/problem+json\`); each \`type\` (\`/problems/not-found\`, …) is a page of this API that says what it means.
- **CSV**: exports and imports use the shared CSV forms (RFC 4180, UTF-8); \`dialect=excel-fi\` gives Finnish Excel’s form (\`;\` and a byte order mark).

The machine-readable document is [/openapi.json](/openapi.json) (OpenAPI 3.1).`,
  license: { name: 'MIT', identifier: 'MIT' },
};

/** The media types a GET can answer with, by path; anything else is 406. */
function producedTypes(path: string, format: string | undefined): string[] | undefined {
  // The admin app's files (served by the Node entry) carry their own types.
  if (path === '/admin' || path.startsWith('/admin/')) return undefined;
  if (path === '/docs') return ['text/html'];
  // The reference page's scripts, fetched by the browser with its own Accept.
  if (path.startsWith('/docs/')) return undefined;
  if (path === '/v1/export' && format === 'csv') return ['text/csv'];
  if (format === 'csv' && /^\/v1\/periods\/[^/]+\/comparison$/.test(path)) return ['text/csv'];
  if (/^\/v1\/periods\/[^/]+\/activities\.ics$/.test(path)) return ['text/calendar'];
  return ['application/json', 'application/problem+json'];
}

/** The Hono app, runtime-agnostic: Node and Workers entries only supply its dependencies. */
export function createApp(options: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  // One set of limiters for the app, counted in the database: every route and every process or
  // isolate on the database counts against the same budgets.
  const deps: AppServices = {
    ...options,
    limiters: createLimiters(options.store.db, options.limits),
  };

  // First, so that a cached public read skips every other middleware (their headers are cached
  // with it); and in front of the app (below), so that a hit skips routing too.
  const cache = createResponseCache({
    version: () => deps.store.version(),
    knownVersion: () => deps.store.knownVersion(),
  });
  app.use('*', cache.middleware);

  // The headers that protect a JSON API and its one HTML page (OWASP's REST list); the legacy
  // browser switches hono/secure-headers also sends by default would only add bytes to each answer.
  app.use(
    '*',
    secureHeaders({
      crossOriginResourcePolicy: 'cross-origin',
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
      // frame-ancestors 'none' in the CSP below forbids framing.
      xFrameOptions: false,
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('content-security-policy')) {
      c.res.headers.set(
        'content-security-policy',
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
      );
    }
  });
  // Reads are open to every origin; writes come from the admin app (same origin) or API tokens.
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: [
        'Authorization',
        'Content-Type',
        'If-Match',
        'If-None-Match',
        'Idempotency-Key',
        // On Workers: the D1 bookmark a client sends back to read its own writes.
        'X-D1-Bookmark',
      ],
      exposeHeaders: [
        'ETag',
        'Content-Language',
        'Location',
        'Retry-After',
        'Attribution',
        'Link',
        'X-D1-Bookmark',
      ],
      maxAge: 86_400,
    }),
  );
  // Bodies are bounded while they stream in, so a chunked body cannot get past the limit.
  const tooLarge = (limit: number) => () => {
    throw new ProblemError('payload-too-large', {
      detail: `The body may be at most ${limit} bytes.`,
    });
  };
  const importLimit = bodyLimit({
    maxSize: IMPORT_BODY_LIMIT,
    onError: tooLarge(IMPORT_BODY_LIMIT),
  });
  const writeLimit = bodyLimit({ maxSize: BODY_LIMIT, onError: tooLarge(BODY_LIMIT) });
  app.use('/v1/*', (c, next) =>
    c.req.path === '/v1/import' ? importLimit(c, next) : writeLimit(c, next),
  );
  app.use('*', authenticate(deps));
  // Least privilege: a caller limited to named networks writes only their data.
  for (const path of EDITOR_WRITE_PATHS) app.use(path, networkScope(deps));
  app.use('*', async (c, next) => {
    c.set('lang', negotiateLanguage(c.req.query('lang'), c.req.header('accept-language')));
    const produced =
      c.req.method === 'GET' || c.req.method === 'HEAD'
        ? producedTypes(c.req.path, c.req.query('format'))
        : undefined;
    if (produced && !accepts(c.req.header('accept'), produced)) {
      return problem(c, 'not-acceptable', {
        detail: `This resource is available as ${produced.join(' or ')}.`,
      });
    }
    return next();
  });
  // Reads stay public; POST, PATCH and DELETE on these paths need an editor.
  const editor = editorWrites(deps);
  for (const path of EDITOR_WRITE_PATHS) app.use(path, editor);

  app.route('/', networkRoutes(deps));
  app.route('/', periodRoutes(deps));
  app.route('/', participantRoutes(deps));
  app.route('/', themeRoutes(deps));
  app.route('/', municipalityRoutes(deps));
  app.route('/', regionRoutes(deps));
  app.route('/', comparisonRoutes(deps));
  app.route('/', sourceRoutes(deps));
  app.route('/', exportRoutes(deps));
  app.route('/', metaRoutes(deps));
  app.route('/', authRoutes(deps));
  app.route('/', activityRoutes(deps));
  app.route('/', importRoutes(deps));
  app.route('/', auditRoutes(deps));
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`vk_…`) from POST /v1/tokens or ADMIN_TOKEN.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'verkosto_session',
    description:
      'The session from POST /v1/auth/login; writes also need the X-CSRF-Token header it returned.',
  });

  const document = () =>
    app.getOpenAPI31Document({ openapi: '3.1.0', info: API_INFO, servers: [{ url: '/' }] });
  let cachedDocument: ReturnType<typeof document> | undefined;
  const openapi = () => {
    if (cachedDocument) return cachedDocument;
    const described = document();
    cachedDocument = {
      ...described,
      paths: completeOperations(described.paths ?? {}),
      tags: [
        { name: 'Networks', description: 'Development networks and their insights.' },
        { name: 'Periods', description: 'Periods (toimikaudet), their themes and members.' },
        {
          name: 'Activities',
          description:
            'What a network does: seminars, meetings and each member’s municipal workshops, the programme and a calendar feed.',
        },
        { name: 'Themes', description: 'Themes (teemat) with lineage across periods.' },
        {
          name: 'Municipalities',
          description: 'Statistics Finland’s municipality registry, 2008–2026.',
        },
        {
          name: 'Comparison',
          description:
            'Comparison data (vertailutieto): indicators, figures, comparable municipalities and a period’s members against them.',
        },
        { name: 'Sources', description: 'Where the facts come from.' },
        { name: 'Export', description: 'The dataset in the shared format.' },
        {
          name: 'Import',
          description: 'Datasets and CSV files in, validated, in one transaction.',
        },
        { name: 'Access', description: 'Sign-in, API tokens, users and the audit log.' },
        { name: 'Service', description: 'Health and the API description.' },
      ],
    };
    return cachedDocument;
  };
  app.get('/openapi.json', (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.json(openapi());
  });
  serveDocs(app, { title: API_INFO.title, script: deps.apiReferenceScript });
  app.get('/', (c) => c.redirect('/docs', 302));

  // Public reads answered from the cache synchronously, before Hono routes anything: on Node
  // (@hono/node-server) such a Response is written without a single await.
  const dispatch = app.fetch;
  app.fetch = (request, env, executionCtx) =>
    cache.lookup(request) ?? dispatch(request, env, executionCtx);

  app.notFound((c) => {
    const allowed = allowedMethods(app.routes, c.req.path);
    if (allowed.length > 0) {
      return problem(
        c,
        'method-not-allowed',
        { detail: `Use ${allowed.join(', ')}.` },
        { allow: allowed.join(', ') },
      );
    }
    return problem(c, 'not-found', { detail: `Nothing at ${c.req.path}.` });
  });
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problem(c, error.kind, error.extra, error.headers);
    if (error instanceof StoreError) return storeProblem(c, error);
    if (error instanceof HTTPException && /Content-Type|Media Type/i.test(error.message)) {
      return problem(c, 'unsupported-media-type', {
        detail: 'Send the body as application/json (or text/csv for imports).',
      });
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problem(c, error.status === 413 ? 'payload-too-large' : 'bad-request', {
        detail: error.message || 'The request is malformed.',
      });
    }
    (deps.logError ?? console.error)(error, { method: c.req.method, path: c.req.path });
    return problem(c, 'internal', {
      detail: 'The server failed to answer. The error has been logged.',
    });
  });
  return app;
}

/** The store's domain errors as problems: the one place they meet HTTP. */
function storeProblem(c: Context, error: StoreError): Response {
  if (error instanceof NotFoundError) return problem(c, 'not-found', { detail: error.message });
  if (error instanceof ConflictError) return problem(c, 'conflict', { detail: error.message });
  if (error instanceof StaleError)
    return problem(
      c,
      'precondition-failed',
      { detail: error.message, currentVersion: error.currentVersion },
      error.currentVersion > 0 ? { etag: `"v${error.currentVersion}"` } : {},
    );
  if (error instanceof InvalidError)
    return problem(c, 'bad-request', { detail: error.message, issues: error.issues });
  return problem(c, 'internal', { detail: 'The server failed to answer.' });
}

/** The methods registered for a path, for 405 and Allow. */
function allowedMethods(
  routes: ReadonlyArray<{ path: string; method: string }>,
  path: string,
): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    const pattern = new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}$`);
    if (pattern.test(path)) methods.add(route.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  if (methods.size > 0) methods.add('OPTIONS');
  return [...methods].sort();
}

export type App = ReturnType<typeof createApp>;
