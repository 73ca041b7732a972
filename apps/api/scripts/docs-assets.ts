/**
 * Copies Scalar's standalone bundle into dist-assets/, the Workers static assets (wrangler.jsonc):
 * at 4 MB (1.2 MB gzipped) it cannot go into the Worker script (150 KiB gzipped budget), so the
 * Worker serves it from its ASSETS binding. The Node entry reads it from the package directly.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(
  new URL('./browser/standalone.js', import.meta.resolve('@scalar/api-reference')),
);
// The same path the API serves it under (API_REFERENCE_PATH in src/routes/docs-site.ts).
const target = new URL('../dist-assets/docs/api-reference.js', import.meta.url);
mkdirSync(new URL('./', target), { recursive: true });
copyFileSync(source, target);
