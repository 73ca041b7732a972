/**
 * The practical limit at the edge: a Worker answering each benchmarked URL with its precomputed
 * bytes (given as the BODIES variable), in the same workerd and `wrangler dev` as the API.
 */
interface Env {
  BODIES: Record<string, { body: string; etag: string }>;
}

let bodies: Map<string, { body: Uint8Array; etag: string }> | undefined;

export default {
  fetch(request: Request, env: Env): Response {
    bodies ??= new Map(
      Object.entries(env.BODIES).map(([path, v]) => [
        path,
        { body: new TextEncoder().encode(v.body), etag: v.etag },
      ]),
    );
    const url = new URL(request.url);
    if (url.pathname === '/healthz') return new Response('ok');
    const hit = bodies.get(url.pathname + url.search);
    if (!hit) return new Response(null, { status: 404 });
    return new Response(hit.body, {
      headers: { 'content-type': 'application/json', etag: hit.etag },
    });
  },
};
