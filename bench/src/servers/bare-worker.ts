/**
 * The practical limit at the edge: a Worker answering each benchmarked URL with its precomputed
 * response — the API's own headers and body (`recordResponse`), given as the RESPONSES variable
 * — in the same workerd and `wrangler dev` as the API.
 */
import type { RecordedResponse } from '../responses.ts';

interface Env {
  RESPONSES: Record<string, RecordedResponse>;
}

let responses: Map<string, { body: Uint8Array; headers: Record<string, string> }> | undefined;

export default {
  fetch(request: Request, env: Env): Response {
    responses ??= new Map(
      Object.entries(env.RESPONSES).map(([path, v]) => [
        path,
        { body: new TextEncoder().encode(v.body), headers: v.headers },
      ]),
    );
    const url = new URL(request.url);
    if (url.pathname === '/healthz') return new Response('ok');
    const hit = responses.get(url.pathname + url.search);
    if (!hit) return new Response(null, { status: 404 });
    return new Response(hit.body, { headers: hit.headers });
  },
};
