import type { ValidationIssue } from '@verkosto/validation';
import type { Context } from 'hono';

/**
 * Every error is an RFC 9457 problem. `type` is a stable URI per kind, relative to the API
 * (GET it for a description); clients match on it, never on `title` or `detail`.
 */
export const PROBLEMS = {
  'bad-request': {
    status: 400,
    title: 'Bad request',
    description:
      'The request is malformed: a parameter or body failed validation. `issues` lists each problem with its code and path.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    description:
      'This needs authentication: a Bearer API token, or a session cookie from POST /v1/auth/login.',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    description:
      'Authenticated, but the role or the networks you may change do not allow this — or a session write lacks its X-CSRF-Token or comes from another origin.',
  },
  'not-found': { status: 404, title: 'Not found', description: 'There is no such resource.' },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description:
      'The resource exists but does not support this method; `Allow` lists those it does.',
  },
  'not-acceptable': {
    status: 406,
    title: 'Not acceptable',
    description: 'The resource cannot be represented in a media type that `Accept` allows.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    description: 'The resource already exists, or others depend on it.',
  },
  'precondition-failed': {
    status: 412,
    title: 'Precondition failed',
    description:
      'If-Match names a version that is no longer current: someone else changed it. The current ETag is in the ETag header; reload and re-apply.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    description: 'The body is larger than this endpoint accepts.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    description: 'The body must be JSON (or CSV for imports).',
  },
  'precondition-required': {
    status: 428,
    title: 'Precondition required',
    description:
      'Changing or deleting needs If-Match with the ETag you last read, so no edit is lost.',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too many requests',
    description: 'Slow down: retry after the seconds in Retry-After.',
  },
  internal: {
    status: 500,
    title: 'Internal server error',
    description:
      'Something failed on the server. It has been logged; the response holds no internals.',
  },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    description: 'A dependency (the database) does not answer.',
  },
} as const;

export type ProblemKind = keyof typeof PROBLEMS;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** For validation problems: what failed, where. */
  issues?: ValidationIssue[];
  /** For parameter problems: the names of the bad parameters. */
  invalidParams?: string[];
  /** How many issues there were, when `issues` lists only the first `MAX_LISTED_ISSUES`. */
  issueCount?: number;
  [extension: string]: unknown;
}

export const problemType = (kind: ProblemKind) => `/problems/${kind}`;

/**
 * A problem lists at most this many issues and bad parameters, so that a huge invalid body gets a
 * small answer (a 956 KiB body once drew 14.7 MiB); `issueCount` tells the total.
 */
export const MAX_LISTED_ISSUES = 100;

/** The first `MAX_LISTED_ISSUES` issues, and their total when some were left out. */
export function listedIssues<T>(issues: readonly T[]): { issues: T[]; issueCount?: number } {
  return issues.length > MAX_LISTED_ISSUES
    ? { issues: issues.slice(0, MAX_LISTED_ISSUES), issueCount: issues.length }
    : { issues: [...issues] };
}

export function problemBody(kind: ProblemKind, extra: Partial<ProblemBody> = {}): ProblemBody {
  const { status, title } = PROBLEMS[kind];
  const body: ProblemBody = { type: problemType(kind), title, status, ...extra };
  if (body.issues) Object.assign(body, listedIssues(body.issues));
  if (body.invalidParams) body.invalidParams = body.invalidParams.slice(0, MAX_LISTED_ISSUES);
  return body;
}

/** A problem+json response; errors are never cached. */
export function problem(
  c: Context,
  kind: ProblemKind,
  extra: Partial<ProblemBody> = {},
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(kind, { instance: new URL(c.req.url).pathname, ...extra });
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** Thrown by handlers; the app's error handler answers it as a problem. */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly extra: Partial<ProblemBody>;
  readonly headers: Record<string, string>;
  constructor(
    kind: ProblemKind,
    extra: Partial<ProblemBody> = {},
    headers: Record<string, string> = {},
  ) {
    super(extra.detail ?? PROBLEMS[kind].title);
    this.name = 'ProblemError';
    this.kind = kind;
    this.extra = extra;
    this.headers = headers;
  }
}
