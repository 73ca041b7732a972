import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_IDS } from '../src/openapi-operations.ts';
import { getJson, testApp } from './harness.ts';

type Operation = { operationId?: string; security?: unknown[] };

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

  it('names every operation once, and the name table names no operation that is gone', async () => {
    const { body } = await getJson(t.app, '/openapi.json');
    const operations = Object.entries(
      body.paths as Record<string, Record<string, Operation>>,
    ).flatMap(([path, item]) => Object.entries(item).map(([m, op]) => ({ path, m, op })));
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = new Set(operations.map(({ path, m }) => `${m.toUpperCase()} ${path}`));
    expect(Object.keys(OPERATION_IDS).filter((key) => !keys.has(key))).toEqual([]);
    expect(body.paths['/v1/networks'].get.operationId).toBe('listNetworks');
  });

  it('declares security on every operation: none for public reads, schemes for writes', async () => {
    const { body } = await getJson(t.app, '/openapi.json');
    for (const [path, item] of Object.entries(
      body.paths as Record<string, Record<string, Operation>>,
    ))
      for (const [method, op] of Object.entries(item)) {
        expect(op.security, `${method} ${path}`).toBeDefined();
        const open = op.security!.length === 0;
        // Only sign-in and sign-out are open among the writes.
        if (method !== 'get' && !path.startsWith('/v1/auth/log')) expect(open, path).toBe(false);
      }
    expect(body.paths['/v1/municipalities'].get.security).toEqual([]);
    expect(body.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
  });

  it('lints with Redocly’s recommended rules, none turned off', () => {
    const config = readFileSync(new URL('../redocly.yaml', import.meta.url), 'utf8');
    expect(config).toMatch(/extends:\s*\n\s*- recommended\s*$/m);
    expect(config).not.toMatch(/^\s*rules:/m);
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
