/** The practical limit: node:http answering each benchmarked URL with a precomputed body. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [bodiesFile, port] = process.argv.slice(2) as [string, string];
const bodies = new Map<string, { body: Buffer; etag: string }>(
  Object.entries(
    JSON.parse(readFileSync(bodiesFile, 'utf8')) as Record<string, { body: string; etag: string }>,
  ).map(([url, v]) => [url, { body: Buffer.from(v.body), etag: v.etag }]),
);
createServer((req, res) => {
  const hit = bodies.get(req.url ?? '');
  if (!hit) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/json',
    etag: hit.etag,
    'content-length': hit.body.length,
  });
  res.end(hit.body);
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
