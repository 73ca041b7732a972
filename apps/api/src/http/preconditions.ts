import type { Context } from 'hono';
import { ProblemError } from './problem.ts';

/** An item's strong ETag: its version, and the language of this representation. */
export const itemEtag = (version: number, lang: string) => `"v${version}-${lang}"`;

/**
 * The version If-Match names (any language of it), -1 for `*`. Missing → 428, so that no
 * change is made blind; unparseable → 412, since it cannot match.
 */
export function requiredIfMatch(c: Context): number {
  const header = c.req.header('if-match')?.trim();
  if (!header)
    throw new ProblemError('precondition-required', {
      detail: 'Send If-Match with the ETag you last read.',
    });
  if (header === '*') return -1;
  const match = /^"v(\d+)(?:-[a-z]{2})?"$/.exec(header);
  if (!match)
    throw new ProblemError('precondition-failed', {
      detail: 'If-Match names no version of this item (weak ETags never match).',
    });
  return Number(match[1]);
}
