import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.generated.ts';

export type { components, paths };
/** The API's response shapes by name: `Schemas['Participant']`, `Schemas['Problem']`, … */
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** An RFC 9457 problem the API answered, as an error: match on `type`, not on the message. */
export class VerkostoProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly problem: Problem;
  /** The ETag sent with a 412, to reload and re-apply. */
  readonly etag: string | null;
  constructor(problem: Problem, etag: string | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'VerkostoProblem';
    this.status = problem.status;
    this.type = problem.type;
    this.problem = problem;
    this.etag = etag;
  }
}

export interface VerkostoClientOptions {
  /** Where the API is, e.g. `http://localhost:8787` (empty for the same origin). */
  baseUrl?: string;
  /** An API token (`vk_…`) for writes from machines. */
  token?: string;
  /** For browser sessions: the CSRF token from sign-in, sent with every write. */
  csrfToken?: () => string | undefined;
  /** The language of `name` in answers. */
  lang?: 'fi' | 'sv' | 'en';
  /** A fetch to use instead of the global one (tests, custom agents). */
  fetch?: (request: Request) => Promise<Response>;
  /** Cookies: `include` for a session on another origin, `same-origin` by default. */
  credentials?: RequestCredentials;
}

export type VerkostoClient = Client<paths>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A typed client: `client.GET('/v1/periods/{periodId}/participants', { params: { path: { periodId: 'uso-4' } } })`
 * is checked against the API's OpenAPI document at compile time.
 */
export function createVerkostoClient(options: VerkostoClientOptions = {}): VerkostoClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: options.credentials ?? 'same-origin',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      if (options.token) request.headers.set('authorization', `Bearer ${options.token}`);
      const csrf = options.csrfToken?.();
      if (csrf && UNSAFE.has(request.method)) request.headers.set('x-csrf-token', csrf);
      if (options.lang) request.headers.set('accept-language', options.lang);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** The data of a result, or a thrown `VerkostoProblem`. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = (result.error ?? {
      type: 'about:blank',
      title: result.response.statusText,
      status: result.response.status,
    }) as Problem;
    throw new VerkostoProblem(problem, result.response.headers.get('etag'));
  }
  return result.data as T;
}
