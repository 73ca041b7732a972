import type { Context } from 'hono';
import { ProblemError } from './problem.ts';

/**
 * An item's strong ETag: its version, the language of this representation and, when the view
 * carries what other rows decide (a member's workshops, a programme's progress), a fingerprint
 * of that part: so a 304 never answers for a view that changed while the item did not. If-Match
 * reads only the version.
 */
export const itemEtag = (version: number, lang: string, derived?: unknown) =>
  `"v${version}-${lang}${derived === undefined ? '' : `-${fingerprint(JSON.stringify(derived))}`}"`;

/** FNV-1a (32 bits) in base 36: short, and enough to tell two states of a view apart. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

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
  const match = /^"v(\d+)(?:-[a-z]{2}(?:-[0-9a-z]+)?)?"$/.exec(header);
  if (!match)
    throw new ProblemError('precondition-failed', {
      detail: 'If-Match names no version of this item (weak ETags never match).',
    });
  return Number(match[1]);
}
