import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 and describes every read endpoint', async () => {
    const { body } = await getJson(t.app, '/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/healthz',
        '/v1/export',
        '/v1/municipalities',
        '/v1/municipalities/{code}',
        '/v1/networks',
        '/v1/networks/{networkId}',
        '/v1/networks/{networkId}/insights',
        '/v1/networks/{networkId}/periods',
        '/v1/periods/{periodId}',
        '/v1/periods/{periodId}/participants',
        '/v1/periods/{periodId}/participants/{code}',
        '/v1/periods/{periodId}/themes',
        '/v1/themes/{themeId}',
      ].sort(),
    );
    expect(
      body.paths['/v1/networks'].get.responses['400'].content['application/problem+json'],
    ).toBeDefined();
  });

  it('passes the Redocly linter with no errors or warnings', async () => {
    const { body } = await getJson(t.app, '/openapi.json');
    const config = await createConfig(
      readFileSync(new URL('../redocly.yaml', import.meta.url), 'utf8'),
    );
    const problems = await lintFromString({
      source: JSON.stringify(body),
      absoluteRef: '/openapi.json',
      config,
    });
    const report = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`,
    );
    expect(report).toEqual([]);
  });
});
