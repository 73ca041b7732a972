import { readFileSync } from 'node:fs';
import { createVerkostoClient, unwrap, VerkostoProblem } from '@verkosto/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openapiDocument } from '../src/openapi-document.ts';
import { testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('@verkosto/client against the real app', () => {
  const client = (token?: string) =>
    createVerkostoClient({
      baseUrl: 'http://verkosto.test',
      lang: 'sv',
      fetch: async (request) => t.app.request(request),
      ...(token ? { token } : {}),
    });

  it('reads with typed paths and parameters', async () => {
    const members = unwrap(
      await client().GET('/v1/periods/{periodId}/participants', {
        params: { path: { periodId: 'uso-4' }, query: { limit: 5 } },
      }),
    );
    expect(members.meta.total).toBe(29);
    expect(members.data[0]?.name).toBe('Forssa');
    const pertunmaa = unwrap(
      await client().GET('/v1/municipalities/{code}', { params: { path: { code: '588' } } }),
    );
    expect(pertunmaa.data.successors[0]?.code).toBe('507');
  });

  it('writes with a token and turns problems into VerkostoProblem', async () => {
    const created = unwrap(
      await client(t.tokens.editor).POST('/v1/periods/{periodId}/participants', {
        params: { path: { periodId: 'uso-7' } },
        body: { municipalityCode: '091' },
      }),
    );
    expect(created.data.name).toBe('Helsingfors');
    const again = await client(t.tokens.editor).POST('/v1/periods/{periodId}/participants', {
      params: { path: { periodId: 'uso-7' } },
      body: { municipalityCode: '091' },
    });
    expect(() => unwrap(again)).toThrow(VerkostoProblem);
    try {
      unwrap(again);
    } catch (error) {
      expect((error as VerkostoProblem).type).toBe('/problems/conflict');
    }
  });
});

describe('the OpenAPI document the client is generated from', () => {
  it('is up to date in packages/client/openapi.json (run `pnpm --filter @verkosto/api openapi` after changing the API)', async () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../packages/client/openapi.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(await openapiDocument());
  });
});
