import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { PUBLIC_CACHE_CONTROL } from './response-cache.ts';

/** A public read: JSON, cacheable, in the negotiated language. */
export function read<T>(c: Context<AppEnv>, body: T) {
  c.header('cache-control', PUBLIC_CACHE_CONTROL);
  c.header('content-language', c.get('lang'));
  c.header('vary', 'Accept, Accept-Language');
  return c.json(body as never, 200) as never;
}
