import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface PublishedPackage {
  name: string;
  version: string;
  dir: string;
  exports: Record<string, unknown>;
  peerDependencies: Record<string, string>;
}

/** Every non-private package under packages/: what consumers install. */
export function publishedPackages(): PublishedPackage[] {
  const root = join(repoRoot, 'packages');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(root, entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { ...manifest, dir, peerDependencies: manifest.peerDependencies ?? {} };
    })
    .filter((pkg) => !pkg.private)
    .sort((a, b) => a.name.localeCompare(b.name));
}
