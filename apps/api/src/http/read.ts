import type { Language } from '@verkosto/core';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { servedLanguages } from './lang.ts';
import { PUBLIC_CACHE_CONTROL } from './response-cache.ts';

/**
 * A public read: JSON, cacheable, in the negotiated language where the data has it.
 * `Content-Language` names the languages the body's negotiated texts are really in (`sv, fi`
 * when some Swedish names fall back to Finnish), never just the one asked for.
 */
export function read<T>(c: Context<AppEnv>, body: T, languages?: readonly Language[]) {
  c.header('cache-control', PUBLIC_CACHE_CONTROL);
  c.header('content-language', contentLanguage(body, c.get('lang'), languages).join(', '));
  c.header('vary', 'Accept, Accept-Language');
  return c.json(body as never, 200) as never;
}

/**
 * `servedLanguages` walks the body; a route that already knows the languages of its negotiated
 * texts (a large answer built in one pass) names them and spares the walk.
 */
function contentLanguage(body: unknown, negotiated: Language, known?: readonly Language[]) {
  if (!known) return servedLanguages(body, negotiated);
  if (known.length === 0) return [negotiated];
  return [...known].sort((a, b) => (a === negotiated ? -1 : b === negotiated ? 1 : 0));
}
