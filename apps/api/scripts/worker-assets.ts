/**
 * Lays out dist-assets/, the Worker's one static-assets directory (wrangler.jsonc): the admin app's
 * build under admin/ (when it has been built) and Scalar's API reference bundle at
 * docs/api-reference.js. At 4.3 MB (1.2 MB gzipped) Scalar cannot go into the Worker script (150
 * KiB gzipped budget); the Worker serves both from its ASSETS binding. The Node entry reads the
 * admin build and Scalar's package from disk instead.
 *
 * An optional argument lays them out elsewhere (`node scripts/worker-assets.ts /tmp/assets`, then
 * `wrangler dev --assets /tmp/assets`): the admin's edge end-to-end suite does, so that a build or
 * test running beside it never rewrites the files its Worker serves.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const target = process.argv[2];
const out = target
  ? pathToFileURL(`${target.replace(/\/+$/, '')}/`)
  : new URL('../dist-assets/', import.meta.url);
const scalar = fileURLToPath(
  new URL('./browser/standalone.js', import.meta.resolve('@scalar/api-reference')),
);
// The same path the API serves it under (API_REFERENCE_PATH in src/routes/docs-site.ts).
mkdirSync(new URL('./docs/', out), { recursive: true });
copyFileSync(scalar, new URL('./docs/api-reference.js', out));

// ADMIN_PREFIX in src/admin-site.ts.
const admin = new URL('../../admin/dist/', import.meta.url);
rmSync(new URL('./admin/', out), { recursive: true, force: true });
if (existsSync(new URL('./index.html', admin)))
  cpSync(admin, new URL('./admin/', out), {
    recursive: true,
    // Source maps are never served; no need to upload them.
    filter: (source) => !source.endsWith('.map'),
  });
else mkdirSync(new URL('./admin/', out), { recursive: true });
