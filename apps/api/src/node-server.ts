/**
 * The Node HTTP server for the app (used by node.ts, and by tests on a real socket). Its one
 * addition to @hono/node-server: answers given before the body was read (413, 401) reach the
 * client whole. Closing a socket while the client still sends makes the kernel answer with a
 * reset, which discards the answer the client had not read yet (about 1.5 % of early answers to
 * large bodies were lost so). Instead the server ends its side once the answer is written (FIN)
 * and goes on reading and discarding the body — at most 64 MiB, for at most 10 s, and never idle
 * for more than 2 s — before it lets the socket go.
 */
import { type ServerType, serve } from '@hono/node-server';

export type ApiServer = ServerType;

const LINGER_BYTES = 64 * 1024 * 1024;
const LINGER_MS = 10_000;
const LINGER_IDLE_MS = 2_000;

/** The socket side of an incoming request, as much of it as lingering needs. */
interface Lingering {
  /** Whether the whole message has arrived (read or not). */
  complete: boolean;
  resume(): void;
  removeAllListeners(event: 'data'): void;
  on(event: 'data', listener: (chunk: { length: number }) => void): void;
  on(event: 'end', listener: () => void): void;
  method?: string;
  socket: {
    destroyed: boolean;
    end(): void;
    destroy(): void;
    on(event: 'end' | 'close', listener: () => void): void;
  } | null;
}
interface Answer {
  once(event: 'finish', listener: () => void): void;
}

export function serveApi(
  options: {
    fetch: Parameters<typeof serve>[0]['fetch'];
    port: number;
    hostname: string;
  },
  onListen?: Parameters<typeof serve>[1],
): ApiServer {
  // Our lingering replaces @hono/node-server's, which destroys the socket after 500 ms.
  const server = serve({ ...options, autoCleanupIncoming: false }, onListen);
  server.prependListener('request', (request: Lingering, response: Answer) => {
    if (request.method === 'GET' || request.method === 'HEAD') return;
    response.once('finish', () => {
      // Not all of the body has arrived: the answer came early.
      if (!request.complete) linger(request);
    });
  });
  return server;
}

function linger(request: Lingering) {
  const { socket } = request;
  if (!socket || socket.destroyed) return;
  let bytes = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(deadline);
    clearTimeout(idle);
    socket.destroy();
  };
  const deadline = setTimeout(stop, LINGER_MS);
  const waitForMore = () => {
    clearTimeout(idle);
    idle = setTimeout(stop, LINGER_IDLE_MS);
  };
  waitForMore();
  socket.on('close', () => {
    clearTimeout(deadline);
    clearTimeout(idle);
  });
  // The HTTP parser reads the socket itself: the rest of the body arrives on the request. Its
  // web stream (the app's body, unread now that the answer is out) would pause it when full.
  request.removeAllListeners('data');
  request.on('data', (chunk) => {
    bytes += chunk.length;
    if (bytes > LINGER_BYTES) stop();
    else waitForMore();
  });
  request.on('end', stop);
  socket.on('end', stop);
  socket.end();
  request.resume();
}
