import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './harness.ts';

/**
 * Generated bodies, 10 000 per write route, through the real app on a real SQLite file: whatever
 * arrives, the answer is never a 5xx. The bodies mix arbitrary JSON, objects with the route's own
 * field names holding arbitrary values (so they get past the first checks), and raw text.
 */
const RUNS = 10_000;

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  // The write limit would answer 429 to nearly all of them; it is tested elsewhere.
  t = await testApp({ limits: { write: { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 } } });
});
afterAll(() => t.close());

const FIELDS = [
  'id',
  'name',
  'shortName',
  'organiser',
  'organiserBusinessId',
  'description',
  'links',
  'sources',
  'ordinal',
  'label',
  'startDate',
  'endDate',
  'leadThemeId',
  'reportedMemberCount',
  'slug',
  'origin',
  'parentId',
  'continuesThemeId',
  'borrowedFrom',
  'keywords',
  'municipalityCode',
  'role',
  'joinedOn',
  'leftOn',
  'formatVersion',
  'networks',
  'periods',
  'themes',
  'participations',
];
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('2019-01-01', '091', 'uso', 'uso-5', 'new', 'continued', 'kehittajakunta', 1),
  fc.record({ fi: fc.string(), sv: fc.string() }, { requiredKeys: [] }),
);
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 }).map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
);

const ROUTES: Array<[string, string]> = [
  ['POST', '/v1/networks'],
  ['PATCH', '/v1/networks/uso'],
  ['POST', '/v1/networks/uso/periods'],
  ['PATCH', '/v1/periods/uso-7'],
  ['POST', '/v1/periods/uso-5/themes'],
  ['PATCH', '/v1/themes/uso-5-kukoistava-kunta'],
  ['POST', '/v1/periods/uso-5/participants'],
  ['PATCH', '/v1/periods/uso-4/participants/609'],
  ['POST', '/v1/import?dryRun=true'],
];

describe('fuzzed bodies', () => {
  it.each(ROUTES)(
    `%s %s: ${RUNS} bodies, never a 5xx`,
    async (method, path) => {
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const res = await t.app.request(path, {
            method,
            headers: t.as('admin', { 'if-match': '*' }),
            body: text,
          });
          if (res.status >= 500) expect.fail(`${res.status} for ${text.slice(0, 300)}`);
          await res.arrayBuffer();
        }),
        { numRuns: RUNS },
      );
    },
    300_000,
  );
});
