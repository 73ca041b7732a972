import type { Context } from 'hono';
import { ProblemError } from './problem.ts';

/** The JSON body of a write; 415 for another media type, 400 for broken JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ProblemError('unsupported-media-type', {
      detail: 'Send the body as application/json.',
    });
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProblemError('bad-request', {
      detail: `The body is not valid JSON: ${(error as Error).message}`,
    });
  }
}
