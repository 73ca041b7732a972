// Plain JS, like index.js: tests, end-to-end suites and benches load it without a build step.
import { createServer } from 'node:net';

/** @type {import('./ports.d.ts').freePort} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address !== 'object' || address === null) {
        server.close();
        reject(new Error(`no TCP port to take: ${String(address)}`));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
