/**
 * The practical limit: node:http answering each benchmarked URL with the API's response,
 * precomputed — its headers and body (recorded by `recordResponse`).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RecordedResponse } from '../responses.ts';

const [responsesFile, port] = process.argv.slice(2) as [string, string];
const responses = new Map(
  Object.entries(
    JSON.parse(readFileSync(responsesFile, 'utf8')) as Record<string, RecordedResponse>,
  ).map(([url, v]) => {
    const body = Buffer.from(v.body);
    return [url, { body, headers: { ...v.headers, 'content-length': String(body.length) } }];
  }),
);
createServer((req, res) => {
  const hit = responses.get(req.url ?? '');
  if (!hit) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, hit.headers);
  res.end(hit.body);
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
