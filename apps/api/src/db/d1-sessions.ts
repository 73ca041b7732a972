/**
 * D1 through its Sessions API, behind the same driver interface: each request runs in its own
 * session, so its reads may go to a read replica while staying consistent with one another, and
 * a client that sends back the bookmark of its last answer reads at least what it wrote. Workers
 * only (worker.ts); `AsyncLocalStorage` (workerd's, compatibility flag `nodejs_als`) keeps
 * concurrent requests in one isolate in their own sessions.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlDatabase, SqlStatement } from './driver.ts';

/** Where the bookmark travels: this header, both ways, and for browsers a cookie set by writes. */
export const BOOKMARK_HEADER = 'x-d1-bookmark';
export const BOOKMARK_COOKIE = 'verkosto_d1_bookmark';

/** D1's bookmarks are hex groups joined by dashes; anything else is ignored, never passed on. */
const BOOKMARK = /^[0-9a-f]+(?:-[0-9a-f]+){0,15}$/i;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function bookmarkOf(request: Request): string | undefined {
  const header = request.headers.get(BOOKMARK_HEADER)?.trim();
  if (header && header.length <= 200 && BOOKMARK.test(header)) return header;
  const cookie = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${BOOKMARK_COOKIE}=`))
    ?.slice(BOOKMARK_COOKIE.length + 1);
  if (cookie && cookie.length <= 200 && BOOKMARK.test(cookie)) return cookie;
  return undefined;
}

/** The running request: the bookmark its client sent, and its session once it runs a query. */
interface Running {
  sent: string | undefined;
  write: boolean;
  session?: D1DatabaseSession;
}

export function d1Sessions(d1: D1Database) {
  const current = new AsyncLocalStorage<Running>();
  // Opened at the request's first query: an answer from the isolate's cache opens none.
  const sessionOf = (running: Running) =>
    (running.session ??= d1.withSession(
      running.sent ?? (running.write ? 'first-primary' : 'first-unconstrained'),
    ));
  const target = () => {
    const running = current.getStore();
    return running ? sessionOf(running) : d1;
  };
  /** The driver the app is built on: each query goes through the running request's session. */
  const db: SqlDatabase = {
    prepare: (sql) => target().prepare(sql),
    batch: (statements: SqlStatement[]) =>
      target().batch(statements as unknown as D1PreparedStatement[]),
    exec: (sql) => d1.exec(sql),
  };

  /**
   * Runs one request in a session: from the client's bookmark when it sent one; else a read
   * starts anywhere (a replica) and a write at the primary. The answer carries the session's
   * bookmark; a successful write also sets it as a cookie, so a browser's next reads see it.
   */
  async function run(request: Request, handle: () => Promise<Response>): Promise<Response> {
    const sent = bookmarkOf(request);
    const write = !SAFE.has(request.method);
    const running: Running = { sent, write };
    const response = await current.run(running, handle);
    // None when the request ran no query: then the client's own bookmark still holds.
    const bookmark = running.session?.getBookmark() ?? sent;
    if (!bookmark) return response;
    const answer = new Response(response.body, response);
    answer.headers.set(BOOKMARK_HEADER, bookmark);
    if (write && response.ok)
      answer.headers.append(
        'set-cookie',
        `${BOOKMARK_COOKIE}=${bookmark}; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Strict`,
      );
    return answer;
  }

  /**
   * Whether the running request may be answered from what this isolate already knows: only when
   * its client sent no bookmark, so it asked for no particular state (see README, Reads at the edge).
   */
  const unconstrained = () => current.getStore()?.sent === undefined;

  return { db, run, unconstrained };
}
