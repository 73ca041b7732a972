/** Headers the runtime writes for each message itself: a replayed response leaves them out. */
const PER_MESSAGE_HEADERS = new Set([
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

/** A response as a baseline server replays it: the API's own headers and body. */
export interface RecordedResponse {
  body: string;
  headers: Record<string, string>;
}

/**
 * The API's answer to a GET, recorded for a baseline. The security, CORS and caching headers are
 * part of what a client receives, and writing them costs every server: a baseline that sent only
 * the body would measure the headers, not the server.
 */
export async function recordResponse(url: string): Promise<RecordedResponse> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  const headers = Object.fromEntries(
    [...res.headers].filter(([name]) => !PER_MESSAGE_HEADERS.has(name)),
  );
  return { body: await res.text(), headers };
}
