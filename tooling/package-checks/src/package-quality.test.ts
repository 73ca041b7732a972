import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { publishedPackages } from './published-packages.ts';

const require = createRequire(import.meta.url);
const attw = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');

describe.each(publishedPackages())('$name', (pkg) => {
  it('has the manifest a consumer expects', () => {
    const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8'));
    expect(manifest.type).toBe('module');
    expect(manifest.files).toContain('dist');
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.engines?.node).toBeTruthy();
    expect(manifest.repository?.directory).toBe(pkg.dir.slice(pkg.dir.indexOf('packages/')));
    expect(manifest.exports['./package.json']).toBe('./package.json');
    const root = manifest.exports['.'];
    expect(Object.keys(root)[0]).toBe('types');
    expect(Object.keys(root).at(-1)).toBe('default');
    if (JSON.stringify(manifest).includes('"zod"')) {
      expect(manifest.peerDependencies?.zod, 'zod is a peer dependency').toBeTruthy();
      expect(manifest.dependencies?.zod, 'zod is not bundled as a dependency').toBeUndefined();
    }
  });

  it('passes publint (strict)', async () => {
    const { messages, pkg: manifest } = await publint({
      pkgDir: pkg.dir,
      level: 'suggestion',
      strict: true,
      pack: 'pnpm',
    });
    expect(messages.map((m) => formatMessage(m, manifest))).toEqual([]);
  });

  it('passes arethetypeswrong (esm-only profile)', () => {
    // The profile skips CommonJS and node10 resolution; attw exits non-zero on any other problem.
    const run = spawnSync(process.execPath, [attw, '--pack', pkg.dir, '--profile', 'esm-only'], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });
});
