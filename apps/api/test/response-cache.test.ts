import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createResponseCache, PUBLIC_CACHE_CONTROL } from '../src/http/response-cache.ts';

/** A tiny app behind the cache, counting how often its handler runs. */
function setup() {
  const state = { version: 1, known: true as boolean, runs: 0 };
  const cache = createResponseCache({
    version: async () => state.version,
    knownVersion: () => (state.known ? state.version : undefined),
  });
  const app = new Hono();
  app.use('*', cache.middleware);
  app.get('/thing', (c) => {
    state.runs += 1;
    c.header('cache-control', PUBLIC_CACHE_CONTROL);
    return c.json({ version: state.version, lang: c.req.header('accept-language') ?? null });
  });
  app.get('/private', (c) => {
    state.runs += 1;
    c.header('cache-control', 'no-store');
    return c.json({ secret: true });
  });
  const fetch = (path: string, init?: RequestInit) => {
    const request = new Request(`http://localhost${path}`, init);
    return cache.lookup(request) ?? app.fetch(request);
  };
  return { state, cache, fetch };
}

describe('the response cache', () => {
  it('answers a repeated public read in front of the app, synchronously, until the version moves', async () => {
    const { state, cache, fetch } = setup();
    expect(cache.lookup(new Request('http://localhost/thing'))).toBeUndefined();
    const first = await fetch('/thing');
    expect(state.runs).toBe(1);
    const hit = cache.lookup(new Request('http://localhost/thing'));
    expect(hit).toBeInstanceOf(Response);
    expect(await hit!.json()).toEqual({ version: 1, lang: null });
    expect(hit!.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(state.runs).toBe(1);

    state.version = 2;
    expect(cache.lookup(new Request('http://localhost/thing'))).toBeUndefined();
    expect(await (await fetch('/thing')).json()).toEqual({ version: 2, lang: null });
    expect(state.runs).toBe(2);
  });

  it('asks for the version when it is not known without the database', async () => {
    const { state, cache, fetch } = setup();
    await fetch('/thing');
    state.known = false;
    expect(cache.lookup(new Request('http://localhost/thing'))).toBeUndefined();
    await fetch('/thing'); // the middleware's hit: the handler does not run again
    expect(state.runs).toBe(1);
  });

  it('keeps variants apart, answers HEAD and If-None-Match, and never caches credentials', async () => {
    const { state, fetch } = setup();
    const fi = await fetch('/thing', { headers: { 'accept-language': 'fi' } });
    const sv = await fetch('/thing', { headers: { 'accept-language': 'sv' } });
    expect(fi.headers.get('etag')).not.toBe(sv.headers.get('etag'));
    const head = await fetch('/thing', { method: 'HEAD', headers: { 'accept-language': 'fi' } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const etag = fi.headers.get('etag')!;
    const notModified = await fetch('/thing', {
      headers: { 'accept-language': 'fi', 'if-none-match': `W/${etag}` },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(notModified.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    const runs = state.runs;
    await fetch('/thing', { headers: { authorization: 'Bearer x' } });
    await fetch('/thing', { headers: { cookie: 'a=b' } });
    expect(state.runs).toBe(runs + 2);
  });

  it('tags what it does not cache', async () => {
    const { state, fetch } = setup();
    const res = await fetch('/private');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await fetch('/private', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect(state.runs).toBe(2);
  });
});
