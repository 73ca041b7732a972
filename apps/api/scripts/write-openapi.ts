/**
 * Writes the OpenAPI document to packages/client/openapi.json, from which @verkosto/client
 * generates its types. A test fails when the committed document and the API disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openapiDocument } from '../src/openapi-document.ts';

const target = fileURLToPath(new URL('../../../packages/client/openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(await openapiDocument(), null, 2)}\n`);
console.log(`wrote ${target}`);
