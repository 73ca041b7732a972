import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, serveApi } from '../src/node-server.ts';
import { testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let server: ApiServer;
let port: number;
beforeAll(async () => {
  t = await testApp();
  server = serveApi({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.close();
});

/**
 * A client as many are: it sends the whole body before it reads the answer. Sends `mib` MiB in
 * 256 KiB pieces for about `seconds`, then reads what arrived. An answer given early must still
 * be there: a server that closes while the body streams in makes the kernel reset the connection,
 * and a reset discards the answer the client had not read yet.
 */
function sendThenRead(head: string, mib: number, seconds: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const pieces = mib * 4;
    let sent = 0;
    let received = '';
    let error = '';
    socket.pause();
    socket.on('error', (e) => {
      error = (e as NodeJS.ErrnoException).code ?? e.message;
    });
    socket.on('close', () => resolve(received || `no answer (${error})`));
    socket.write(head);
    const timer = setInterval(
      () => {
        if (socket.destroyed) return clearInterval(timer);
        if (sent++ < pieces) socket.write(chunk);
        else {
          clearInterval(timer);
          socket.end();
          socket.on('data', (data) => {
            received += data.toString('latin1');
          });
          socket.resume();
        }
      },
      (seconds * 1000) / pieces,
    );
  });
}

describe('answers given before the body is read (a real server)', () => {
  it('delivers a 413 to a client still sending its body, then closes cleanly', async () => {
    const head = `POST /v1/periods/uso-5/participants HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${t.tokens.editor}\r\ncontent-type: application/json\r\ncontent-length: ${8 * 1024 * 1024}\r\n\r\n`;
    const answer = await sendThenRead(head, 8, 2);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('/problems/payload-too-large');
  });

  it('delivers a 401 to an anonymous client still sending a large import', async () => {
    const head = `POST /v1/import HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${8 * 1024 * 1024}\r\n\r\n`;
    const answer = await sendThenRead(head, 8, 2);
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer).toContain('/problems/unauthorized');
  });

  it('answers an ordinary write as before', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/v1/periods/uso-5/participants`, {
      method: 'POST',
      headers: t.as('editor'),
      body: JSON.stringify({ municipalityCode: '020' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('connection')).not.toBe('close');
  });
});
