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
    const paths = Object.keys(body.paths);
    for (const path of [
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
    ]) {
      expect(paths).toContain(path);
      expect(body.paths[path].get, path).toBeDefined();
    }
    expect(
      body.paths['/v1/networks'].get.responses['400'].content['application/problem+json'],
    ).toBeDefined();
  });

  it('describes the writes with their security schemes and error responses', async () => {
    const { body } = await getJson(t.app, '/openapi.json');
    expect(Object.keys(body.components.securitySchemes).sort()).toEqual([
      'bearerAuth',
      'sessionCookie',
    ]);
    const add = body.paths['/v1/periods/{periodId}/participants'].post;
    expect(add.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(Object.keys(add.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '429']),
    );
    const patch = body.paths['/v1/themes/{themeId}'].patch;
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '412', '428']));
    expect(patch.parameters.map((p: { name: string }) => p.name)).toContain('if-match');
    for (const path of ['/v1/import', '/v1/audit', '/v1/auth/login', '/v1/tokens'])
      expect(Object.keys(body.paths)).toContain(path);
  });

  it('gives only patterns a JSON Schema validator can use (valid, without regex flags)', async () => {
    const { body } = await getJson(t.app, '/openapi.json');
    const patterns: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.push(value);
          else walk(value);
        }
    };
    walk(body);
    expect(patterns.length).toBeGreaterThan(10);
    for (const pattern of patterns) {
      expect(pattern, pattern).not.toMatch(/\$\/[a-z]+$/);
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
    }
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
