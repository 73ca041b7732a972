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
  [extension: string]: unknown;
}

export const problemType = (kind: ProblemKind) => `/problems/${kind}`;

export function problemBody(kind: ProblemKind, extra: Partial<ProblemBody> = {}): ProblemBody {
  const { status, title } = PROBLEMS[kind];
  return { type: problemType(kind), title, status, ...extra };
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
