import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { servedLanguages } from './lang.ts';
import { PUBLIC_CACHE_CONTROL } from './response-cache.ts';

/**
 * A public read: JSON, cacheable, in the negotiated language where the data has it.
 * `Content-Language` names the languages the body's negotiated texts are really in (`sv, fi`
 * when some Swedish names fall back to Finnish), never just the one asked for.
 */
export function read<T>(c: Context<AppEnv>, body: T) {
  c.header('cache-control', PUBLIC_CACHE_CONTROL);
  c.header('content-language', servedLanguages(body, c.get('lang')).join(', '));
  c.header('vary', 'Accept, Accept-Language');
  return c.json(body as never, 200) as never;
}
