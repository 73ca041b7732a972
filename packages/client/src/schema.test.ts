import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

describe('the generated types', () => {
  it('match openapi.json (run `pnpm --filter @verkosto/client generate` after the API changes)', async () => {
    const document = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    const generated = astToString(await openapiTS(document));
    const committed = readFileSync(new URL('./schema.generated.ts', import.meta.url), 'utf8');
    const body = (text: string) => text.slice(text.indexOf('export interface paths'));
    expect(body(committed)).toBe(body(generated));
  });
});
