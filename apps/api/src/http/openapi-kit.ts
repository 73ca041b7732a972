import { OpenAPIHono } from '@hono/zod-openapi';
import { fromZodIssues } from '@verkosto/validation';
import type { AppEnv } from '../env.ts';
import { Problem } from '../schemas.ts';
import { MAX_LISTED_ISSUES, problem } from './problem.ts';

const problemContent = { 'application/problem+json': { schema: Problem } };

/** The error responses every read documents. */
export const readErrors = {
  400: {
    description: 'A parameter is invalid (problem `/problems/bad-request`).',
    content: problemContent,
  },
  404: {
    description: 'No such resource (problem `/problems/not-found`).',
    content: problemContent,
  },
  406: { description: 'Accept allows no media type this resource has.', content: problemContent },
  500: { description: 'Server error, without internals.', content: problemContent },
} as const;

/** The error responses every write documents. */
export const writeErrors = {
  400: {
    description:
      'The body or a parameter is invalid; `issues` says where (problem `/problems/bad-request`).',
    content: problemContent,
  },
  401: {
    description: 'Not authenticated (problem `/problems/unauthorized`).',
    content: problemContent,
  },
  403: {
    description:
      'The role or the user’s networks do not allow it, or a session write lacks X-CSRF-Token or comes from another origin (problem `/problems/forbidden`).',
    content: problemContent,
  },
  404: readErrors[404],
  413: {
    description: 'The body is too large (problem `/problems/payload-too-large`).',
    content: problemContent,
  },
  415: {
    description: 'The body is not JSON (problem `/problems/unsupported-media-type`).',
    content: problemContent,
  },
  429: {
    description: 'Too many requests; see Retry-After (problem `/problems/too-many-requests`).',
    content: problemContent,
  },
  500: readErrors[500],
} as const;

export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A sub-app whose validation failures answer 400 problems that name the bad parameters. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = fromZodIssues(result.error.issues);
      const invalidParams = [
        ...new Set(result.error.issues.map((i) => String(i.path[0] ?? result.target))),
      ].slice(0, MAX_LISTED_ISSUES);
      return problem(c, 'bad-request', {
        detail: `Invalid ${result.target === 'query' ? 'query parameter' : result.target === 'param' ? 'path parameter' : result.target}: ${invalidParams.join(', ')}.`,
        invalidParams,
        issues,
      });
    },
  });
}

/** Writes take an API token or a session (with its CSRF token). */
export const SECURITY: Array<Record<string, string[]>> = [
  { bearerAuth: [] },
  { sessionCookie: [] },
];
