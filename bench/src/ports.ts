import { type AddressInfo, createServer } from 'node:net';

/**
 * A port no one listens on: other benches may run on the same machine, and a fixed port would
 * have this one measure (and write to) their server while its own fails to listen.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
